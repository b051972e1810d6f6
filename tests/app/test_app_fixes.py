"""Issue 11's dashboard fixes: a picker that cannot add 76 licenses on Enter, unique upload names,
timeline rows that hide no release, the basis of a reading, and a reader's toolbar with a local icon."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from analyzer import api, export, licensedb
from app import session, timeline_data
from app.components import status_badges
from tests.app.helpers import open_app, table

APP = Path(__file__).resolve().parents[2] / "app"


def test_the_licensedb_picker_has_no_select_all_and_no_empty_entries():
    at = open_app()
    picker = at.multiselect(key="w.licenses")
    assert picker.proto.select_all == 0  # no "Select N matches" bulk action for Enter to fire
    db = licensedb.licensedb()
    empty = [k for k, e in db.items() if not e.text.strip()]
    assert empty  # the installed LicenseDB has entries without text
    offered = set(picker.options)
    assert not {f"{db[k].name} · {k}" for k in empty} & offered
    assert "Apache License 2.0 · apache-2.0" in offered


def test_two_uploads_named_license_stay_two_columns():
    mit = b"MIT License\n\nPermission is hereby granted, free of charge, to any person to use the software.\n"
    nc = b"Example NC License\n\nYou may use the model for non-commercial research purposes only.\n"
    at = open_app()
    at.file_uploader(key="w.upload").set_value(
        [("LICENSE", mit, "text/plain"), ("LICENSE", nc, "text/plain")]
    ).run()
    assert not at.exception
    columns = list(table(at, "matrix.permission").columns)
    assert columns[-2:] == ["LICENSE", "LICENSE · Example NC License"]
    ids = {u.name for u in at.session_state["mt.uploads"].values()}
    assert ids == {"LICENSE", "LICENSE · Example NC License"}


def test_unique_name_falls_back_to_a_number():
    taken = ["LICENSE", "LICENSE · Same first line"]
    assert session.unique_name("LICENSE", "Same first line\nmore", taken) == "LICENSE · Same first line (2)"
    assert session.unique_name("LICENSE", "", ["LICENSE"]) == "LICENSE (2)"
    assert session.unique_name("COPYING", "x", taken) == "COPYING"


def _overlaps(frame: pd.DataFrame) -> list[tuple[str, str]]:
    span = max((frame["date"].max() - frame["date"].min()).days, 1)
    out = []
    for _, lane in frame.groupby("lane"):
        rows = lane.sort_values("date").to_dict("records")
        for a, b in zip(rows, rows[1:], strict=False):
            end = a["date"] + pd.Timedelta(days=timeline_data.label_days(a["model"], span))
            if b["date"] <= end:
                out.append((a["model"], b["model"]))
    return out


def test_no_release_hides_another_on_the_timeline():
    releases = api.releases()
    frame = timeline_data.assign_lanes(timeline_data.release_frame(releases, {}))
    assert len(frame) == len(releases)
    assert _overlaps(frame) == []
    flux = frame[frame["family"] == "FLUX"]
    assert len(flux) == 2 and flux["date"].nunique() == 1 and flux["lane"].nunique() == 2
    rows = timeline_data.lane_order(frame)
    assert set(rows) == set(frame["lane"]) and len(rows) == len(set(rows))
    # the last label fits on the axis
    assert timeline_data.date_domain(frame)[1] > frame["date"].max()


def test_a_family_keeps_one_row_when_its_releases_are_far_apart():
    dates = pd.to_datetime(["2020-01-01", "2022-01-01", "2024-01-01"])
    frame = pd.DataFrame({"model": ["A 1", "A 2", "A 3"], "family": "A", "date": dates})
    assert set(timeline_data.assign_lanes(frame)["slot"]) == {0}


def test_cells_say_when_a_reading_is_implied():
    implied = SimpleNamespace(term="modify", status="granted", params={}, basis="implied")
    explicit = SimpleNamespace(term="modify", status="granted", params={}, basis="explicit")
    legacy = SimpleNamespace(term="modify", status="granted", params={})
    assert status_badges.label(implied) == "✓ granted · implied"
    assert status_badges.label(explicit) == status_badges.label(legacy) == "✓ granted"
    assert status_badges.basis(explicit) == "explicit" and status_badges.basis(legacy) == ""
    cond = SimpleNamespace(term="commercial_use", status="conditional", params={}, basis="explicit")
    assert status_badges.label(cond, "> 700M MAU") == "◐ conditional · > 700M MAU"
    assert export.short_params("modify", {}) == ""


def test_viewer_toolbar_and_a_local_icon():
    config = tomllib.loads((APP / ".streamlit" / "config.toml").read_text())
    assert config["client"]["toolbarMode"] == "viewer"  # no Deploy button
    icon = (APP / "static" / "icon.svg").read_text()
    assert icon.startswith("<svg") and "http" not in icon.replace("http://www.w3.org/2000/svg", "")
    main = (APP / "main.py").read_text()
    assert "page_icon=str(ICON)" in main  # the browser test checks no request leaves the machine


def test_the_loading_message_is_gone_once_the_page_is_drawn():
    at = open_app()
    assert not [i for i in at.info if "Opening modelterms" in i.value]
    assert at.session_state["mt.opened"] is True
