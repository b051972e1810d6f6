"""The Compare page: the default LLaMA / Llama 2 / Llama 3.1 matrix, picks, cells, exports."""

from __future__ import annotations

import html

from analyzer import api, export
from analyzer.taxonomy import CATEGORY_LABEL, TERMS
from tests.app.helpers import html_of, open_app, table

DEFAULT = ["llama-1", "llama-2", "llama-3.1"]


def default_profiles():
    return api.analyze_sources(DEFAULT).profiles


def test_default_view_is_llama_vs_llama_2_with_llama_3_1():
    at = open_app()
    permissions = table(at, "matrix.permission")
    assert list(permissions.columns) == ["LLaMA", "Llama 2", "Llama 3.1"]
    row = permissions.loc["commercial_use"]
    # a text label beside the color: symbol and status word
    assert row["LLaMA"] == "✕ prohibited"
    assert row["Llama 2"].startswith("◐ conditional")
    assert not at.error


def test_rows_are_grouped_as_permissions_conditions_limitations():
    at = open_app()
    for category in CATEGORY_LABEL:
        frame = table(at, f"matrix.{category}")
        assert list(frame.index) == [t.id for t in TERMS if t.category == category]
    headings = [m.value for m in at.markdown if m.value.startswith("**") and m.value.endswith(" terms")]
    assert [h.split("**")[1] for h in headings[:3]] == ["Permissions", "Conditions", "Limitations"]


def test_params_are_shown_in_the_cell():
    at = open_app()
    profile = default_profiles()[1]
    expected = export.short_params("user_threshold", profile.terms["user_threshold"].params)
    assert expected  # "> 700M MAU"
    assert expected in table(at, "matrix.condition").loc["user_threshold", "Llama 2"]


def test_changing_the_selection_changes_the_columns():
    at = open_app()
    at.multiselect(key="w.releases").set_value(["llama-1", "llama-2"]).run()
    at.multiselect(key="w.licenses").set_value(["apache-2.0"]).run()
    assert not at.exception
    assert list(table(at, "matrix.permission").columns) == ["LLaMA", "Llama 2", "apache-2.0"]
    assert at.session_state["mt.licenses"] == ["apache-2.0"]


def test_only_differing_terms():
    at = open_app()
    at.toggle(key="matrix.differ").set_value(True).run()
    frame = table(at, "matrix.permission")
    assert "commercial_use" in frame.index
    assert all(len(set(frame.loc[t])) > 1 for t in frame.index)


def test_empty_comparison_says_what_to_do():
    at = open_app()
    at.multiselect(key="w.releases").set_value([]).run()
    assert not at.exception
    assert "Nothing to compare" in at.info[0].value


def test_the_evidence_panel_shows_the_deciding_sentence_in_the_full_text():
    at = open_app()
    evidence = default_profiles()[1].terms["commercial_use"].evidence[0]
    page = html_of(at)
    assert 'class="mt-current"' in page
    marked = page.split('class="mt-current"', 1)[1].split(">", 1)[1].split("</mark>", 1)[0]
    assert marked == html.escape(evidence.text)
    assert html.escape(evidence.section) in page


def test_selecting_a_cell_shows_that_cells_evidence():
    at = open_app()
    at.session_state["matrix.permission"] = {"selection": {"cells": [[1, "LLaMA"]]}}
    at.run()
    assert at.session_state["mt.focus_source"] == "llama-1"
    assert at.selectbox(key="compare.focus.source").value == "llama-1"
    evidence = default_profiles()[0].terms["commercial_use"].evidence[0]
    assert html.escape(evidence.text) in html_of(at)
    # the term box can still move on while the cell stays selected
    at.selectbox(key="compare.focus.term").set_value("governing_law").run()
    assert at.session_state["mt.focus_term"] == "governing_law"


def test_csv_and_json_downloads_have_the_cli_shapes(downloads):
    open_app()
    profiles = default_profiles()
    assert downloads["modelterms-comparison.csv"].decode() == export.matrix_frame(profiles).to_csv(
        index=False
    )
    assert downloads["modelterms-comparison-long.csv"].decode() == export.long_frame(profiles).to_csv(
        index=False
    )
    assert downloads["modelterms-comparison.json"].decode() == export.profiles_json(profiles)
