"""Reading license files and standard input: bounded, never blocking, one-line errors.

Files are checked with ``stat`` before they are opened, so a FIFO, a socket or a device is
refused without blocking, and a file over ``max_bytes()`` is refused without being read; the
read itself is bounded by the same limit. Every problem is an InputError naming the input.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from analyzer.model import Document, InputError
from analyzer.textio import license_text

# A license text larger than this is refused with a clear message. MODELTERMS_MAX_BYTES
# overrides it: a byte count, or with a K, M or G suffix (1024-based), e.g. 20M.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
LICENSE_FILE_PATTERNS = (
    "LICENSE*",
    "*LICENSE*",
    "LICENCE*",
    "*LICENCE*",
    "MODEL_LICENSE*",
    "COPYING*",
    "*.LICENSE",
)
# The longest text the pipeline takes (analyzer.nlp.pipeline sets nlp.max_length to this); a
# larger MODELTERMS_MAX_BYTES still stops here, with a message instead of spaCy's error.
MAX_CHARS = 20_000_000
FILE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".rst", ".text"}
SIZE = re.compile(r"\s*(\d+)\s*([kmg])?i?b?\s*", re.I)


def max_bytes() -> int:
    """The size limit for one input (MODELTERMS_MAX_BYTES, else DEFAULT_MAX_BYTES)."""
    return _parse_size(os.environ.get("MODELTERMS_MAX_BYTES")) or DEFAULT_MAX_BYTES


def _parse_size(raw: str | None) -> int | None:
    m = SIZE.fullmatch(raw or "")
    if not m or int(m.group(1)) == 0:
        return None
    return int(m.group(1)) * 1024 ** " kmg".index((m.group(2) or " ").lower())


def _too_large(label: str, size: int | None) -> InputError:
    raw = os.environ.get("MODELTERMS_MAX_BYTES")
    how = "set MODELTERMS_MAX_BYTES to raise it"
    if raw and _parse_size(raw) is None:
        how = f"MODELTERMS_MAX_BYTES={raw!r} is not a size, so the default applies"
    over = f"{size} bytes" if size is not None else "more than that"
    return InputError(label, f"too large ({over}; limit {max_bytes()} bytes, {how})")


def shown(name: str) -> str:
    """A name safe to print and to put in JSON: undecodable bytes of a path become \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _os_reason(exc: OSError) -> str:
    reasons = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ELOOP: "symlink loop (too many levels of symbolic links)",
        errno.ENOENT: "no such file",
        errno.ENOTDIR: "no such file (a part of the path is not a directory)",
        errno.ENAMETOOLONG: "file name too long",
        errno.EISDIR: "is a directory",
    }
    return reasons.get(exc.errno) or f"cannot read ({exc.strerror or type(exc).__name__})"


