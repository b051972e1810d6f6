"""Shared fixtures: one pipeline per test session (building it loads the rule tables)."""

from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", module="typecode")


@pytest.fixture(scope="session")
def nlp():
    from analyzer.nlp.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test reads and writes a cache of its own session, never the user's."""
    path = tmp_path_factory.getbasetemp() / "profiles.sqlite"
    monkeypatch.setenv("MODELTERMS_CACHE", str(path))
