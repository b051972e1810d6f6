"""Golden profiles of 12 licenses, reviewed as a diff when behaviour changes.

Regenerate with `MODELTERMS_REGEN_GOLDEN=1 pytest tests/test_golden.py`, then read the
git diff of tests/golden/. Each golden status is also checked against the hand-made label
of the same license in bench/accuracy/dev/ (written by a person reading the text).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from analyzer.extract import analyze_document
from analyzer.licensedb import licensedb_document
from analyzer.taxonomy import TERM_IDS

GOLDEN = Path(__file__).parent / "golden"
LABELS = Path(__file__).resolve().parents[1] / "bench" / "accuracy" / "dev"
KEYS = [
    "llama-license-2023",
    "llama-2-license-2023",
    "llama-3.1-license-2024",
    "llama-3.2-license-2024",
    "gemma-tou-2024-04-01",
    "bigscience-open-rail-m",
    "qwen-2024",
    "apache-2.0",
    "mit",
    "gpl-3.0",
    "cc-by-nc-4.0",
    "agpl-3.0",
]
REGEN = os.environ.get("MODELTERMS_REGEN_GOLDEN") == "1"


def snapshot(key: str) -> dict:
    profile = analyze_document(licensedb_document(key))
    return {
        "key": key,
        "sha256": profile.sha256,
        "family": profile.family,
        "terms": {
            t: {
                "status": profile.terms[t].status,
                "params": profile.terms[t].params,
                # offsets and section, plus the opening words so a reviewer can read the diff
                "evidence": [
                    {
                        "start": e.start,
                        "end": e.end,
                        "section": e.section,
                        "opens": " ".join(e.text.split())[:60],
                    }
                    for e in profile.terms[t].evidence
                ],
            }
            for t in TERM_IDS
        },
    }


@pytest.mark.parametrize("key", KEYS)
def test_profile_matches_golden_file(key):
    path = GOLDEN / f"{key}.json"
    current = snapshot(key)
    if REGEN or not path.exists():
        if not REGEN:
            pytest.fail(f"{path} is missing; run with MODELTERMS_REGEN_GOLDEN=1 and review it")
        path.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n")
    assert current == json.loads(path.read_text())


@pytest.mark.parametrize("key", KEYS)
def test_golden_statuses_agree_with_the_human_labels(key):
    golden = json.loads((GOLDEN / f"{key}.json").read_text())
    label = json.loads((LABELS / f"{key}.json").read_text())
    disagreements = {
        t: (label["terms"][t]["status"], golden["terms"][t]["status"])
        for t in TERM_IDS
        if label["terms"][t]["status"] != golden["terms"][t]["status"]
    }
    assert not disagreements, f"label vs golden: {disagreements}"


def test_user_threshold_value_of_the_llama_licenses():
    for key in ("llama-2-license-2023", "llama-3.1-license-2024", "llama-3.2-license-2024"):
        params = json.loads((GOLDEN / f"{key}.json").read_text())["terms"]["user_threshold"]["params"]
        assert params["value"] == 700_000_000
        assert params["metric"] == "monthly_active_users"
        assert params["operator"] == ">"


def _worked_example() -> list[tuple[str, str, str]]:
    """(term, LLaMA status, Llama 2 status) rows of docs/TERMS.md's worked example table."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "TERMS.md").read_text(encoding="utf-8")
    table = doc.split("## Worked example", 1)[1]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows.append(
                (cells[0].strip("`"), cells[1].split()[0].rstrip(":,"), cells[2].split()[0].rstrip(":,"))
            )
    return rows


def test_the_worked_example_of_terms_md_is_what_the_engine_reads():
    """The LLaMA -> Llama 2 table users read in docs/TERMS.md matches the engine's profiles."""
    rows = _worked_example()
    assert len(rows) >= 8 and {t for t, _, _ in rows} <= set(TERM_IDS)
    old = json.loads((GOLDEN / "llama-license-2023.json").read_text())["terms"]
    new = json.loads((GOLDEN / "llama-2-license-2023.json").read_text())["terms"]
    assert [(t, old[t]["status"], new[t]["status"]) for t, _, _ in rows] == rows
    assert new["user_threshold"]["params"]["value"] == 700_000_000
    assert old["governing_law"]["params"]["jurisdiction"] == new["governing_law"]["params"]["jurisdiction"]
