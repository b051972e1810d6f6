"""The Explore results: one row per license, status cells colored; select rows or one cell."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analyzer.taxonomy import TERM_IDS
from app.components import status_badges

STYLED_ROWS = 300


def _css(value: object) -> str:
    return status_badges.css(str(value)) if str(value) in status_badges.STYLE else ""


def show(frame: pd.DataFrame, key: str) -> tuple[list[str], tuple[str, str] | None]:
    """Returns (keys of the selected rows, (key, term) of the selected status cell or None)."""
    terms = [t for t in frame.columns if t in TERM_IDS]
    labelled = frame.copy()
    for term in terms:
        labelled[term] = [f"{status_badges.symbol(s)} {s}" for s in frame[term]]
    # Cell colors cost ~1 ms per row on every rerun; past STYLED_ROWS the symbol and the word
    # (which are always there) carry the status alone.
    data = labelled.style.map(status_badges.css, subset=terms) if len(frame) <= STYLED_ROWS else labelled
    if len(frame) > STYLED_ROWS:
        st.caption(f"Colors are shown for up to {STYLED_ROWS} rows; narrow the filters to see them.")
    event = st.dataframe(
        data,
        key=key,
        on_select="rerun",
        selection_mode=["multi-row", "single-cell"],
        hide_index=True,
        width="stretch",
        height=min(600, 35 * (len(frame) + 1) + 3),
        column_config={
            "key": st.column_config.TextColumn(pinned=True),
            "name": st.column_config.TextColumn(width="medium"),
        },
    )
    selection = event.selection if event else {}
    # A selection can outlive a filter change that shortened the table: drop what is out of range.
    rows = [str(frame.iloc[i]["key"]) for i in selection.get("rows", []) if 0 <= i < len(frame)]
    cell = None
    for row, column in selection.get("cells", []):
        if column in terms and 0 <= row < len(frame):
            cell = (str(frame.iloc[row]["key"]), column)
    return rows, cell
