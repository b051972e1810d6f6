"""Timeline: the catalog's releases over time, colored by commercial use; click to compare."""

import streamlit as st

from app import comparison, state, timeline_data
from app.components import add_buttons, export_buttons, timeline_chart

st.subheader("Releases over time", anchor=False)
st.caption(
    "Each mark is a release of the bundled catalog, colored by what its license says about "
    "commercial use (or by family). Hover for the facts; click a release (shift-click for "
    "more) to add it to the comparison."
)

releases = state.releases()
licenses = list(dict.fromkeys(r.license for r in releases.values()))
with st.spinner(f"Reading {len(licenses)} licenses…"):
    columns, problems = comparison.columns(licenses)
for problem in problems:
    st.error(f"**{problem.source}**: {problem.reason}")
frame = timeline_data.release_frame(releases, {c.source: c.profile for c in columns})

color_by = (
    st.segmented_control(
        "Color by",
        list(timeline_chart.COLOR_FIELDS),
        format_func=timeline_chart.COLOR_FIELDS.get,
        default="commercial_use",
        key="timeline.color",
    )
    or "commercial_use"
)
picked = timeline_chart.show(frame, color_by, key="timeline.chart")

if picked:
    chosen = frame[frame["id"].isin(picked)]
    st.dataframe(
        chosen[["model", "organization", "release_date", "parameters", "license", "commercial_detail"]],
        hide_index=True,
        width="stretch",
    )
    add_buttons.show(picked, [], releases, key="timeline")
    st.page_link("views/compare.py", label="Open the comparison", icon=":material/table_chart:")
else:
    st.info("Click a release in the chart to select it for comparison.")

with st.expander("All releases as a table"):
    st.dataframe(frame.drop(columns=["date"]), hide_index=True, width="stretch")
    export_buttons.frame_button(
        state.catalog_frame(),
        "modelterms-catalog.csv",
        "Catalog CSV",
        "timeline.export",
        "as `modelterms catalog --format csv`",
    )
