"""Several releases in one README: news lines, model tables, prose facts, one row per release."""

from __future__ import annotations

import pytest

from analyzer.scan.releases import clean_name, is_english, read_releases
from tests.scan.trees import license_text, write

README = """# Acme LM

## News
- [2024.04.11] Released **[Acme-2B-128k](https://huggingface.co/acme/Acme-2B-128k)** and **Acme-MoE-8x2B**!
- **[2023/11/06]** The new **Acme-13B-2** base model has been released.
- 📌 [2023.08.07] Released the Acme-13B base model.
- [2023.09.01] Our technical report is released.

## Model List

| Model | #Total Params | #Activated Params | Context Length | Download |
|---|---|---|---|---|
| Acme-13B | 13B | 13B | 4K | [HF](https://huggingface.co/acme/Acme-13B) |
| Acme-13B-2 | 13B | 13B | 32K -> 128K | [HF](https://huggingface.co/acme/Acme-13B-2) |
| Acme-Big | 480B | 17B | 128K | [HF](https://huggingface.co/acme/Acme-Big) |
| Acme-III-L* _(soon)_ | 700M | - | - | - |

## Evaluation

| Model | MMLU |
|---|---|
| Rival-70B | 80.1 |

## Details

Acme-13B-2 was pretrained on 3.2 trillion tokens. Acme-2B-128k comes in a 2B parameter size.

## License

The code in this repository is released under the [Apache-2.0](LICENSE) license.
The use of the model weights is subject to the [Model License](LICENSE-MODEL).
"""


@pytest.fixture(scope="module")
def releases():
    return {r.name: r for r in read_releases("README.md", README)}


def test_news_lines_and_model_tables_name_the_releases(releases):
    assert set(releases) == {"Acme-2B-128k", "Acme-MoE-8x2B", "Acme-13B-2", "Acme-13B", "Acme-Big"}


def test_facts_per_release_with_evidence(releases):
    assert releases["Acme-13B"].values["release_date"] == "2023-08-07"
    assert releases["Acme-13B-2"].values["release_date"] == "2023-11-06"
    assert releases["Acme-2B-128k"].values["context_length"] == 131072
    assert releases["Acme-2B-128k"].values["parameters"] == ("2B",)  # "128k" is its context
    assert releases["Acme-MoE-8x2B"].values["parameters"] == ("8x2B",)
    assert releases["Acme-13B"].values["context_length"] == 4096
    assert releases["Acme-13B-2"].values["context_length"] == 32768  # "32K -> 128K": native first
    assert releases["Acme-13B-2"].values["training_tokens"] == "3.2T"
    assert releases["Acme-Big"].values["parameters"] == ("480B",)  # total, not activated
    for release in releases.values():
        for ev in (release.evidence, *release.facts_evidence.values()):
            assert README[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("**[MiniThing4.1 series](https://x)**", "MiniThing4.1"),
        ("Acme-7B-Chat", "Acme-7B-Chat"),
        ("InfLLM-V2 paper", None),
        ("Model Details", None),
        ("Snowflake Teams Up with Meta to Host and Optimize New Flagship Model Family in Cortex", None),
    ],
)
def test_a_name_is_a_name(raw, name):
    assert clean_name(raw) == name


def test_a_readme_in_another_language_is_not_read_for_prose():
    assert not is_english("模型" * 200 + " model", "README.md")
    assert not is_english("plain English text", "README_zh.md")
    assert is_english("plain English text " * 20, "README_EN.md")


def test_scan_gives_one_row_per_release_under_the_model_license(tmp_path):
    from analyzer.scan.output import row_to_dict
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-lm"
    write(repo / "README.md", README)
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "LICENSE-MODEL", license_text("deepseek-la-1.0"))
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert set(rows) == {"Acme-2B-128k", "Acme-MoE-8x2B", "Acme-13B-2", "Acme-13B", "Acme-Big"}
    for row in rows.values():
        assert (row.license_file, row.license_id) == ("LICENSE-MODEL", "deepseek-la-1.0")
        assert {f.file: f.role for f in row.license_files} == {"LICENSE": "code", "LICENSE-MODEL": "model"}
    data = row_to_dict(rows["Acme-13B"])
    assert data["release"]["release_date"] == "2023-08-07" and data["catalog_release"] is None
    assert [f["role"] for f in data["license_files"]] == ["code", "model"]


