"""The scan shapes (CONTRACT.md "Scan rows"): JSON rows, the wide CSV frame, terminal tables.

JSON: an array with one object per model, then one `{"source", "error"}` object per file or
directory that could not be read (the same problem shape `analyze --format json` appends).
CSV: one row per model (fixed columns, then one column per term holding the status), then one
row per problem with only `path` and `error` filled.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from analyzer import export, report
from analyzer.scan.results import FactEvidence, ModelRow, ReleaseFacts, ScanResult
from analyzer.taxonomy import TERM_IDS

CSV_COLUMNS = [
    "path",
    "license_file",
    "license_id",
    "license_score",
    "license_basis",
    "declared_license",
    "declared_agrees",
    "catalog_release",
    "catalog_size",
    "catalog_license",
    "policy_files",
    "repo_id",
    "model",
    "organization",
    "release_date",
    "date_range",
    "parameters",
    "context_length",
    "training_tokens",
    "languages",
    "family",
    "error",
]


def _evidence(ev: FactEvidence) -> dict[str, Any]:
    return {"text": ev.text, "file": ev.file, "start": ev.start, "end": ev.end}


def release_to_dict(facts: ReleaseFacts) -> dict[str, Any]:
    return {
        "model": facts.model,
        "organization": facts.organization,
        "release_date": facts.release_date,
        "date_range": {"start": facts.date_range[0], "end": facts.date_range[1]}
        if facts.date_range
        else None,
        "parameters": list(facts.parameters) or None,
        "context_length": facts.context_length,
        "training_tokens": facts.training_tokens,
        "languages": list(facts.languages) or None,
        "intended_use": facts.intended_use,
        "license": facts.license,
        "base_model": facts.base_model,
        "evidence": {name: _evidence(ev) for name, ev in facts.evidence.items()},
    }


def profile_dict(row: ModelRow) -> dict[str, Any] | None:
    """The analyze profile shape; evidence carries `file` (None: the LicenseDB text)."""
    if row.profile is None:
        return None
    data = export.profile_to_dict(row.profile)
    data["terms"] = {t: export.term_to_dict(row.terms[t]) for t in TERM_IDS}
    return data


def row_to_dict(row: ModelRow) -> dict[str, Any]:
    declared = row.declared
    return {
        "path": row.path,
        "license_file": row.license_file,
        "license_id": row.license_id,
        "license_name": row.profile.name if row.profile and row.license_id != "unknown" else None,
        "license_score": row.license_score,
        "license_basis": row.license_basis,
        "declared_license": declared.identifier if declared else None,
        "declared_license_name": declared.name if declared else None,
        "declared_license_link": declared.link if declared else None,
        "declared_keys": list(declared.keys) if declared else [],
        "declared_agrees": row.declared_agrees,
        "catalog": (
            {
                "release": row.catalog.release,
                "family": row.catalog.family,
                "size": row.catalog.size,
                "license": row.catalog.license,
                "agrees": catalog_agrees(row),
            }
            if row.catalog
            else None
        ),
        "repo_id": row.repo_id,
        "cards": list(row.cards),
        "policy_files": [
            {
                "file": p.file,
                "license_id": p.license_id,
                "score": p.score,
                "close_to": p.close_to,
                "version": p.version,
            }
            for p in row.policies
        ],
        "other_license_files": [
            {"file": m.file, "license_id": m.license_id, "score": m.score} for m in row.other_licenses
        ],
        "catalog_release": row.catalog.release if row.catalog else None,
        "base_model": row.release.base_model,
        "inherited": (
            {
                "from": row.inherited.base_model,
                "catalog_release": row.inherited.catalog_release,
                "license_id": row.inherited.license_id,
                "terms": list(row.inherited.terms),
                "reason": row.inherited.reason,
            }
            if row.inherited
            else None
        ),
        "license_files": [
            {
                "file": f.file,
                "role": f.role,
                "basis": f.basis,
                "license_id": f.license_id,
                "score": f.score,
                "close_to": f.close_to,
                "note": f.note,
                "evidence": _evidence(f.evidence) if f.evidence else None,
            }
            for f in row.license_files
        ],
        "declared_evidence": _evidence(declared.evidence) if declared and declared.evidence else None,
        "release": release_to_dict(row.release),
        "profile": profile_dict(row),
    }


def scan_records(result: ScanResult) -> list[dict[str, Any]]:
    return [row_to_dict(r) for r in result.rows] + [export.problem_to_dict(p) for p in result.problems]


def scan_json(result: ScanResult) -> str:
    return json.dumps(scan_records(result), indent=2, ensure_ascii=False)


def _joined(values) -> str:
    return ";".join(values) if values else ""


def scan_frame(result: ScanResult) -> pd.DataFrame:
    """One row per model, one column per term (the `scan --csv` shape), then the problems."""
    rows = []
    for r in result.rows:
        f = r.release
        rows.append(
            {
                "path": r.path,
                "license_file": r.license_file or "",
                "license_id": r.license_id,
                "license_score": r.license_score,
                "license_basis": r.license_basis or "",
                "declared_license": r.declared.identifier if r.declared else "",
                "declared_agrees": "" if r.declared_agrees is None else str(r.declared_agrees).lower(),
                "catalog_release": r.catalog.release if r.catalog else "",
                "catalog_size": (r.catalog.size or "") if r.catalog else "",
                "catalog_license": r.catalog.license if r.catalog else "",
                "policy_files": _joined([p.file for p in r.policies]),
                "repo_id": r.repo_id or "",
                "model": f.model or "",
                "organization": f.organization or "",
                "release_date": f.release_date or "",
                "date_range": "/".join(f.date_range) if f.date_range else "",
                "parameters": _joined(f.parameters),
                "context_length": f.context_length,
                "training_tokens": f.training_tokens or "",
                "languages": _joined(f.languages),
                "family": r.family,
                "error": "",
                **{t: r.status(t) or "" for t in TERM_IDS},
            }
        )
    for p in result.problems:
        rows.append({"path": p.source, "error": p.reason})
    frame = pd.DataFrame(rows, columns=CSV_COLUMNS + list(TERM_IDS))
    return frame.astype({"context_length": "Int64"})


def _declared_label(row: ModelRow) -> str:
    if row.declared is None:
        return ""
    if row.declared.evidence is not None:  # named in a README, not a card's identifier
        return f"{row.declared.name or row.declared.identifier} (README)"
    name = f":{row.declared.name}" if row.declared.name else ""
    return row.declared.identifier + name


def catalog_agrees(row: ModelRow) -> bool | None:
    """Whether an identified license file is the license the catalog gives this release and size."""
    if row.catalog is None or row.license_basis != "file" or row.license_id == "unknown":
        return None
    return row.license_id == row.catalog.license


def models_table(result: ScanResult) -> str:
    """The per-model table printed on the terminal."""
    frame = pd.DataFrame(
        [
            {
                "path": r.path,
                "license": r.license_id
                + ("" if r.license_basis in ("file", None) else f" ({r.license_basis})"),
                "score": "" if r.license_score is None else f"{r.license_score:.2f}",
                "declared": _declared_label(r)
                + {True: " (agrees)", False: " (DISAGREES)", None: ""}[r.declared_agrees],
                "model": r.release.model or "",
                "release": r.release.release_date or "",
                "sizes": ",".join(r.release.parameters),
                "context": r.release.context_length or "",
                "family": r.family,
                "commercial_use": r.status("commercial_use") or "",
            }
            for r in result.rows
        ]
    )
    return report.text_table(frame, 48) if len(frame) else "(no models found)"


def summary_table(result: ScanResult) -> str:
    """Models counted by license family (rows) and commercial_use status (columns)."""
    if not result.rows:
        return ""
    frame = pd.DataFrame(
        [{"family": r.family, "commercial_use": r.status("commercial_use") or "none"} for r in result.rows]
    )
    table = pd.crosstab(frame["family"], frame["commercial_use"], margins=True, margins_name="total")
    table = table.reset_index().rename(columns={"family": "family \\ commercial_use"})
    return report.text_table(table)
