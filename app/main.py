"""Entry script of the dashboard: page config and navigation only (`modelterms app`)."""

import streamlit as st

st.set_page_config(page_title="modelterms · AI model licenses", page_icon=":material/balance:", layout="wide")

pages = [
    st.Page("views/compare.py", title="Compare", icon=":material/table_chart:", default=True),
    st.Page("views/evidence.py", title="Evidence", icon=":material/format_quote:"),
    st.Page("views/diff.py", title="Diff", icon=":material/difference:"),
    st.Page("views/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("views/explore.py", title="Explore LicenseDB", icon=":material/travel_explore:"),
]
st.navigation(pages).run()
