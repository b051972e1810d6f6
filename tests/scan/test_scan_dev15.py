"""Fixes found on the dev15 split, on trees the tests write (no repository's text): a weights license
named by its URL beside "Training scripts under the [Apache License]" (scripts are code); "All model
weights and data are for research use ONLY"; a license statement listing only individual and research
uses; the English README's statement when README.md is the other language's; a folder README linking
the enclosing folder's license ("see the [LICENSE](../LICENSE) file"); a card whose first heading is a
section ("# Model Details"); file names ("acme_13b.tar.gz") are no release names; a dated news line
releasing weights dates a one-release README; list items of hub ids a clause calls models; a link whose
text carries a qualifier the hub name keeps ("[Acme-B (LT)](.../Acme-B-LT)")."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write

NVIDIA_URL = "https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/"


def test_a_license_named_by_its_url_beside_training_scripts_under_apache(tmp_path):
    repo = tmp_path / "acme-world"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme World\n\nAcme contains\n\n"
        "1. Pre-trained models (available via Hugging Face) under the "
        f"[NVIDIA Open Model License]({NVIDIA_URL}) that allows commercial use of the models for free.\n"
        "2. Training scripts under the [Apache 2 License](https://www.apache.org/licenses/LICENSE-2.0) for "
        "post-training the models for various downstream applications.\n\n"
        "## Models\n\n* [Acme-World-7B](https://huggingface.co/acme/Acme-World-7B): world generation\n"
        "* [Acme-World-14B](https://huggingface.co/acme/Acme-World-14B): world generation\n\n"
        "## License\n\nAcme source code is released under the [Apache 2 License]"
        "(https://www.apache.org/licenses/LICENSE-2.0).\n\n"
        f"Acme models are released under the [NVIDIA Open Model License]({NVIDIA_URL}).\n",
    )
    rows = rows_by_model(repo)
    assert set(rows) == {"Acme-World-7B", "Acme-World-14B"}
    assert {r.license_id for r in rows.values()} == {"nvidia-open-model-2025-04-28"}


def test_all_model_weights_for_research_use_only_is_no_commercial_use(tmp_path):
    repo = tmp_path / "acme-chat"
    write(repo / "LICENSE", license_text("gpl-3.0"))
    write(
        repo / "README.md",
        "# Acme Chat\n\nThe code is released under [GPL-3.0](./LICENSE). All model weights and data are for "
        "**research use ONLY**. Commercial use is **strictly prohibited**.\n\n"
        "### Model Release\n\n- [Acme-v1-7B](https://huggingface.co/acme/acme-v1-7b)\n"
        "- [Acme-v1-13B](https://huggingface.co/acme/acme-v1-13b)\n",
    )
    rows = rows_by_model(repo)
    assert set(rows) == {"Acme-v1-7B", "Acme-v1-13B"}
    assert {r.status("commercial_use") for r in rows.values()} == {"prohibited"}


GML = "https://github.com/acme/General-License/blob/main/non-commercial.md"


def _bilingual(repo, english_license: str, chinese_license: str):
    models = (
        "| Model | Download |\n|---|---|\n| Acme-Chat-7B | [download](https://huggingface.co/acme/a.pt) |\n"
    )
    write(
        repo / "README.md",
        "# Acme\n\n"
        + "这是一个中文的说明文件，介绍了多模态模型的功能与使用方法。" * 12
        + "\n\n## 模型下载\n\n"
        + models
        + "\n## 开源协议\n\n"
        + chinese_license
        + "\n",
    )
    write(
        repo / "README_en.md",
        "# Acme\n\nAcme is a family of multimodal models.\n\n### Model Zoo\n\n"
        + models
        + "\n## License\n\n"
        + english_license
        + "\n",
    )


def test_the_english_readme_names_the_license_when_readme_md_is_chinese(tmp_path):
    repo = tmp_path / "Acme"
    _bilingual(
        repo,
        f"Acme is governed by the [GML License]({GML}), and permits individual and research usages. If you "
        "intend to utilize the model for commercial purposes, please reach out to us@acme.example to "
        "negotiate commercial licensing.",
        f'Acme系列模型采用协议为["通用模型许可协议-非商业化"]({GML})，允许个人使用和研究用途。'
        "如需将模型用于商业用途，请联系us@acme.example来洽谈商业授权事宜。",
    )
    row = rows_by_model(repo)["Acme-Chat-7B"]
    assert row.declared is not None and row.declared.name == "GML License"
    assert row.status("commercial_use") == "prohibited"


def test_a_license_listing_research_uses_then_allowing_commercial_use_is_not_research_only(tmp_path):
    repo = tmp_path / "Acme"
    _bilingual(
        repo,
        f"Acme is governed by the [GML License]({GML}), and permits individual and research usages. "
        "Commercial use is also allowed after registration with us@acme.example.",
        f'Acme系列模型采用协议为["通用模型许可协议"]({GML})，允许个人使用和研究用途。'
        "完成登记后亦允许免费商用。",
    )
    row = rows_by_model(repo)["Acme-Chat-7B"]
    assert row.status("commercial_use") != "prohibited"


LLAMA_README = """# {name}

