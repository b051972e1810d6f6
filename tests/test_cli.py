"""The CLI through its real entry point (`python -m analyzer`), bad input included."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.taxonomy import TERM_IDS


def run(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=env,
    )


def test_analyze_llama2_json_matches_the_contract():
    proc = run("analyze", "llama-2-license-2023", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    [profile] = json.loads(proc.stdout)
    assert profile["id"] == "llama-2-license-2023"
    assert profile["source"] == "scancode:llama-2-license-2023"
    assert profile["family"] == "community"
    assert set(profile["terms"]) == set(TERM_IDS)
    assert profile["terms"]["commercial_use"]["status"] == "conditional"
    assert profile["terms"]["user_threshold"]["params"]["value"] == 700_000_000
    assert profile["terms"]["train_other_models"]["status"] == "prohibited"
    from analyzer.licensedb import licensedb_document

    text = licensedb_document("llama-2-license-2023").text
    for term in profile["terms"].values():
        if term["status"] != "silent":
            assert term["evidence"], term
        for ev in term["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
            assert ev["rule"] and ev["start"] <= ev["focus"] < ev["end"]


def test_compare_catalog_ids_as_csv():
    proc = run("compare", "llama-1", "llama-2", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = {r["term"]: r for r in csv.DictReader(io.StringIO(proc.stdout.decode()))}
    assert list(rows["commercial_use"]) == ["term", "category", "llama-1", "llama-2"]
    assert (rows["commercial_use"]["llama-1"], rows["commercial_use"]["llama-2"]) == (
        "prohibited",
        "conditional",
    )
    assert rows["aup_compliance"]["llama-2"] == "required"


def test_diff_shows_the_llama_shift_with_both_evidences():
    proc = run("diff", "llama-license-2023", "llama-2-license-2023", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    changed = {c["term"]: c for c in out["changed_terms"]}
    assert changed["commercial_use"]["old"]["status"] == "prohibited"
    assert changed["commercial_use"]["new"]["status"] == "conditional"
    assert changed["commercial_use"]["old"]["evidence"] and changed["commercial_use"]["new"]["evidence"]
    assert changed["user_threshold"]["new"]["params"]["value"] == 700_000_000
    assert changed["aup_compliance"]["new"]["status"] == "required"
    assert changed["train_other_models"]["new"]["status"] == "prohibited"
    assert out["clauses_added"] and out["clauses_removed"]
    table = run("diff", "llama-license-2023", "llama-2-license-2023").stdout.decode()
    assert "commercial_use: prohibited  ->  conditional" in table
    # the quote is centred on the deciding words, not cut at the clause's first 100 characters
    assert "non-commercial research purposes" in table
    assert "700 million monthly active users" in table


def test_analyze_a_user_file_as_long_csv(tmp_path):
    path = tmp_path / "LICENSE.txt"
    path.write_text(
        "Permission is granted to use this software for any purpose.\n"
        "You may not use the name of the author to endorse products.\n"
    )
    proc = run("analyze", str(path), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert len(rows) == 29
    assert list(rows[0]) == [
        "license_id",
        "license_name",
        "source",
        "family",
        "term",
        "category",
        "status",
        "params",
        "evidence",
        "section",
        "start",
        "end",
    ]
    status = {r["term"]: r["status"] for r in rows}
    assert status["commercial_use"] == "granted" and status["trademark_use"] == "prohibited"


def test_standard_input_and_output_file(tmp_path):
    out = tmp_path / "profile.json"
    proc = run(
        "analyze",
        "-",
        "--format",
        "json",
        "-o",
        str(out),
        stdin=b"You may use the Model solely for non-commercial research purposes.\n",
    )
    assert proc.returncode == 0, proc.stderr
    [profile] = json.loads(out.read_text())
    assert profile["terms"]["commercial_use"]["status"] == "prohibited"


def test_fail_on_policy_exits_1():
    proc = run("analyze", "llama-1", "--fail-on", "commercial_use=prohibited")
    assert proc.returncode == 1
    assert b"commercial_use=prohibited" in proc.stderr
    assert run("analyze", "llama-2", "--fail-on", "commercial_use=prohibited").returncode == 0


BAD_FILES = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty file"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    # Latin-1 is read with a Windows-1252 fallback (analyzer/textio.py); a Cyrillic legacy
    # encoding is not plausibly Western text and is refused.
    "cp1251": ("Лицензия на использование модели".encode("cp1251"), "not UTF-8"),
    "whitespace": (b"  \n\t\n", "whitespace only"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_one_line_exit_2_no_traceback(tmp_path, case):
    content, reason = BAD_FILES[case]
    path = tmp_path / f"{case}.txt"
    if content is not None:
        path.write_bytes(content)
    proc = run("analyze", str(path))
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0]
    assert b"Traceback" not in proc.stderr


def test_unknown_key_suggests_a_close_one():
    proc = run("analyze", "llama-2-licence-2023")
    assert proc.returncode == 2
    assert b"did you mean llama-2-license-2023" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_too_large_file_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("You may use it. " * 1000)
    env = {**__import__("os").environ, "MODELTERMS_MAX_BYTES": "1000"}
    proc = run("analyze", str(path), env=env)
    assert proc.returncode == 2 and b"too large" in proc.stderr and b"1000" in proc.stderr


def test_batch_keeps_good_inputs_and_lists_bad_ones(tmp_path):
    proc = run("analyze", "mit", str(tmp_path / "nope.txt"), "apache-2.0", "--format", "json")
    assert proc.returncode == 2
    items = json.loads(proc.stdout)
    assert [i.get("id") for i in items if "terms" in i] == ["mit", "apache-2.0"]
    assert [i["error"] for i in items if "error" in i] == ["no such file"]
    assert proc.stderr.decode().count("\n") == 1


def test_catalog_lists_releases_with_their_license():
    proc = run("catalog", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    releases = {r["id"]: r for r in json.loads(proc.stdout)}
    assert releases["llama-2"]["license"] == "llama-2-license-2023"
    assert releases["llama-2"]["release_date"] == "2023-07-18"
    assert releases["llama-1"]["license"] == "llama-license-2023"


def test_console_script_is_installed():
    beside = Path(sys.executable).with_name("modelterms")
    exe = str(beside) if beside.exists() else shutil.which("modelterms")
    if exe is None:
        pytest.skip("package not installed as a console script in this environment")
    proc = subprocess.run([exe, "--help"], capture_output=True, timeout=60)
    assert proc.returncode == 0 and b"analyze" in proc.stdout


def test_streamed_long_csv_equals_the_dataframe_export():
    import io

    from analyzer import api, export

    result = api.analyze_sources(["llama-2", "mit", "no/such/file.txt"])
    streamed = io.StringIO()
    export.write_long_csv(streamed, result.profiles, result.problems)
    framed = export.long_frame(result.profiles, result.problems).to_csv(index=False, lineterminator="\n")
    assert streamed.getvalue() == framed
