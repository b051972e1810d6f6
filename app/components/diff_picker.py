"""Pick the two licenses of a diff: any catalog release, or anything in the comparison."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from app import comparison, session


def show(options: Sequence[str]) -> tuple[str, str]:
    """Old and new selectboxes bound to the session (LLaMA and Llama 2 at first); returns both."""
    for key in (session.DIFF_OLD, session.DIFF_NEW):
        if session.get(key) not in options:
            session.put(key, options[0])
    left, right = st.columns(2)
    with left:
        old = st.selectbox(
            "Old",
            options,
            format_func=comparison.option_label,
            **session.bind("w.diff_old", session.DIFF_OLD),
        )
    with right:
        new = st.selectbox(
            "New",
            options,
            format_func=comparison.option_label,
            **session.bind("w.diff_new", session.DIFF_NEW),
        )
    return old, new
