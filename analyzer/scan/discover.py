"""Walk a tree for license files, use policies and model cards, by name, never opening others.

The walk is analyzer.files.walk_tree: a linked directory is followed once and only inside the
scanned tree; a loop, a link out of the tree, a file link that cannot be resolved are reported,
not followed. Only the files whose names match files.yaml are ever read, and only later
(analyzer.files.read_file_document checks the size before reading), so a 2 GB weight file
costs one directory entry.
"""

from __future__ import annotations

import errno
import fnmatch
import functools
import os
from dataclasses import dataclass
from pathlib import Path

from analyzer.files import LICENSE_FILE_PATTERNS, walk_tree
from analyzer.model import InputProblem
from analyzer.scan.card_folder import in_card_dir
from analyzer.schemas import FileNames, YamlTable

FILES_TABLE = Path(__file__).resolve().with_name("files.yaml")
KINDS = ("policy", "license", "card")


@dataclass(frozen=True)
class FileRules:
    """Name patterns per kind (upper-cased), and what is never read or entered."""

    patterns: tuple[tuple[str, tuple[str, ...]], ...]
    skip_suffixes: frozenset[str]
    skip_dirs: frozenset[str]

    def kind_of(self, name: str) -> str | None:
        """ "policy", "license", "card" or None for a file name."""
        if Path(name).suffix.lower() in self.skip_suffixes:
            return None
        upper = name.upper()
        for kind, patterns in self.patterns:
            if any(fnmatch.fnmatchcase(upper, p) for p in patterns):
                return kind
        return None


@functools.lru_cache(maxsize=2)
def load_file_rules(path: Path = FILES_TABLE) -> FileRules:
    """files.yaml, validated by analyzer.schemas.FileNames (TableError names file:line)."""
    table = YamlTable(path).validate(FileNames)
    patterns = {
        "policy": table.policy,
        "license": (*LICENSE_FILE_PATTERNS, *table.license),
        "card": table.card,
    }
    return FileRules(
        patterns=tuple((k, tuple(p.upper() for p in patterns[k])) for k in KINDS),
        skip_suffixes=frozenset(s.lower() for s in table.skip_suffixes),
        skip_dirs=frozenset(table.skip_dirs),
    )


@dataclass(frozen=True)
class FoundFile:
    """A file to read: where it is, its path relative to the scanned root, and its kind."""

    path: Path
    rel: str
    kind: str

    @property
    def folder(self) -> str:
        parent = os.path.dirname(self.rel)
        return parent or "."


@dataclass(frozen=True)
class Discovery:
    files: tuple[FoundFile, ...]
    problems: tuple[InputProblem, ...]


def _rel(root: Path, path: Path) -> str:
    """A printable POSIX path relative to root (undecodable bytes of a name become \\xNN)."""
    rel = os.path.relpath(path, root).replace(os.sep, "/")
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _link_problem(path: Path) -> str | None:
    """Why a symlink cannot be followed, or None when its target exists."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        if exc.errno == errno.ENOENT:
            return "broken symlink (target missing)"
        return f"cannot follow symlink ({exc.strerror})"
    return None


def discover(root: Path, rules: FileRules | None = None) -> Discovery:
    """Every policy, license and card file under root, sorted, and what could not be walked
    (analyzer.files.walk_tree walks: its symlink policy is the analyzer's one)."""
    rules = rules or load_file_rules()
    walked = walk_tree(root, rules.skip_dirs)
    found: list[FoundFile] = []
    problems = [InputProblem(_rel(root, path), reason) for path, reason in walked.problems]
    for path in walked.files:
        if path.name.startswith("."):
            continue
        kind = rules.kind_of(path.name) or ("card" if in_card_dir(_rel(root, path)) else None)
        if path.is_symlink():
            reason = _link_problem(path)
            if reason:
                if kind or reason == "symlink loop":
                    problems.append(InputProblem(_rel(root, path), reason))
                continue
        if kind:
            found.append(FoundFile(path, _rel(root, path), kind))
    found.sort(key=lambda f: f.rel)
    return Discovery(tuple(found), tuple(problems))
