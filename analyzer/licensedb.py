"""The installed ScanCode LicenseDB: every license's metadata and text, by key."""

from __future__ import annotations

import difflib
import functools
import warnings
from dataclasses import dataclass

from analyzer.model import Document, InputError


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
            str(key), "unknown LicenseDB key" + did_you_mean(str(key), known_names((), licensedb()))
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


def known_names(release_ids: tuple[str, ...], db: dict[str, LicenseEntry]) -> dict[str, str]:
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


def did_you_mean(word: str, names: dict[str, str]) -> str:
    """' (did you mean a, b?)' from ``names`` (lowercased name -> canonical id)."""
    close = difflib.get_close_matches(word.lower(), list(names), n=5, cutoff=0.6)
    picks = list(dict.fromkeys(names[c] for c in close))[:3]
    return f" (did you mean {', '.join(picks)}?)" if picks else ""
