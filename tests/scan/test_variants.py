"""Catalog releases by name, and the license of the size a folder names (size variants)."""

from __future__ import annotations

import pytest

from analyzer.catalog import load_catalog
from analyzer.scan.scanner import scan_directory
from analyzer.scan.variants import find_release, match_catalog, sizes_in
from tests.scan.trees import license_text, write


@pytest.mark.parametrize(
    ("name", "release"),
    [
        ("Llama-2-7b-hf", "llama-2"),
        ("llama3_1", "llama-3.1"),
        ("Meta-Llama-3.1-8B-Instruct", "llama-3.1"),
        ("llama3_2", "llama-3.2"),
        ("Qwen2.5-72B-Instruct", "qwen-2.5"),
        ("Qwen2-7B", "qwen-2"),
        ("gemma-2b", "gemma"),
        ("gemma-2-9b-it", "gemma-2"),
        ("Mixtral-8x7B-Instruct-v0.1", "mixtral-8x7b"),
        ("Mistral-7B-v0.1", "mistral-7b"),
        ("my-own-model", None),
    ],
)
def test_find_release(name, release):
    found = find_release([name], load_catalog())
    assert (found.id if found else None) == release


@pytest.mark.parametrize(
    ("name", "sizes"), [("Llama-2-7b-hf", ["7B"]), ("Mixtral-8x7B", ["8x7B"]), ("v0.1", [])]
)
def test_sizes_in(name, sizes):
    assert sizes_in(name) == sizes


@pytest.mark.parametrize(
    ("name", "license"), [("Qwen2.5-72B-Instruct", "qwen-2024"), ("Qwen2.5-7B-Instruct", "apache-2.0")]
)
def test_the_size_variant_license_is_reported(name, license):
    match = match_catalog([name], [], load_catalog())
    assert (match.release, match.license) == ("qwen-2.5", license)


def test_a_card_naming_one_size_picks_the_variant():
    match = match_catalog(["qwen2_5"], ["72B"], load_catalog())
    assert (match.size, match.license) == ("72B", "qwen-2024")
    assert match_catalog(["qwen2_5"], ["7B", "72B"], load_catalog()).size is None


def test_scan_reports_the_variant_license_for_a_folder_without_a_license_file(tmp_path):
    hub = tmp_path / "models--Qwen--Qwen2.5-72B-Instruct" / "snapshots" / "r1"
    write(hub / "README.md", "---\nlicense: other\nlicense_name: qwen\n---\n# Qwen2.5-72B-Instruct\n")
    write(hub / "LICENSE", license_text("qwen-2024"))
    small = tmp_path / "models--Qwen--Qwen2.5-7B-Instruct" / "snapshots" / "r2"
    write(small / "README.md", "# Qwen2.5-7B-Instruct\n\nA 7B model.\n".replace("# ", "---\n---\n# ", 1))
    rows = {r.repo_id: r for r in scan_directory(tmp_path).rows}
    big, little = rows["Qwen/Qwen2.5-72B-Instruct"], rows["Qwen/Qwen2.5-7B-Instruct"]
    assert (big.catalog.size, big.catalog.license, big.license_id) == ("72B", "qwen-2024", "qwen-2024")
    assert big.declared_agrees is True
    assert (little.catalog.size, little.catalog.license) == ("7B", "apache-2.0")
    assert (little.license_id, little.license_basis, little.license_file) == ("apache-2.0", "catalog", None)
    assert little.status("commercial_use") == "granted"


def test_a_catalog_release_matches_only_its_own_version():
    from analyzer.catalog import load_catalog
    from analyzer.scan.variants import find_release

    releases = load_catalog()
    assert find_release(["llama3"], releases) is None or find_release(["llama3"], releases).id != "llama-1"
    assert find_release(["models/llama"], releases).id == "llama-1"
