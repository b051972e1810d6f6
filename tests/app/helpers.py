"""Open the dashboard in AppTest and read what it shows."""

from __future__ import annotations

from pathlib import Path

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
