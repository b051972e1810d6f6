"""The release catalog: facts we wrote, validated on load."""

from __future__ import annotations

import shutil

import pytest

from analyzer.catalog import catalog_dir, load_catalog
from analyzer.model import InputError

REQUIRED = [
    "llama-1",
    "llama-2",
    "llama-3.1",
    "llama-3.2",
    "llama-3.3",
    "llama-4",
    "gemma",
    "bloom",
    "starcoder",
    "stable-diffusion-1",
    "falcon-2",
    "mistral-7b",
    "qwen",
    "deepseek-llm",
    "phi-3",
    "olmo",
    "flux-1-dev",
    "alpaca",
]


def test_catalog_loads_with_every_license_key_known_to_the_licensedb():
    releases = load_catalog(check_keys=True)
    assert len(releases) >= 25
    assert set(REQUIRED) <= set(releases)


def test_the_seed_story_facts():
    releases = load_catalog()
    llama1, llama2 = releases["llama-1"], releases["llama-2"]
    assert (llama1.release_date, llama1.license) == ("2023-02-24", "llama-license-2023")
    assert (llama2.release_date, llama2.license) == ("2023-07-18", "llama-2-license-2023")
    assert llama2.parameters == ("7B", "13B", "70B") and llama2.training_tokens == "2T"


def test_catalog_is_ordered_by_release_date():
    dates = [r.release_date for r in load_catalog().values()]
    assert dates == sorted(dates)


def test_variant_licenses_are_resolved_by_size():
    variants = [r for r in load_catalog().values() if r.license_variants]
    assert variants, "the catalog should express at least one size-dependent license"
    release = variants[0]
    size = release.license_variants[0].parameters[0]
    assert release.license_for(size) == release.license_variants[0].license
    assert release.license_for("no-such-size") == release.license


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda t: t + "colour: red\n", "colour"),
        (lambda t: t.replace('release_date: "2023-07-18"', 'release_date: "July 2023"'), "release_date"),
        (lambda t: t.replace("license: llama-2-license-2023", "license: no-such-key"), "license"),
        (lambda t: t.replace("id: llama-2", "id: llama-two"), "id"),
    ],
    ids=["unknown-field", "bad-date", "unknown-key", "id-mismatch"],
)
def test_malformed_catalog_file_names_the_file_and_field(tmp_path, edit, field):
    target = tmp_path / "licenses"
    shutil.copytree(catalog_dir(), target)
    path = target / "llama-2.yaml"
    path.write_text(edit(path.read_text()))
    with pytest.raises(InputError) as err:
        load_catalog(target, check_keys=True)
    assert "llama-2.yaml" in str(err.value) and field in str(err.value)
