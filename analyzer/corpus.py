"""Where license texts come from: the ScanCode LicenseDB, files, stdin and the release catalog.

Bad input never raises past ``resolve``: each problem comes back as an InputError naming the
input and the reason in one line. Files are checked with ``stat`` before they are opened, so a
FIFO, a socket or a device is refused without blocking, and a file over ``max_bytes()`` is
refused without being read; the read itself is bounded by the same limit.
"""

from __future__ import annotations

import difflib
import errno
import functools
import os
import re
import stat
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from analyzer.model import Document, InputError
from analyzer.textio import decode_text, license_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "LICENSE_FILE_PATTERNS",
    "LicenseEntry",
    "decode_text",
    "find_license_files",
    "license_text",
    "licensedb",
    "licensedb_document",
    "max_bytes",
    "read_file_document",
    "read_stdin_document",
    "resolve",
]

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


@dataclass(frozen=True)
class LicenseEntry:
    """Metadata of one LicenseDB license."""

    key: str
    name: str
    category: str
    spdx_key: str
    urls: tuple[str, ...]
    text: str


@functools.lru_cache(maxsize=1)
def licensedb() -> dict[str, LicenseEntry]:
    """All licenses of the installed ScanCode LicenseDB, by key (loaded once per process)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from licensedcode.models import load_licenses

        raw = load_licenses()
    entries = {}
    for key, lic in raw.items():
        urls = [lic.homepage_url, *(lic.text_urls or []), *(lic.other_urls or [])]
        entries[key] = LicenseEntry(
            key=key,
            name=lic.name or key,
            category=lic.category or "",
            spdx_key=lic.spdx_license_key or "",
            urls=tuple(u for u in urls if u),
            text=lic.text or "",
        )
    return entries


def licensedb_document(key: str) -> Document:
    entry = licensedb().get(key) if isinstance(key, str) else None
    if entry is None:
        raise InputError(
            str(key), "unknown LicenseDB key" + _did_you_mean(str(key), _known_names((), licensedb()))
        )
    if not entry.text.strip():
        raise InputError(key, "LicenseDB entry has no text")
    return Document(
        id=key,
        name=entry.name,
        text=entry.text,
        source=f"scancode:{key}",
        meta={"category": entry.category, "spdx_key": entry.spdx_key, "urls": list(entry.urls)},
    )


def _shown(name: str) -> str:
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


def _stat(path: Path, label: str) -> os.stat_result:
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
    info = _stat(path, label)
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
    label = _shown(label or str(path))
    text, meta = _checked(license_text(read_bytes(path, label), label, path.name), label)
    name = _shown(path.name)
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
            errors.append(InputError(_shown(str(exc.filename or root)), _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if any(Path(name).match(p) for p in LICENSE_FILE_PATTERNS):
                found.append(Path(dirpath) / name)
    return found


def resolve(source: str) -> Iterator[Document | InputError]:
    """Documents named by one SOURCE of the CLI; problems are yielded, not raised."""
    try:
        if source == "-":
            yield read_stdin_document()
            return
        if not source.strip() or "\x00" in source:
            yield InputError(repr(source), "not a file, catalog id or LicenseDB key")
            return
        path = Path(source)
        info = _stat(path, _shown(source)) if os.path.lexists(source) else None
        if info is not None and stat.S_ISDIR(info.st_mode):
            yield from _directory_documents(path, _shown(source))
            return
        if info is not None or os.sep in source or "/" in source or path.suffix.lower() in FILE_SUFFIXES:
            yield read_file_document(path, source)
            return
        yield _named_document(source)
    except InputError as exc:
        yield exc


def _directory_documents(path: Path, label: str) -> Iterator[Document | InputError]:
    errors: list[InputError] = []
    files = find_license_files(path, errors)
    yield from errors
    if not files and not errors:
        yield InputError(label, "no license files found in directory (LICENSE*, LICENCE*, COPYING*)")
    for file in files:
        try:
            doc = read_file_document(file)
        except InputError as exc:
            yield exc
            continue
        if len(files) > 1:
            doc = Document(_shown(str(file.relative_to(path))), doc.name, doc.text, doc.source, doc.meta)
        yield doc


def _named_document(source: str) -> Document:
    """A catalog release or a LicenseDB license by id (case-insensitive; SPDX ids too)."""
    from analyzer import catalog

    catalog_problem = None
    try:
        releases = catalog.load_catalog()
    except InputError as exc:  # a broken catalog must not block LicenseDB keys
        releases, catalog_problem = {}, exc.problem
    if source in releases:
        return catalog.release_document(releases[source])
    try:
        db = licensedb()
    except Exception as exc:  # the third-party loader: report it, as one line
        first = str(exc).splitlines()[0] if str(exc) else ""
        raise InputError(
            source, f"the ScanCode LicenseDB could not be loaded ({type(exc).__name__}: {first})"
        ) from None
    if source in db:
        return licensedb_document(source)
    names = _known_names(tuple(releases), db)
    match = names.get(source.lower())
    if match:
        return catalog.release_document(releases[match]) if match in releases else licensedb_document(match)
    if catalog_problem is not None:
        raise InputError(source, f"not a file or LicenseDB key, and the catalog is broken: {catalog_problem}")
    raise InputError(source, "not a file, catalog id or LicenseDB key" + _did_you_mean(source, names))


def _known_names(release_ids: tuple[str, ...], db: dict[str, LicenseEntry]) -> dict[str, str]:
    """Lowercased catalog ids, LicenseDB keys and SPDX ids, each to its canonical id."""
    names: dict[str, str] = {}
    spdx: dict[str, list[str]] = {}
    for key, entry in db.items():
        names[key.lower()] = key
        if entry.spdx_key:
            spdx.setdefault(entry.spdx_key.lower(), []).append(key)
    for spdx_id, keys in spdx.items():
        if len(keys) == 1:
            names.setdefault(spdx_id, keys[0])
    for rid in release_ids:
        names[rid.lower()] = rid
    return names


def _did_you_mean(word: str, names: dict[str, str]) -> str:
    """' (did you mean a, b?)' from ``names`` (lowercased name -> canonical id)."""
    close = difflib.get_close_matches(word.lower(), list(names), n=5, cutoff=0.6)
    picks = list(dict.fromkeys(names[c] for c in close))[:3]
    return f" (did you mean {', '.join(picks)}?)" if picks else ""
