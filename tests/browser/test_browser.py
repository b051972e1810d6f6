"""The dashboard in a real browser: `streamlit run` on a free port, driven by Debian's Chromium.

Needs /usr/bin/chromium (apt-get install chromium) and the playwright Python package; no browser
download (never `playwright install`). Writes screenshots of every page at 1440x900 to
tests/artifacts/ (not committed), for a person to look at.
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
ARTIFACTS = ROOT / "tests" / "artifacts"
VIEWPORT = {"width": 1440, "height": 900}
LOADING = re.compile("^Opening modelterms: loading")  # app/main.py's message on a session's first run
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


GRIDS = {"verdicts": 0, "facts": 1, "permission": 2, "condition": 3, "limitation": 4}  # Compare page
PAGES = {"evidence": "Evidence", "diff": "Diff", "timeline": "Timeline", "explore": "Explore LicenseDB"}


def grid_table(page, table_index: int):
    return page.locator('[data-testid="stDataFrame"] table[role="grid"]').nth(table_index)


def matrix_rows(page, table_index: int = GRIDS["permission"]) -> dict[str, dict[str, str]]:
    """The rows of one table, read from the grid's accessible table: row name -> column -> cell."""
    grid = grid_table(page, table_index)
    headers = grid.locator("thead th").all_inner_texts()
    rows = {}
    for row in grid.locator("tbody tr").all():
        cells = row.locator("td").all_inner_texts()
        rows[cells[0]] = dict(zip(headers[1:], cells[1:], strict=True))
    return rows


def click_cell(page, table_index: int, row: int, column: int, columns: int) -> None:
    """Click a cell of a comparison table (a canvas: by position). Columns have a fixed width
    unless they are too few to fill the table, then they share its width."""
    from app.components.matrix import COLUMN_PX, INDEX_PX, ROW_PX

    frame = page.locator('[data-testid="stDataFrame"]').nth(table_index)
    frame.scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # let the scroll settle before reading where the grid is
    box = frame.bounding_box()
    width = max(COLUMN_PX, (box["width"] - INDEX_PX) / columns)
    x, y = box["x"] + INDEX_PX + width * (column + 0.5), box["y"] + ROW_PX * (row + 1.5)
    page.mouse.move(x, y)  # the grid takes a click only after the pointer has entered it
    page.wait_for_timeout(300)
    page.mouse.click(x, y)


