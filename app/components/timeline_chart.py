"""The catalog's releases on a time axis (Altair); hover for the facts, click to select."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from app import timeline_data

SELECTION = "release"
ROW_PX = 24
# Saturated versions of the status colors, for marks on a white or dark background.
STATUS_COLORS = {
    "granted": "#2e9d4f",
    "conditional": "#e0a100",
    "prohibited": "#d43d4b",
    "silent": "#8a939c",
    "unknown": "#444444",
}
STATUS_SHAPES = {
    "granted": "circle",
    "conditional": "diamond",
    "prohibited": "cross",
    "silent": "square",
    "unknown": "triangle",
}
COLOR_FIELDS = {
    "commercial_use": "commercial_use status",
    "license_family": "license family",
    "family": "model family",
}
TOOLTIP = [
    alt.Tooltip("model:N"),
    alt.Tooltip("organization:N"),
    alt.Tooltip("release_date:N", title="released"),
    alt.Tooltip("parameters:N"),
    alt.Tooltip("context_length:N", title="context"),
    alt.Tooltip("training_tokens:N", title="training tokens"),
    alt.Tooltip("license:N"),
    alt.Tooltip("license_family:N", title="license family"),
    alt.Tooltip("commercial_detail:N", title="commercial use"),
    alt.Tooltip("deciding_sentence:N", title="deciding sentence"),
]


def _color(field: str, frame: pd.DataFrame) -> alt.Color:
    if field == "commercial_use":
        present = [s for s in STATUS_COLORS if s in set(frame[field])]
        scale = alt.Scale(domain=present, range=[STATUS_COLORS[s] for s in present])
        return alt.Color(f"{field}:N", scale=scale, title=COLOR_FIELDS[field])
    return alt.Color(f"{field}:N", title=COLOR_FIELDS[field], scale=alt.Scale(scheme="tableau20"))


def shift_band(frame: pd.DataFrame, old: str = "llama-1", new: str = "llama-2") -> pd.DataFrame:
    """The LLaMA to Llama 2 interval of the seed story, when both are in the catalog."""
    ends = frame.set_index("id")["date"]
    if old not in ends or new not in ends:
        return pd.DataFrame(columns=["start", "end", "label"])
    return pd.DataFrame(
        [
            {
                "start": ends[old],
                "end": ends[new],
                "label": "LLaMA → Llama 2: research-only → commercial below 700M MAU",
            }
        ]
    )


def chart(frame: pd.DataFrame, color_by: str) -> alt.LayerChart:
    """Marks on a time axis, one row per family (more when labels would collide), labels to the
    right of their marks."""
    frame = timeline_data.assign_lanes(frame)
    rows = timeline_data.lane_order(frame)
    pick = alt.selection_point(name=SELECTION, fields=["id"], on="click", toggle="true")
    # Extra rows of a family end in thin spaces: their axis label is left blank.
    y = alt.Y(
        "lane:N",
        sort=rows,
        title=None,
        axis=alt.Axis(labelExpr=f"indexof(datum.label, '{timeline_data.LANE_GAP}') >= 0 ? '' : datum.label"),
    )
    x = alt.X(
        "date:T",
        title="release date",
        axis=alt.Axis(format="%b %Y"),
        scale=alt.Scale(domain=[d.isoformat() for d in timeline_data.date_domain(frame)]),
    )
    present = [s for s in STATUS_SHAPES if s in set(frame["commercial_use"])]
    shape_title = COLOR_FIELDS[color_by] if color_by == "commercial_use" else "commercial_use status"
    points = (
        alt.Chart(frame)
        .mark_point(size=150, filled=True)
        .encode(
            x=x,
            y=y,
            color=_color(color_by, frame),
            shape=alt.Shape(
                "commercial_use:N",
                title=shape_title,
                scale=alt.Scale(domain=present, range=[STATUS_SHAPES[s] for s in present]),
            ),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.35)),
            size=alt.condition(pick, alt.value(220), alt.value(150)),
            tooltip=TOOLTIP,
        )
        .add_params(pick)
    )
    labels = (
        alt.Chart(frame)
        .mark_text(align="left", baseline="middle", dx=10, fontSize=10)
        .encode(x=x, y=y, text="model:N")
    )
    band_data = shift_band(frame)
    band = alt.Chart(band_data).mark_rect(opacity=0.12, color="#d43d4b").encode(x="start:T", x2="end:T")
    note = (
        alt.Chart(band_data)
        .mark_text(align="left", baseline="top", dx=4, dy=4, fontSize=10, color="#a3222e")
        .encode(x="start:T", y=alt.value(0), text="label:N")
    )
    height = max(320, ROW_PX * len(rows))
    return alt.layer(band, note, points, labels).properties(height=height)


def show(frame: pd.DataFrame, color_by: str, key: str = "timeline") -> list[str]:
    """Render the chart; returns the ids of the releases clicked (shift-click adds more)."""
    event = st.altair_chart(
        chart(frame, color_by),
        on_select="rerun",
        selection_mode=SELECTION,
        key=key,
        width="stretch",
    )
    picked = event.selection.get(SELECTION, []) if event else []
    return [p["id"] for p in picked if isinstance(p, dict) and "id" in p]
