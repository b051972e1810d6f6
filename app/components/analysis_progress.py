"""Analyze many LicenseDB licenses with a progress bar (each one cached by its text hash)."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analyzer.model import LicenseProfile
from app import comparison

AUTO_LIMIT = 150
SECONDS_PER_LICENSE = 0.25


def show(keys: Sequence[str], scope_id: str) -> list[LicenseProfile] | None:
    """Profiles of `keys`; scopes larger than AUTO_LIMIT wait for a click. None while waiting."""
    started = st.session_state.setdefault("explore.started", set())
    if len(keys) > AUTO_LIMIT and scope_id not in started:
        minutes = len(keys) * SECONDS_PER_LICENSE / 60
        st.warning(
            f"{len(keys):,} licenses to analyze: about {minutes:.0f} minutes on this machine "
            "the first time (then cached for the process). Narrow the scope with a category "
            "or a name, or start it.",
            icon=":material/hourglass:",
        )
        if not st.button(f"Analyze {len(keys):,} licenses", key="explore.start"):
            return None
        started.add(scope_id)
    bar = st.progress(0.0, text=f"Analyzing {len(keys):,} licenses…")
    profiles = []
    step = max(1, len(keys) // 50)
    for i, key in enumerate(keys, 1):
        profiles.append(comparison.profile_of(key))
        if i % step == 0:
            bar.progress(i / len(keys), text=f"Analyzed {i:,} of {len(keys):,} licenses…")
    bar.empty()
    return profiles
