"""`python -m analyzer` over every class of bad input: one stderr line each, exit 2, no traceback.

The CLI runs are started together (a few at a time) when the module's first test asks for
them, so the whole file costs a few CLI start-ups, not one per case.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import struct
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analyzer.catalog import catalog_dir
from analyzer.taxonomy import TERM_IDS
from tests.privileges import as_unprivileged, check_refused

GOOD = b"You may use the Model for any purpose. You may not use the Model for military purposes.\n"
HTML = (
    b"<!doctype html><html><head><title>T</title><script>var a = 1;</script></head><body>"
    b"<h1>Acme License</h1><p>You may <b>not</b> use the Model for <i>commercial</i> purposes.</p>"
    b"</body></html>"
)
MARKDOWN = (
    b"# Acme License\n\nYou may **not** use the [Model](https://acme.ai/model) for *commercial* purposes.\n"
)


@dataclass
class Case:
    """One CLI run: its arguments, exit code, and the bad inputs it must name (class, source, reason)."""

    args: list[str]
    code: int  # -1: not checked
    bad: list[tuple[str, str, str]] = field(default_factory=list)
    stdin: bytes | None = None
    env: dict[str, str] = field(default_factory=dict)


def _files(root: Path) -> dict[str, Path]:
    """One file per input class, under root."""
    root.mkdir(parents=True, exist_ok=True)
    header = json.dumps({"__metadata__": {"format": "pt"}}).encode()
    contents = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\r\n",
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
        "model.safetensors": struct.pack("<Q", len(header)) + header,
        "weights.zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40),
        "cp1251.txt": "Лицензия на использование модели".encode("cp1251"),
        "nul-binary.txt": GOOD.replace(b" ", b"\x00"),
        "latin1.txt": "Licence : vous pouvez utiliser le modèle. ".encode("latin-1") + GOOD,
        "utf16.txt": GOOD.decode().encode("utf-16"),
        "mixed.txt": GOOD.replace(b". ", b".\r\n") + b"Second paragraph.\rThird.\n",
        "stray-nul.txt": GOOD * 2 + b"\x00" + GOOD,
        "page.html": HTML,
        "page.md": MARKDOWN,
        "nopunct.txt": b"you may use the model for research you may not use it for commercial purposes " * 50,
        "ok.txt": GOOD,
    }
    paths = {}
    for name, data in contents.items():
        paths[name] = root / name
        paths[name].write_bytes(data)
    with open(root / "huge.txt", "wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse
    paths["huge.txt"] = root / "huge.txt"
    os.mkfifo(root / "fifo")
    paths["fifo"] = root / "fifo"
    os.symlink(root / "loop", root / "loop")
    paths["loop"] = root / "loop"
    model = root / "model"
    (model / "sub").mkdir(parents=True)
    (model / "LICENSE").write_bytes(GOOD)
    os.symlink(root / "gone", model / "COPYING")
    os.symlink(model / "LICENSE-loop", model / "LICENSE-loop")
    os.mkfifo(model / "sub" / "LICENSE.fifo")
    os.symlink("..", model / "sub" / "up")
    paths["model"] = model
    catalog = root / "catalog"
    shutil.copytree(catalog_dir(), catalog)
    bad = catalog / "llama-2.yaml"
    bad.write_text(
        bad.read_text(encoding="utf-8").replace('"2023-07-18"', '"18 July 2023"'), encoding="utf-8"
    )
    paths["catalog"] = catalog
    return paths


def _cases(p: dict[str, Path]) -> dict[str, Case]:
    model = p["model"]
    broken = {"MODELTERMS_CATALOG": str(p["catalog"])}
    bad_files = [
        ("empty", "empty.txt", "empty file"),
        ("whitespace", "blank.txt", "no text (whitespace only)"),
        ("image", "image.png", "binary file (PNG image)"),
        ("safetensors-header", "model.safetensors", "binary file (safetensors weights)"),
        ("zip", "weights.zip", "binary file (ZIP archive"),
        ("100mb", "huge.txt", "too large (104857600 bytes; limit 5242880 bytes, set MODELTERMS_MAX_BYTES"),
        ("non-western-legacy-encoding", "cp1251.txt", "not UTF-8 text"),
        ("nul-bytes-binary", "nul-binary.txt", "binary file (NUL bytes)"),
        ("fifo", "fifo", "a FIFO (named pipe)"),
        ("symlink-loop", "loop", "symlink loop"),
    ]
    in_directory = [
        ("directory-link-loop", str(model / "sub" / "up"), "symlink loop (links to an enclosing directory)"),
        ("directory-dangling-symlink", str(model / "COPYING"), "dangling symlink"),
        ("directory-symlink-loop", str(model / "LICENSE-loop"), "symlink loop"),
        ("directory-fifo", str(model / "sub" / "LICENSE.fifo"), "a FIFO (named pipe)"),
    ]
    missing = str(p["ok.txt"]) + ".nope"
    return {
        "files": Case(
            [
                "analyze",
                *(str(p[f]) for _, f, _ in bad_files),
                missing,
                str(model),
                str(p["ok.txt"]),
                "-f",
                "json",
            ],
            2,
            [(c, str(p[f]), r) for c, f, r in bad_files]
            + [("missing-path", missing, "no such file"), *in_directory],
        ),
        "only-bad": Case(
            ["analyze", str(p["empty.txt"])], 2, [("nothing-analyzed", str(p["empty.txt"]), "empty")]
        ),
        "names": Case(
            ["analyze", "llama-2-licence-2023", "llama-22"],
            2,
            [
                ("unknown-licensedb-key", "llama-2-licence-2023", "did you mean llama-2-license-2023"),
                ("unknown-catalog-id", "llama-22", "did you mean llama-2"),
            ],
        ),
        "catalog": Case(
            ["analyze", "llama-2", "mit"],
            2,
            [("malformed-catalog", "llama-2", f"{p['catalog'] / 'llama-2.yaml'}: field 'release_date'")],
            env=broken,
        ),
        "catalog-command": Case(
            ["catalog"],
            2,
            [("catalog-command", str(p["catalog"] / "llama-2.yaml"), "field 'release_date' must be")],
            env=broken,
        ),
        "stdin": Case(["analyze", "-"], 2, [("empty-stdin", "-", "empty input")], stdin=b""),
        "compare": Case(
            ["compare", "mit", str(p["image.png"])], 2, [("compare", str(p["image.png"]), "PNG image")]
        ),
        "diff": Case(["diff", "mit", str(p["empty.txt"])], 2, [("diff", str(p["empty.txt"]), "empty file")]),
        # scan (its own helper's command) reports problems its own way: only no traceback is checked here.
        "scan": Case(["scan", str(model)], -1),
        "readable": Case(["analyze", *(str(p[n]) for n in ODD_BUT_READABLE), "-f", "json"], 0),
        "stdin-html": Case(["analyze", "-", "--format", "json"], 0, stdin=HTML),
        "csv": Case(
            ["analyze", "mit", str(p["image.png"]), str(p["ok.txt"]), "nope-key", "--format", "csv"],
            2,
            [("csv", str(p["image.png"]), "PNG image"), ("csv", "nope-key", "not a file, catalog id")],
        ),
    }


ODD_BUT_READABLE = [
    "latin1.txt",
    "utf16.txt",
    "mixed.txt",
    "stray-nul.txt",
    "page.html",
    "page.md",
    "nopunct.txt",
]


class _Placeholders(dict):
    """Stand-in paths, to list the case names at collection time without making files."""

    def __missing__(self, key: str) -> Path:
        return Path(key)


CASES = _cases(_Placeholders())
INPUT_CLASSES = [k for case in CASES.values() for k, _, _ in case.bad if k not in ("csv", "catalog-command")]


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, tuple[Case, subprocess.CompletedProcess]]:
    paths = _files(tmp_path_factory.mktemp("inputs"))
    cases = _cases(paths)

    def run(case: Case) -> subprocess.CompletedProcess:
        env = {**os.environ, **case.env}
        env.pop("MODELTERMS_MAX_BYTES", None)
        return subprocess.run(
            [sys.executable, "-m", "analyzer", *case.args],
            input=case.stdin if case.stdin is not None else b"",
            capture_output=True,
            timeout=300,
            env=env,
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        done = dict(zip(cases, pool.map(run, cases.values()), strict=True))
    return {name: (cases[name], done[name]) for name in cases}


@pytest.mark.parametrize("run_name", list(CASES))
def test_each_run_exits_as_the_contract_says_without_a_traceback(runs, run_name):
    case, proc = runs[run_name]
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    if case.code < 0:
        return
    assert proc.returncode == case.code, err
    lines = err.splitlines()
    assert len(lines) == len(case.bad), err
    for (_, source, reason), line in zip(case.bad, lines, strict=True):
        assert line.startswith(f"modelterms: {source}: ") and reason in line, line


@pytest.mark.parametrize("input_class", INPUT_CLASSES)
def test_each_bad_input_class_gets_its_one_line(runs, input_class):
    [(case, proc, source, reason)] = [
        (c, proc, s, r) for c, proc in runs.values() for k, s, r in c.bad if k == input_class
    ]
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    [line] = [x for x in err.splitlines() if x.startswith(f"modelterms: {source}: ")]
    assert reason in line


def test_a_batch_reports_its_good_inputs_and_lists_every_bad_one(runs):
    case, proc = runs["files"]
    items = json.loads(proc.stdout)
    assert [i["id"] for i in items if "terms" in i] == ["LICENSE", "ok.txt"]
    assert [i["source"] for i in items if "error" in i] == [source for _, source, _ in case.bad]


def test_scan_names_each_unreadable_file(runs):
    _, proc = runs["scan"]
    err = proc.stderr.decode()
    for name in ("COPYING", "LICENSE-loop", "LICENSE.fifo"):
        assert name in err


def test_odd_but_readable_files_are_all_analyzed(runs):
    _, proc = runs["readable"]
    profiles = json.loads(proc.stdout)
    assert [i["id"] for i in profiles] == ODD_BUT_READABLE
    for profile in profiles:
        assert set(profile["terms"]) == set(TERM_IDS)
        for term in profile["terms"].values():
            for ev in term["evidence"]:
                assert "<" not in ev["text"] and "**" not in ev["text"] and "\r" not in ev["text"]
    by_id = {p["id"]: p for p in profiles}
    assert by_id["page.html"]["terms"]["commercial_use"]["status"] == "prohibited"
    assert by_id["page.md"]["terms"]["commercial_use"]["status"] == "prohibited"


def test_html_on_standard_input_is_stripped(runs):
    _, proc = runs["stdin-html"]
    [profile] = json.loads(proc.stdout)
    [ev] = profile["terms"]["commercial_use"]["evidence"]
    assert ev["text"] == "You may not use the Model for commercial purposes."


def test_a_csv_batch_has_error_rows_for_the_bad_inputs(runs):
    case, proc = runs["csv"]
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert len(rows) == 2 * len(TERM_IDS) + 2
    errors = [(r["source"], r["evidence"]) for r in rows if r["status"] == "error"]
    assert [s for s, _ in errors] == [source for _, source, _ in case.bad]
    assert errors[0][1] == "binary file (PNG image), not a license text"


def test_a_file_unreadable_for_its_user(tmp_path):
    """A real chmod 000 file, read by a process without root's permission override."""
    locked = tmp_path / "LICENSE"
    locked.write_bytes(GOOD)
    locked.chmod(0o000)
    try:
        check_refused(locked)
        proc = subprocess.run(
            as_unprivileged([sys.executable, "-m", "analyzer", "analyze", str(locked)]),
            capture_output=True,
            timeout=120,
        )
    finally:
        locked.chmod(0o644)
    assert proc.returncode == 2
    assert proc.stderr.decode() == f"modelterms: {locked}: permission denied\n"
