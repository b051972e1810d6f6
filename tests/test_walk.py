"""analyzer.files.walk_tree: the one directory walker (analyze DIR and scan), one symlink policy."""

from __future__ import annotations

from pathlib import Path

from analyzer import sources
from analyzer.files import walk_tree
from analyzer.model import Document, InputError
from analyzer.scan.discover import discover

MIT = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n"


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "LICENSE").write_text(MIT, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "LICENSE").write_text(MIT, encoding="utf-8")
    (root / "a" / "b" / "loop").symlink_to("../..")  # back to root: a loop
    (root / "a" / "b" / "again").symlink_to("..")  # back to a: a loop
    (root / "out").symlink_to(tmp_path / "elsewhere")  # out of the root
    (root / "twin").symlink_to("a")  # inside, but a is walked already
    return root


def test_walk_reports_loops_and_links_out_and_follows_neither(tmp_path):
    root = _tree(tmp_path)
    walked = walk_tree(root)
    assert walked.files == (root / "a" / "LICENSE",)
    assert {p.relative_to(root).as_posix(): r for p, r in walked.problems} == {
        "a/b/loop": "symlink loop (links to an enclosing directory)",
        "a/b/again": "symlink loop (links to an enclosing directory)",
        "out": "symlink to a directory outside the walked tree (not followed)",
    }


def test_analyze_and_scan_walk_alike(tmp_path):
    root = _tree(tmp_path)
    items = list(sources.resolve(str(root)))
    analyzed = {i.problem.source: i.problem.reason for i in items if isinstance(i, InputError)}
    assert [d.name for d in items if isinstance(d, Document)] == ["LICENSE"]
    scanned = discover(root)
    assert [f.rel for f in scanned.files] == ["a/LICENSE"]
    assert {str(root / p.source): p.reason for p in scanned.problems} == analyzed


def test_a_tree_reached_only_through_a_link_is_walked_by_the_link(tmp_path):
    root = tmp_path / "root"
    (root / ".store" / "m").mkdir(parents=True)  # hidden: the walk never enters it itself
    (root / ".store" / "m" / "LICENSE").write_text(MIT, encoding="utf-8")
    (root / "m").symlink_to(".store/m")
    (root / "m2").symlink_to(".store/m")  # the same directory again: walked once
    walked = walk_tree(root)
    assert walked.files == (root / "m" / "LICENSE",) and walked.problems == ()
