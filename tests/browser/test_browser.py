"""The dashboard in a real browser: `streamlit run` on a free port, driven by Debian's Chromium.

Needs /usr/bin/chromium (apt-get install chromium) and the playwright Python package; no browser
download (never `playwright install`). Writes tests/artifacts/dashboard.png.
"""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.cli import streamlit_command

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "tests" / "artifacts" / "dashboard.png"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT = 60
RENDER_TIMEOUT_MS = 90_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"streamlit did not answer within {START_TIMEOUT} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    port = free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            streamlit_command(port, headless=True),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, server, log)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def matrix_rows(page, table_index: int = 0) -> dict[str, dict[str, str]]:
    """The rows of one matrix group, read from the grid's accessible table: term -> column -> cell."""
    grid = page.locator('[data-testid="stDataFrame"] table[role="grid"]').nth(table_index)
    headers = grid.locator("thead th").all_inner_texts()
    rows = {}
    for row in grid.locator("tbody tr").all():
        cells = row.locator("td").all_inner_texts()
        rows[cells[0]] = dict(zip(headers[1:], cells[1:], strict=True))
    return rows


def test_llama_vs_llama_2_in_chromium(app_url):
    from playwright.sync_api import expect, sync_playwright

    from analyzer import api, export

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1700})
            page.goto(app_url)
            grid = page.locator('[data-testid="stDataFrame"] table[role="grid"]').first
            expect(grid).to_contain_text("commercial_use", timeout=RENDER_TIMEOUT_MS)

            # Compare LLaMA and Llama 2 alone: remove Llama 3.1 from the release picker.
            page.get_by_role("button", name=re.compile(r"^Remove Llama 3\.1 ")).click()
            expect(grid.locator("thead th")).to_have_count(3, timeout=RENDER_TIMEOUT_MS)
            page.wait_for_load_state("networkidle")

            row = matrix_rows(page)["commercial_use"]
            assert list(row) == ["LLaMA", "Llama 2"]
            assert "prohibited" in row["LLaMA"]
            assert "conditional" in row["Llama 2"]

            # The CSV download is the CLI's `compare --format csv` of the two licenses.
            with page.expect_download() as download:
                page.get_by_role("button", name="Matrix CSV").click()
            expected = export.matrix_frame(api.analyze_sources(["llama-1", "llama-2"]).profiles)
            assert Path(download.value.path()).read_text() == expected.to_csv(index=False)

            # The deciding sentence of the default evidence cell is on the page.
            expect(page.locator("mark.mt-current").first).to_be_visible()
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=True)
        finally:
            browser.close()
    assert SCREENSHOT.stat().st_size > 10_000
