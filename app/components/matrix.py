"""The comparison matrix: one row per term grouped by category, one column per license."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pandas as pd
import streamlit as st

from analyzer.taxonomy import CATEGORY_LABEL, CONDITION, LIMITATION, PERMISSION, TERMS
from app.comparison import Column
from app.components import status_badges

CATEGORIES = (PERMISSION, CONDITION, LIMITATION)
ROW_PX = 35
# Fixed widths, so the verdict row, the release facts and the term tables line up column by column.
INDEX_PX = 170
COLUMN_PX = 180
TERM_HELP = "Click a cell: what the term means and the sentence that decided it show in the panel."


def column_config(columns: Sequence[Column], index_title: str, help: str | None = None) -> dict:
    """The shared column widths of the comparison's tables (index first)."""
    config = {"_index": st.column_config.TextColumn(index_title, width=INDEX_PX, help=help)}
    config.update({c.label: st.column_config.TextColumn(c.label, width=COLUMN_PX) for c in columns})
    return config


def table_height(rows: int) -> int:
    return ROW_PX * (rows + 1) + 3


def category_frame(columns: Sequence[Column], category: str, only_differing: bool = False) -> pd.DataFrame:
    """Cell labels ("◐ conditional · > 700M MAU") for the terms of one category."""
    terms = [t.id for t in TERMS if t.category == category]
    if only_differing:
        terms = [t for t in terms if len({_cell_key(c, t) for c in columns}) > 1]
    data = {c.label: [status_badges.label(c.profile.terms[t]) for t in terms] for c in columns}
    return pd.DataFrame(data, index=pd.Index(terms, name="term"), columns=[c.label for c in columns])


def _cell_key(column: Column, term: str) -> tuple[str, str]:
    result = column.profile.terms[term]
    return result.status, repr(sorted(result.params.items()))


def _clear_others(table_key: str, all_keys: tuple[str, ...]) -> None:
    """A cell was clicked in one group: clear the selections of the others (one cell at a time)."""
    for other in all_keys:
        if other != table_key and other in st.session_state:
            st.session_state[other] = {"selection": {"cells": []}}


def show(columns: Sequence[Column], key: str = "matrix") -> tuple[str, str] | None:
    """Render the matrix; returns the selected cell as (term, source) or None."""
    status_badges.show()
    only_differing = st.toggle("Only terms that differ", key=f"{key}.differ", disabled=len(columns) < 2)
    keys = tuple(f"{key}.{category}" for category in CATEGORIES)
    picked = None
    for category, table_key in zip(CATEGORIES, keys, strict=True):
        frame = category_frame(columns, category, only_differing)
        st.markdown(f"**{CATEGORY_LABEL[category].capitalize()}** · {len(frame)} terms")
        if frame.empty:
            st.caption("No term of this group differs.")
            continue
        event = st.dataframe(
            frame.style.map(status_badges.css),
            key=table_key,
            on_select=partial(_clear_others, table_key, keys),
            selection_mode="single-cell",
            height=table_height(len(frame)),
            width="stretch",
            column_config=column_config(columns, "term", TERM_HELP),
        )
        picked = _cell(event, frame, columns) or picked
    return picked


def _cell(event, frame: pd.DataFrame, columns: Sequence[Column]) -> tuple[str, str] | None:
    """The selected (term, source) of one table, ignoring a selection the table has outgrown."""
    cells = event.selection.get("cells", []) if event else []
    if not cells:
        return None
    row, label = cells[0]
    sources = {c.label: c.source for c in columns}
    if not 0 <= row < len(frame) or label not in sources:
        return None
    return str(frame.index[row]), sources[label]
