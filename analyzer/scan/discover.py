"""Walk a tree for license files, use policies and model cards, by name, never opening others.

Directory symlinks are followed once; a link back to a directory on the current path (a loop)
or a file link that cannot be resolved is reported, not followed. Only the files whose names
match files.yaml are ever read, and only later (analyzer.corpus.read_file_document checks the
size before reading), so a 2 GB weight file costs one directory entry.
"""

from __future__ import annotations

import errno
import fnmatch
import functools
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from analyzer.files import LICENSE_FILE_PATTERNS
from analyzer.model import InputProblem

FILES_TABLE = Path(__file__).resolve().with_name("files.yaml")
TABLE_KEYS = {"policy", "license", "card", "skip_suffixes", "skip_dirs"}
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
    """files.yaml, validated: exactly the known keys, each a list of strings."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != TABLE_KEYS:
        raise ValueError(f"{path.name}: keys must be exactly {sorted(TABLE_KEYS)}")
    for key, value in data.items():
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"{path.name}: {key} must be a list of non-empty strings")
    license_patterns = (*LICENSE_FILE_PATTERNS, *data["license"])
    patterns = {"policy": data["policy"], "license": license_patterns, "card": data["card"]}
    return FileRules(
        patterns=tuple((k, tuple(p.upper() for p in patterns[k])) for k in KINDS),
        skip_suffixes=frozenset(s.lower() for s in data["skip_suffixes"]),
        skip_dirs=frozenset(data["skip_dirs"]),
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
    """Every policy, license and card file under root, sorted, and what could not be walked."""
    rules = rules or load_file_rules()
    found: list[FoundFile] = []
    problems: list[InputProblem] = []
    root_stat = os.stat(root)
    visited = {(root_stat.st_dev, root_stat.st_ino)}
    # Each stack entry carries the (dev, inode) chain of its ancestors, to tell loops from repeats.
    stack: list[tuple[Path, tuple[tuple[int, int], ...]]] = [(root, ((root_stat.st_dev, root_stat.st_ino),))]
    while stack:
        directory, chain = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(InputProblem(_rel(root, directory), f"cannot list directory ({exc.strerror})"))
            continue
        subdirs: list[tuple[Path, tuple[tuple[int, int], ...]]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            kind = rules.kind_of(entry.name)
            if entry.is_symlink():
                reason = _link_problem(path)
                if reason:
                    if kind or reason == "symlink loop":
                        problems.append(InputProblem(_rel(root, path), reason))
                    continue
            try:
                is_dir = entry.is_dir()  # follows symlinks: a linked directory is walked once
            except OSError:
                is_dir = False
            if is_dir:
                if entry.name in rules.skip_dirs:
                    continue
                try:
                    st = os.stat(path)
                except OSError as exc:
                    problems.append(InputProblem(_rel(root, path), f"cannot enter ({exc.strerror})"))
                    continue
                ident = (st.st_dev, st.st_ino)
                if ident in chain:
                    problems.append(
                        InputProblem(_rel(root, path), "symlink loop (links to an enclosing directory)")
                    )
                elif ident not in visited:
                    visited.add(ident)
                    subdirs.append((path, (*chain, ident)))
                continue
            if kind:
                found.append(FoundFile(path, _rel(root, path), kind))
        stack.extend(reversed(subdirs))
    found.sort(key=lambda f: f.rel)
    return Discovery(tuple(found), tuple(problems))
