"""Fixes found on the dev11 split, on trees the tests write (no repository's text): a file whose name
says it is the model's license agreement comes before a generic LICENSE the README also ties to the
model; a Models section listing hub names as code spans in prose, each with the tokens the sentence
gives it."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write

AGREEMENT = """Acme LICENSE AGREEMENT

This License Agreement governs Your use, reproduction, modification, and distribution of Acme (the
"Model Materials"), subject to the MIT License.

1. Grant. Licensor hereby grants Licensee a perpetual, worldwide, non-exclusive, royalty-free license to
use, reproduce, modify and distribute the Model Materials, including for commercial purposes.
2. The open-source release does not preclude Licensor's commercial exploitation of the Model Materials.
3. Licensee agrees not to use the Model Materials to violate any applicable law.
"""


_rows = rows_by_model


def test_a_model_license_agreement_file_comes_before_a_generic_license(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("mit"))
    write(repo / "Acme LICENSE AGREEMENT", AGREEMENT)
    write(
        repo / "README.md",
        "# Acme\n\n## News\n\n- 2025.06.06: We released the Acme-142B series.\n\n"
        "## Model Summary\n\n- Context Length: 32,768 tokens\n- License: MIT\n\n"
        "| **Model** | **#Total Params** | **Context Length** |\n| :---: | :---: | :---: |\n"
        "| Acme-142B-base | 142B | 32K |\n| Acme-142B-inst | 142B | 32K |\n",
    )
    row = _rows(repo)["Acme-142B-base"]
    assert row.license_file == "Acme LICENSE AGREEMENT"
    # "does not preclude Licensor's commercial exploitation" withholds nothing from the licensee
    assert row.status("commercial_use") == "granted"


def test_code_span_hub_names_in_a_models_section_are_releases_with_their_tokens(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\nA library for state space models.\n\n## Pretrained Models\n\n"
        "Pretrained models are uploaded to [Hugging Face](https://huggingface.co/acme): `acme-130m`,\n"
        "`acme-1.4b`, `acme2-2.7b`, trained on 300B tokens on a web corpus, as well as `acme-2.8b-web`\n"
        "(trained on 600B tokens on another corpus).\n\n"
        "| Parameters | Layers |\n|---|---|\n| 130M | 24 |\n\n## Usage\n\nRun `pip install acme-1`.\n",
    )
    rows = _rows(repo)
    assert set(rows) >= {"acme-130m", "acme-1.4b", "acme2-2.7b", "acme-2.8b-web"}
    assert rows["acme-1.4b"].release.parameters == ("1.4B",)
    assert rows["acme2-2.7b"].release.training_tokens == "300B"
    assert rows["acme-2.8b-web"].release.training_tokens == "600B"
    # the repository's code license is never tied to the weights
    row = rows["acme-130m"]
    assert row.license_file is None and row.status("commercial_use") in (None, "silent")


def test_a_settings_table_gives_the_total_size_not_the_activated_one(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n### Model Variants\n\n- **Acme-K2-Base**: the foundation model.\n"
        "- **Acme-K2-Instruct**: the post-trained model.\n\n## Model Summary\n\n| | |\n|:---:|:---:|\n"
        "| **Architecture** | Mixture-of-Experts (MoE) |\n| **Total Parameters** | 1T |\n"
        "| **Activated Parameters** | 32B |\n| **Context Length** | 128K |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-K2-Base"].release.parameters == ("1T",)
    assert rows["Acme-K2-Instruct"].release.context_length == 131072


def test_a_series_dated_in_the_news_dates_its_dotted_variants(tmp_path):
    from analyzer.scan.datementions import stems
    from analyzer.scan.mentions import Release
    from analyzer.scan.results import FactEvidence

    ev = FactEvidence("x", "README.md", 0, 1)
    family, base, other = Release("acme.llm1", ev), Release("acme.llm1.base", ev), Release("Acme2.5", ev)
    assert stems(base, [family, base]) == [family]
    assert stems(other, [Release("Acme2", ev), other]) == []  # "Acme2.5" is another version of "Acme2"
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# acme\n\n## News\n- 2025.06.06: We released the `acme.llm1` series.\n\n## Models\n\n"
        "| **Model** | **#Total Params** |\n| :---: | :---: |\n"
        "| acme.llm1.base | 142B |\n| acme.llm1.inst | 142B |\n",
    )
    assert _rows(repo)["acme.llm1.inst"].release.release_date == "2025-06-06"


def test_the_standard_context_reaches_the_versions_without_a_context_in_their_names(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-2\n\nWe open-source Acme-2 models. Standard version supports 4K context, and long context "
        "version supports 16K context.\n\n## Downloads\n\n| Model | Type | Size |\n| --- | --- | --- |\n"
        "| Acme-2-7B | base | 12.9 GB |\n| Acme-2-7B-16K | base | 12.9 GB |\n"
        "| Acme-2-7B-RLHF | chat | 12.9 GB |\n"
        "| Other-3-8B | base | 15 GB |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-2-7B"].release.context_length == 4096
    assert rows["Acme-2-7B-RLHF"].release.context_length == 4096
    assert rows["Acme-2-7B-16K"].release.context_length == 16384
    # a family with no long-context version is not what "standard version" speaks of
    assert rows["Other-3-8B"].release.context_length is None
