"""Release facts of the compared columns, side by side (no Streamlit): who released what, when,
how big, under which license. A column that is not a catalog release says where its text came from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from analyzer.catalog import Release
from analyzer.model import LicenseProfile

FACTS = ("organization", "release date", "parameters", "context length", "training tokens", "license")
MISSING = "—"


def _license(release: Release) -> str:
    """The LicenseDB key, then the sizes that ship under another license."""
    variants = "; ".join(f"{'/'.join(v.parameters)}: {v.license}" for v in release.license_variants)
    return f"{release.license}; {variants}" if variants else release.license


def release_facts(release: Release) -> dict[str, str]:
    return {
        "organization": release.organization,
        "release date": release.release_date,
        "parameters": ", ".join(release.parameters) or MISSING,
        "context length": f"{release.context_length:,}" if release.context_length else MISSING,
        "training tokens": release.training_tokens or MISSING,
        "license": _license(release),
    }


def source_facts(profile: LicenseProfile) -> dict[str, str]:
    """A LicenseDB license or an uploaded text: no release behind it, only the license."""
    origin = "LicenseDB" if profile.source.startswith("scancode:") else "uploaded file"
    facts = dict.fromkeys(FACTS, MISSING)
    facts["organization"] = f"({origin}: not a model release)"
    facts["license"] = profile.id
    return facts


def facts_frame(
    columns: Sequence[tuple[str, str, LicenseProfile]], releases: Mapping[str, Release]
) -> pd.DataFrame:
    """One row per fact, one column per (source, label, profile) of the comparison."""
    data = {}
    for source, label, profile in columns:
        release = releases.get(source)
        facts = release_facts(release) if release else source_facts(profile)
        data[label] = [facts[f] for f in FACTS]
    return pd.DataFrame(data, index=pd.Index(FACTS, name="release"), columns=[c[1] for c in columns])
