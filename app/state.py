"""Every st.cache_* wrapper of the dashboard.

The corpus and the catalog load once per process; analyses are cached by the hash of the text.
"""

from __future__ import annotations

import streamlit as st

from analyzer import api, catalog_view, compare
from analyzer.catalog import Release
from analyzer.corpus import LicenseEntry
from analyzer.model import Document, LicenseProfile
from app import explore_scope


@st.cache_resource(show_spinner="Loading the LicenseDB…")
def licensedb() -> dict[str, LicenseEntry]:
    """The ScanCode LicenseDB (~2,470 licenses), loaded once per process."""
    from analyzer import corpus

    return corpus.licensedb()


@st.cache_resource(show_spinner=False)
def releases() -> dict[str, Release]:
    """The bundled release catalog, ordered by release date."""
    return api.releases()


@st.cache_data(show_spinner=False)
def catalog_frame():
    return catalog_view.catalog_frame(releases())


# Profiles are frozen, so one shared object per text is safe (and saves a pickle per read).
@st.cache_resource(show_spinner=False, max_entries=4096)
def _analyzed(
    sha256: str, doc_id: str, name: str, source: str, _document: Document
) -> LicenseProfile:
    return api.analyze(_document)


def analyze(document: Document) -> LicenseProfile:
    """The profile of a document, cached by the hash of its text (and its identity)."""
    return _analyzed(document.sha256, document.id, document.name, document.source, document)


def analyze_text(text: str, name: str, doc_id: str) -> LicenseProfile:
    """The profile of an uploaded text, cached like any other document."""
    return analyze(Document(id=doc_id, name=name, text=text, source=f"text:{name}"))


@st.cache_resource(show_spinner="Aligning the clauses…", max_entries=64)
def _diff(
    old_key: tuple[str, ...], new_key: tuple[str, ...], _old: LicenseProfile, _new: LicenseProfile
) -> compare.ProfileDiff:
    return compare.diff_profiles(_old, _new)


def diff(old: LicenseProfile, new: LicenseProfile) -> compare.ProfileDiff:
    """Changed terms and the clause redline of two profiles, cached by both text hashes."""
    return _diff((old.sha256, old.id, old.source), (new.sha256, new.id, new.source), old, new)


@st.cache_data(show_spinner=False)
def ai_license_keys() -> list[str]:
    """LicenseDB keys of the AI-model licenses (the Explore page's default scope)."""
    return explore_scope.ai_license_keys(licensedb(), releases())
