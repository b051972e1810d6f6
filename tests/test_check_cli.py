"""`modelterms check` and `modelterms terms` through the real entry point."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from analyzer.taxonomy import definition


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, timeout=120
    )


def test_check_json_matches_the_contract_and_gates_ci():
    proc = run(
        "check", "llama-2-license-2023", "agpl-3.0", "--commercial", "--users", "800M", "--format", "json"
    )
    assert proc.returncode == 1, proc.stderr
    llama, agpl = json.loads(proc.stdout)
    assert set(llama) == {"source", "id", "name", "use", "verdict", "reason", "obligations", "blockers"}
    assert llama["use"]["users"] == 800_000_000 and llama["use"]["commercial"] is True
    assert llama["verdict"] == "needs_permission"
    [blocker] = llama["blockers"]
    assert set(blocker) == {"term", "status", "params", "evidence"}
    assert blocker["term"] == "user_threshold" and blocker["params"]["value"] == 700_000_000
    assert blocker["evidence"][0]["text"]
    assert agpl["verdict"] == "allowed"


@pytest.mark.parametrize(
    ("args", "verdict", "code"),
    [
        (["llama-2-license-2023", "--commercial", "--users", "1M"], "allowed_if", 0),
        (["llama-3.1-license-2024", "--train-other-models"], "allowed_if", 0),
        (["cc-by-nc-4.0", "--commercial"], "not_allowed", 1),
        (["agpl-3.0", "--modify", "--host", "--revenue", "USD 1M"], "allowed_if", 0),
    ],
)
def test_check_exit_code_follows_the_verdict(args, verdict, code):
    proc = run("check", *args, "--format", "json")
    assert proc.returncode == code, proc.stderr
    assert json.loads(proc.stdout)[0]["verdict"] == verdict


def test_check_csv_has_one_row_per_finding(tmp_path):
    out = tmp_path / "verdicts.csv"
    proc = run(
        "check", "llama-2-license-2023", "--commercial", "--users", "1M", "--format", "csv", "-o", str(out)
    )
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["verdict"] for r in rows} == {"allowed_if"}
    assert {r["role"] for r in rows} == {"obligation"}
    assert "aup_compliance" in {r["term"] for r in rows}
    assert all(r["evidence"] and int(r["end"]) > int(r["start"]) for r in rows)


def test_check_table_defines_each_obligation():
    proc = run("check", "agpl-3.0", "--modify", "--host")
    assert proc.returncode == 0, proc.stderr
    assert "allowed_if" in proc.stdout
    assert definition("network_disclose") in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--users", "lots"], "--users lots: expected a count"),
        (["--revenue", "1M"], "--revenue 1M: give a currency"),
        (["--region", " "], "--region: give a region code"),
    ],
)
def test_check_bad_flags_exit_2_with_one_line(args, message):
    proc = run("check", "mit", *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"modelterms: {message}"), proc.stderr
    assert "Traceback" not in proc.stderr


def test_check_unknown_source_exits_2():
    proc = run("check", "no-such-license-key-xyz", "--commercial")
    assert proc.returncode == 2
    assert "no-such-license-key-xyz" in proc.stderr and "Traceback" not in proc.stderr
