"""The Explore page: LicenseDB licenses filtered by term statuses; results join the comparison."""

from __future__ import annotations

from analyzer import api, export
from tests.app.helpers import open_app, table

PAGE = "views/explore.py"
LLAMA_KEYS = {"explore.contains": "llama"}  # a small scope keeps the test fast


def test_default_scope_is_bounded_and_labelled():
    at = open_app(PAGE, **LLAMA_KEYS)
    options = at.radio(key="explore.scope").options
    assert options[0].startswith("AI-model licenses (")
    assert at.radio(key="explore.scope").value == "AI-model licenses"


def test_filtering_by_term_statuses():
    at = open_app(PAGE, **LLAMA_KEYS)
    at.multiselect(key="explore.conditions").set_value(
        ["commercial_use = conditional", "train_other_models = prohibited"]
    ).run()
    assert not at.exception
    frame = table(at, "explore.results")
    assert len(frame)
    assert set(frame["commercial_use"]) == {"◐ conditional"}
    assert set(frame["train_other_models"]) == {"✕ prohibited"}
    assert "llama-2-license-2023" in set(frame["key"])


def test_filtering_by_category():
    at = open_app(PAGE, **{"explore.scope": "Release catalog licenses"})
    at.multiselect(key="explore.categories").set_value(["Permissive"]).run()
    assert not at.exception
    frame = table(at, "explore.results")
    assert set(frame["key"]) >= {"apache-2.0", "mit"}
    assert set(frame["category"]) == {"Permissive"}


def test_selected_rows_join_the_comparison_and_the_csv_matches(downloads):
    at = open_app(PAGE, **LLAMA_KEYS)
    frame = table(at, "explore.results")
    row = list(frame["key"]).index("llama-3.3-license-2024")
    at.session_state["explore.results"] = {"selection": {"rows": [row]}}
    at.run()
    at.button(key="explore.add").click().run()
    assert at.session_state["mt.licenses"] == ["llama-3.3-license-2024"]
    profiles = api.analyze_sources(list(frame["key"])).profiles
    assert downloads["modelterms-explore-long.csv"].decode() == export.long_frame(profiles).to_csv(
        index=False
    )


def test_a_status_cell_shows_its_evidence():
    at = open_app(PAGE, **LLAMA_KEYS)
    frame = table(at, "explore.results")
    row = list(frame["key"]).index("llama-2-license-2023")
    at.session_state["explore.results"] = {"selection": {"cells": [[row, "commercial_use"]]}}
    at.run()
    # in a dialog, in view, not below the 600 px table
    dialogs = [b for root in at._tree.children.values() for b in root.children.values() if b.type == "dialog"]
    assert len(dialogs) == 1 and dialogs[0].proto.dialog.is_open
    assert at.subheader[-1].value == "Evidence: commercial_use in llama-2-license-2023"
    # another rerun with the same cell selected does not open it again
    at.run()
    assert not [h for h in at.subheader if h.value.startswith("Evidence:")]


def test_a_large_scope_waits_for_a_click():
    at = open_app(PAGE)
    at.radio(key="explore.scope").set_value("All LicenseDB licenses").run()
    assert not at.exception
    assert "minutes" in at.warning[0].value
    assert at.button(key="explore.start").label.startswith("Analyze")


def test_a_short_result_list_can_be_added_whole():
    at = open_app(PAGE, **{"explore.contains": "llama-3"})
    keys = list(table(at, "explore.results")["key"])
    assert 0 < len(keys) <= 20
    at.button(key="explore.add_all").click().run()
    assert at.session_state["mt.licenses"] == keys
    at.switch_page("views/compare.py").run()
    assert list(table(at, "matrix.permission").columns)[-len(keys) :] == keys
