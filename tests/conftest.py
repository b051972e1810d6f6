"""Shared fixtures: one pipeline per test session (building it loads the rule tables)."""

from __future__ import annotations

import os
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


@pytest.fixture(autouse=True)
def _no_inherited_terminal_width():
    """pytest imports readline, which exports COLUMNS/LINES (80x24) into the process's C
    environment; CLI subprocesses would then fit their tables to 80 columns. Setting and
    deleting through os.environ unsets them there too; a test that wants a width passes one."""
    for name in ("COLUMNS", "LINES"):
        os.environ[name] = ""
        del os.environ[name]


@pytest.fixture
def study_tables(tmp_path):
    """A copy of the English rule tables in which research.grant reads "study", not "research"."""
    import shutil

    from analyzer.rules import language_dir

    tables = tmp_path / "en"
    shutil.copytree(language_dir("en"), tables)
    path = tables / "permissions.yaml"
    text = path.read_text()
    for old, new in (
        ('phrases: ["research"]', 'phrases: ["study"]'),
        (
            'examples: ["You may use the Model for research and evaluation."]',
            'examples: ["You may use the Model for study."]',
        ),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text)
    return tables
