"""Where license texts come from: the ScanCode LicenseDB, files, stdin and the release catalog."""

from __future__ import annotations

import difflib
import functools
import os
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from analyzer.model import Document, InputError
from analyzer.textio import decode_text

# A license text larger than this is refused with a clear message (override with the env var).
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


def max_bytes() -> int:
    raw = os.environ.get("MODELTERMS_MAX_BYTES")
    return int(raw) if raw and raw.isdigit() else DEFAULT_MAX_BYTES


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
    entry = licensedb().get(key)
    if entry is None:
        raise InputError(key, "unknown LicenseDB key" + _did_you_mean(key, licensedb()))
    if not entry.text.strip():
        raise InputError(key, "LicenseDB entry has no text")
    return Document(
        id=key,
        name=entry.name,
        text=entry.text,
        source=f"scancode:{key}",
        meta={"category": entry.category, "spdx_key": entry.spdx_key, "urls": list(entry.urls)},
    )


def read_file_document(path: Path, label: str | None = None) -> Document:
    label = label or str(path)
    try:
        if not path.exists():
            raise InputError(label, "no such file")
        if path.is_dir():
            raise InputError(label, "is a directory")
        if not path.is_file():
            raise InputError(label, "not a regular file")
        size = path.stat().st_size
        if size > max_bytes():
            raise InputError(
                label, f"too large ({size} bytes; limit {max_bytes()}, set MODELTERMS_MAX_BYTES)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(label, "permission denied") from None
    except OSError as exc:
        raise InputError(label, exc.strerror or "cannot read") from None
    text = decode_text(data, label)
    return Document(
        id=path.stem if path.name.startswith(".") else path.name,
        name=path.name,
        text=text,
        source=f"file:{label}",
    )


def read_stdin_document() -> Document:
    data = sys.stdin.buffer.read(max_bytes() + 1)
    if len(data) > max_bytes():
        raise InputError("-", f"too large (over {max_bytes()} bytes, set MODELTERMS_MAX_BYTES)")
    return Document(id="stdin", name="standard input", text=decode_text(data, "-"), source="stdin")


def find_license_files(root: Path) -> list[Path]:
    """License files under a directory, sorted, without following symlinked directories."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if any(Path(name).match(p) for p in LICENSE_FILE_PATTERNS):
                found.append(Path(dirpath) / name)
    return found


def resolve(source: str) -> Iterator[Document | InputError]:
    """Documents named by one SOURCE of the CLI; problems are yielded, not raised."""
    from analyzer import catalog

    try:
        if source == "-":
            yield read_stdin_document()
            return
        path = Path(source)
        if path.is_dir():
            files = find_license_files(path)
            if not files:
                yield InputError(source, "no license files found in directory")
            for file in files:
                try:
                    doc = read_file_document(file)
                    yield Document(
                        doc.id if len(files) == 1 else str(file.relative_to(path)),
                        doc.name,
                        doc.text,
                        doc.source,
                    )
                except InputError as exc:
                    yield exc
            return
        if path.exists() or os.sep in source or path.suffix in {".txt", ".md", ".html"}:
            yield read_file_document(path, source)
            return
        releases = catalog.load_catalog()
        if source in releases:
            yield catalog.release_document(releases[source])
            return
        if source in licensedb():
            yield licensedb_document(source)
            return
        known = {**dict.fromkeys(releases), **licensedb()}
        yield InputError(source, "not a file, catalog id or LicenseDB key" + _did_you_mean(source, known))
    except InputError as exc:
        yield exc


def _did_you_mean(word: str, known) -> str:
    close = difflib.get_close_matches(word, list(known), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""
