"""The release catalog as a timeline table: release facts plus the commercial-use reading of each
release's license (no Streamlit)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analyzer.catalog import Release
from analyzer.export import short_params
from analyzer.model import LicenseProfile

QUOTE_CHARS = 220


def _date(value: str) -> pd.Timestamp:
    """A date from "2023-07-18", or from "2023-07" (day unknown: the first of the month)."""
    return pd.Timestamp(value if len(value) > 7 else f"{value}-01")


def commercial_detail(profile: LicenseProfile) -> str:
    """The commercial_use status with the threshold that makes it so: "conditional (> 700M MAU)"."""
    status = profile.terms["commercial_use"].status
    threshold = profile.terms["user_threshold"]
    if status == "conditional" and threshold.status != "silent":
        return f"{status} ({short_params('user_threshold', threshold.params)})"
    return status


def release_frame(releases: Mapping[str, Release], profiles: Mapping[str, LicenseProfile]) -> pd.DataFrame:
    """One row per release; `profiles` maps LicenseDB keys to the profile of that license."""
    rows = []
    for r in releases.values():
        profile = profiles.get(r.license)
        result = profile.terms["commercial_use"] if profile else None
        quote = " ".join(result.evidence[0].text.split()) if result and result.evidence else ""
        rows.append(
            {
                "id": r.id,
                "model": r.model,
                "family": r.family,
                "organization": r.organization,
                "release_date": r.release_date,
                "date": _date(r.release_date),
                "parameters": ", ".join(r.parameters) or "n/a",
                "context_length": f"{r.context_length:,}" if r.context_length else "n/a",
                "training_tokens": r.training_tokens or "n/a",
                "license": r.license,
                "license_variants": "; ".join(
                    f"{'/'.join(v.parameters)}: {v.license}" for v in r.license_variants
                )
                or "none",
                "license_family": profile.family if profile else "unknown",
                "commercial_use": result.status if result else "unknown",
                "commercial_detail": commercial_detail(profile) if profile else "unknown",
                "deciding_sentence": quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…",
            }
        )
    return pd.DataFrame(rows)
