"""Render time of the dashboard with a warm cache (issue 4: first page < 3 s, a change < 1 s).

    python -m bench.dashboard.render_time              # AppTest: the script runs, server side
    python -m bench.dashboard.render_time --browser    # also end to end in Debian's Chromium

AppTest times one script run of the Compare page in a fresh session, after a first run has
warmed the process (spaCy, the LicenseDB, the three analyses), then reruns after a widget
change. The browser mode starts `streamlit run` on a free port, loads the page once to warm
it (the cold number is the first open of a fresh server), then times a fresh page load at
1440x900 until the verdict row and the matrix show, and the removal of one release until the
verdict row has one column less.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from analyzer.cli import streamlit_command

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "app" / "main.py"
CHROMIUM = "/usr/bin/chromium"
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
TARGET_FIRST, TARGET_CHANGE = 3.0, 1.0


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def report(name: str, seconds: list[float], target: float) -> None:
    verdict = "ok" if max(seconds) < target else "OVER"
    print(
        f"{name:<44} median {statistics.median(seconds):6.3f} s  max {max(seconds):6.3f} s"
        f"  (n={len(seconds)}, target < {target:g} s: {verdict})"
    )


def apptest(repeat: int) -> None:
    from streamlit.testing.v1 import AppTest

    def fresh():
        return AppTest.from_file(str(MAIN), default_timeout=120)

    cold = timed(lambda: fresh().run())
    print(f"{'cold first render (new process, AppTest)':<44} {cold:6.3f} s")
    report(
        "first page, warm cache (AppTest)",
        [timed(lambda: fresh().run()) for _ in range(repeat)],
        TARGET_FIRST,
    )

    at = fresh().run()
    picks = [["llama-1", "llama-2"], ["llama-1", "llama-2", "llama-3.1"]]
    changes = []
    for i in range(repeat):
        at.multiselect(key="w.releases").set_value(picks[i % 2])
        changes.append(timed(at.run))
    report("release picker change (AppTest)", changes, TARGET_CHANGE)

    terms = ["train_other_models", "commercial_use"]
    changes = []
    for i in range(repeat):
        at.selectbox(key="compare.focus.term").set_value(terms[i % 2])
        changes.append(timed(at.run))
    report("evidence term change (AppTest)", changes, TARGET_CHANGE)

    changes = []
    for i in range(repeat):
        at.session_state["matrix.permission"] = {"selection": {"cells": [[1 + i % 2, "LLaMA"]]}}
        changes.append(timed(at.run))
    report("matrix cell selection (AppTest)", changes, TARGET_CHANGE)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def browser(repeat: int) -> None:
    from playwright.sync_api import expect, sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        streamlit_command(port, headless=True),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.3)
        with sync_playwright() as playwright:
            chrome = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = chrome.new_page(viewport={"width": 1440, "height": 900})
            grids = page.locator('[data-testid="stDataFrame"] table[role="grid"]')
            grid = grids.first  # the verdict row

            def load() -> None:
                """Until the verdicts and the commercial_use row of the matrix are drawn."""
                page.goto(url)
                expect(grid).to_contain_text("not allowed", timeout=120_000)
                commercial_use = grids.nth(2).locator("tbody tr").nth(1)  # the permissions table
                expect(commercial_use).to_contain_text("commercial_use", timeout=120_000)

            cold = timed(load)
            print(f"{'first load, cold server (Chromium)':<44} {cold:6.3f} s")
            report("first page, warm cache (Chromium)", [timed(load) for _ in range(repeat)], TARGET_FIRST)

            def remove_llama_3_1() -> None:
                page.get_by_role("button", name=re.compile(r"^Remove Llama 3\.1 ")).click()
                expect(grid.locator("thead th")).to_have_count(3)

            changes = []
            for _ in range(repeat):
                load()
                page.wait_for_timeout(700)  # a person reads before clicking: let the page settle
                changes.append(timed(remove_llama_3_1))
            report("remove a release until redrawn (Chromium)", changes, TARGET_CHANGE)
            chrome.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--browser", action="store_true", help="also time it in Chromium")
    args = parser.parse_args()
    apptest(args.repeat)
    if args.browser:
        if not Path(CHROMIUM).exists():
            sys.exit(f"{CHROMIUM} is missing (apt-get install chromium)")
        browser(args.repeat)


if __name__ == "__main__":
    main()
