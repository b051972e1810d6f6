"""The Diff page: changed terms with both evidences, a clause redline aligned by section."""

from __future__ import annotations

import html
import json

from analyzer import api, compare, export
from tests.app.helpers import html_of, open_app

PAGE = "views/diff.py"


def test_llama_to_llama_2_lists_the_changed_terms_with_both_evidences(downloads):
    at = open_app(PAGE)
    old, new = api.analyze_sources(["llama-1", "llama-2"]).profiles
    diff = compare.diff_profiles(old, new)
    assert at.subheader[1].value == f"{len(diff.changes)} of 29 terms changed"
    changes = at.dataframe[0].value.set_index("term")
    assert list(changes.index) == [c.term for c in diff.changes]
    assert changes.loc["commercial_use", "LLaMA"] == "✕ prohibited"
    assert changes.loc["commercial_use", "Llama 2"].startswith("◐ conditional")
    page = html_of(at)
    for side in (old, new):
        quote = " ".join(side.terms["commercial_use"].evidence[0].text.split())
        assert html.escape(quote) in page
    assert json.loads(downloads["modelterms-diff.json"]) == json.loads(json.dumps(export.diff_to_dict(diff)))


def test_the_redline_is_aligned_by_section():
    at = open_app(PAGE)
    redline = at.html[-1].value
    assert 'class="mt-redline"' in redline
    assert "§ " in redline
    assert "<del" in redline and "<ins" in redline


def test_unchanged_clauses_fold_unless_asked_for():
    at = open_app(PAGE, **{"mt.diff_old": "llama-3.1", "mt.diff_new": "llama-3.2"})
    assert "unchanged clause" in at.html[-1].value
    assert 'class="mt-equal"' not in at.html[-1].value
    at.toggle(key="diff.redline.equal").set_value(True).run()
    assert 'class="mt-equal"' in at.html[-1].value


def test_picking_llama_3_1_and_3_2():
    at = open_app(PAGE)
    at.selectbox(key="w.diff_old").set_value("llama-3.1").run()
    at.selectbox(key="w.diff_new").set_value("llama-3.2").run()
    assert not at.exception
    old, new = api.analyze_sources(["llama-3.1", "llama-3.2"]).profiles
    changed = len(compare.term_changes(old, new))
    assert at.subheader[1].value == f"{changed} of 29 terms changed"


def test_the_same_license_twice_asks_for_two():
    at = open_app(PAGE)
    at.selectbox(key="w.diff_new").set_value("llama-1").run()
    assert not at.exception
    assert "two different licenses" in at.info[0].value