def shoot(page, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    return path


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def test_llama_vs_llama_2_in_chromium(app_url):
    from playwright.sync_api import expect, sync_playwright

    from analyzer import api, export

    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(app_url)
            # First open of a fresh server: a message, not grey placeholders, while it loads.
            expect(page.get_by_text(LOADING)).to_be_visible(timeout=RENDER_TIMEOUT_MS)
            verdicts = grid_table(page, GRIDS["verdicts"])
            expect(verdicts).to_contain_text("not allowed", timeout=RENDER_TIMEOUT_MS)
            expect(page.get_by_text(LOADING)).to_have_count(0)
            page.wait_for_load_state("networkidle")

            # "May I use it commercially?" answered on first open, without scrolling.
            row = matrix_rows(page, GRIDS["verdicts"])["verdict"]
            assert list(row) == ["LLaMA", "Llama 2", "Llama 3.1"]
            assert row["LLaMA"].startswith("✕ not allowed")
            assert row["Llama 2"].startswith("◐ allowed if")
            expect(page.locator('[data-testid="stDataFrame"]').first).to_be_in_viewport()
            expect(page.locator(".mt-verdict-head")).to_be_in_viewport()
            expect(page.get_by_text("LLaMA → Llama 2", exact=False).first).to_be_in_viewport()
            shoot(page, "compare-first-open")

            # A reader's toolbar, a local icon, nothing fetched from another host.
            expect(page.get_by_test_id("stAppDeployButton")).to_have_count(0)
            favicon = page.locator("link[rel='shortcut icon'], link[rel='icon']").first
            assert favicon.get_attribute("href").startswith("data:image/svg+xml")
            remote = [u for u in requests if not u.startswith((app_url, "data:", "blob:"))]
            assert remote == []

            # Compare LLaMA and Llama 2 alone: remove Llama 3.1 from the release picker.
            page.get_by_role("button", name=re.compile(r"^Remove Llama 3\.1 ")).click()
            permissions = grid_table(page, GRIDS["permission"])
            expect(permissions.locator("thead th")).to_have_count(3, timeout=RENDER_TIMEOUT_MS)
            page.wait_for_load_state("networkidle")

            row = matrix_rows(page)["commercial_use"]
            assert list(row) == ["LLaMA", "Llama 2"]
            assert "prohibited" in row["LLaMA"]
            assert row["Llama 2"] == "◐ conditional · > 700M MAU"  # the condition, in the cell

            # The CSV download is the CLI's `compare --format csv` of the two licenses.
            with page.expect_download() as download:
                page.get_by_role("button", name="Matrix CSV").click()
            expected = export.matrix_frame(api.analyze_sources(["llama-1", "llama-2"]).profiles)
            assert Path(download.value.path()).read_text() == expected.to_csv(index=False)

            # A click low on the page: the deciding sentence shows beside it, in view.
            llama_2 = api.analyze_sources(["llama-2"]).profiles[0]
            limitations = list(matrix_rows(page, GRIDS["limitation"]))
            click_cell(page, GRIDS["limitation"], limitations.index("governing_law"), 1, columns=2)
            quote = page.locator(".mt-quote").first
            sentence = " ".join(llama_2.terms["governing_law"].evidence[0].text.split())
            expect(quote).to_contain_text(sentence, timeout=RENDER_TIMEOUT_MS)
            expect(quote).to_be_in_viewport()
            expect(page.locator("mark.mt-current").first).to_be_attached()
            page.wait_for_load_state("networkidle")
            expect(quote).to_be_in_viewport()
            shoot(page, "compare-after-click")
        finally:
            browser.close()


def test_enter_in_the_licensedb_picker_adds_one_license(app_url):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(app_url)
            expect(grid_table(page, GRIDS["verdicts"])).to_contain_text("LLaMA", timeout=RENDER_TIMEOUT_MS)
            picker = page.get_by_test_id("stMultiSelect").nth(1)
            picker.locator("input").fill("openrail")
            expect(page.get_by_role("option").first).to_be_visible()
            assert page.get_by_role("option", name=re.compile("^Select .*matches$")).count() == 0
            picker.locator("input").press("Enter")
            page.keyboard.press("Escape")
            verdicts = grid_table(page, GRIDS["verdicts"])
            expect(verdicts.locator("thead th")).to_have_count(5, timeout=RENDER_TIMEOUT_MS)
            assert len(picker.get_by_role("button", name=re.compile("^Remove ")).all()) == 1
        finally:
            browser.close()


def test_every_page_at_1440x900(app_url):
    """Each page draws without an exception; the screenshots are for a person to look at."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(app_url)
            expect(grid_table(page, GRIDS["verdicts"])).to_contain_text("LLaMA", timeout=RENDER_TIMEOUT_MS)
            shots = [shoot(page, "page-compare")]
            for name, title in PAGES.items():
                page.get_by_role("link", name=title).first.click()
                ready = page.locator('[data-testid="stDataFrame"], [data-testid="stVegaLiteChart"]').first
                expect(ready).to_be_visible(timeout=RENDER_TIMEOUT_MS)
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(1500)
                expect(page.get_by_test_id("stException")).to_have_count(0)
                shots.append(shoot(page, f"page-{name}"))
                if name == "timeline":  # the whole chart, to see that no release hides another
                    shots.append(ARTIFACTS / "page-timeline-full.png")
                    page.screenshot(path=str(shots[-1]), full_page=True)
        finally:
            browser.close()
    assert all(p.stat().st_size > 10_000 for p in shots)