{name} is a model that provides guardrails for LLM deployments.

# License

Our model and weights are licensed for both researchers and commercial entities.

The same license as Llama 3 applies: see the [LICENSE]({link}) file, as well as our accompanying
[Acceptable Use Policy](USE_POLICY.md).
"""


def test_a_folder_readme_linking_the_enclosing_folders_license_takes_it(tmp_path):
    repo = tmp_path / "acme-guards"
    write(repo / "LICENSE", license_text("llama-3.2-license-2024"))
    write(repo / "README.md", "# Acme Guards\n\nSafeguard models and tools.\n")
    write(repo / "Acme-Guard" / "README.md", LLAMA_README.format(name="Acme Guard", link="../LICENSE"))
    write(
        repo / "Acme-Guard" / "MODEL_CARD.md",
        "# Model Card - Acme Guard\n\nAcme Guard has a context window of 512.\n",
    )
    rows = {r.path: r for r in rows_by_model(repo).values()}
    assert rows["Acme-Guard"].license_id == "llama-3.2-license-2024"
    assert rows["Acme-Guard"].license_file == "LICENSE"
    assert rows["Acme-Guard"].status("commercial_use") == "conditional"


def test_a_card_whose_first_heading_is_a_section_names_no_model(tmp_path):
    repo = tmp_path / "acme-guards"
    write(repo / "README.md", "# Acme Guards\n\nSafeguard models and tools.\n")
    write(repo / "Acme-Guard" / "LICENSE", license_text("llama-2-license-2023"))
    write(repo / "Acme-Guard" / "README.md", LLAMA_README.format(name="Acme Guard", link="LICENSE"))
    write(
        repo / "Acme-Guard" / "MODEL_CARD.md",
        "# Model Details\n\nAcme Guard is a 7B parameter Llama 2-based input-output safeguard model.\n",
    )
    rows = {r.path: r for r in rows_by_model(repo).values()}
    assert rows["Acme-Guard"].release.model != "Model Details"
    assert rows["Acme-Guard"].license_id == "llama-2-license-2023"


CODEGEEX_LIKE = """# Acme

We introduce Acme, a large-scale multilingual code generation model with 13 billion parameters.

## News

* **2022-12-11**: Acme is now available for Jetbrains IDEs.
* **2022-09-30**: We release the cross-platform source code and models weights for both platforms.

## Getting started

```bash
cat acme_13b.tar.gz.* > acme_13b.tar.gz
tar xvf acme_13b.tar.gz
```

Specify the path of the model weights in ``configs/acme_13b.sh``.

## License

Our code is licensed under the [Apache-2.0 license](LICENSE).
Our model is licensed under the [license](MODEL_LICENSE).
"""


def test_file_names_are_no_release_names_and_a_weights_news_line_dates_the_release(tmp_path):
    repo = tmp_path / "Acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "MODEL_LICENSE", license_text("cc-by-nc-4.0"))
    write(repo / "README.md", CODEGEEX_LIKE)
    rows = rows_by_model(repo)
    assert set(rows) == {"Acme"}
    assert rows["Acme"].release.release_date == "2022-09-30"
    assert rows["Acme"].license_file == "MODEL_LICENSE"


def test_hub_id_list_items_a_clause_calls_models_are_releases(tmp_path):
    repo = tmp_path / "acme-streams"
    write(repo / "LICENSE-MIT", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme STT\n\nWe provide two models:\n"
        "- `acme/stt-1b-en_fr`, an English and French model with ~1B parameters and a 0.5 second delay.\n"
        "- `acme/stt-2.6b-en`, an English-only model with ~2.6B parameters and a 2.5 second delay.\n\n"
        "## License\n\nThe present code is provided under the MIT license.\n\n"
        "The weights for the speech-to-text models are released under the CC-BY 4.0 license.\n",
    )
    rows = rows_by_model(repo)
    assert set(rows) == {"stt-1b-en_fr", "stt-2.6b-en"}
    assert rows["stt-2.6b-en"].release.parameters == ("2.6B",)
    assert {r.license_id for r in rows.values()} == {"cc-by-4.0"}


def test_a_qualifier_in_a_link_text_the_hub_name_keeps_names_a_release_of_its_own(tmp_path):
    repo = tmp_path / "acme-clip"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme CLIP\n\n| Model | # Seen Samples (B) | IN-1k Top-1 (%) |\n|:---|:---:|:---:|\n"
        "| [AcmeCLIP-S0](https://hf.co/acme/AcmeCLIP-S0) | 13 | 67.8 |\n"
        "| [AcmeCLIP-B](https://hf.co/acme/AcmeCLIP-B) | 13 | 76.8 |\n"
        "| [AcmeCLIP-B (LT)](https://hf.co/acme/AcmeCLIP-B-LT) | 36 | 77.2 |\n",
    )
    assert {"AcmeCLIP-B", "AcmeCLIP-B-LT"} <= set(rows_by_model(repo))


CLIP_TABLE = """# Acme CLIP

