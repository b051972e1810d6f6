"""Pick a license and a term of the comparison (the cell whose evidence is shown)."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analyzer.taxonomy import BY_ID, CATEGORY_LABEL, TERM_IDS
from app import session
from app.comparison import Column, find
from app.components import status_badges

TERM_HELP = "What the term means shows with its evidence, under the status."


def show_license(columns: Sequence[Column], key: str) -> Column:
    """A selectbox of the comparison's licenses bound to the session's focus."""
    sources = [c.source for c in columns]
    if session.get(session.FOCUS_SOURCE) not in sources:
        session.put(session.FOCUS_SOURCE, sources[min(1, len(sources) - 1)])
    source = st.selectbox(
        "License",
        sources,
        format_func=lambda s: find(columns, s).label,
        **session.bind(f"{key}.source", session.FOCUS_SOURCE),
    )
    return find(columns, source)


def show_term(column: Column, key: str) -> str:
    """A selectbox of the 29 terms (with the column's status) bound to the session's focus."""
    return st.selectbox(
        "Term",
        TERM_IDS,
        format_func=lambda t: (
            f"{CATEGORY_LABEL[BY_ID[t].category]} · {t} · {status_badges.label(column.profile.terms[t])}"
        ),
        help=TERM_HELP,
        **session.bind(f"{key}.term", session.FOCUS_TERM),
    )


def show(columns: Sequence[Column], key: str) -> tuple[str, Column]:
    """The two selectboxes side by side; returns (term, column)."""
    c1, c2 = st.columns(2)
    with c1:
        column = show_license(columns, key)
    with c2:
        term = show_term(column, key)
    return term, column
