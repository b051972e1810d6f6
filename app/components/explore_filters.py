"""The Explore page's filters: which licenses to analyze (scope), then term statuses and family."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from analyzer.catalog import Release
from analyzer.corpus import LicenseEntry
from analyzer.taxonomy import FAMILIES
from app import explore_scope, state


def show_scope(db: Mapping[str, LicenseEntry], releases: Mapping[str, Release]) -> tuple[str, list[str]]:
    """Scope, LicenseDB category and a name filter; returns (scope, keys to analyze)."""
    bases = {
        explore_scope.AI_SCOPE: state.ai_license_keys(),
        explore_scope.CATALOG_SCOPE: explore_scope.catalog_license_keys(releases),
        explore_scope.ALL_SCOPE: list(db),
    }
    c1, c2, c3 = st.columns([1.4, 1, 1])
    with c1:
        scope = st.radio(
            "Licenses to analyze",
            explore_scope.SCOPES,
            key="explore.scope",
            format_func=lambda s: f"{s} ({len(explore_scope.scope_keys(db, bases[s])):,})",
            help="AI-model licenses: the catalog's licenses and every LicenseDB text that speaks "
            "of models, weights or machine learning. Analysis takes ~0.1–0.4 s per license, "
            "so the whole LicenseDB takes minutes; results are cached for the process.",
        )
    with c2:
        categories = st.multiselect(
            "LicenseDB category",
            sorted({e.category for e in db.values()}),
            key="explore.categories",
            placeholder="any category",
        )
    with c3:
        contains = st.text_input("Name or key contains", key="explore.contains")
    return scope, explore_scope.scope_keys(db, bases[scope], categories, contains)


def show_terms(families_present: Sequence[str] = FAMILIES) -> tuple[dict[str, set[str]], list[str]]:
    """Term-status conditions (AND across terms, OR within one) and license families."""
    c1, c2 = st.columns([2, 1])
    with c1:
        conditions = st.multiselect(
            "Term statuses",
            explore_scope.condition_options(),
            key="explore.conditions",
            placeholder="e.g. commercial_use = conditional, train_other_models = prohibited",
            help="Every chosen term must hold; several statuses of one term are alternatives.",
        )
    with c2:
        families = st.multiselect(
            "License family",
            list(families_present),
            key="explore.families",
            placeholder="any family",
        )
    return explore_scope.parse_conditions(conditions), families
