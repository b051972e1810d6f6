"""Walking a tree: which files are read, loops, FIFOs, dangling links, and weights never opened."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
import time

import pytest

from analyzer.scan.discover import discover, load_file_rules
from analyzer.scan.scanner import scan_directory
from tests.privileges import as_unprivileged, check_refused
from tests.scan.trees import license_text, sparse_weights, write


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("LICENSE", "license"),
        ("LICENSE.md", "license"),
        ("license.txt", "license"),
        ("MODEL_LICENSE", "license"),
        ("LICENCE", "license"),
        ("COPYING", "license"),
        ("llama.LICENSE", "license"),
        ("USE_POLICY.md", "policy"),
        ("Acceptable_Use_Policy.md", "policy"),
        ("PROHIBITED_USE.txt", "policy"),
        ("README.md", "card"),
        ("MODEL_CARD.md", "card"),
        ("model.safetensors", None),
        ("LICENSE.safetensors", None),
        ("check_license.py", None),
        ("config.json", None),
        ("README.txt", None),
    ],
)
def test_file_kinds_by_name(name, kind):
    assert load_file_rules().kind_of(name) == kind


def test_loops_and_bad_links_are_reported_not_followed(tmp_path):
    write(tmp_path / "m" / "LICENSE", "MIT License text")
    (tmp_path / "m" / "up").symlink_to("..")
    (tmp_path / "m" / "self").symlink_to(".")
    (tmp_path / "m" / "LICENSE-a").symlink_to("LICENSE-b")
    (tmp_path / "m" / "LICENSE-b").symlink_to("LICENSE-a")
    (tmp_path / "m" / "LICENSE-gone").symlink_to("nowhere")
    (tmp_path / "m" / "weights-gone.bin").symlink_to("nowhere")  # not a candidate: ignored
    found = discover(tmp_path)
    assert [f.rel for f in found.files] == ["m/LICENSE"]
    reasons = {p.source: p.reason for p in found.problems}
    assert reasons["m/up"].startswith("symlink loop") and reasons["m/self"].startswith("symlink loop")
    assert reasons["m/LICENSE-a"] == "symlink loop" and reasons["m/LICENSE-b"] == "symlink loop"
    assert "target missing" in reasons["m/LICENSE-gone"]
    assert "m/weights-gone.bin" not in reasons


def test_a_linked_directory_is_walked_once_by_its_real_path(tmp_path):
    write(tmp_path / "real" / "LICENSE", "text")
    (tmp_path / "alias").symlink_to("real")
    found = discover(tmp_path)
    assert [f.rel for f in found.files] == ["real/LICENSE"] and not found.problems


def test_a_link_is_followed_inside_the_tree_and_never_out_of_it(tmp_path):
    write(tmp_path / "outside" / "m" / "LICENSE", "text")
    write(tmp_path / "root" / "store" / ".hidden" / "m" / "LICENSE", "text")  # hidden: not walked
    write(tmp_path / "root" / "blobs" / "b1", "text")  # a skipped folder, reached by file links
    (tmp_path / "root" / "models").mkdir()
    (tmp_path / "root" / "models" / "in").symlink_to("../store/.hidden")
    (tmp_path / "root" / "models" / "out").symlink_to(tmp_path / "outside")
    (tmp_path / "root" / "models" / "LICENSE").symlink_to("../blobs/b1")
    found = discover(tmp_path / "root")
    assert [f.rel for f in found.files] == ["models/LICENSE", "models/in/m/LICENSE"]
    assert [(p.source, p.reason) for p in found.problems] == [
        ("models/out", "symlink to a directory outside the walked tree (not followed)")
    ]


def test_hidden_directories_are_skipped(tmp_path):
    write(tmp_path / ".git" / "LICENSE", "text")
    write(tmp_path / "a" / "LICENSE", "text")
    assert [f.rel for f in discover(tmp_path).files] == ["a/LICENSE"]


def test_a_2gb_sparse_weight_file_is_skipped_without_being_opened(tmp_path, monkeypatch):
    model = tmp_path / "models" / "m"
    write(model / "LICENSE", license_text("mit"))
    weights = sparse_weights(model / "model.safetensors")
    sparse_weights(model / "LICENSE.bin")  # a license-looking name with a weight suffix
    opened = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(path, *args, **kwargs):
        opened.append(str(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    started = time.perf_counter()
    result = scan_directory(tmp_path)
    assert time.perf_counter() - started < 20
    assert [r.license_id for r in result.rows] == ["mit"]
    assert not [p for p in opened if p.endswith((".safetensors", "LICENSE.bin"))]
    assert str(weights) not in opened
    assert any(p.endswith("LICENSE") for p in opened)  # the spy does see real reads


def test_an_oversized_license_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("MODELTERMS_MAX_BYTES", "1000")
    sparse_weights(tmp_path / "m" / "LICENSE", 10_000_000)
    result = scan_directory(tmp_path)
    assert result.rows == ()
    [problem] = result.problems
    assert problem.source == "m/LICENSE" and "too large" in problem.reason


SCAN_PROBLEMS = (
    "import sys; from pathlib import Path; from analyzer.scan.scanner import scan_directory; "
    "print(*(f'{p.source}: {p.reason}' for p in scan_directory(Path(sys.argv[1])).problems), sep='\\n')"
)


def test_an_unreadable_file_is_reported(tmp_path):
    """scan_directory in a process that, like any user but root, cannot open a chmod 000 file."""
    path = write(tmp_path / "m" / "LICENSE", "text")
    path.chmod(0)
    try:
        check_refused(path)
        proc = subprocess.run(
            as_unprivileged([sys.executable, "-c", SCAN_PROBLEMS, str(tmp_path)]),
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        path.chmod(0o644)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "m/LICENSE: permission denied\n"


def test_an_undecodable_file_name_is_shown_escaped(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    name = os.fsdecode(b"LICENSE-\xff")
    (folder / name).write_text(license_text("mit"), encoding="utf-8")
    [row] = scan_directory(tmp_path).rows
    assert row.license_file == "m/LICENSE-\\xff" and row.license_id == "mit"


def test_a_card_with_an_impossible_date_is_reported_and_still_scanned(tmp_path):
    write(tmp_path / "m" / "README.md", "---\nlicense: mit\ncreated: 2024-13-45\n---\n# M\n")
    result = scan_directory(tmp_path)
    [row] = result.rows
    assert row.release.model == "M" and row.declared is None
    assert "invalid YAML front matter" in result.problems[0].reason


def test_a_folder_the_engine_chokes_on_is_reported_not_fatal(tmp_path, monkeypatch):
    from analyzer.scan import scanner

    write(tmp_path / "a" / "LICENSE", license_text("mit"))
    write(tmp_path / "b" / "LICENSE", license_text("apache-2.0"))
    real = scanner.build_rows

    def flaky(folder):
        if folder.path == "a":
            raise RuntimeError("boom")
        return real(folder)

    monkeypatch.setattr(scanner, "build_rows", flaky)
    result = scanner.scan_directory(tmp_path)
    assert [r.path for r in result.rows] == ["b"]
    assert result.problems[0].source == "a" and "RuntimeError: boom" in result.problems[0].reason
