"""Explore: LicenseDB licenses filtered by term statuses and category, added to the comparison."""

import streamlit as st

from analyzer import export
from app import comparison, explore_scope, state
from app.components import (
    add_buttons,
    analysis_progress,
    evidence_view,
    explore_filters,
    export_buttons,
    results_table,
)

LAST_CELL = "mt.explore_last_cell"  # the status cell whose evidence was last opened

st.subheader("Explore the LicenseDB", anchor=False)
st.caption(
    "Filter ScanCode LicenseDB licenses by what they say: e.g. commercial_use = conditional "
    "and train_other_models = prohibited. Select rows to add them to the comparison; select "
    "a status cell to read its evidence."
)

db, releases = state.licensedb(), state.releases()
scope, keys = explore_filters.show_scope(db, releases)
if not keys:
    st.info("No license with a text matches this scope, category and name.")
    st.stop()
profiles = analysis_progress.show(keys, scope_id=f"{scope}|{len(keys)}|{keys[0]}|{keys[-1]}")
if profiles is None:
    st.stop()

wanted, families = explore_filters.show_terms(sorted({p.family for p in profiles}))
matched = [p for p in profiles if explore_scope.matches(p, wanted, families)]
st.markdown(f"**{len(matched):,}** of {len(profiles):,} analyzed licenses match.")
if not matched:
    st.info("No license matches these statuses; remove a condition or widen the scope.")
    st.stop()

frame = explore_scope.results_frame(matched, db, first_terms=list(wanted))
rows, cell = results_table.show(frame, key="explore.results")
with st.container(horizontal=True):
    add_buttons.show(rows, [p.id for p in matched], releases, key="explore")
    export_buttons.frame_button(
        lambda: export.long_frame(matched),
        "modelterms-explore-long.csv",
        "Results CSV (long)",
        "explore.long",
        "as `modelterms analyze --format csv`",
    )
    export_buttons.frame_button(
        lambda: export.matrix_frame(matched),
        "modelterms-explore-matrix.csv",
        "Results CSV (matrix)",
        "explore.wide",
        "as `modelterms compare --format csv`",
    )


# The results table is wide and up to 600 px tall: a clicked cell's evidence opens in a dialog,
# in view, instead of below the table.
@st.dialog("Evidence", width="large")
def show_evidence(key: str, term: str) -> None:
    st.subheader(f"Evidence: {term} in {key}", anchor=False)
    columns, _ = comparison.columns([key])
    evidence_view.show(columns[0], term, key="explore.evidence", height=360)


if cell and cell != st.session_state.get(LAST_CELL):
    show_evidence(*cell)
st.session_state[LAST_CELL] = cell