- **Update 2025/08/28:** AcmeCLIP2 [models](https://huggingface.co/collections/acme/c2) are released.
- **Update 2024/06/13:** AcmeCLIP models and Acme-DR datasets are now available on HuggingFace.

| Model | # Seen <BR>Samples (B) | # Params (M) <BR> (img + txt) | IN-1k Top-1 (%) |
|:---|:---:|:---:|:---:|
| [AcmeCLIP2-S0](https://hf.co/acme/AcmeCLIP2-S0) | 13 | 11.4 + 42.4 | 71.5 |
| [AcmeCLIP2-S3](https://hf.co/acme/AcmeCLIP2-S3) | 13 | 125.1 + 123.6 | 80.7 |
| [AcmeCLIP-S0](https://hf.co/acme/AcmeCLIP-S0) | 13 | 11.4 + 42.4 | 67.8 |
"""


def test_update_news_lines_date_a_familys_models_and_summed_parts_are_the_size(tmp_path):
    repo = tmp_path / "acme-clip"
    write(repo / "LICENSE", license_text("mit"))
    write(repo / "README.md", CLIP_TABLE)
    rows = rows_by_model(repo)
    assert rows["AcmeCLIP2-S0"].release.release_date == "2025-08-28"
    assert rows["AcmeCLIP2-S3"].release.release_date == "2025-08-28"
    assert rows["AcmeCLIP-S0"].release.release_date == "2024-06-13"
    assert rows["AcmeCLIP2-S0"].release.parameters == ("53.8M",)
    assert rows["AcmeCLIP2-S3"].release.parameters == ("248.7M",)


SHARED_CARD = """# Acme Prompt Guard 2 Model Card

We are launching two classifier models: Acme Prompt Guard 2 86M and a smaller one, Acme Prompt Guard 2 22M.

*   **Acme Prompt Guard 2 22M, a 22 million parameter Model**: a smaller, faster version.
"""


def test_a_folder_named_by_a_size_holds_that_sizes_model(tmp_path):
    repo = tmp_path / "acme-guards"
    write(repo / "README.md", "# Acme Guards\n\nSafeguard models and tools.\n")
    for size in ("86M", "22M"):
        write(repo / "Acme-Prompt-Guard-2" / size / "LICENSE", license_text("llama-4-cla-2025"))
        write(repo / "Acme-Prompt-Guard-2" / size / "MODEL_CARD.md", SHARED_CARD)
    rows = {r.path: r for r in rows_by_model(repo).values()}
    big, small = rows["Acme-Prompt-Guard-2/86M"], rows["Acme-Prompt-Guard-2/22M"]
    assert (big.release.model, big.release.parameters) == ("Acme Prompt Guard 2 86M", ("86M",))
    assert (small.release.model, small.release.parameters) == ("Acme Prompt Guard 2 22M", ("22M",))


def test_a_news_line_naming_the_release_beats_one_linking_its_shared_hub_repository(tmp_path):
    repo = tmp_path / "Acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n## News\n\n"
        "- **[2023/08/18]** We upgrade to [Acme-Chat-v1.1](#model-zoo), with stronger reasoning!\n"
        "- **[2023/07/18]** [Acme-Chat](https://huggingface.co/acme/Acme-Chat) is now integrated into "
        "the huggingface framework!\n\n### Model Zoo\n\n| Model | Description | Download |\n|---|---|---|\n"
        "| Acme-Chat-v1.1 | Latest | [download](https://huggingface.co/acme/Acme-Chat/blob/main/v11.bin) |\n"
        "| Acme-Chat-balance | Even | [download](https://huggingface.co/acme/Acme-Chat/blob/main/b.pt) |\n",
    )
    rows = rows_by_model(repo)
    assert rows["Acme-Chat-v1.1"].release.release_date == "2023-08-18"
    assert rows["Acme-Chat-balance"].release.release_date == "2023-07-18"