def test_a_readme_that_only_links_the_weights_license_declares_it(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\nThe code in this repository follows the [Apache 2.0](LICENSE) license. "
        "The use of Acme model weights must follow the [Acme Model License](https://huggingface.co/acme/a/blob/main/LICENSE).\n",
    )
    (row,) = scan_directory(repo).rows
    assert row.license_file is None and row.license_basis == "readme"
    assert row.declared.name == "Acme Model License" and row.declared.evidence.file == "README.md"
    assert [(f.file, f.role) for f in row.license_files] == [("LICENSE", "code")]
    assert row.release.model == "acme"  # the folder's name: the README has no release names


def test_a_code_license_is_not_the_model_license_when_the_readme_is_silent(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "tool"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "README.md", "# Model Details\n\nA repository of scripts for a 7B model.\n")
    (row,) = scan_directory(repo).rows
    assert row.license_file is None and row.license_id == "unknown"
    assert row.release.model == "tool"  # "Model Details" is a heading, not a name


def test_a_license_that_is_only_a_url_is_not_a_model(tmp_path):
    from analyzer.scan.scanner import scan_directory

    write(tmp_path / "LICENSE", "https://example.com/license\n")
    write(
        tmp_path / "docs" / "license_header.txt",
        "Copyright 2024 Acme. Licensed under the Acme License.\n" * 3,
    )
    result = scan_directory(tmp_path)
    assert result.rows == ()


def test_a_dated_version_is_another_release_not_a_variant():
    text = (
        "- [2024.06.05] We released **Acme-9B**.\n- [2025.04.14] We released **Acme-9B-0414**.\n"
        "- [2024.07.01] We released **Acme-9B-Chat**.\n"
    )
    found = {r.name: r.values.get("release_date") for r in read_releases("README.md", text)}
    assert found == {"Acme-9B": "2024-06-05", "Acme-9B-0414": "2025-04-14", "Acme-9B-Chat": "2024-07-01"}


