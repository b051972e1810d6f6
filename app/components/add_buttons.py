"""Buttons that add what a page selected (releases, LicenseDB licenses) to the comparison."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import streamlit as st

from app import comparison, session

ADD_ALL_LIMIT = 20


def show(
    selected: Sequence[str], results: Sequence[str], catalog_ids: Collection[str], key: str
) -> list[str]:
    """ "Add N selected" and, for short result lists, "Add all"; returns the sources added.
    Call inside a horizontal container to sit beside the page's download buttons."""
    in_comparison = set(session.sources())
    new = [s for s in selected if s not in in_comparison]
    add_selected = st.button(
        f"Add {len(new)} selected to the comparison", disabled=not new, type="primary", key=f"{key}.add"
    )
    add_all = bool(results) and st.button(
        f"Add all {len(results)}",
        disabled=len(results) > ADD_ALL_LIMIT,
        key=f"{key}.add_all",
        help=f"for up to {ADD_ALL_LIMIT} results",
    )
    if not (add_selected or add_all):
        return []
    added = session.add_to_comparison(new if add_selected else results, catalog_ids)
    st.toast(f"Added {', '.join(comparison.label_of(s) for s in added) or 'nothing new'} to the comparison.")
    return added
