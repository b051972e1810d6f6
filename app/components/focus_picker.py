"""Pick a license and a term of the comparison (the cell whose evidence is shown)."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analyzer.taxonomy import BY_ID, CATEGORY_LABEL, TERM_IDS
from app import session
from app.comparison import Column, find
from app.components import status_badges


def show(columns: Sequence[Column], key: str) -> tuple[str, Column]:
    """Two selectboxes bound to the session's focus; returns (term, column)."""
    sources = [c.source for c in columns]
    if session.get(session.FOCUS_SOURCE) not in sources:
        session.put(session.FOCUS_SOURCE, sources[min(1, len(sources) - 1)])
    c1, c2 = st.columns(2)
    with c1:
        source = st.selectbox(
            "License",
            sources,
            format_func=lambda s: find(columns, s).label,
            **session.bind(f"{key}.source", session.FOCUS_SOURCE),
        )
    column = find(columns, source)
    with c2:
        term = st.selectbox(
            "Term",
            TERM_IDS,
            format_func=lambda t: (
                f"{CATEGORY_LABEL[BY_ID[t].category]} · {t} · {status_badges.label(column.profile.terms[t])}"
            ),
            **session.bind(f"{key}.term", session.FOCUS_TERM),
        )
    return term, column
