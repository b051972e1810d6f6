"""The Evidence page: a term of a license, its deciding sentence highlighted in the full text."""

from __future__ import annotations

import html

from analyzer import api, export, taxonomy
from tests.app.helpers import html_of, open_app

PAGE = "views/evidence.py"


def test_it_opens_on_the_focused_cell_and_shows_the_section():
    at = open_app(PAGE)
    profile = api.analyze_sources(["llama-2"]).profiles[0]
    evidence = profile.terms["commercial_use"].evidence[0]
    page = html_of(at)
    current = page.split('<mark class="mt-current"', 1)[1].split(">", 1)[1]
    assert current.startswith(f"{html.escape(evidence.text)}</mark>")
    assert f"Section: <b>{html.escape(evidence.section)}</b>" in page


def test_picking_another_term_and_license():
    at = open_app(PAGE)
    at.selectbox(key="evidence.focus.source").set_value("llama-1").run()
    at.selectbox(key="evidence.focus.term").set_value("governing_law").run()
    assert not at.exception
    profile = api.analyze_sources(["llama-1"]).profiles[0]
    result = profile.terms["governing_law"]
    page = html_of(at)
    if result.evidence:
        assert html.escape(result.evidence[0].text) in page
    else:
        assert "does not address this term" in page
    # the choice is the same on the Compare page
    at.switch_page("views/compare.py").run()
    assert at.selectbox(key="compare.focus.term").value == "governing_law"


def test_a_silent_term_says_so():
    at = open_app(PAGE)
    at.selectbox(key="evidence.focus.term").set_value("network_disclose").run()
    assert "does not address this term (silent)" in html_of(at)


def test_the_evidence_table_and_its_csv(downloads):
    at = open_app(PAGE)
    profile = api.analyze_sources(["llama-2"]).profiles[0]
    shown = at.dataframe[0].value
    assert list(shown["term"]) == list(export.long_frame([profile])["term"])
    expected = export.long_frame([profile]).to_csv(index=False)
    assert downloads[f"modelterms-{profile.id}-evidence.csv"].decode() == expected


def test_clicking_a_row_of_all_evidence_shows_its_sentence_beside_the_table():
    at = open_app(PAGE)
    profile = api.analyze_sources(["llama-2"]).profiles[0]
    row = list(at.dataframe[0].value["term"]).index("governing_law")
    at.session_state["evidence.table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert at.session_state["mt.focus_term"] == "governing_law"
    assert html.escape(profile.terms["governing_law"].evidence[0].text) in html_of(at)


def test_params_read_as_words_and_terms_carry_their_definition():
    at = open_app(PAGE)
    shown = at.dataframe[0].value.set_index("term")
    assert not any(str(v).startswith("{") for v in shown["detail"])
    assert shown.loc["user_threshold", "detail"] == "> 700M MAU (request a license from Meta)"
    assert shown.loc["commercial_use", "meaning"] == taxonomy.definition("commercial_use")
    assert "Commercial use: " + html.escape(taxonomy.definition("commercial_use")) in html_of(at)
