"""Diff: what changed between two licenses, terms with both evidences, then a clause redline."""

import streamlit as st

from analyzer import export
from analyzer.taxonomy import TERM_IDS
from app import comparison, session, state
from app.components import diff_picker, export_buttons, redline, term_changes

st.subheader("What changed between two licenses", anchor=False)
st.caption(
    "Terms whose status or params differ, each with the deciding sentence on both sides; "
    "below, the two texts clause by clause, aligned by section."
)

old_source, new_source = diff_picker.show(list(dict.fromkeys([*state.releases(), *session.sources()])))
sides, problems = comparison.columns([old_source, new_source])
for problem in problems:
    st.error(f"**{problem.source}**: {problem.reason}")
if len(sides) != 2:
    st.info("Pick two different licenses to compare.")
    st.stop()
old, new = sides
diff = state.diff(old.profile, new.profile)

st.subheader(f"{len(diff.changes)} of {len(TERM_IDS)} terms changed")
term_changes.show(diff, old, new, key="diff.terms")
changed = export.long_frame([old.profile, new.profile])
changed = changed[changed["term"].isin([c.term for c in diff.changes])]
with st.container(horizontal=True):
    export_buttons.frame_button(
        changed,
        "modelterms-diff-terms.csv",
        "Changed terms CSV",
        "diff.csv",
        "the `analyze --format csv` rows of the changed terms",
    )
    export_buttons.json_button(
        lambda: export.diff_to_dict(diff),
        "modelterms-diff.json",
        "Diff JSON",
        "diff.json",
        "as `modelterms diff --format json`",
    )

st.subheader("Clause-level redline")
redline.show(diff, old.label, new.label, key="diff.redline")
