"""The license a model card declares: Hugging Face identifiers and names -> LicenseDB keys."""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.schemas import HubLicenses, YamlTable
from analyzer.textnorm import fold_name

HF_LICENSES = Path(__file__).resolve().parents[1] / "rules" / "hf_licenses.yaml"
SECTIONS = ("identifiers", "names")


@dataclass(frozen=True)
class DeclaredTable:
    """Hub identifiers and license names, each to the LicenseDB keys it may stand for."""

    identifiers: dict[str, tuple[str, ...]]
    names: dict[str, tuple[str, ...]]
    folded_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Llama 2" -> llama2's

    def keys_for(self, identifier: str | None, name: str | None = None) -> tuple[str, ...]:
        """LicenseDB keys for a `license:` value (and `license_name:` when it is `other`)."""
        keys: tuple[str, ...] = ()
        if identifier:
            keys = self.identifiers.get(identifier.strip().lower(), ())
            if not keys:
                keys = self.names.get(fold_name(identifier), ())
        if not keys and name:
            keys = self.identifiers.get(name.strip().lower(), ()) or self.names.get(fold_name(name), ())
        for written in (identifier, name):  # an identifier written as a name: "Llama 2", "Apache 2.0"
            if not keys and written and len(fold_name(written)) >= 3:
                keys = self.folded_ids.get(fold_name(written), ())
        return keys


@functools.lru_cache(maxsize=4)
def _load(path: str, known: frozenset[str] | None) -> DeclaredTable:
    """hf_licenses.yaml validated by analyzer.schemas.HubLicenses, then every key checked
    against the LicenseDB (when given) and every name against the others once folded."""
    source = YamlTable(Path(path))
    table = source.validate(HubLicenses)
    tables: dict[str, dict[str, tuple[str, ...]]] = {}
    for section in SECTIONS:
        out: dict[str, tuple[str, ...]] = {}
        for raw, keys in getattr(table, section).items():
            unknown = [key for key in keys if known is not None and key not in known]
            if unknown:
                raise source.error((section, raw), f"unknown LicenseDB key {unknown[0]!r}")
            name = raw.strip().lower() if section == "identifiers" else fold_name(raw)
            if name in out:
                raise source.error((section, raw), "duplicate entry (the same name as an earlier one)")
            out[name] = keys
        tables[section] = out
    folded: dict[str, tuple[str, ...]] = {}
    for raw, keys in tables["identifiers"].items():
        folded.setdefault(fold_name(raw), keys)
    return DeclaredTable(identifiers=tables["identifiers"], names=tables["names"], folded_ids=folded)


def load_table(known_keys: Collection[str] | None = None, path: Path = HF_LICENSES) -> DeclaredTable:
    """The validated table (cached); pass the LicenseDB keys to check every key exists."""
    return _load(str(path), frozenset(known_keys) if known_keys is not None else None)
