"""Compare: pick releases, LicenseDB licenses or uploads; the matrix; the evidence of a cell."""

import streamlit as st

from app import comparison, session, state
from app.components import evidence_view, export_buttons, focus_picker, language_notes, matrix, source_picker

st.title("Compare AI model licenses")
st.caption(
    "Every cell is a status decided by a sentence of the license text: select a cell "
    "to read it. Defaults to LLaMA (Feb 2023), Llama 2 (Jul 2023) and Llama 3.1."
)

source_picker.show(state.releases(), state.licensedb())
columns, problems = comparison.current()
for problem in problems:
    st.error(f"**{problem.source}**: {problem.reason}")
if not columns:
    st.info("Nothing to compare yet: pick a release, a LicenseDB license or upload a license file.")
    st.stop()
language_notes.show([c.profile for c in columns])

session.focus_on_pick(matrix.show(columns, key="matrix"))
export_buttons.show([c.profile for c in columns], key="compare.export")

st.subheader("Evidence for a cell")
term, column = focus_picker.show(columns, key="compare.focus")
evidence_view.show(column, term, key="compare.evidence")
