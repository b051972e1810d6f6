"""Pick what to compare: catalog releases (by family), LicenseDB licenses, uploaded files."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from analyzer.catalog import Release
from analyzer.corpus import LicenseEntry
from app import session
from app.components import upload


def release_options(releases: Mapping[str, Release]) -> list[str]:
    """Release ids grouped by family (families in order of first release), by date inside one."""
    first: dict[str, str] = {}
    for r in releases.values():
        first.setdefault(r.family, r.release_date)
    return sorted(
        releases,
        key=lambda i: (first[releases[i].family], releases[i].family, releases[i].release_date, i),
    )


def release_label(release: Release) -> str:
    """Model and date, "Llama 2 (2023-07-18)"; the family too when the name lacks it."""
    if release.model.lower().startswith(release.family.lower()):
        return f"{release.model} ({release.release_date})"
    return f"{release.model} ({release.family}, {release.release_date})"


def licensedb_options(db: Mapping[str, LicenseEntry]) -> list[str]:
    """LicenseDB keys that have a text to analyze (the others would only fail when picked)."""
    return [k for k, entry in db.items() if entry.text.strip()]


def show(releases: Mapping[str, Release], db: Mapping[str, LicenseEntry]) -> list[str]:
    """Render the three pickers; returns the comparison's sources in column order."""
    c1, c2, c3 = st.columns([1.4, 1.2, 0.6], vertical_alignment="bottom")
    with c1:
        st.multiselect(
            "Model releases (bundled catalog, grouped by family)",
            release_options(releases),
            format_func=lambda i: release_label(releases[i]),
            placeholder="Type a model or family…",
            **session.bind("w.releases", session.RELEASES),
        )
    with c2:
        # select_all=False: with the default, Enter after typing "openrail" adds all 76 matches.
        st.multiselect(
            "LicenseDB licenses (by name or key)",
            licensedb_options(db),
            format_func=lambda k: f"{db[k].name} · {k}",
            placeholder="Type a license name or key…",
            select_all=False,
            **session.bind("w.licenses", session.LICENSES),
        )
    with c3:
        problems = upload.show()
    upload.show_problems(problems)
    return session.sources()
