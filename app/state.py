"""Every st.cache_* wrapper of the dashboard.

The corpus and the catalog load once per process; analyses are cached by the hash of the text.
Calls into the engine run on one library thread (see `_library_thread`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import streamlit as st

from analyzer import api, catalog_view, compare
from analyzer.catalog import Release
from analyzer.corpus import LicenseEntry
from analyzer.model import Document, LicenseProfile
from app import explore_scope

EXPLORE_CHUNK = 25  # licenses per step of the Explore progress bar


# Streamlit runs every script run in a new thread, and several sessions may run at once on a
# 2-core machine: analyses go through one long-lived thread per process, so they queue instead
# of competing for the cores and the shared spaCy pipeline.
@st.cache_resource(show_spinner=False)
def _library_thread() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="modelterms-analyzer")


def _on_library_thread(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return _library_thread().submit(fn, *args, **kwargs).result()


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
def _analyzed(sha256: str, doc_id: str, name: str, source: str, _document: Document) -> LicenseProfile:
    return _on_library_thread(api.analyze, _document)


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
    return _on_library_thread(compare.diff_profiles, _old, _new)


def diff(old: LicenseProfile, new: LicenseProfile) -> compare.ProfileDiff:
    """Changed terms and the clause redline of two profiles, cached by both text hashes."""
    return _diff((old.sha256, old.id, old.source), (new.sha256, new.id, new.source), old, new)


@st.cache_resource(show_spinner=False)
def _licensedb_profiles() -> dict[str, LicenseProfile]:
    """LicenseDB profiles analyzed so far in this process, by key (grows up to the corpus size)."""
    return {}


def licensedb_profiles(
    keys: Sequence[str], progress: Callable[[int], None] | None = None
) -> list[LicenseProfile]:
    """Profiles of LicenseDB licenses, statuses only (text may be empty), for the Explore page.

    What this process has not seen goes through the library's persistent cache, then the engine,
    in steps of EXPLORE_CHUNK licenses (workers=1: no fork of the server process); `progress`
    gets the number of licenses of each step.
    """
    store = _licensedb_profiles()
    missing = [k for k in keys if k not in store]
    for i in range(0, len(missing), EXPLORE_CHUNK):
        chunk = missing[i : i + EXPLORE_CHUNK]
        result = _on_library_thread(api.analyze_licensedb, keys=chunk, workers=1)
        store.update({p.id: p for p in result.profiles})
        if progress:
            progress(len(chunk))
    return [store[k] for k in keys if k in store]


@st.cache_data(show_spinner=False)
def ai_license_keys() -> list[str]:
    """LicenseDB keys of the AI-model licenses (the Explore page's default scope)."""
    return explore_scope.ai_license_keys(licensedb(), releases())
