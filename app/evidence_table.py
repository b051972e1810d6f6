"""One license's terms as a readable table (no Streamlit): status, params in words, definition,
the deciding sentence and where it sits."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analyzer.export import short_params
from analyzer.model import LicenseProfile
from analyzer.taxonomy import BY_ID, CATEGORY_LABEL, TERM_IDS, term

EXCERPT_CHARS = 160


def _value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items())
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def readable_params(term_id: str, params: dict[str, Any]) -> str:
    """Params in words, never raw JSON: "> 700M MAU (request a license from Meta)",
    "regions: EU, UK"; "" when there are none."""
    if not params:
        return ""
    short = short_params(term_id, params)
    if short and not short.startswith("{"):
        rest = {k: v for k, v in params.items() if k in ("consequence", "note")}
        return f"{short} ({_value(list(rest.values()))})" if rest else short
    return "; ".join(f"{k.replace('_', ' ')}: {_value(v)}" for k, v in params.items())


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def evidence_frame(profile: LicenseProfile) -> pd.DataFrame:
    """One row per term in taxonomy order."""
    rows = []
    for t in TERM_IDS:
        result = profile.terms[t]
        first = result.evidence[0] if result.evidence else None
        rows.append(
            {
                "term": t,
                "category": CATEGORY_LABEL[BY_ID[t].category],
                "status": result.status,
                "detail": readable_params(t, result.params),
                "evidence": excerpt(first.text) if first else "",
                "section": first.section if first else "",
                "basis": getattr(result, "basis", None) or "",
                "meaning": term(t).definition,
                "spans": len(result.evidence),
            }
        )
    return pd.DataFrame(rows)
