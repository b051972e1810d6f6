"""Helpers for the AppTest page tests: open the dashboard, read its tables, catch its downloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

MAIN = Path(__file__).resolve().parents[2] / "app" / "main.py"
TIMEOUT = 90  # the first run of a process loads spaCy, the LicenseDB and analyzes three licenses


def open_app(page: str | None = None, **state) -> AppTest:
    """The dashboard after its first run (on `page` if given), with session `state` preset."""
    at = AppTest.from_file(str(MAIN), default_timeout=TIMEOUT)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def table(at: AppTest, key: str):
    """The DataFrame shown by the st.dataframe with this key."""
    for frame in at.dataframe:
        if frame.proto.id.endswith(f"-{key}"):
            return frame.value
    raise AssertionError(f"no dataframe with key {key!r}")


def html_of(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """File name -> bytes of every download button rendered while the fixture is active."""
    captured: dict[str, bytes] = {}
    original = MediaFileManager.add

    def add(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        if file_name and isinstance(path_or_data, bytes | str):
            data = path_or_data.encode() if isinstance(path_or_data, str) else path_or_data
            captured[file_name] = data
        return original(self, path_or_data, mimetype, coordinates, file_name, is_for_static_download)

    monkeypatch.setattr(MediaFileManager, "add", add)
    return captured
