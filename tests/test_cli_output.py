"""CLI output details: distinct labels, the no-license-language warning, integers in the catalog
CSV, tables that follow the terminal width, and the dashboard port from the environment."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from analyzer import cli
from analyzer.labels import distinct_labels
from analyzer.licensedb import licensedb_document
from analyzer.model import LicenseProfile
from analyzer.taxonomy import TERM_IDS, TERMS


def run(*args: str, columns: int | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns:
        env["COLUMNS"] = str(columns)
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args], capture_output=True, text=True, timeout=120, env=env
    )


def _profile(doc_id: str, source: str) -> LicenseProfile:
    return LicenseProfile(doc_id, doc_id, source, "0" * 64, "unknown", {})


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (["file:a/LICENSE", "file:b/LICENSE"], ["a/LICENSE", "b/LICENSE"]),
        (["file:x/m/LICENSE", "file:y/m/LICENSE"], ["x/m/LICENSE", "y/m/LICENSE"]),
        (["file:LICENSE", "file:sub/LICENSE"], ["LICENSE", "sub/LICENSE"]),
        (
            ["file:/abs/a/LICENSE", "file:b/LICENSE", "file:/abs/c/LICENSE"],
            ["a/LICENSE", "b/LICENSE", "c/LICENSE"],
        ),
        (["file:a/LICENSE", "file:a/LICENSE"], ["LICENSE", "LICENSE#2"]),
    ],
)
def test_colliding_ids_get_the_shortest_distinct_path_suffix(sources, expected):
    assert distinct_labels([_profile("LICENSE", s) for s in sources]) == expected


def test_distinct_ids_are_left_alone():
    profiles = [_profile("mit", "scancode:mit"), _profile("LICENSE", "file:a/LICENSE")]
    assert distinct_labels(profiles) == ["mit", "LICENSE"]


@pytest.fixture(scope="module")
def two_licenses(tmp_path_factory):
    root = tmp_path_factory.mktemp("models")
    paths = []
    for folder, key in (("alpha", "mit"), ("beta", "apache-2.0")):
        (root / folder).mkdir()
        path = root / folder / "LICENSE"
        path.write_text(licensedb_document(key).text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_same_name_files_stay_apart_in_compare_analyze_and_diff(two_licenses):
    proc = run("compare", *two_licenses, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "term,category,alpha/LICENSE,beta/LICENSE"

    proc = run("analyze", *two_licenses, "--format", "csv")
    ids = {r["license_id"] for r in csv.DictReader(io.StringIO(proc.stdout))}
    assert ids == {"alpha/LICENSE", "beta/LICENSE"}

    proc = run("analyze", *two_licenses)
    assert re.search(r"(?m)^alpha/LICENSE  ", proc.stdout) and re.search(r"(?m)^beta/LICENSE  ", proc.stdout)

    proc = run("diff", *two_licenses)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "alpha/LICENSE  ->  beta/LICENSE"


def test_a_text_with_no_license_language_warns_on_stderr(tmp_path):
    script = tmp_path / "tool.py"
    script.write_text("import sys\n\n\ndef main():\n    print(sys.argv)\n", encoding="utf-8")
    proc = run("analyze", str(script), "--format", "json")
    assert proc.returncode == 0
    assert "warning: no license language found in" in proc.stderr and "tool.py" in proc.stderr
    assert {t["status"] for t in json.loads(proc.stdout)[0]["terms"].values()} == {"silent"}


def test_a_license_gives_no_warning():
    proc = run("analyze", "mit", "--format", "json")
    assert proc.returncode == 0 and proc.stderr == ""


def test_catalog_csv_prints_integer_facts_as_integers():
    proc = run("catalog", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    lengths = [r["context_length"] for r in rows]
    assert any(lengths) and all(re.fullmatch(r"\d+", v) for v in lengths if v), lengths


@pytest.mark.parametrize("columns", [60, 100])
def test_compare_table_follows_the_terminal_width(columns):
    proc = run("compare", "llama-2", "llama-3.1", "mit", "gemma-2", columns=columns)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 + len(TERM_IDS)
    assert max(len(line) for line in lines) <= columns


def test_terms_table_wraps_definitions_to_the_width():
    proc = run("terms", columns=80)
    assert proc.returncode == 0, proc.stderr
    assert max(len(line) for line in proc.stdout.splitlines()) <= 80
    lines = proc.stdout.splitlines()
    at = lines[0].index("definition")
    column = " ".join(" ".join(line[at:] for line in lines[2:]).split())
    for t in TERMS:
        assert t.id in proc.stdout
        assert t.definition in column, t.id


def test_without_a_terminal_tables_keep_their_natural_width():
    proc = run("terms")
    assert max(len(line) for line in proc.stdout.splitlines()) > 120
    for t in TERMS:
        assert t.definition in proc.stdout


@pytest.mark.parametrize(
    ("env", "args", "port"),
    [
        ({}, [], "8501"),
        ({"STREAMLIT_SERVER_PORT": "8612"}, [], "8612"),
        ({"STREAMLIT_SERVER_PORT": "8612"}, ["--port", "9001"], "9001"),
    ],
)
def test_app_port_comes_from_the_environment(monkeypatch, env, args, port):
    calls = []
    monkeypatch.delenv("STREAMLIT_SERVER_PORT", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(cli.subprocess, "call", lambda cmd: calls.append(cmd) or 0)
    result = CliRunner().invoke(cli.app, ["app", *args])
    assert result.exit_code == 0, result.output
    [cmd] = calls
    assert cmd[cmd.index("--server.port") + 1] == port


def test_a_bad_port_in_the_environment_is_one_line_exit_2(monkeypatch):
    monkeypatch.setenv("STREAMLIT_SERVER_PORT", "eighty")
    monkeypatch.setattr(cli.subprocess, "call", lambda cmd: pytest.fail("must not start"))
    result = CliRunner().invoke(cli.app, ["app"])
    assert result.exit_code == 2
    assert "STREAMLIT_SERVER_PORT=eighty: not a port number" in result.output


def test_use_restrictions_count_the_fields_they_name_and_say_nothing_of_none():
    from analyzer import export

    two = {"categories": ["military", "surveillance"]}
    assert export.short_params("use_restrictions", two) == "2 categories"
    assert export.short_params("use_restrictions", {"categories": ["military"]}) == "1 category"
    assert export.short_params("use_restrictions", {"categories": []}) == ""  # not "0 categories"
