"""The comparison matrix: one row per term grouped by category, one column per license."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import partial

import pandas as pd
import streamlit as st

from analyzer.model import LicenseProfile
from analyzer.taxonomy import CATEGORY_LABEL, CONDITION, LIMITATION, PERMISSION, TERMS
from app import session
from app.comparison import Column
from app.components import glossary, status_badges

CATEGORIES = (PERMISSION, CONDITION, LIMITATION)
ROW_PX = 35
# Fixed widths, so the verdict row, the release facts and the term tables line up column by column.
INDEX_PX = 165
COLUMN_PX = 200
TERM_HELP = "Click a cell: what the term means and the sentence that decided it show in the panel."

Note = Callable[[LicenseProfile, str], str]  # (profile, term) -> the condition of a conditional cell


def column_config(columns: Sequence[Column], index_title: str, help: str | None = None) -> dict:
    """The shared column widths of the comparison's tables (index first)."""
    config = {"_index": st.column_config.TextColumn(index_title, width=INDEX_PX, help=help)}
    config.update({c.label: st.column_config.TextColumn(c.label, width=COLUMN_PX) for c in columns})
    return config


def table_height(rows: int, row_px: int = ROW_PX) -> int:
    return row_px * (rows + 1) + 3


def category_frame(
    columns: Sequence[Column],
    category: str,
    only_differing: bool = False,
    only: Collection[str] | None = None,
    note: Note | None = None,
) -> pd.DataFrame:
    """Cell labels ("◐ conditional · > 700M MAU") for the terms of one category, optionally only
    those that differ between the columns and only those in `only`."""
    terms = [t.id for t in TERMS if t.category == category and (only is None or t.id in only)]
    if only_differing:
        terms = [t for t in terms if len({_cell_key(c, t) for c in columns}) > 1]
    data = {
        c.label: [status_badges.label(c.profile.terms[t], note(c.profile, t) if note else "") for t in terms]
        for c in columns
    }
    return pd.DataFrame(data, index=pd.Index(terms, name="term"), columns=[c.label for c in columns])


def _cell_key(column: Column, term: str) -> tuple[str, str]:
    result = column.profile.terms[term]
    return result.status, repr(sorted(result.params.items()))


def clear_others(table_key: str, all_keys: Sequence[str]) -> None:
    """A cell was clicked in one table: clear the selections of the others (one cell at a time)."""
    for other in all_keys:
        if other != table_key and other in st.session_state:
            st.session_state[other] = {"selection": {"cells": []}}


def table_keys(key: str) -> tuple[str, ...]:
    return tuple(f"{key}.{category}" for category in CATEGORIES)


def show(
    columns: Sequence[Column],
    key: str = "matrix",
    use_terms: Collection[str] | None = None,
    note: Note | None = None,
    linked: Sequence[str] = (),
) -> tuple[str, str] | None:
    """Render the matrix; returns the selected cell as (term, source) or None.

    With `use_terms`, a toggle narrows the rows to them; `linked` are other tables whose
    selection a click here clears."""
    status_badges.show()
    with st.container(horizontal=True, vertical_alignment="center"):
        glossary.show()
        only_differing = st.toggle("Only terms that differ", key=f"{key}.differ", disabled=len(columns) < 2)
        only_use = False
        if use_terms is not None:
            only_use = st.toggle(
                "Only the terms your use touches",
                help="The permissions your use needs, the conditions that decide them and the "
                "obligations it triggers (analyzer/rules/use_facets.yaml).",
                **session.bind(f"{key}.use_only", session.USE_ONLY),
            )
    keys = table_keys(key)
    all_keys = (*keys, *linked)
    picked = None
    for category, table_key in zip(CATEGORIES, keys, strict=True):
        frame = category_frame(columns, category, only_differing, use_terms if only_use else None, note)
        st.markdown(f"**{CATEGORY_LABEL[category].capitalize()}** · {len(frame)} terms")
        if frame.empty:
            st.caption("No term of this group differs." if only_differing else "Your use touches none.")
            continue
        event = st.dataframe(
            frame.style.map(status_badges.css),
            key=table_key,
            on_select=partial(clear_others, table_key, all_keys),
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
