"""The Timeline page: catalog releases on a time axis; a click adds a release to the comparison."""

from __future__ import annotations

import json

from analyzer import api, catalog_view
from tests.app.helpers import open_app

PAGE = "views/timeline.py"


def chart_of(at):
    return next(e for e in at.main.children.values() if e.type == "vega_lite_chart")


def click(at, release_ids: list[str]) -> None:
    """What the browser sends when releases are clicked in the chart. AppTest has no API for
    chart selections, so the widget state is built by hand (private AppTest API)."""
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = chart_of(at).proto.id
    state.string_value = json.dumps({"selection": {"release": [{"id": i} for i in release_ids]}})
    at._run(states)


def test_the_chart_shows_every_release_with_its_facts():
    at = open_app(PAGE)
    assert set(at.dataframe[-1].value["id"]) == set(api.releases())
    assert len(chart_of(at).proto.datasets) >= 2  # the releases and the LLaMA -> Llama 2 band
    text = json.dumps(json.loads(chart_of(at).proto.spec))
    assert '"name": "release"' in text  # the click selection
    assert "commercial_detail" in text and "organization" in text  # tooltips


def test_coloring_by_family():
    at = open_app(PAGE)
    at.button_group[0].set_value("family").run()
    assert not at.exception
    assert '"field": "family"' in json.dumps(json.loads(chart_of(at).proto.spec))


def test_clicking_a_release_adds_it_to_the_comparison():
    at = open_app(PAGE)
    click(at, ["llama-3.2"])
    assert not at.exception
    at.button(key="timeline.add").click().run()
    assert at.session_state["mt.releases"] == ["llama-1", "llama-2", "llama-3.1", "llama-3.2"]
    at.switch_page("views/compare.py").run()
    assert "Llama 3.2" in at.dataframe[0].value.columns


def test_the_catalog_csv(downloads):
    open_app(PAGE)
    expected = catalog_view.catalog_frame(api.releases()).to_csv(index=False)
    assert downloads["modelterms-catalog.csv"].decode() == expected