def test_a_base_model_column_gives_lineage_and_a_family_row_stays_its_own():
    text = (
        "## Models\n\n| **Model** | **Context Length** | **Download** |\n|---|---|---|\n"
        "| Acme-R1 | 128K | [HF](https://huggingface.co/acme/Acme-R1) |\n\n"
        "| **Model** | **Base Model** | **Download** |\n|---|---|---|\n"
        "| Acme-R1-Distill-7B | [Other-7B](https://huggingface.co/o/Other-7B) "
        "| [HF](https://huggingface.co/acme/d) |\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["Acme-R1"]["context_length"] == 131072
    assert found["Acme-R1-Distill-7B"] == {"base_model": "Other-7B", "parameters": ("7B",)}


def test_a_section_per_model_names_a_release_and_gives_it_its_prose_facts():
    text = (
        "# Acme\n\n## Acme-7B\n\nThe model has a context length of 4096 tokens.\n\n"
        "## Acme-70B\n\nIt was trained on 2T tokens with a context length of 8K.\n\n## Usage\n\nRun it.\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found == {
        "Acme-7B": {"parameters": ("7B",), "context_length": 4096},
        "Acme-70B": {"parameters": ("70B",), "context_length": 8192, "training_tokens": "2T"},
    }


def test_a_fact_naming_no_release_is_the_familys_unless_releases_state_their_own():
    text = (
        "- [2024.01.02] Released **Acme-7B** and **Acme-70B**.\n\n"
        "Acme was trained on 2T tokens. Acme-7B has a context length of 4096 tokens. "
        "The family has a context length of 8192.\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["Acme-70B"]["training_tokens"] == "2T" and "context_length" not in found["Acme-70B"]
    assert found["Acme-7B"]["context_length"] == 4096


@pytest.mark.parametrize(
    ("text", "value"), [("4096", 4096), ("128K", 131072), ("1M tokens", 1048576), ("2026", None)]
)
def test_a_context_length_is_a_round_number(text, value):
    from analyzer.scan.card import parse_count

    assert parse_count(text) == value


def test_a_model_license_shipped_as_a_pdf_is_read(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import minimal_pdf

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    lines = [
        "ACME MODEL LICENSE AGREEMENT",
        "You may use the Model for research purposes only.",
        "You may not use the Model or its outputs for any commercial purpose.",
    ]
    (repo / "MODEL_LICENSE.pdf").write_bytes(minimal_pdf(lines * 3))
    write(repo / "README.md", "# Acme\n\n- [2024.01.02] Released **Acme-7B**.\n")
    (row,) = scan_directory(repo).rows
    assert row.license_file == "MODEL_LICENSE.pdf" and row.release.model == "Acme-7B"
    assert {f.file: f.role for f in row.license_files} == {"LICENSE": "code", "MODEL_LICENSE.pdf": "model"}
    assert "ACME MODEL LICENSE AGREEMENT" in row.profile.text


def test_a_license_linked_in_a_subfolder_is_the_readmes_and_the_linked_one_comes_first(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "assets" / "acme_license.txt", license_text("deepseek-la-1.0"))
    write(repo / "OTHER_LICENSE_AGREEMENT", license_text("llama-2-license-2023"))
    write(
        repo / "README.md",
        "# Acme\n\n- [2024.01.02] Released **Acme-7B**.\n\nThe Acme project is based on the "
        "[Apache 2.0 license](LICENSE); the Acme models are based on the "
        "[Acme Model License Agreement](./assets/acme_license.txt).\n",
    )
    (row,) = scan_directory(repo).rows  # no row for assets/
    assert row.license_file == "assets/acme_license.txt" and row.license_id == "deepseek-la-1.0"
    roles = {f.file: (f.role, f.basis) for f in row.license_files}
    assert roles["LICENSE"] == ("code", "readme") and roles["assets/acme_license.txt"] == ("model", "readme")
    assert roles["OTHER_LICENSE_AGREEMENT"] == ("model", "name")


def test_a_fine_tune_inherits_the_base_license_it_is_bound_by(tmp_path):
    from analyzer.scan.output import row_to_dict
    from analyzer.scan.scanner import scan_directory

    bare = tmp_path / "acme-chat"
    write(
        bare / "README.md",
        "# Acme Chat\n\n- [2023.03.20] Released **Acme-Chat-7B**, fine-tuned from LLaMA-7B.\n",
    )
    (row,) = scan_directory(bare).rows
    assert row.release.base_model == "LLaMA-7B" and row.license_basis == "inherited"
    assert (row.license_id, row.inherited.catalog_release) == ("llama-license-2023", "llama-1")
    assert row.inherited.reason == "no license of its own"
    assert row.status("commercial_use") == row.profile.terms["commercial_use"].status != "granted"

    licensed = tmp_path / "acme-mit"
    write(licensed / "LICENSE", license_text("mit"))
    write(
        licensed / "README.md",
        "# Acme\n\nThis model was fine-tuned from LLaMA-13B. Its weights are under the MIT License.\n",
    )
    (row,) = scan_directory(licensed).rows
    assert row.license_id == "mit" and row.inherited.terms == ("commercial_use",)
    assert row.status("commercial_use") != "granted"  # the MIT grant does not lift LLaMA's limit
    data = row_to_dict(row)
    assert data["inherited"]["from"] == "LLaMA-13B" and data["base_model"] == "LLaMA-13B"


def test_a_readme_in_another_language_still_names_its_releases(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(
        repo / "README.md",
        "# 最新动态\n\n- 2024.11.08 开源 **Acme-3B**、**Acme-7B**。\n- 2024.9.20 开源Acme-115B模型。\n\n"
        "| 模型版本 | 下载链接 |\n| --- | --- |\n"
        "| acme-115B | [modelscope](https://modelscope.cn/models/a/b) |\n",
    )
    rows = {r.release.model: r.release for r in scan_directory(repo).rows}
    assert {k: (v.release_date, v.parameters) for k, v in rows.items()} == {
        "Acme-3B": ("2024-11-08", ("3B",)),
        "Acme-7B": ("2024-11-08", ("7B",)),
        "Acme-115B": ("2024-09-20", ("115B",)),
    }


def test_a_news_line_about_a_series_dates_the_rows_of_its_table():
    text = (
        "- **News**: ``2025/04/14``: We are releasing the [Acme-32B-0414](https://huggingface.co/a) series.\n"
        "- **News**: ``2024/06/05``: We released the `Acme-9B` series.\n\n"
        "| Model | Seq Length | Download |\n|---|---|---|\n"
        "| Acme-9B-0414 | 32K | [HF](https://huggingface.co/a/9) |\n"
        "| Acme-32B-0414 | 32K | [HF](https://huggingface.co/a/32) |\n\n"
        "| Model | Seq Length | Download |\n|---|---|---|\n"
        "| Acme-9B | 8K | [HF](https://huggingface.co/a/b) |\n"
        "| Acme-9B-Chat | 128K | [HF](https://huggingface.co/a/c) |\n"
    )
    found = {r.name: r.values.get("release_date") for r in read_releases("README.md", text)}
    assert found == {
        "Acme-32B-0414": "2025-04-14",
        "Acme-9B": "2024-06-05",
        "Acme-9B-0414": "2025-04-14",
        "Acme-9B-Chat": "2024-06-05",
    }


def test_a_suites_table_of_sizes_gives_its_parameters():
    from analyzer.scan.releases import size_column

    text = "# Suite\n\n| Params | n_layers |\n| --- | --- |\n| 70M | 6 |\n| 1.4B | 24 |\n| 12B | 36 |\n"
    sizes, ev = size_column("README.md", text)
    assert sizes == ("70M", "1.4B", "12B") and text[ev.start : ev.end] == ev.text


def test_a_list_of_hub_links_names_the_readmes_own_releases():
    text = (
        "## Download\n\n- [Acme-7B](https://huggingface.co/acme/Acme-7B)\n"
        "- [🤗 Hugging Face](https://huggingface.co/acme/Acme-70B-Chat)\n"
        "- fine-tuned from [Other-13B](https://huggingface.co/other/Other-13B)\n\n"
        "Acme-70B-Chat was compared with [Rival-8B](https://huggingface.co/rival/Rival-8B).\n"
    )
    assert [r.name for r in read_releases("README.md", text)] == ["Acme-7B", "Acme-70B-Chat"]


def test_releases_named_only_in_prose_after_the_repository_and_dated_by_its_news(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-coder"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme Coder\n\n* [04/24/2024] [Acme Coder: our best model](https://example.com/blog)\n"
        "* [05/01/2024] [Acme Coder-Lite paper](https://example.com/lite)\n\n"
        "Base models (**Acme-Coder-Base**) and chat models (**Acme-Coder-Instruct**) have a "
        "window size of 16K. We compare with **Other-Coder-7B**.\n\n"
        "The code and the model weights are licensed under the [MIT License](LICENSE).\n",
    )
    rows = {r.release.model: r.release for r in scan_directory(repo).rows}
    assert set(rows) >= {"Acme-Coder-Base", "Acme-Coder-Instruct"} and "Other-Coder-7B" not in rows
    assert rows["Acme-Coder-Base"].release_date == "2024-04-24"  # "Acme Coder", not "Acme-Coder-Lite"
    assert rows["Acme-Coder-Instruct"].context_length == 16384


def test_a_statement_naming_some_releases_gives_them_their_own_license(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "MODEL_LICENSE", license_text("deepseek-la-1.0"))
    write(repo / "MODEL_LICENSE_70B", license_text("cc-by-nc-4.0"))
    write(
        repo / "README.md",
        "# Acme\n\n- [2024.01.02] Released **Acme-7B** and **Acme-70B**.\n\n"
        "The Acme project is based on the [Apache 2.0 license](LICENSE); the Acme models are based "
        "on the [Acme Model License](MODEL_LICENSE). Specially the 70B models are based on the "
        "[Acme 70B Model License](MODEL_LICENSE_70B).\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert rows["Acme-7B"].license_file == "MODEL_LICENSE" and rows["Acme-7B"].license_id == "deepseek-la-1.0"
    assert (
        rows["Acme-70B"].license_file == "MODEL_LICENSE_70B" and rows["Acme-70B"].license_id == "cc-by-nc-4.0"
    )


def test_a_table_with_one_column_per_model():
    text = (
        "| Model Name | Acme-7B-Chat | Acme-70B-Base |\n|---|---|---|\n"
        "| Seq Length | 8K | 32K |\n"
        "| Model Link | [HF](https://huggingface.co/a/b) | [HF](https://huggingface.co/a/c) |\n"
        "| Int4 Model | [HF](https://huggingface.co/a/b-int4) | |\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found == {
        "Acme-7B-Chat": {"context_length": 8192, "parameters": ("7B",)},
        "Acme-70B-Base": {"context_length": 32768, "parameters": ("70B",)},
    }


def test_a_use_policy_is_identified_as_its_own_version(tmp_path):
    from analyzer.scan.scanner import scan_directory

    policy = license_text("llama-4-license-2025")  # the Llama 4 AUP, retitled as another version
    assert "Llama 4" in policy
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("llama-3.1-license-2024"))
    write(repo / "USE_POLICY.md", policy.replace("Llama 4", "Llama 3.1"))
    write(repo / "USE_POLICY_4.md", policy)
    (row,) = scan_directory(repo).rows
    found = {p.file: (p.license_id, p.close_to, p.version) for p in row.policies}
    assert found["USE_POLICY.md"] == ("unknown", "llama-4-license-2025", "Llama 3.1")
    assert found["USE_POLICY_4.md"][0] == "llama-4-license-2025"
    assert row.status("aup_compliance") == "required"  # the policy still joins the license's terms


def test_a_benchmark_table_is_not_a_table_of_models_and_a_context_in_a_name_is_no_size():
    text = (
        "| Model | MT-Bench | C-Eval | GSM8K |\n|---|---|---|---|\n| Acme-9B-Chat | 8.1 | 75.6 | 79.6 |\n\n"
        "- [2024.06.05] Released **Acme-9B-Chat-1M-HF**.\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found == {
        "Acme-9B-Chat-1M-HF": {"release_date": "2024-06-05", "parameters": ("9B",), "context_length": 1048576}
    }


@pytest.mark.parametrize(
    ("suffix", "other"), [("-0414", True), ("-2", True), ("-v2", True), ("-8B", False), ("-Chat", False)]
)
def test_a_version_suffix_makes_another_release(suffix, other):
    from analyzer.scan.mentions import VERSION_SUFFIX

    assert bool(VERSION_SUFFIX.match(suffix)) is other


def test_a_size_column_in_millions_and_the_sentence_dating_a_table():
    text = (
        "# Acme\n\n## Checkpoints\n\n### Acme 2.1\n\n"
        "The table below shows the improved Acme 2.1 checkpoints released on September 29, 2024.\n\n"
        "| **Model** | **Size (M)** | **Speed (FPS)** |\n|:---:|:---:|:---:|\n"
        "| acme2.1_tiny <br /> ([checkpoint](https://example.com/acme2.1_tiny.pt)) | 38.9 | 91.2 |\n"
        "| acme2.1_large <br /> ([checkpoint](https://example.com/acme2.1_large.pt)) | 224.4 | 39.5 |\n\n"
        "### Acme 2\n\n| **Model** | **Size (M)** |\n|:---:|:---:|\n| acme2_tiny | 38.9 |\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["acme2.1_tiny"]["parameters"] == ("38.9M",)
    assert found["acme2.1_large"]["parameters"] == ("224.4M",)
    assert found["acme2.1_tiny"]["release_date"] == "2024-09-29"
    assert "release_date" not in found["acme2_tiny"]  # no sentence dates the second table


def test_an_underscore_inside_a_name_is_kept_and_emphasis_is_not():
    assert clean_name("sam2_hiera_base_plus") == "sam2_hiera_base_plus"
    assert clean_name("_Acme-7B_") == "Acme-7B"
    assert clean_name("__Acme-7B__") == "Acme-7B"


def test_a_checked_road_map_dates_its_items_and_an_unchecked_item_is_no_release():
    text = (
        "# Acme\n\n## Roadmap\n\n- [x] 2025/12\n    - [x] release Acme3-0.5B base model\n"
        "    - [ ] Acme3-7B\n- [x] 2024/09\n    - [x] 25hz Acme-300M base model\n"
        "- [ ] 2026/01\n    - [ ] Acme4-1B\n"
    )
    found = {r.name: r.values.get("release_date") for r in read_releases("README.md", text)}
    assert found == {"Acme3-0.5B": "2025-12", "Acme-300M": "2024-09"}


def test_the_ids_a_readmes_download_commands_fetch_are_its_releases():
    text = (
        "# Acme\n\n## Download\n\n```python\nfrom modelscope import snapshot_download\n"
        "snapshot_download('acme/Acme-0.5B', local_dir='pretrained_models/Acme-0.5B')\n"
        "snapshot_download('acme/Acme-300M-SFT', local_dir='pretrained_models/Acme-300M-SFT')\n"
        "snapshot_download('acme/Acme-ttsfrd', local_dir='pretrained_models/Acme-ttsfrd')\n```\n\n"
        "```bash\nhuggingface-cli download acme/Acme-7B --local-dir ./ckpts\n"
        "huggingface-cli download rival/Rival-13B --local-dir ./rival\n```\n"
    )
    names = {r.name for r in read_releases("README.md", text)}
    assert names == {"Acme-0.5B", "Acme-300M-SFT", "Acme-7B"}  # a resource without a size is no model


def test_a_news_line_opening_with_names_before_base_models_names_its_releases():
    text = (
        "# Acme\n\n## News\n"
        "- **2025/03/12**: 🔥 A5-TTS v1 base model with better training and inference performance.\n"
        "- **2024/10/08**: A5-TTS & E2 TTS base models on [🤗 Hugging Face](https://huggingface.co/acme/x).\n"
        "- **2024/09/01**: Thanks to the authors of the B3 TTS models.\n"
    )
    found = {r.name: r.values.get("release_date") for r in read_releases("README.md", text)}
    assert found["A5-TTS v1"] == "2025-03-12"  # "v1" is a release of its own, not A5-TTS's date
    assert found["A5-TTS"] == "2024-10-08" and found["E2 TTS"] == "2024-10-08"
    assert "B3 TTS" not in found  # only names opening the line


def test_a_size_table_with_model_name_columns_gives_one_release_per_named_cell():
    text = (
        "# Acme\n\n## Available models\n\n"
        "|  Size  | Parameters | English-only model | Multilingual model | Required VRAM |\n"
        "|:------:|:----------:|:------------------:|:------------------:|:-------------:|\n"
        "|  tiny  |    39 M    |     `tiny.en`      |       `tiny`       |     ~1 GB     |\n"
        "|  base  |    74 M    |     `base.en`      |       `base`       |     ~1 GB     |\n"
        "| large  |   1550 M   |        N/A         |      `large`       |    ~10 GB     |\n"
    )
    found = {r.name: r.values.get("parameters") for r in read_releases("README.md", text)}
    assert found == {
        "tiny.en": ("39M",),
        "tiny": ("39M",),
        "base.en": ("74M",),
        "base": ("74M",),
        "large": ("1550M",),
    }


def test_torch_hub_entries_a_readme_loads_from_its_own_repository_are_releases():
    text = (
        "# Acme\n\n```python\nimport torch\n"
        "acme_vits14 = torch.hub.load('acmeresearch/acme', 'acme_vits14')\n"
        "acme_vitg14 = torch.hub.load('acmeresearch/acme', 'acme_vitg14')\n```\n"
    )
    assert [r.name for r in read_releases("README.md", text)] == ["acme_vits14", "acme_vitg14"]


def test_the_readmes_own_organization_is_chosen_the_same_way_whatever_the_hash_seed():
    import os
    import subprocess
    import sys

    text = (
        "# Acme\n\n- [2024/07/18] Training Acme for [Other](https://huggingface.co/Other-Org/Other-diffusers).\n"
        "- [2024/01/22] We release the [checkpoints](https://huggingface.co/AcmeX/Acme).\n"
        "- [2024/01/23] See [Other](https://huggingface.co/Other-Org/Other-diffusers).\n"
        "You can download the model from [HF](https://huggingface.co/AcmeX/Acme).\n"
        '```python\nhf_hub_download(repo_id="AcmeX/Acme", filename="x.bin")\n```\n'
    )
    code = (
        "import sys; from analyzer.scan.releases import read_releases; "
        "print([r.name for r in read_releases('README.md', sys.stdin.read())])"
    )
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], input=text, capture_output=True, text=True, env=env
        )
        seen.add(out.stdout.strip())
    assert seen == {"[]"}  # the other organization's model is never taken for a release


def test_contexts_said_of_the_pretrained_and_the_instruct_model_reach_the_releases_of_that_role():
    text = (
        "# Acme\n\n| Model | Download |\n|---|---|\n"
        "| Acme-A52B-Instruct-FP8 | [HF](https://huggingface.co/acme/Acme-A52B-Instruct-FP8) |\n"
        "| Acme-A52B-Instruct | [HF](https://huggingface.co/acme/Acme-A52B-Instruct) |\n"
        "| Acme-A52B-Pretrain | [HF](https://huggingface.co/acme/Acme-A52B-Pretrain) |\n\n"
        "- **Long-Context Processing Capability**: The pre-trained model supports text sequences up to 256K, "
        "and the Instruct model supports up to 128K.\n"
    )
    found = {r.name: r.values.get("context_length") for r in read_releases("README.md", text)}
    assert found == {
        "Acme-A52B-Instruct-FP8": 131072,
        "Acme-A52B-Instruct": 131072,
        "Acme-A52B-Pretrain": 262144,
    }


def test_an_html_checkpoint_table_names_releases_with_its_fact_columns():
    text = (
        "# Acme\n\n## Checkpoints\n\n<table>\n  <thead>\n    <tr>\n      <th></th>\n      <th>name</th>\n"
        "      <th># of<br />params</th>\n      <th>Checkpoint</th>\n    </tr>\n  </thead>\n  <tbody>\n"
        '    <tr>\n      <th>1</th>\n      <td>Acme-T</td>\n      <td align="right">21 M</td>\n'
        '      <td><a href="https://example.com/acme_t.pth">link</a></td>\n    </tr>\n'
        "    <tr>\n      <th>2</th>\n      <td>Acme-B</td>\n      <td>1,100 M</td>\n      <td>link</td>\n"
        "    </tr>\n  </tbody>\n</table>\n\n## Results\n\n<table><tr><th>Model</th><th>AP</th></tr>"
        "<tr><td>Rival-L</td><td>50.1</td></tr></table>\n"
    )
    found = {r.name: r.values.get("parameters") for r in read_releases("README.md", text)}
    assert found == {"Acme-T": ("21M",), "Acme-B": ("1100M",)}
