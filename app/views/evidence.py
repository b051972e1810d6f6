"""Evidence: a term of a license, its deciding sentence in the full text, and all its evidence."""

import streamlit as st

from analyzer import export
from app import comparison
from app.components import evidence_view, export_buttons, focus_picker, language_notes

st.title("Evidence")
st.caption(
    "Pick a license of the comparison and a term: the sentence that decided the status "
    "is highlighted in the full text, under its section heading."
)

columns, problems = comparison.current()
for problem in problems:
    st.error(f"**{problem.source}**: {problem.reason}")
if not columns:
    st.info("The comparison is empty: add licenses on the Compare page.")
    st.stop()
language_notes.show([c.profile for c in columns])

term, column = focus_picker.show(columns, key="evidence.focus")
evidence_view.show(column, term, key="evidence.view")

st.subheader(f"All evidence in {column.label}")
table = export.long_frame([column.profile])
st.dataframe(
    table[["term", "category", "status", "params", "section", "evidence", "start", "end"]],
    hide_index=True,
    width="stretch",
)
export_buttons.frame_button(
    table,
    f"modelterms-{column.profile.id}-evidence.csv",
    "Evidence CSV",
    "evidence.export",
    "as `modelterms analyze --format csv` for this license",
)
