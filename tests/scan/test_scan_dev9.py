"""Fixes found on the dev9 split, on trees the tests write: a repository-wide statement does not
make a model license text a code license; a sentence naming the weights' license wins over a badge
linking a file the folder lacks; a commercial-use step in the sentence after the weights' one."""

from __future__ import annotations

from analyzer.scan.readme_terms import commercial_condition
from tests.scan.trees import license_text, write


def test_a_repository_statement_keeps_a_model_license_text_the_model_license(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-mm"
    write(repo / "LICENSE", license_text("chameleon-research-2024"))
    write(
        repo / "README.md",
        "# Acme MM\n\nInference code for the Acme MM 7B model.\n\n### License\n\n"
        "Use of this repository and related resources are governed by the "
        "[Chameleon Research License](//example.com/license) and the [LICENSE](./LICENSE) file.\n",
    )
    (row,) = scan_directory(repo).rows
    assert row.license_id == "chameleon-research-2024" and row.license_file == "LICENSE"
    assert row.status("commercial_use") == "prohibited"


def test_the_code_of_a_repository_stays_code(tmp_path):
    from analyzer.scan.model_license import _whole_repository
    from analyzer.scan.roles import readme_statements

    text = "The code in this repository is governed by the [Acme Research License](LICENSE)."
    (said,) = readme_statements("README.md", text)
    assert said.role == "code" and not _whole_repository(said)


def test_a_named_weights_license_wins_over_a_badge_to_an_absent_file(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-vl"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-VL\n\n[![Code License](https://img.shields.io/badge/Code%20License-Apache_2.0-green.svg)]"
        "(CODE_LICENSE)\n[![Model License](https://img.shields.io/badge/MODEL%20License-Custom-red.svg)]"
        "(MODEL_LICENSE)\n\nAcme-VL-8B is a vision language model.\n\n## License\n\n"
        "- The code is released under the Apache 2.0 license as found in the [LICENSE](./LICENSE) file.\n"
        "- The pretrained weights are released under the "
        "[CC-BY-NC-SA-4.0 license](https://creativecommons.org/licenses/by-nc-sa/4.0/deed.en).\n",
    )
    rows = scan_directory(repo).rows
    assert rows
    for row in rows:
        assert row.license_id == "cc-by-nc-sa-4.0" and row.license_file is None
        assert row.status("commercial_use") == "prohibited"


def test_a_commercial_step_in_the_next_sentence_is_a_condition():
    text = (
        "## License\n\nThe code is licensed under Apache-2.0, while model weights are fully open for "
        "academic research and also allow **free** commercial usage. To apply for a commercial license, "
        "please fill in the [application form](https://example.com/form).\n"
    )
    found = commercial_condition([("README.md", text)])
    assert found and found[1].text.startswith("To apply for a commercial license")


def test_a_commercial_step_after_a_blank_line_is_not_the_weights():
    text = (
        "Model weights allow commercial usage.\n\n"
        "To apply for a commercial license of our cloud service, please fill in the form.\n"
    )
    assert commercial_condition([("README.md", text)]) is None


def test_a_table_row_takes_its_size_from_its_one_hub_model():
    from analyzer.scan.tables import table_releases

    text = (
        "## Model Zoo\n\n| Model | Usage | Transformers(HF) | Release Date |\n|---|---|---|---|\n"
        "| **Acme-VL** | Chat | [🤗acme-vl-7b](https://huggingface.co/acme/acme-vl-7b) | 2024-01-26 |\n"
        "| **Acme-VL-1.8B** | Chat | [🤗acme-vl-1_8b](https://huggingface.co/acme/acme-vl-1_8b) "
        "| 2024-04-09 |\n"
        "| **Acme-Tools** | Chat | [a](https://huggingface.co/acme/acme-t-7b) "
        "[b](https://huggingface.co/acme/acme-t-13b) | 2024-04-09 |\n"
    )
    found = {r.name: r.values.get("parameters") for r in table_releases("README.md", text)}
    assert found["Acme-VL"] == ("7B",)
    assert found["Acme-Tools"] is None  # two hub models: which size is the row's is not said


def test_a_news_link_describing_a_hub_model_is_that_model():
    from analyzer.scan.mentions import news_releases

    text = (
        "## News\n\n"
        "04/14/2025: Released [Acme Official 2B Parameter Model](https://huggingface.co/acme/Acme-b1.58-2B-4T)"
        " on Hugging Face.\n\n"
        "03/01/2025: Released [Acme 7B](https://huggingface.co/acme/Acme-7B-GGUF).\n"
    )
    names = [r.name for r in news_releases("README.md", text)]
    assert "Acme-b1.58-2B-4T" in names and not any("Official" in n for n in names)
    assert "Acme 7B" in names  # two words, all in the hub's name: the text is the name


def test_a_family_that_comes_in_sizes_is_one_release_per_size():
    from analyzer.scan.releases import read_releases

    text = (
        "## News\n\n- \\[2024/05\\] We release Acme-1.5, which offers video understanding. "
        "Acme-1.5 comes with four model sizes: 3B/8B/13B/40B.\n"
    )
    found = {r.name: r.values.get("parameters") for r in read_releases("README.md", text)}
    assert {k: v for k, v in found.items() if v} == {
        "Acme-1.5-3B": ("3B",),
        "Acme-1.5-8B": ("8B",),
        "Acme-1.5-13B": ("13B",),
        "Acme-1.5-40B": ("40B",),
    }


def test_a_release_list_of_names_only():
    from analyzer.scan.layouts import listed_releases

    text = (
        "## Checkpoints\n\nWe release the following models:\n\n- Acme-8B / Acme-8B-Lite\n"
        "- Acme-15B, Acme-15B-Lite\n\n## Next\n"
    )
    assert [r.name for r in listed_releases("README.md", text)] == [
        "Acme-8B",
        "Acme-8B-Lite",
        "Acme-15B",
        "Acme-15B-Lite",
    ]
    assert listed_releases("README.md", "We release the following models:\n\n- the base model / chat\n") == []


def test_a_model_zoo_page_a_readme_links_is_read_with_the_readme_license_notice(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-vision"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme Vision\n\n[![Code License](https://img.shields.io/badge/Code%20License-Apache_2.0-green.svg)]"
        "(https://github.com/other/repo/blob/main/LICENSE)\n\n"
        "Models are available in [Model Zoo](https://github.com/acme/acme-vision/blob/main/docs/MODEL_ZOO.md).\n\n"
        "**Usage and License Notices**: This project utilizes checkpoints that are subject to their original "
        "licenses. Users must comply with the specific licenses for base language models for checkpoints "
        "(e.g. [Llama community license](https://example.com/llama/license/) for LLaMA-2 and Vicuna-v1.5).\n",
    )
    write(
        repo / "docs" / "MODEL_ZOO.md",
        "# Model Zoo\n\nThe usage of the checkpoints should comply with the base LLM's model license.\n\n"
        "## Acme-1.6\n\n| Version | LLM | Checkpoint | MMMU |\n|---|---|---|---|\n"
        "| Acme-1.6 | Vicuna-7B | [acme/acme-v1.6-vicuna-7b]"
        "(https://huggingface.co/acme/acme-v1.6-vicuna-7b) | 35.8 |\n"
        "| Acme-1.6 | Hermes-Yi-34B | [acme/acme-v1.6-34b](https://huggingface.co/acme/acme-v1.6-34b) "
        "| 51.1 |\n\n"
        "## Acme-1.5\n\n| Version | Size | Checkpoint | VQAv2 |\n|---|---|---|---|\n"
        "| Acme-1.5 | 13B | [acme/acme-v1.5-13b](https://huggingface.co/acme/acme-v1.5-13b) | 80.0 |\n\n"
        "Base model: Vicuna v1.5. Training logs: [wandb](https://example.com).\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    vicuna, yi, v15 = rows["acme-v1.6-vicuna-7b"], rows["acme-v1.6-34b"], rows["acme-v1.5-13b"]
    assert vicuna.release.base_model == "Vicuna-7B" and v15.release.base_model == "Vicuna v1.5"
    assert vicuna.release.parameters == ("7B",) and yi.release.parameters == ("34B",)
    for row in (vicuna, v15):  # the notice names the license of the Vicuna-based checkpoints
        assert row.license_id == "llama-2-license-2023" and row.status("commercial_use") == "conditional"
    # the code license is not the weights'; the notice does not cover another base
    assert yi.license_file is None and yi.license_id == "unknown"
    assert (yi.status("commercial_use") or "silent") == "silent"


def test_releases_defined_in_prose_by_name_and_size(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-kit"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme Kit\n\nIn this repo, you'll find code for:\n"
        "- Training Acme-Chat-Base-20B, a 20B parameter chat model\n"
        "- Training Acme-Chat-7B, a 7B parameter chat model\n\n"
        "Acme-Chat-7B is a 7B-parameter fine-tuned variant of Other-6.9B-deduped. Pre-trained weights for "
        "this model are available on Hugging Face as "
        "[acme/Acme-Chat-7B](https://huggingface.co/acme/Acme-Chat-7B) "
        "under an Apache 2.0 license.\n\nWe compare with Rival-13B, a 13B parameter model.\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert {"Acme-Chat-Base-20B", "Acme-Chat-7B"} <= set(rows)
    assert rows["Acme-Chat-7B"].release.base_model == "Other-6.9B-deduped"
    assert rows["Acme-Chat-7B"].license_id == "apache-2.0"
    assert rows["Acme-Chat-Base-20B"].release.parameters == ("20B",)


def test_a_defined_size_must_be_the_names():
    from analyzer.scan.releases import defined_releases

    text = "Acme-7B, a 13B parameter model.\nDistilled from Big-70B, a 70B parameter model.\n"
    assert defined_releases("README.md", text) == []


def test_a_license_field_in_a_model_section_and_short_news_dates(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "AcmeLM"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeLM\n\n## Latest Updates\n- **Mar-05-25**- AcmeLM is accepted as a paper at a workshop\n"
        "- **Feb-25-24**- Final pre-trained models (including intermediate checkpoints) and chat version "
        "along with online demo links released!\n\n## Model Download\n\n"
        "| Model Name | Link Download |\n|---|---|\n"
        "| AcmeLM-05B | [HuggingFace](https://huggingface.co/acme/AcmeLM-05B) |\n"
        "| AcmeLM-1B | [HuggingFace](https://huggingface.co/acme/AcmeLM-1B) |\n\n"
        "## Model Description\n\n- **Model type:** Language model\n- **License:** Apache 2.0\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert rows["AcmeLM-05B"].release.parameters == ("0.5B",)
    for row in rows.values():
        assert row.release.release_date == "2024-02-25"
        assert row.license_id == "apache-2.0" and row.status("commercial_use") == "granted"


def test_a_license_field_outside_a_model_section_says_nothing():
    from analyzer.scan.roles import readme_statements

    text = "## Project\n\n- **License:** Apache 2.0\n"
    assert [s.role for s in readme_statements("README.md", text)] == []


def test_a_license_named_for_this_model_does_not_make_the_code_license_every_releases(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "AcmeKit"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeKit\n\n- Training Acme-Chat-Base-20B, a 20B parameter chat model\n"
        "- Training Acme-Chat-7B, a 7B parameter chat model\n\n"
        "Acme-Chat-7B is a 7B-parameter chat model. Pre-trained weights for this model are available on "
        "Hugging Face as [acme/Acme-Chat-7B](https://huggingface.co/acme/Acme-Chat-7B) under an Apache 2.0 "
        "license.\n\n# License\n\nThe code is licensed under the Apache 2.0 license.\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert rows["Acme-Chat-7B"].license_id == "apache-2.0"
    other = rows["Acme-Chat-Base-20B"]
    assert other.license_file is None and other.license_id == "unknown"
    assert (other.status("commercial_use") or "silent") == "silent"


def test_sizes_a_readme_runs_by_name_are_releases_dated_by_their_license(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "chameleon"  # the license's own header names the model it dates
    write(repo / "LICENSE", license_text("chameleon-research-2024"))
    write(
        repo / "README.md",
        "# Acme MM\n\nInference code for the model.\n\n> By default, this runs the 7B parameter model.\n\n"
        "This runs the 7B parameter model. To run the 30B model, use `--model-size 30b`.\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert set(rows) == {"chameleon 7B", "chameleon 30B"}
    for row in rows.values():
        assert row.license_id == "chameleon-research-2024"
        assert row.release.release_date == "2024-06-18"  # "Chameleon Version Release Date: June 18, 2024"
        assert row.release.evidence["release_date"].file == "LICENSE"


def test_a_license_dates_only_the_model_it_names(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "other-model"
    write(repo / "LICENSE", license_text("chameleon-research-2024"))
    write(repo / "README.md", "# Other\n\nThe weights are under the LICENSE file. Other-7B is our model.\n")
    assert all(r.release.release_date is None for r in scan_directory(repo).rows)


def test_one_size_a_readme_runs_stays_one_release(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acmeone"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "README.md", "# Acme One\n\nThe weights are Apache-2.0. This runs the 7B parameter model.\n")
    assert [r.release.model for r in scan_directory(repo).rows] == ["acmeone"]
