"""Markdown source (escapes, emphasis) is neither a change in a diff nor part of a heading or URL."""

from __future__ import annotations

import re

import pytest

from analyzer import api
from analyzer.compare import compared_text, diff_profiles
from analyzer.model import Document
from analyzer.nlp.quantities import find_urls
from analyzer.nlp.sections import section_at
from analyzer.nlp.segment import clause_spans

PLAIN = """SAMPLE MODEL LICENSE

1. Grant of Rights. You may use, copy and modify the Model.

2. Use Policy. Your use must comply with the Acceptable Use Policy at https://example.com/model_1/use-policy.

3. Disclaimer. THE MODEL IS PROVIDED AS IS.
"""

MARKDOWN = """**SAMPLE MODEL LICENSE**

1\\. **Grant of Rights**. You may use, copy and modify the **Model**.

2\\. **Use Policy**. Your use must comply with the Acceptable Use Policy at [https://example.com/model\\_2/use-policy](https://example.com/model\\_2/use-policy).

3**. Disclaimer**. THE MODEL IS PROVIDED AS IS AND WITHOUT WARRANTY.
"""


def _profile(text: str, doc_id: str):
    return api.analyze(Document(doc_id, doc_id, text, f"text:{doc_id}"))


def test_markup_only_changes_are_not_changed_clauses():
    d = diff_profiles(_profile(PLAIN, "plain"), _profile(MARKDOWN, "markdown"))
    changed = [(s.old.text, s.new.text) for s in d.redline if s.kind == "changed"]
    assert len(changed) == 2, changed  # the policy URL and the disclaimer, not the grant
    assert not d.added and not d.removed
    for step in d.redline:
        for clause, text in ((step.old, d.old_text), (step.new, d.new_text)):
            if clause:
                assert "\\" not in clause.text and "**" not in clause.text, clause.text
                assert text[clause.start : clause.end] == clause.text
    urls = [u for _, new in changed for u in re.findall(r"https://\S+", new)]
    assert urls and all("\\" not in u for u in urls)


def test_compared_text_leaves_plain_text_alone():
    assert compared_text(PLAIN) == PLAIN


@pytest.mark.parametrize(
    ("written", "url"),
    [
        ("at https://www.llama.com/llama3\\_3/use-policy.", "https://www.llama.com/llama3_3/use-policy"),
        ("at https://example.com/a_b/c.", "https://example.com/a_b/c"),
    ],
)
def test_urls_come_out_without_markdown_escapes(written, url):
    assert find_urls(written) == [url]


def test_sections_come_from_markdown_headings_not_a_date_line(nlp):
    text = (
        "**ACME MODEL LICENSE**\n\n Acme Model Version Release Date: May 1, 2024\n\n"
        "“Model” means the weights.\n\n1\\. **License Rights and Redistribution**.\n\n"
        "a. Grant of Rights. You may use the Model.\n\n"
        "3**. Disclaimer of Warranty**. THE MODEL IS PROVIDED AS IS, WITHOUT WARRANTIES OF ANY KIND.\n"
    )
    doc = nlp(text)
    by_text = {c.text: section_at(doc, c.start_char) for c in clause_spans(doc)}
    assert by_text["You may use the Model."] == "1. License Rights and Redistribution / a. Grant of Rights"
    assert by_text["“Model” means the weights."] == "ACME MODEL LICENSE"
    assert (
        by_text["THE MODEL IS PROVIDED AS IS, WITHOUT WARRANTIES OF ANY KIND."] == "3. Disclaimer of Warranty"
    )
    assert not any("Release Date" in label for _, label in doc._.sections)


def test_llama_31_to_33_diff_shows_real_changes_only():
    [old] = api.analyze_sources(["llama-3.1"]).profiles
    [new] = api.analyze_sources(["llama-3.3"]).profiles
    d = diff_profiles(old, new)
    changed = [s for s in d.redline if s.kind == "changed"]
    assert len(changed) <= 12  # the version numbers, dates and URLs; it was 20 with the markup
    for step in changed:
        assert "\\" not in step.new.text and "**" not in step.new.text
        assert "Release Date" not in step.new.section
    aup = {c.term: c for c in d.changes}["aup_compliance"]
    assert "\\" not in aup.new.params["url"]
    assert aup.new.evidence[0].section == "1. License Rights and Redistribution / b. Redistribution and Use"
