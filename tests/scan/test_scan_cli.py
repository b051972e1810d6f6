"""`modelterms scan` through its real entry point (`python -m analyzer scan ...`)."""

from __future__ import annotations

import csv
import json
import os
import pty
import subprocess
import sys
import time

from tests.scan.trees import build_hf_cache, build_repository, sparse_weights


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", "scan", *args], capture_output=True, timeout=120, **kwargs
    )


def test_scan_writes_json_and_csv_and_prints_the_summary(tmp_path):
    root = build_repository(tmp_path / "checkout")
    snapshot = build_hf_cache(root / "hub")
    sparse_weights(snapshot / "model.safetensors")
    (root / "models" / "llama2" / "loop").symlink_to("..")
    os.mkfifo(root / "models" / "LICENSE.fifo")
    started = time.perf_counter()
    proc = run(str(root), "--json", str(tmp_path / "scan.json"), "--csv", str(tmp_path / "scan.csv"))
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr
    assert elapsed < 60
    rows = json.loads((tmp_path / "scan.json").read_text())
    models = {r["path"]: r for r in rows if "path" in r}
    assert {p: r["license_id"] for p, r in models.items()} == {
        "hub/models--meta-llama--Llama-2-7b-hf/snapshots/0123abcd": "llama-2-license-2023",
        "models/llama2": "llama-2-license-2023",
        "models/llama3_1": "llama-3.1-license-2024",
        "models/llama3_2": "llama-3.2-license-2024",
    }
    assert models["models/llama2"]["release"]["parameters"] == ["7B", "13B", "70B"]
    assert models["models/llama2"]["profile"]["terms"]["commercial_use"]["status"] == "conditional"
    assert {e["source"] for e in rows if "error" in e} == {"models/llama2/loop", "models/LICENSE.fifo"}
    with open(tmp_path / "scan.csv", newline="") as f:
        table = list(csv.DictReader(f))
    assert [r["commercial_use"] for r in table if r["path"] == "models/llama3_1"] == ["conditional"]
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert "family \\ commercial_use" in out and "models/llama3_2" in out
    assert "models/llama2/loop: symlink loop" in err
    assert len([line for line in err.splitlines() if line.startswith("modelterms: ")]) == 2
    assert "scanning" not in err  # no progress bar when stderr is not a terminal
    assert "Traceback" not in err


def test_json_to_stdout_moves_the_summary_to_stderr(tmp_path):
    build_repository(tmp_path)
    proc = run(str(tmp_path / "models" / "llama3_1"), "--json", "-")
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(proc.stdout)
    assert (row["path"], row["license_file"]) == (".", "LICENSE")
    assert "commercial_use" in proc.stderr.decode()


def test_a_progress_bar_on_a_terminal(tmp_path):
    build_repository(tmp_path)
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "analyzer", "scan", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=120,
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert proc.returncode == 0
    assert b"scanning" in shown and b"3/3" in shown


def test_bad_usage_and_empty_trees_exit_2_with_one_line(tmp_path):
    missing = run(str(tmp_path / "nope"))
    assert missing.returncode == 2
    assert missing.stderr.decode().strip() == f"modelterms: {tmp_path / 'nope'}: no such directory"
    sparse_weights(tmp_path / "weights" / "model.safetensors")
    empty = run(str(tmp_path))
    assert empty.returncode == 2
    assert "no license files or model cards could be scanned" in empty.stderr.decode()
    assert b"Traceback" not in missing.stderr + empty.stderr
