"""The bundled release catalog (licenses/*.yaml): facts about model releases, validated on load."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analyzer.licensedb import licensedb, licensedb_document
from analyzer.model import Document, InputError

FIELDS = {
    "id": str,
    "model": str,
    "family": str,
    "version": (str, type(None)),
    "organization": str,
    "release_date": str,
    "parameters": list,
    "context_length": (int, type(None)),
    "training_tokens": (str, type(None)),
    "license": str,
    "license_variants": list,
    "source_url": str,
    "notes": (str, type(None)),
}
REQUIRED = ("id", "model", "family", "organization", "release_date", "license", "source_url")
VARIANT_FIELDS = {"parameters", "license", "note"}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")


@dataclass(frozen=True)
class LicenseVariant:
    parameters: tuple[str, ...]
    license: str
    note: str = ""


@dataclass(frozen=True)
class Release:
    id: str
    model: str
    family: str
    organization: str
    release_date: str
    license: str
    source_url: str
    version: str | None = None
    parameters: tuple[str, ...] = ()
    context_length: int | None = None
    training_tokens: str | None = None
    license_variants: tuple[LicenseVariant, ...] = field(default=())
    notes: str | None = None

    def license_for(self, size: str | None) -> str:
        """The LicenseDB key for one parameter size (variants override the default)."""
        for variant in self.license_variants:
            if size and size.upper() in (p.upper() for p in variant.parameters):
                return variant.license
        return self.license


def catalog_dir() -> Path:
    return Path(os.environ.get("MODELTERMS_CATALOG") or Path(__file__).resolve().parents[1] / "licenses")


def parse_release(path: Path, data: Any, known_keys: set[str] | None = None) -> Release:
    """One release from its YAML mapping; InputError names the file and the field."""
    label = str(path)
    if not isinstance(data, dict):
        raise InputError(label, "not a mapping of release fields")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise InputError(label, f"unknown field {unknown[0]!r}")
    for name in REQUIRED:
        if data.get(name) in (None, ""):
            raise InputError(label, f"missing field {name!r}")
    for name, kind in FIELDS.items():
        if name in data and data[name] is not None and not isinstance(data[name], kind):
            raise InputError(label, f"field {name!r} has the wrong type ({type(data[name]).__name__})")
    if data["id"] != path.stem or not ID.match(data["id"]):
        raise InputError(label, f"field 'id' must equal the file name stem ({path.stem!r})")
    if not DATE.match(data["release_date"]):
        raise InputError(label, "field 'release_date' must be YYYY-MM-DD or YYYY-MM")
    variants = []
    for item in data.get("license_variants") or []:
        if not isinstance(item, dict) or set(item) - VARIANT_FIELDS or "license" not in item:
            raise InputError(label, "field 'license_variants' entries need parameters and license")
        variants.append(
            LicenseVariant(
                tuple(map(str, item.get("parameters") or [])), item["license"], item.get("note") or ""
            )
        )
    if known_keys is not None:
        for key in [data["license"], *(v.license for v in variants)]:
            if key not in known_keys:
                raise InputError(label, f"field 'license': unknown LicenseDB key {key!r}")
    return Release(
        id=data["id"],
        model=data["model"],
        family=data["family"],
        organization=data["organization"],
        release_date=data["release_date"],
        license=data["license"],
        source_url=data["source_url"],
        version=data.get("version"),
        parameters=tuple(map(str, data.get("parameters") or [])),
        context_length=data.get("context_length"),
        training_tokens=data.get("training_tokens"),
        license_variants=tuple(variants),
        notes=data.get("notes"),
    )


@functools.lru_cache(maxsize=4)
def _load(directory: str, check_keys: bool) -> dict[str, Release]:
    known = None
    if check_keys:
        known = set(licensedb())
    releases = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise InputError(str(path), f"invalid YAML ({str(exc).splitlines()[0]})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"cannot read the catalog file ({exc})") from None
        release = parse_release(path, data, known)
        releases[release.id] = release
    return dict(sorted(releases.items(), key=lambda kv: (kv[1].release_date, kv[0])))


def load_catalog(directory: Path | None = None, check_keys: bool = False) -> dict[str, Release]:
    """Releases by id, ordered by release date."""
    return _load(str(directory or catalog_dir()), check_keys)


def release_document(release: Release) -> Document:
    doc = licensedb_document(release.license)
    return Document(
        id=release.id,
        name=f"{release.model} ({doc.name})",
        text=doc.text,
        source=f"catalog:{release.id}",
        meta={**doc.meta, "license_key": release.license, "release": release},
    )
