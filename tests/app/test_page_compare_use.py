"""The Compare page's "Your use": the verdict row, the panel's blockers and obligations, the
use filter, the release facts and the conditions shown inside cells."""

from __future__ import annotations

import html

import pytest

from analyzer import api
from analyzer.check import Use, check
from analyzer.compare import term_changes
from analyzer.facets import facet_table
from analyzer.taxonomy import TERMS
from app import use_verdicts
from tests.app.helpers import html_of, open_app, table

DEFAULT = ["llama-1", "llama-2", "llama-3.1"]


def profiles(ids=DEFAULT):
    return api.analyze_sources(ids).profiles


def frame_by_index(at, name: str):
    """The DataFrame whose index is called `name` (tables shown without a selection key)."""
    for frame in at.dataframe:
        if frame.value.index.name == name:
            return frame.value
    raise AssertionError(f"no dataframe indexed by {name!r}")


def test_first_open_asks_about_commercial_use_and_gives_one_verdict_per_column():
    at = open_app()
    assert at.session_state["mt.use.flags"] == ["commercial"]
    row = table(at, "verdicts").loc["verdict"]
    assert list(row.index) == ["LLaMA", "Llama 2", "Llama 3.1"]
    for label, profile in zip(row.index, profiles(), strict=True):
        assert row[label] == use_verdicts.verdict_label(check(profile, Use(commercial=True)))
    # LLaMA's research-only license: commercial use is not allowed; Llama 2: allowed with obligations
    assert row["LLaMA"].startswith("✕ not allowed")
    assert row["Llama 2"].startswith("◐ allowed if")


def test_800m_users_make_llama_2_need_permission():
    at = open_app()
    at.text_input(key="use.users").input("800M").run()
    assert not at.exception
    assert table(at, "verdicts").loc["verdict", "Llama 2"].startswith("⚑ needs permission · user_threshold")
    at.text_input(key="use.users").input("1M").run()
    assert table(at, "verdicts").loc["verdict", "Llama 2"].startswith("◐ allowed if")


def test_training_other_models_flips_between_llama_2_and_3_1():
    at = open_app()
    at.button_group(key="use.flags").set_value(["train_other_models"]).run()
    row = table(at, "verdicts").loc["verdict"]
    assert row["Llama 2"].startswith("✕ not allowed · train_other_models")
    assert row["Llama 3.1"].startswith("◐ allowed if")


def test_a_bad_amount_is_named_and_left_out():
    at = open_app()
    at.text_input(key="use.revenue").input("a lot").run()
    assert not at.exception
    [error] = at.error
    assert "Annual revenue" in error.value and "'a lot'" in error.value
    assert table(at, "verdicts").loc["verdict", "Llama 2"].startswith("◐ allowed if")


def test_clicking_a_verdict_lists_its_blockers_one_click_from_their_sentence():
    at = open_app()
    at.session_state["verdicts"] = {"selection": {"cells": [[0, "LLaMA"]]}}
    at.run()
    llama = profiles()[0]
    verdict = check(llama, Use(commercial=True))
    assert at.session_state["mt.focus_source"] == "llama-1"
    assert at.session_state["mt.focus_term"] == verdict.blockers[0].term == "commercial_use"
    page = html_of(at)
    assert "not allowed" in page and html.escape(llama.terms["commercial_use"].evidence[0].text) in page
    blocker = at.button(key="compare.findings.blocker.commercial_use")
    assert blocker.label.startswith("✕ Commercial use")


def test_an_obligation_button_shows_its_sentence_in_the_panel():
    at = open_app()
    llama_2 = profiles()[1]
    verdict = check(llama_2, Use(commercial=True))
    obligation = verdict.obligations[0]
    at.button(key=f"compare.findings.obligation.{obligation.term}").click().run()
    assert at.session_state["mt.focus_term"] == obligation.term
    assert html.escape(llama_2.terms[obligation.term].evidence[0].text) in html_of(at)


def test_the_use_filter_keeps_the_terms_the_use_touches():
    at = open_app()
    at.toggle(key="matrix.use_only").set_value(True).run()
    shown = [t for c in ("permission", "condition", "limitation") for t in table(at, f"matrix.{c}").index]
    assert shown == use_verdicts.use_terms(Use(commercial=True))
    assert "commercial_use" in shown and "user_threshold" in shown
    assert "network_disclose" not in shown  # AGPL-style duty: not triggered by commercial use alone


def test_a_conditional_cell_shows_its_condition():
    at = open_app()
    cell = table(at, "matrix.permission").loc["commercial_use", "Llama 2"]
    assert cell == "◐ conditional · > 700M MAU"
    llama_2 = profiles()[1]
    condition = facet_table().conditional["commercial_use"][0]
    assert llama_2.terms[condition].params["value"] == 700_000_000


def test_release_facts_tell_apart_releases_that_share_a_license():
    at = open_app(**{"mt.releases": ["llama-2", "code-llama"], "mt.licenses": ["apache-2.0"]})
    facts = frame_by_index(at, "release")
    releases = api.releases()
    assert releases["llama-2"].license == releases["code-llama"].license
    assert list(facts.columns) == ["Llama 2", "Code Llama", "apache-2.0"]
    assert facts.loc["license", "Llama 2"] == facts.loc["license", "Code Llama"]
    for fact in ("release date", "context length"):
        assert facts.loc[fact, "Llama 2"] != facts.loc[fact, "Code Llama"]
    assert facts.loc["context length", "Llama 2"] == f"{releases['llama-2'].context_length:,}"
    assert "not a model release" in facts.loc["organization", "apache-2.0"]


@pytest.mark.parametrize(
    ("flags", "users", "verdict"),
    [(["commercial"], "", "allowed_if"), (["commercial"], "800M", "needs_permission")],
)
def test_the_panel_names_the_verdict_of_its_column(flags, users, verdict):
    at = open_app(**{"mt.use.flags": flags, "mt.use.users": users})
    assert at.selectbox(key="compare.focus.source").value == "llama-2"
    assert use_verdicts.VERDICT_STYLE[verdict][3] in html_of(at)


def test_what_changed_from_column_to_column_is_one_line_under_the_verdicts():
    at = open_app()
    [line] = [m.value for m in at.markdown if m.value.startswith("**LLaMA → Llama 2**")]
    first, second = line.split("  \n")
    llama, llama_2, _ = profiles()
    n = len(term_changes(llama, llama_2))
    assert first.startswith(
        f"**LLaMA → Llama 2**: {n} terms changed: `commercial_use` prohibited → conditional"
    )
    assert second.startswith("**Llama 2 → Llama 3.1**")


@pytest.mark.parametrize("page", [None, "views/evidence.py"])
def test_every_term_is_defined_beside_the_tables(page):
    at = open_app(page)
    [glossary] = [m.value for m in at.markdown if m.value.startswith("**Permissions**\n")]
    for t in TERMS:
        assert f"- `{t.id}` · {t.label}: {t.definition}" in glossary