def _not_regular(mode: int) -> str | None:
    """Why a file of this type is not read (it is never opened: a FIFO would block)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a regular file; use '-' to read standard input"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def stat_input(path: Path, label: str) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(label, "dangling symlink (its target does not exist)") from None
        raise InputError(label, "no such file") from None
    except OSError as exc:
        raise InputError(label, _os_reason(exc)) from None
    except ValueError:  # a NUL character in the path
        raise InputError(label, "invalid path") from None


def read_bytes(path: Path, label: str) -> bytes:
    """The bytes of a regular file, at most max_bytes(); InputError for anything else."""
    info = stat_input(path, label)
    kind = _not_regular(info.st_mode)
    if kind:
        raise InputError(label, kind)
    limit = max_bytes()
    if info.st_size > limit:
        raise _too_large(label, info.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(label, _os_reason(exc)) from None
    with os.fdopen(fd, "rb") as file:
        try:
            # Swapped for a FIFO or a device between stat and open: still never read from it.
            kind = _not_regular(os.fstat(file.fileno()).st_mode)
            if kind:
                raise InputError(label, kind)
            data = file.read(limit + 1)
        except OSError as exc:
            raise InputError(label, _os_reason(exc)) from None
    if len(data) > limit:
        raise _too_large(label, None)
    return data


def _checked(read: tuple[str, dict], label: str) -> tuple[str, dict]:
    if len(read[0]) > MAX_CHARS:
        raise InputError(label, f"too long to analyze ({len(read[0])} characters; the limit is {MAX_CHARS})")
    return read


def read_file_document(path: Path, label: str | None = None) -> Document:
    """A Document from a file: decoded (textio), HTML/Markdown markup stripped."""
    path = Path(path)
    label = shown(label or str(path))
    text, meta = _checked(license_text(read_bytes(path, label), label, path.name), label)
    name = shown(path.name)
    return Document(
        id=path.stem if path.name.startswith(".") else name,
        name=name,
        text=text,
        source=f"file:{label}",
        meta=meta,
    )


def read_stdin_document() -> Document:
    """A Document from standard input, read up to max_bytes() + 1 bytes (never all of it)."""
    limit = max_bytes()
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("-", "no standard input to read")
    try:
        data = stream.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise InputError("-", f"cannot read standard input ({exc})") from None
    if len(data) > limit:
        raise _too_large("-", None)
    text, meta = _checked(license_text(data, "-"), "-")
    return Document(id="stdin", name="standard input", text=text, source="stdin", meta=meta)


@dataclass(frozen=True)
class Walk:
    """What walk_tree found: every file (in walk order) and each directory it could not walk."""

    files: tuple[Path, ...]
    problems: tuple[tuple[Path, str], ...]  # (path, reason)


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def walk_tree(root: Path, skip_dirs: frozenset[str] = frozenset()) -> Walk:
    """Every non-directory entry under root (names sorted, a directory's files before its
    subdirectories), skipping hidden directories and those named in skip_dirs.

    The one symlink policy of the analyzer: a link to a file is listed wherever it points (a
    Hugging Face cache links every snapshot file into ../../blobs; a dangling or looping link
    is listed too, for the reader to report). A link to a directory is followed only inside
    root, and only after the real tree is walked, into a directory the walk has not entered:
    every directory is walked once, by its real path when it has one. A link to an enclosing
    directory (a loop) or to a directory outside root is reported, never followed. A directory
    that cannot be listed is reported and skipped.
    """
    top = os.path.realpath(root)
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []
    visited = {top}
    links: list[tuple[Path, str]] = []  # (link, the directory it resolves to), in walk order
    stack = [Path(root)]

    def walk() -> None:
        while stack:
            directory = stack.pop()
            try:
                with os.scandir(directory) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                problems.append((directory, f"cannot list directory ({_os_reason(exc)})"))
                continue
            subdirs = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir()  # follows a link; False when its target is missing
                except OSError:
                    is_dir = False
                if not is_dir:
                    files.append(Path(entry.path))
                elif not entry.name.startswith(".") and entry.name not in skip_dirs:
                    target = os.path.realpath(entry.path)
                    if entry.is_symlink():
                        links.append((Path(entry.path), target))
                    elif target not in visited:  # a bind mount or a hard-linked directory: once
                        visited.add(target)
                        subdirs.append(Path(entry.path))
            stack.extend(reversed(subdirs))

    walk()
    for link, target in links:  # grows while linked trees are walked
        if _inside(os.path.realpath(link.parent), target):
            problems.append((link, "symlink loop (links to an enclosing directory)"))
        elif not _inside(target, top):
            problems.append((link, "symlink to a directory outside the walked tree (not followed)"))
        elif target not in visited:
            visited.add(target)
            stack.append(link)
            walk()
    return Walk(tuple(files), tuple(problems))


def find_license_files(root: Path, errors: list[InputError] | None = None) -> list[Path]:
    """License files under a directory, sorted, walked by walk_tree (its symlink policy).

    Pass ``errors`` to get one InputError for each directory that could not be walked.
    """
    walked = walk_tree(root)
    if errors is not None:
        errors.extend(InputError(shown(str(path)), reason) for path, reason in walked.problems)
    return [path for path in walked.files if any(path.match(p) for p in LICENSE_FILE_PATTERNS)]
