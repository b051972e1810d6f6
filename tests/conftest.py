"""Shared fixtures: one pipeline per test session (building it loads the rule tables)."""

from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", module="typecode")


@pytest.fixture(scope="session")
def nlp():
    from analyzer.nlp.pipeline import build_nlp

    return build_nlp()
