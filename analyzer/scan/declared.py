"""The license a model card declares: Hugging Face identifiers and names -> LicenseDB keys."""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import yaml

from analyzer.textnorm import fold_name

HF_LICENSES = Path(__file__).resolve().parents[1] / "rules" / "hf_licenses.yaml"
SECTIONS = ("identifiers", "names")


class DeclaredTableError(ValueError):
    """hf_licenses.yaml fails validation (names the section and the entry)."""


@dataclass(frozen=True)
class DeclaredTable:
    """Hub identifiers and license names, each to the LicenseDB keys it may stand for."""

    identifiers: dict[str, tuple[str, ...]]
    names: dict[str, tuple[str, ...]]

    def keys_for(self, identifier: str | None, name: str | None = None) -> tuple[str, ...]:
        """LicenseDB keys for a `license:` value (and `license_name:` when it is `other`)."""
        keys: tuple[str, ...] = ()
        if identifier:
            keys = self.identifiers.get(identifier.strip().lower(), ())
            if not keys:
                keys = self.names.get(fold_name(identifier), ())
        if not keys and name:
            keys = self.identifiers.get(name.strip().lower(), ()) or self.names.get(fold_name(name), ())
        return keys


def _keys(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(value)
    raise DeclaredTableError(f"{where}: expected a LicenseDB key, a list of keys or null")


def parse_table(data, known_keys: Collection[str] | None = None, label: str = "hf_licenses.yaml"):
    """Validate the mapping read from hf_licenses.yaml and build the lookup table."""
    if not isinstance(data, dict) or set(data) != set(SECTIONS):
        raise DeclaredTableError(f"{label}: top-level keys must be exactly {list(SECTIONS)}")
    tables: dict[str, dict[str, tuple[str, ...]]] = {}
    for section in SECTIONS:
        rows = data[section]
        if not isinstance(rows, dict):
            raise DeclaredTableError(f"{label}: {section} must be a mapping")
        table: dict[str, tuple[str, ...]] = {}
        for raw, value in rows.items():
            where = f"{label}: {section}.{raw}"
            if not isinstance(raw, str) or not raw.strip():
                raise DeclaredTableError(f"{where}: entries need a non-empty string name")
            keys = _keys(value, where)
            for key in keys:
                if known_keys is not None and key not in known_keys:
                    raise DeclaredTableError(f"{where}: unknown LicenseDB key {key!r}")
            name = raw.strip().lower() if section == "identifiers" else fold_name(raw)
            if name in table:
                raise DeclaredTableError(f"{where}: duplicate entry")
            table[name] = keys
        tables[section] = table
    return DeclaredTable(identifiers=tables["identifiers"], names=tables["names"])


@functools.lru_cache(maxsize=4)
def _load(path: str, known: frozenset[str] | None) -> DeclaredTable:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DeclaredTableError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
    return parse_table(data, known, Path(path).name)


def load_table(known_keys: Collection[str] | None = None, path: Path = HF_LICENSES) -> DeclaredTable:
    """The validated table (cached); pass the LicenseDB keys to check every key exists."""
    return _load(str(path), frozenset(known_keys) if known_keys is not None else None)
