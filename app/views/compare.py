"""Compare: your planned use and a verdict per license on top; release facts and the term matrix
on the left; what a verdict rests on and the clicked cell's deciding sentence in a panel that
stays in view on the right."""

import streamlit as st

from app import comparison, session, state, use_verdicts
from app.components import (
    changes_line,
    evidence_view,
    export_buttons,
    facts_table,
    focus_picker,
    language_notes,
    matrix,
    panel,
    source_picker,
    use_controls,
    verdicts,
)

st.subheader("Compare AI model licenses", anchor=False)
st.caption(
    "Describe your use: each license gets a verdict, read from its terms. Every cell is a status "
    "decided by a sentence of the license text: click a verdict or a cell to read why on the right."
)

source_picker.show(state.releases(), state.licensedb())
use = use_controls.show(key="use")
columns, problems = comparison.current()
for problem in problems:
    st.error(f"**{problem.source}**: {problem.reason}")
if not columns:
    st.info("Nothing to compare yet: pick a release, a LicenseDB license or upload a license file.")
    st.stop()
language_notes.show([c.profile for c in columns])

results = use_verdicts.verdicts([c.profile for c in columns], use)
main, side = panel.columns()
with main:
    verdicts.show_row(
        columns, results, use_verdicts.describe(use), key="verdicts", linked=matrix.table_keys("matrix")
    )
    changes_line.show(columns)
    facts_table.show(columns, state.releases(), key="facts")
    session.focus_on_pick(
        matrix.show(
            columns,
            key="matrix",
            use_terms=use_verdicts.use_terms(use),
            note=use_verdicts.condition_note,
            linked=("verdicts",),
        )
    )
    export_buttons.show([c.profile for c in columns], key="compare.export")
with side:
    term, column = focus_picker.show(columns, key="compare.focus")
    verdict = results[[c.source for c in columns].index(column.source)]
    verdicts.show_findings(column, verdict, term, key="compare.findings")
    evidence_view.show(column, term, key="compare.evidence", height=300)
