"""Which LicenseDB licenses the Explore page analyzes, and how its filters read (no Streamlit)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from analyzer.catalog import Release
from analyzer.corpus import LicenseEntry
from analyzer.model import LicenseProfile
from analyzer.taxonomy import TERM_IDS, TERMS

AI_SCOPE = "AI-model licenses"
CATALOG_SCOPE = "Release catalog licenses"
ALL_SCOPE = "All LicenseDB licenses"
SCOPES = (AI_SCOPE, CATALOG_SCOPE, ALL_SCOPE)

# A text that talks about models, weights or machine learning is a candidate AI-model license.
_AI_TEXT = re.compile(
    r"machine[- ]learning|artificial intelligence|model weights|\bweights\b|AI model"
    r"|language model|\bRAIL\b|responsible AI",
    re.IGNORECASE,
)


def catalog_license_keys(releases: Mapping[str, Release]) -> list[str]:
    keys = []
    for release in releases.values():
        keys += [release.license, *(v.license for v in release.license_variants)]
    return list(dict.fromkeys(keys))


def ai_license_keys(db: Mapping[str, LicenseEntry], releases: Mapping[str, Release]) -> list[str]:
    """The catalog's licenses first, then every LicenseDB text about models or machine learning."""
    keys = [k for k in catalog_license_keys(releases) if k in db]
    keys += sorted(k for k, e in db.items() if e.text.strip() and _AI_TEXT.search(e.text))
    return list(dict.fromkeys(keys))


def scope_keys(
    db: Mapping[str, LicenseEntry],
    base: Sequence[str],
    categories: Iterable[str] = (),
    contains: str = "",
) -> list[str]:
    """Keys of `base` with a text, in one of `categories` (any if none), matching `contains`."""
    wanted = set(categories)
    needle = contains.strip().lower()
    out = []
    for key in base:
        entry = db.get(key)
        if entry is None or not entry.text.strip():
            continue
        if wanted and entry.category not in wanted:
            continue
        if needle and needle not in key.lower() and needle not in entry.name.lower():
            continue
        out.append(key)
    return out


def condition_options() -> list[str]:
    """Every "term = status" a filter can ask for, in the order of TERMS.md."""
    return [f"{t.id} = {status}" for t in TERMS for status in t.allowed]


def parse_conditions(conditions: Iterable[str]) -> dict[str, set[str]]:
    """Strings "term = status" to {term: statuses}; statuses of one term are alternatives."""
    wanted: dict[str, set[str]] = {}
    for condition in conditions:
        term, _, status = (part.strip() for part in condition.partition("="))
        wanted.setdefault(term, set()).add(status)
    return wanted


def matches(profile: LicenseProfile, wanted: Mapping[str, set[str]], families: Iterable[str] = ()) -> bool:
    """All terms hold one of their wanted statuses (AND across terms, OR within one)."""
    families = set(families)
    if families and profile.family not in families:
        return False
    return all(profile.terms[term].status in statuses for term, statuses in wanted.items())


def results_frame(
    profiles: Sequence[LicenseProfile],
    db: Mapping[str, LicenseEntry],
    first_terms: Sequence[str] = (),
) -> pd.DataFrame:
    """One row per license: key, name, LicenseDB category, family, then a status per term."""
    order = list(dict.fromkeys([*first_terms, *TERM_IDS]))
    rows = []
    for p in profiles:
        entry = db.get(p.id)
        row = {
            "key": p.id,
            "name": p.name,
            "category": entry.category if entry else "",
            "family": p.family,
        }
        row.update({t: p.terms[t].status for t in order})
        rows.append(row)
    return pd.DataFrame(rows, columns=["key", "name", "category", "family", *order])
