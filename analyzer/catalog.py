"""The bundled release catalog (licenses/*.yaml): facts about model releases, validated on load."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from analyzer.licensedb import licensedb, licensedb_document
from analyzer.model import Document, InputError
from analyzer.schemas import ReleaseRow


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


def _field_problem(error: dict) -> str:
    """One pydantic error as a reader of the YAML file would say it."""
    field = str(error["loc"][0]) if error["loc"] else "?"
    if error["type"] == "extra_forbidden":
        return f"unknown field {field!r}"
    if error["type"] == "missing":
        return f"missing field {field!r}"
    if field == "release_date":
        return "field 'release_date' must be YYYY-MM-DD or YYYY-MM (quoted)"
    if field == "id":
        return "field 'id' must be lowercase letters, digits, '.' and '-'"
    return f"field {field!r} has the wrong type or value ({error['msg']})"


def parse_release(path: Path, data: Any, known_keys: set[str] | None = None) -> Release:
    """One release from its YAML mapping, validated by analyzer.schemas.ReleaseRow;
    InputError names the file and the field."""
    label = str(path)
    if not isinstance(data, dict):
        raise InputError(label, "not a mapping of release fields")
    try:
        row = ReleaseRow.model_validate(data)
    except ValidationError as exc:
        raise InputError(label, _field_problem(exc.errors()[0])) from None
    if row.id != path.stem:
        raise InputError(label, f"field 'id' must equal the file name stem ({path.stem!r})")
    variants = tuple(
        LicenseVariant(tuple(v.parameters or ()), v.license, v.note or "") for v in row.license_variants or ()
    )
    if known_keys is not None:
        for key in [row.license, *(v.license for v in variants)]:
            if key not in known_keys:
                raise InputError(label, f"field 'license': unknown LicenseDB key {key!r}")
    return Release(
        id=row.id,
        model=row.model,
        family=row.family,
        organization=row.organization,
        release_date=row.release_date,
        license=row.license,
        source_url=row.source_url,
        version=row.version,
        parameters=tuple(row.parameters or ()),
        context_length=row.context_length,
        training_tokens=row.training_tokens,
        license_variants=variants,
        notes=row.notes,
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
