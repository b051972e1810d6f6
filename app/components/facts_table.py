"""The release facts of the compared columns, above the terms and aligned with them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from analyzer.catalog import Release
from app.comparison import Column
from app.components import matrix
from app.release_facts import facts_frame


def show(columns: Sequence[Column], releases: Mapping[str, Release], key: str = "facts") -> None:
    frame = facts_frame([(c.source, c.label, c.profile) for c in columns], releases)
    st.dataframe(
        frame,
        key=key,
        height=matrix.table_height(len(frame)),
        width="stretch",
        column_config=matrix.column_config(
            columns, "release", "From the bundled catalog (licenses/*.yaml); — where it does not say."
        ),
    )
