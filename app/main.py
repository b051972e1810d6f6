"""Entry script of the dashboard: page config and navigation only (`modelterms app`)."""

from pathlib import Path

import streamlit as st

# A local file: a ":material/...:" or emoji icon makes the browser fetch it from a CDN.
ICON = Path(__file__).resolve().parent / "static" / "icon.svg"
LOADING = "Opening modelterms: loading the language pipeline, the catalog and the license analyses…"

st.set_page_config(page_title="modelterms · AI model licenses", page_icon=str(ICON), layout="wide")

pages = [
    st.Page("views/compare.py", title="Compare", icon=":material/table_chart:", default=True),
    st.Page("views/evidence.py", title="Evidence", icon=":material/format_quote:"),
    st.Page("views/diff.py", title="Diff", icon=":material/difference:"),
    st.Page("views/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("views/explore.py", title="Explore LicenseDB", icon=":material/travel_explore:"),
]
page = st.navigation(pages, position="top")  # the full width for the tables
# The first run of a session imports spaCy and analyzes the default comparison (seconds): say so
# at once instead of leaving grey placeholders; the page replaces the message when it is drawn.
loading = st.empty()
if not st.session_state.get("mt.opened"):
    loading.info(LOADING, icon=":material/hourglass_top:")
try:
    page.run()
finally:
    st.session_state["mt.opened"] = True
    loading.empty()
