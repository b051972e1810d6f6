"""bench/scan: materialising labelled repositories from a mirror, matching rows, scoring checks."""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest

from bench.scan import accuracy, corpus


def _row(model, path=".", **facts):
    release = SimpleNamespace(model=model, **facts)
    return SimpleNamespace(path=path, release=release)


def test_rows_match_releases_by_folder_and_name_one_to_one():
    releases = [{"model": "Acme-7B", "folder": "."}, {"model": "Acme-7B-Chat", "folder": "."}]
    rows = [_row("acme-7b-chat"), _row("Acme-7B"), _row("Acme-7B", path="other")]
    found = accuracy.match(releases, rows)
    assert found[0] is rows[1] and found[1] is rows[0]
    assert accuracy.match([{"model": "Zeta", "folder": "."}], rows) == {}


@pytest.mark.parametrize(
    ("check", "expected", "found", "right"),
    [
        (accuracy.same_sizes, ["7B", "13B"], ("13B", "7B"), True),
        (accuracy.same_sizes, ["8x2B"], ("16B",), True),
        (accuracy.same_sizes, ["7B"], ("7B", "70B"), False),
        (accuracy.same_context, 32768, 32000, True),
        (accuracy.same_context, 4096, 8192, False),
        (accuracy.same_tokens, "2T", "2.0T", True),
        (accuracy.same_tokens, "1.4T", "3.2T", False),
    ],
)
def test_fact_comparisons(check, expected, found, right):
    assert check(expected, found) is right


def test_errors_are_refused_for_the_blind_split(capsys):
    assert accuracy.main(["--split", "blind", "--errors"]) == 2
    assert "refused" in capsys.readouterr().err


def test_a_labelled_repository_is_materialised_from_its_mirror(tmp_path, monkeypatch):
    mirror = tmp_path / "mirrors" / "acme+lm"
    work = tmp_path / "work"
    work.mkdir()
    (work / "README.md").write_text("# Acme\n", encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "README.md"], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-qm", "c"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(mirror / "repo")], check=True)
    commit = subprocess.run(
        ["git", "-C", str(work), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    monkeypatch.setenv("MODELTERMS_MIRRORS", str(tmp_path / "mirrors"))
    label = corpus.Label(tmp_path / "l.yaml", "acme/lm", commit, ("README.md", "LICENSE"), ())
    folder, note = corpus.materialise(label, tmp_path / "corpus")
    assert folder == tmp_path / "corpus" / "acme__lm" / "lm"
    assert (folder / "README.md").read_text(encoding="utf-8") == "# Acme\n" and "LICENSE" in note
    missing = corpus.Label(tmp_path / "m.yaml", "acme/gone", commit, ("README.md",), ())
    assert corpus.materialise(missing, tmp_path / "corpus")[0] is None
    assert "no mirror" in corpus.materialise(missing, tmp_path / "corpus")[1]
