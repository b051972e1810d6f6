"""Fixes found on the dev12 split, on trees the tests write (no repository's text): a README that ties
its fine-tunes to their base model's license by naming that model before a link whose text is only
"license agreement" (in English and in Chinese), or by the base family's possessive ("X's open-source
license agreement", the release of that family the README names); a license badge's address in an HTML
block is no statement that a license covers the models."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write

BADGES = (
    '<p align="center">\n    <img alt="GitHub" src="https://img.shields.io/github/license/acme/acme-zh.svg">\n'
    '    <a href="https://hub.example.com/models/acme">Hub</a>\n</p>\n'
)


_rows = rows_by_model


def test_a_base_model_named_before_a_generic_license_link_is_the_weights_license(tmp_path):
    repo = tmp_path / "acme-zh"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-Zh\n\n" + BADGES + "\n## News\n\n[2024/04/30] Released the Acme-Zh-8B base model.\n\n"
        "## Disclaimer\n\nThis project is developed based on the Zeta-3 model. Please strictly adhere to the "
        "Zeta-3 [open-source license agreement](https://github.com/zeta/zeta3/blob/main/LICENSE) "
        "during use.\n",
    )
    row = _rows(repo)["Acme-Zh-8B"]
    # the repository's Apache LICENSE is not the weights' license: the README names Zeta-3's
    assert row.license_file is None and row.license_id != "apache-2.0"
    assert "Zeta-3" in row.declared.name


def test_a_chinese_sentence_names_the_base_models_license_the_same_way(tmp_path):
    repo = tmp_path / "acme-zh"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-Zh\n\n## News\n\n[2024/04/30] Released the Acme-Zh-8B base model, trained with a large "
        "Chinese corpus on the original Zeta-3 model for better Chinese understanding.\n\n## 免责声明\n\n"
        "本项目基于Zeta-3模型进行开发，使用过程中请严格遵守Zeta-3的[开源许可协议]"
        "(https://github.com/zeta/zeta3/blob/main/LICENSE)。\n",
    )
    row = _rows(repo)["Acme-Zh-8B"]
    assert row.license_file is None and row.license_id != "apache-2.0"
    assert "Zeta-3" in row.declared.name


def test_a_model_word_between_the_name_and_the_chinese_link_is_not_part_of_the_name(tmp_path):
    repo = tmp_path / "acme-zh"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-Zh\n\n## News\n\n[2024/04/30] Released the Acme-Zh-8B base model.\n\n## 免责声明\n\n"
        "使用过程中请严格遵守Zeta-3模型的[开源许可协议](https://github.com/zeta/zeta3/blob/main/LICENSE)。\n",
    )
    name = _rows(repo)["Acme-Zh-8B"].declared.name
    assert "Zeta-3" in name and "模型" not in name


def test_a_family_possessive_license_is_that_of_the_family_release_the_readme_names(tmp_path):
    repo = tmp_path / "acme-zh"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Chinese Mixtral\n\n" + BADGES + "\n- Chinese-Mixtral, trained on top of "
        "[Mixtral-8x7B-v0.1](https://huggingface.co/mistralai/Mixtral-8x7B-v0.1)\n\n"
        "## News\n\n[Jan 29, 2024] Official release of Chinese-Mixtral (Base Model).\n\n## Download\n\n"
        "| Model Name | Type | Download |\n|---|---|---|\n"
        "| Chinese-Mixtral | Base Model | [HF](https://huggingface.co/acme/chinese-mixtral) |\n\n"
        "## Disclaimer\n\n"
        "This project is based on the Mixtral model. Please strictly adhere to Mixtral's open-source "
        "license agreement during use.\n",
    )
    row = _rows(repo)["Chinese-Mixtral"]
    # Mixtral-8x7B's license (Apache 2.0), not the repository's MIT file
    assert row.license_id == "apache-2.0"
    assert row.status("commercial_use") == "granted"


def test_a_license_badge_in_an_html_block_does_not_give_the_code_license_to_the_models(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n" + BADGES + "\nWe release Acme-7B, a model trained on 2T tokens.\n",
    )
    row = _rows(repo)["Acme-7B"]
    assert row.license_file is None and row.status("commercial_use") in (None, "silent")


MODEL_LICENSE = """The Acme-6B License

1. Definitions

"Software" means the Acme-6B model parameters made available under this license.

2. License Grant

Subject to the terms and conditions of this License, the Licensor hereby grants to you a non-exclusive,
worldwide, non-transferable, non-sublicensable, revocable, royalty-free copyright license to use the
Software solely for your non-commercial research purposes.

