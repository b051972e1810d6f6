"""The terms whose status or params changed between two licenses, each with both evidences."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analyzer.compare import ProfileDiff
from analyzer.taxonomy import BY_ID, CATEGORY_LABEL
from app.comparison import Column
from app.components import status_badges
from app.components.evidence_view import quote_card


def changes_frame(diff: ProfileDiff, old: Column, new: Column) -> pd.DataFrame:
    rows = [
        {
            "term": c.term,
            "category": CATEGORY_LABEL[BY_ID[c.term].category],
            old.label: status_badges.label(c.old),
            new.label: status_badges.label(c.new),
        }
        for c in diff.changes
    ]
    return pd.DataFrame(rows, columns=["term", "category", old.label, new.label])


def show(diff: ProfileDiff, old: Column, new: Column, key: str) -> list[str]:
    """A colored table of the changed terms, then both deciding sentences of each; returns the
    changed terms."""
    if not diff.changes:
        st.success("No term changed: both licenses get the same status and params everywhere.")
        return []
    frame = changes_frame(diff, old, new)
    st.dataframe(
        frame.style.map(status_badges.css, subset=[old.label, new.label]),
        hide_index=True,
        width="stretch",
        key=f"{key}.table",
    )
    for change in diff.changes:
        with st.container(border=True):
            left, right = st.columns(2)
            with left:
                st.html(quote_card(old, change.term, change.old.evidence[0] if change.old.evidence else None))
            with right:
                st.html(quote_card(new, change.term, change.new.evidence[0] if change.new.evidence else None))
    return [c.term for c in diff.changes]
