"""License identification: LicenseDB copies in a temp tree, an edited copy, an unrelated text."""

from __future__ import annotations

import re
import time

import pytest

from analyzer.files import read_file_document
from analyzer.scan.identify import THRESHOLD, UNKNOWN, LicenseIndex, default_index, tokens
from tests.scan.trees import license_text, write

KEYS = ["llama-2-license-2023", "llama-3.1-license-2024", "apache-2.0", "mit"]


@pytest.mark.parametrize("key", KEYS)
def test_copies_of_licensedb_texts_are_identified(tmp_path, key):
    path = write(tmp_path / "models" / key / "LICENSE", license_text(key))
    found = default_index().identify(read_file_document(path).text)
    assert (found.key, found.known) == (key, True)
    assert found.score >= 0.95


@pytest.mark.parametrize("key", KEYS)
def test_a_lightly_edited_copy_still_matches(tmp_path, key):
    text = license_text(key)
    text = "# License\n\nCopyright (c) 2024 Example Labs\n\n" + text.replace("the", "The", 3)
    text = re.sub(r"\n(?=[A-Z])", "\n\n", text, count=5)
    text = text.replace(" and ", " & ", 2)
    path = write(tmp_path / "LICENSE.md", text)
    found = default_index().identify(read_file_document(path).text)
    assert found.key == key
    assert found.score >= 0.9


def test_an_unrelated_text_is_unknown_with_its_nearest_score():
    text = (
        "This repository holds the training scripts. Install them with pip, run the unit tests "
        "with pytest, and open a pull request to contribute. The weights are downloaded from "
        "the hub on first use and cached in your home directory.\n"
    )
    found = default_index().identify(text * 3)
    assert found.key == UNKNOWN and not found.known
    assert 0 <= found.score < THRESHOLD


def test_sibling_versions_are_told_apart():
    index = default_index()
    for key in ("llama-3.1-license-2024", "llama-3.2-license-2024", "llama-3.3-license-2024"):
        assert index.identify(license_text(key)).key == key


def test_ties_go_to_the_preferred_key():
    index = LicenseIndex({"a-1": "alpha beta gamma delta " * 5, "a-2": "alpha beta gamma delta " * 5})
    assert index.identify("alpha beta gamma delta " * 5, prefer={"a-2"}).key == "a-2"
    assert index.identify("alpha beta gamma delta " * 5).key == "a-1"


def test_normalization_ignores_case_punctuation_and_wrapping():
    assert tokens('The  SOFTWARE is\nprovided "AS IS",') == ["the", "software", "is", "provided", "as", "is"]


def test_empty_text_is_unknown():
    assert default_index().identify("   ").key == UNKNOWN


def test_identifying_a_hundred_files_takes_seconds():
    index = default_index()  # built once per process
    from analyzer.licensedb import licensedb

    texts = [e.text for e in list(licensedb().values())[:100] if e.text.strip()]
    started = time.perf_counter()
    for text in texts:
        index.identify(text + "\nlocal edit")
    assert time.perf_counter() - started < 15
