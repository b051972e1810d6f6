""" "Your use": the facets of `modelterms check` as controls; returns the planned use."""

from __future__ import annotations

import streamlit as st

from analyzer.check import Use, parse_revenue, parse_users
from analyzer.facets import facet_table
from app import session

FLAGS = {
    "commercial": "Commercial",
    "modify": "Modify / fine-tune",
    "distribute": "Distribute",
    "host": "Host as a service",
    "train_other_models": "Train other models",
}


def _parsed(label: str, text: str, parse):
    """The parsed value, or None with a one-line error naming the input and the reason."""
    if not text.strip():
        return None
    try:
        return parse(text)
    except ValueError as exc:
        st.error(f"**{label}** {text!r}: {exc}; this facet is left out.", icon=":material/error:")
        return None


def show(key: str = "use") -> Use:
    c1, c2, c3, c4 = st.columns([2.9, 0.8, 0.8, 0.7], vertical_alignment="bottom")
    with c1:
        flags = st.pills(
            "Your use",
            list(FLAGS),
            selection_mode="multi",
            format_func=FLAGS.get,
            help="What you plan to do with the model: each license gets a verdict for it.",
            **session.bind(f"{key}.flags", session.USE_FLAGS),
        )
    with c2:
        users = st.text_input(
            "Users per month",
            placeholder="e.g. 800M",
            help="Monthly active users of your product (K, M, B suffixes).",
            **session.bind(f"{key}.users", session.USE_USERS),
        )
    with c3:
        revenue = st.text_input(
            "Annual revenue",
            placeholder="e.g. USD 1M",
            help="With a currency; compared with revenue thresholds in the same currency.",
            **session.bind(f"{key}.revenue", session.USE_REVENUE),
        )
    with c4:
        region = st.selectbox(
            "Region",
            [None, *facet_table().regions],
            format_func=lambda code: "any" if code is None else code,
            placeholder="any",
            help="Where you use or offer it (country or EU/EEA code).",
            **session.bind(f"{key}.region", session.USE_REGION),
        )
    chosen = set(flags or [])
    return Use(
        commercial="commercial" in chosen,
        users=_parsed("Users per month", users, parse_users),
        revenue=_parsed("Annual revenue", revenue, parse_revenue),
        modify="modify" in chosen,
        distribute="distribute" in chosen,
        host="host" in chosen,
        train_other_models="train_other_models" in chosen,
        region=region,
    )
