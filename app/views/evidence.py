"""Evidence: every term of one license in a table; the clicked term's deciding sentence beside it."""

import streamlit as st

from analyzer import export
from app import comparison, evidence_table, session
from app.components import (
    evidence_view,
    export_buttons,
    focus_picker,
    glossary,
    language_notes,
    panel,
    status_badges,
)

st.subheader("Evidence", anchor=False)
st.caption(
    "Every term of one license: what it means, its status and the sentence that decided it. "
    "Click a row: the sentence shows on the right, highlighted in the full text under its section."
)

columns, problems = comparison.current()
for problem in problems:
    st.error(f"**{problem.source}**: {problem.reason}")
if not columns:
    st.info("The comparison is empty: add licenses on the Compare page.")
    st.stop()
language_notes.show([c.profile for c in columns])

column = focus_picker.show_license(columns, key="evidence.focus")
table = evidence_table.evidence_frame(column.profile)
main, side = panel.columns((1.15, 1))
with main:
    with st.container(horizontal=True, vertical_alignment="center"):
        st.markdown(f"**All evidence in {column.label}** · {len(table)} terms")
        glossary.show()
    shown = table.assign(status=[f"{status_badges.symbol(s)} {s}" for s in table["status"]])
    event = st.dataframe(
        shown.style.map(status_badges.css, subset=["status"]),
        key="evidence.table",
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        height=35 * (len(shown) + 1) + 3,
        column_config={
            "term": st.column_config.TextColumn(pinned=True, help="Click a row to read its evidence"),
            "category": None,
            "detail": st.column_config.TextColumn("condition / params", width="medium"),
            "basis": st.column_config.TextColumn(
                help="explicit: a clause addresses the term; implied: it follows from a general grant"
            ),
            "meaning": st.column_config.TextColumn(width="large"),
            "evidence": st.column_config.TextColumn("deciding sentence", width="large"),
        },
    )
    rows = event.selection.get("rows", []) if event else []
    picked = str(table.iloc[rows[0]]["term"]) if rows and 0 <= rows[0] < len(table) else None
    session.focus_on_pick((picked, column.source) if picked else None)
    export_buttons.frame_button(
        export.long_frame([column.profile]),
        f"modelterms-{column.profile.id}-evidence.csv",
        "Evidence CSV",
        "evidence.export",
        "as `modelterms analyze --format csv` for this license",
    )
with side:
    term = focus_picker.show_term(column, key="evidence.focus")
    evidence_view.show(column, term, key="evidence.view", height=360)
