"""The release catalog as records and a DataFrame (for `catalog` and the dashboard)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analyzer.catalog import Release


def release_record(r: Release) -> dict[str, Any]:
    return {
        "id": r.id,
        "model": r.model,
        "family": r.family,
        "version": r.version,
        "organization": r.organization,
        "release_date": r.release_date,
        "parameters": list(r.parameters),
        "context_length": r.context_length,
        "training_tokens": r.training_tokens,
        "license": r.license,
        "license_variants": [
            {"parameters": list(v.parameters), "license": v.license, "note": v.note}
            for v in r.license_variants
        ],
        "source_url": r.source_url,
        "notes": r.notes,
    }


def catalog_records(releases: dict[str, Release]) -> list[dict[str, Any]]:
    return [release_record(r) for r in releases.values()]


def catalog_frame(releases: dict[str, Release]) -> pd.DataFrame:
    rows = []
    for r in releases.values():
        row = release_record(r)
        row["parameters"] = ", ".join(r.parameters)
        row["license_variants"] = "; ".join(
            f"{'/'.join(v.parameters)}: {v.license}" for v in r.license_variants
        )
        rows.append(row)
    frame = pd.DataFrame(rows)
    # a missing context length would make the column float ("2048.0"): keep integers integers
    return frame.astype({"context_length": "Int64"}) if "context_length" in frame else frame
