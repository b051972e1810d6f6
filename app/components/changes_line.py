"""What changed from one column to the next, in a line under the verdicts (the seed question:
"what changed between LLaMA and Llama 2?"), with the Diff page one click away."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analyzer.compare import term_changes
from app.comparison import Column

SHOWN = 1  # status changes named per pair (one line each); the Diff page has them all


def summary(old: Column, new: Column) -> str:
    """ "LLaMA → Llama 2: 7 terms changed: commercial_use prohibited → conditional, …" (statuses
    first, ordered as the taxonomy; param-only changes are counted)."""
    changes = term_changes(old.profile, new.profile)
    if not changes:
        return f"{old.label} → {new.label}: no term changed"
    moved = [c for c in changes if c.old.status != c.new.status]
    named = ", ".join(f"`{c.term}` {c.old.status} → {c.new.status}" for c in moved[:SHOWN])
    more = f" and {len(moved) - SHOWN} more" if len(moved) > SHOWN else ""
    n = len(changes)
    return f"**{old.label} → {new.label}**: {n} term{'s' * (n != 1)} changed" + (
        f": {named}{more}" if named else " (params only)"
    )


def show(columns: Sequence[Column]) -> None:
    """One line per neighbouring pair of columns, the Diff page's link beside them."""
    if len(columns) < 2:
        return
    pairs = zip(columns, columns[1:], strict=False)
    text, link = st.columns([8, 1], vertical_alignment="center")
    with text:
        st.markdown("  \n".join(summary(a, b) for a, b in pairs))
    with link:
        st.page_link("views/diff.py", label="Diff", icon=":material/difference:")