3. Restriction

You will not use, copy, modify, merge, publish, distribute, reproduce, or create derivative works of the
Software, in whole or in part, for any commercial, military, or illegal purposes.
"""


def test_a_license_named_like_the_model_license_file_beside_it_is_that_file(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE.txt", license_text("apache-2.0"))
    write(repo / "MODEL_LICENSE.txt", MODEL_LICENSE)
    write(
        repo / "README.md",
        "# Acme-6B\n\n## News\n\n[2023.10] Have a look at our new model Other-17B.\n\n## Introduction\n\n"
        "Acme-6B is an open-source, multi-modal dialog language model.\n\n## License\n\n"
        "The code in this repository is open source under the Apache-2.0 license, while the use of the "
        "Acme-6B model weights must comply with the Model License.\n",
    )
    row = _rows(repo)["Acme-6B"]
    assert row.license_file == "MODEL_LICENSE.txt"
    assert row.status("commercial_use") == "prohibited"


def test_models_announced_as_a_list_of_hub_links_are_releases_with_their_respective_bases(tmp_path):
    repo = tmp_path / "acmewriter"
    write(repo / "LICENSE.txt", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeWriter\n\n🤗 [HF Repo](https://huggingface.co/datasets/acme/AcmeWriter-6k)\n\n"
        "## Deployment\n\n"
        "We open-source two models: [AcmeWriter-zeta-9b](https://huggingface.co/acme/AcmeWriter-zeta-9b) and "
        "[AcmeWriter-llama3.1-8b](https://huggingface.co/acme/AcmeWriter-llama3.1-8b), trained based on "
        "[Zeta-9B](https://huggingface.co/acme/zeta-9b) and "
        "[Meta-Llama-3.1-8B](https://huggingface.co/meta-llama/Meta-Llama-3.1-8B), respectively.\n",
    )
    rows = _rows(repo)
    assert rows["AcmeWriter-zeta-9b"].release.parameters == ("9B",)
    assert rows["AcmeWriter-zeta-9b"].release.base_model == "Zeta-9B"
    llama = rows["AcmeWriter-llama3.1-8b"]
    assert llama.release.base_model == "Meta-Llama-3.1-8B"
    # no license of its own: the Llama 3.1 base's terms, not the code's Apache LICENSE
    assert llama.license_id == "llama-3.1-license-2024"
    assert llama.status("commercial_use") == "conditional"
    # the base named for the other model is not a release of this repository
    assert "Zeta-9B" not in rows and "zeta-9b" not in rows


def test_a_context_changed_from_one_length_to_another_is_the_new_length(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n## News\n\n[2024/04/30] Released the Acme-8B base model.\n\n"
        "#### Extended Context Length from 4K in the Second Generation to 8K\n\n"
        "- Acme has increased the native context window length from 4K to 8K, allowing longer inputs.\n",
    )
    assert _rows(repo)["Acme-8B"].release.context_length == 8192


def test_a_collapsible_html_news_item_dates_the_models_it_names_and_a_demo_is_no_release(tmp_path):
    repo = tmp_path / "acme-vl"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-VL\n\n## Release\n\n<details>\n"
        '<summary>✅ <b>2024-03-14</b>: Demo for Acme-VL-7B available on <a href="https://hf.co/spaces/a/b">'
        "Hugging Face</a>.</summary>\n</details>\n\n<details>\n"
        "<summary>✅ <b>2024-03-11</b>: Acme-VL family released, including <code>Acme-VL-7B-base</code> "
        "and <code>Acme-VL-7B-chat</code>.</summary>\n</details>\n\n## Model Downloads\n\n"
        "| Model | Sequence Length |\n|---|---|\n| Acme-VL-7B-base | 4096 |\n| Acme-VL-7B-chat | 4096 |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-VL-7B-base"].release.release_date == "2024-03-11"
    assert rows["Acme-VL-7B-chat"].release.release_date == "2024-03-11"
    assert "Acme-VL-7B" not in rows  # the demo's model is no release of its own


def test_a_column_of_bare_sizes_is_the_size_whatever_its_header_and_an_activated_count_is_none(tmp_path):
    repo = tmp_path / "acme-moe"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme MoE\n\n## Model Selection\n\n| Model | Model Size | Training Type |\n|---|---|---|\n"
        "| Acme-MoE-Chat | 8x7B (about 13B activated) | Instruction fine-tuning |\n\n## Download\n\n"
        "| Model Name | Type | Setting | Full Version (87 GB) |\n|---|---|---|---|\n"
        "| Acme-MoE | Base Model | 8x7B | [HF](https://huggingface.co/acme/acme-moe) |\n"
        "| Acme-MoE-Instruct | Instruction Model | 8x7B | [HF](https://hf.co/acme/acme-moe-instruct) |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-MoE"].release.parameters == ("8x7B",)
    assert rows["Acme-MoE-Instruct"].release.parameters == ("8x7B",)
    assert rows["Acme-MoE-Chat"].release.parameters == ("8x7B",)


def test_a_name_written_with_non_breaking_hyphens_is_the_same_release(tmp_path):
    repo = tmp_path / "acmevoice"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeVoice\n\n### News\n\n"
        '2025-12-03: We open-sourced <a href="docs/rt.md">'
        "<strong>AcmeVoice\u2011Realtime\u20110.5B</strong></a>, a real-time model.\n\n"
        "2025-09-05: AcmeVoice is an open-source research framework.\n\n"
        "| Model | Weight |\n|---|---|\n"
        "| AcmeVoice-Realtime-0.5B | [HF Link](https://huggingface.co/acme/AcmeVoice-Realtime-0.5B) |\n",
    )
    rows = _rows(repo)
    assert rows["AcmeVoice-Realtime-0.5B"].release.release_date == "2025-12-03"
    assert not any("\u2011" in name for name in rows)


def test_model_pages_linked_from_models_headings_give_their_models_facts_and_news_dates(tmp_path):
    repo = tmp_path / "acmevoice"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeVoice\n\n### News\n\n"
        '2025-12-03: We open-sourced <a href="docs/acme-rt.md">'
        "<strong>AcmeVoice-Realtime-0.5B</strong></a>.\n\n"
        "2025-09-05: AcmeVoice is an open-source research framework.\n\n"
        '2025-08-25: We open-sourced <a href="docs/acme-tts.md"><strong>AcmeVoice-TTS</strong></a>.\n\n'
        "## Models\n\n### 1. 📖 [AcmeVoice-TTS](docs/acme-tts.md) - Long-form TTS\n\nA speech model.\n\n"
        "### 2. ⚡ [AcmeVoice-Realtime](docs/acme-rt.md) - Streaming TTS\n\nA streaming model.\n",
    )
    write(
        repo / "docs" / "acme-tts.md",
        "# AcmeVoice-TTS\n\n**Model:** [AcmeVoice-1.5B](https://huggingface.co/acme/AcmeVoice-1.5B)<br>\n\n"
        "| Model | Context Length | Weight |\n|---|---|---|\n"
        "| AcmeVoice-1.5B | 64K | [HF link](https://huggingface.co/acme/AcmeVoice-1.5B) |\n",
    )
    write(
        repo / "docs" / "acme-rt.md",
        "# AcmeVoice-Realtime\n\n**Model:** [AcmeVoice Realtime 0.5B](https://huggingface.co/acme/"
        "AcmeVoice-Realtime-0.5B)<br>\n\n## Key features\n\n- Parameter size: 0.5B\n- 8k context window\n\n"
        "| Model | WER |\n|---|---|\n| **AcmeVoice-Realtime-0.5B** | 2.00 |\n",
    )
    rows = _rows(repo)
    tts = rows["AcmeVoice-1.5B"].release
    assert (tts.context_length, tts.release_date) == (65536, "2025-08-25")
    realtime = rows["AcmeVoice-Realtime-0.5B"].release
    assert (realtime.context_length, realtime.release_date) == (8192, "2025-12-03")


def test_a_stated_total_size_beats_the_size_the_name_rounds_to(tmp_path):
    repo = tmp_path / "acme-vision"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-Vision-6B\n\n## Introduction\n\nAcme-Vision-6B is an open-source multi-modal dialog model. "
        "The language model is based on [Acme-6B](https://github.com/acme/Acme-6B) with 6.2 billion "
        "parameters; the image part adds a visual encoder, with the total model comprising 7.8 billion "
        "parameters.\n",
    )
    assert _rows(repo)["Acme-Vision-6B"].release.parameters == ("7.8B",)


def test_a_token_length_an_input_fits_within_is_the_context_length(tmp_path):
    repo = tmp_path / "acme-asr"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-ASR\n\nWe release Acme-ASR-7B, a speech recognition model. Acme-ASR-7B accepts up to "
        "60 minutes of continuous audio input within 64K token length.\n",
    )
    assert _rows(repo)["Acme-ASR-7B"].release.context_length == 65536


def test_rivals_in_benchmark_rows_and_a_base_named_in_chinese_are_no_releases(tmp_path):
    repo = tmp_path / "acme-zh"
    write(repo / "LICENSE", license_text("apache-2.0"))
    rows = "".join(
        f"| [Rival-8x7B-v0.1](https://huggingface.co/rival/Rival-8x7B-v0.1) | base | {a} | {b} |\n"
        for a, b in (("47.3", "54.6"), ("44.3", "51.6"))
    )
    write(
        repo / "README.md",
        "# Acme-Zh\n\n- 🚀 开源中文Acme基础模型，该模型在[Rival-8x7B-v0.1](https://huggingface.co/rival/"
        "Rival-8x7B-v0.1)的基础上进行了中文增量训练\n\n## Download\n\n| Model Name | Type | Setting |\n"
        "|---|---|---|\n| Acme-Zh-8x7B | Base Model | 8x7B |\n\n### Objective Evaluation\n\n#### C-Eval\n\n"
        "| Models | Type | Valid (0-shot) | Test (0-shot) |\n|---|---|---|---|\n"
        "| **Acme-Zh-8x7B** | base | 45.8 | 54.2 |\n" + rows + "\n#### CMMLU\n\n"
        "| Models | Type | Zero-shot | Five-shot |\n|---|---|---|---|\n" + rows,
    )
    found = _rows(repo)
    assert "Acme-Zh-8x7B" in found
    assert not any(name.startswith("Rival") for name in found)


def test_a_news_line_about_another_repository_names_none_of_this_ones_releases(tmp_path):
    repo = tmp_path / "Acme-Zh"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-Zh\n\n## News\n\n"
        "**[Apr 30, 2024] Acme-Zh-3 project introduces Acme-3-Zh-8B and Acme-3-Zh-8B-Instruct. "
        "Check: https://github.com/acme/Acme-Zh-3**\n\n"
        "[Mar 5, 2024] Release scripts, trained with Trainer-X (https://github.com/acme/Trainer-X).\n\n"
        "[Jan 29, 2024] Official release of Acme-Zh-8x7B (Base Model), trained with the Trainer-X library "
        "(https://github.com/acme/Trainer-X).\n\n## Download\n\n"
        "| Model Name | Type | Setting |\n|---|---|---|\n"
        "| Acme-Zh-8x7B | Base Model | 8x7B |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-Zh-8x7B"].release.release_date == "2024-01-29"
    assert not any(name.startswith("Acme-3") for name in rows)


def test_a_title_that_names_performance_does_not_make_the_model_table_an_evaluation(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme: A High-Performance Bilingual Language Model\n\n## Model Zoo\n\n"
        "| Model | Parameters |\n|---|---|\n| Acme-7B | 7B |\n| Acme-13B | 13B |\n\n"
        "## Evaluation\n\n### C-Eval\n\n| Model | Score |\n|---|---|\n| Rival-7B | 45.1 |\n",
    )
    found = _rows(repo)
    assert {"Acme-7B", "Acme-13B"} <= set(found)
    assert "Rival-7B" not in found


def test_where_models_are_hosted_respectively_is_no_base(tmp_path):
    repo = tmp_path / "acmewriter"
    write(repo / "LICENSE.txt", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeWriter\n\nWe open-source two models: "
        "[AcmeWriter-zeta-9b](https://huggingface.co/acme/AcmeWriter-zeta-9b)"
        " and [AcmeWriter-beta-8b](https://huggingface.co/acme/AcmeWriter-beta-8b), on "
        "[Hugging Face](https://huggingface.co/acme) and [ModelScope](https://modelscope.cn/acme), "
        "respectively.\n",
    )
    rows = _rows(repo)
    assert rows["AcmeWriter-zeta-9b"].release.base_model is None
    assert rows["AcmeWriter-beta-8b"].release.base_model is None


def test_a_news_line_linking_this_repository_counts_whatever_the_checkout_is_called(tmp_path):
    repo = tmp_path / "src"  # a checkout not named after its repository
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-Zh-3: Chinese Models\n\n## News\n\n"
        "**[Apr 30, 2024] Acme-Zh-3 project introduces Acme-3-Zh-8B. Check: https://github.com/acme/Acme-Zh-3**\n",
    )
    rows = _rows(repo)
    assert rows["Acme-3-Zh-8B"].release.release_date == "2024-04-30"
