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


def find_license_files(root: Path, errors: list[InputError] | None = None) -> list[Path]:
    """License files under a directory, sorted, without following symlinked directories.

    Directories that cannot be listed are skipped; pass ``errors`` to get one InputError each.
    """
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        if errors is not None:
            errors.append(InputError(shown(str(exc.filename or root)), _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if any(Path(name).match(p) for p in LICENSE_FILE_PATTERNS):
                found.append(Path(dirpath) / name)
    return found
