"""Analyze many LicenseDB licenses with a progress bar (each one cached by its text hash)."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analyzer.model import LicenseProfile
from app import state

AUTO_LIMIT = 150
SECONDS_PER_LICENSE = 0.05  # measured: one process on this 2-core machine, nothing cached


def show(keys: Sequence[str], scope_id: str) -> list[LicenseProfile] | None:
    """Profiles of `keys`; scopes larger than AUTO_LIMIT wait for a click. None while waiting."""
    started = st.session_state.setdefault("explore.started", set())
    if len(keys) > AUTO_LIMIT and scope_id not in started:
        minutes = max(1, round(len(keys) * SECONDS_PER_LICENSE / 60))
        st.warning(
            f"{len(keys):,} licenses in this scope: analyzing those never analyzed before takes up to "
            f"about {minutes} minute{'s' if minutes > 1 else ''} on this machine (results are cached "
            "on disk and for the process). Narrow the scope with a category or a name, or start it.",
            icon=":material/hourglass:",
        )
        if not st.button(f"Analyze {len(keys):,} licenses", key="explore.start"):
            return None
        started.add(scope_id)
    bar = st.progress(0.0, text=f"Analyzing {len(keys):,} licenses…")
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        bar.progress(min(1.0, done / len(keys)), text=f"Analyzed {done:,} of {len(keys):,} licenses…")

    profiles = state.licensedb_profiles(keys, progress=tick)
    bar.empty()
    return profiles
