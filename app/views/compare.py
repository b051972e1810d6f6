"""Compare: pick releases, LicenseDB licenses or uploads; release facts and the term matrix on the
left, the clicked cell's deciding sentence in a panel that stays in view on the right."""

import streamlit as st

from app import comparison, session, state
from app.components import (
    evidence_view,
    export_buttons,
    facts_table,
    focus_picker,
    matrix,
    panel,
    source_picker,
)

st.header("Compare AI model licenses", anchor=False)
st.caption(
    "Every cell is a status decided by a sentence of the license text: click a cell to read it "
    "in the panel on the right. Defaults to LLaMA (Feb 2023), Llama 2 (Jul 2023) and Llama 3.1."
)

source_picker.show(state.releases(), state.licensedb())
columns, problems = comparison.current()
for problem in problems:
    st.error(f"**{problem.source}**: {problem.reason}")
if not columns:
    st.info("Nothing to compare yet: pick a release, a LicenseDB license or upload a license file.")
    st.stop()

main, side = panel.columns()
with main:
    facts_table.show(columns, state.releases(), key="facts")
    session.focus_on_pick(matrix.show(columns, key="matrix"))
    export_buttons.show([c.profile for c in columns], key="compare.export")
with side:
    term, column = focus_picker.show(columns, key="compare.focus")
    evidence_view.show(column, term, key="compare.evidence", height=320)
