"""Fixes found on the dev13 split, on README texts the tests write (no repository's text): a later
release's own token count on its news line (bold number, English and Chinese) is its own and leaves
the README's general figure to the first release; an expert layout glued to a word is a size; a
token count with a description between it and "tokens" ("~80B high quality math-related tokens"),
with a fine-tuning stage named after it, is the pretraining's and goes to the family the sentence
names (not to a sub-family listed on its own); a news-line hub link whose text says what the model
is for ("Critic-model") is a release named by the hub; a pretraining's start ("continued pretrained
from", "Pre-trained on X-Base") is the base of the releases named as base models."""

from __future__ import annotations

from analyzer.scan.mentions import news_releases
from analyzer.scan.releases import read_releases
from analyzer.scan.variants import sizes_in


def _read(text, prose=True):
    found = read_releases("README.md", text, prose=prose)
    for release in found:
        for ev in (release.evidence, *release.facts_evidence.values()):
            assert text[ev.start : ev.end] == ev.text
    return {r.name: r.values for r in found}


def test_a_later_release_keeps_the_token_count_of_its_own_news_line():
    text = (
        "# Acme-40B\n\n## News\n"
        "- **[2024/02/08]** Released the **Acme-40B-2** base model. It builds upon its predecessor "
        "through **Continual Pre-Training**, reaching a total training volume of **3.5** trillion tokens.\n"
        "- **[2024/01/06]** Released the **Acme-40B** base model.\n\n"
        "## Introduction\n\n"
        "- **Training Data**: The model has been trained on a diverse dataset of 2.1 trillion of tokens.\n"
    )
    found = _read(text)
    assert found["Acme-40B-2"]["training_tokens"] == "3.5T"
    assert found["Acme-40B"]["training_tokens"] == "2.1T"


def test_a_chinese_news_line_states_the_count_after_its_noun():
    text = (
        "# Acme-40B\n\n## 更新信息\n"
        "- **[2024/02/08]** 发布 **Acme-40B-2** 底座模型，该模型在前一版本的基础上进行了持续预训练，"
        "训练总 token 量达到 **3.5** 万亿。\n"
        "- **[2024/01/06]** 发布 **Acme-40B** 底座模型。\n\n"
        "## 模型介绍\n\n- **训练数据**：构建了 2.1 万亿 token 的高质量数据对模型进行充分训练。\n"
    )
    found = _read(text, prose=False)
    assert found["Acme-40B-2"]["training_tokens"] == "3.5T"
    assert found["Acme-40B"]["training_tokens"] == "2.1T"


def test_a_family_named_with_its_sizes_still_says_them_when_a_general_count_conflicts():
    text = (
        "- [2024.01.02] Released **Acme-7B** and **Acme-70B**.\n\n"
        "Acme-7B has a context length of 4096 tokens. The family has a context length of 8192.\n"
    )
    found = _read(text)  # not a news line's own figure: the general one stays ambiguous
    assert found["Acme-7B"]["context_length"] == 4096 and "context_length" not in found["Acme-70B"]


def test_an_expert_layout_glued_to_a_word_is_a_size():
    assert sizes_in("AcmeMath-Plus-Zeta8x15B") == ["8x15B"]
    assert sizes_in("Zeta-8x15B-Instruct") == ["8x15B"]
    assert sizes_in("Acme3") == [] and sizes_in("Acme3-8B") == ["8B"]
    text = (
        "## Checkpoints\n\n| Model | Model Type | Transformers(HF) |\n|---|---|---|\n"
        "| **AcmeMath-Plus-7B** | Chat | [o/acmemath-plus-7b](https://huggingface.co/o/acmemath-plus-7b) |\n"
        "| **AcmeMath-Plus-Zeta8x15B** | Chat "
        "| [o/acmemath-plus-zeta8x15b](https://huggingface.co/o/acmemath-plus-zeta8x15b) |\n"
    )
    assert _read(text)["AcmeMath-Plus-Zeta8x15B"]["parameters"] == ("8x15B",)


MATH = (
    "# AcmeMath\n\n## News\n"
    "- [2024.05.24] We release updated version **AcmeMath-Plus** with 2 sizes including 7B and 20B.\n\n"
    "## AcmeMath-Plus\n\n| Model | Model Type | Transformers(HF) |\n|---|---|---|\n"
    "| **AcmeMath-Plus-7B** | Chat | [o/acmemath-plus-7b](https://huggingface.co/o/acmemath-plus-7b) |\n"
    "| **AcmeMath-Plus-20B** | Chat | [o/acmemath-plus-20b](https://huggingface.co/o/acmemath-plus-20b) |\n\n"
    "# Introduction (For AcmeMath)\n"
    "- **Math LMs.** AcmeMath are continued pretrained from Acme2-Base with ~80B high quality "
    "math-related tokens and SFT with ~1M bilingual supervised data.\n\n"
    "# Models\n\n| Model | Model Type | Transformers(HF) |\n|---|---|---|\n"
    "| **AcmeMath-Base-7B** | Base | [o/acmemath-base-7b](https://huggingface.co/o/acmemath-base-7b) |\n"
    "| **AcmeMath-Base-20B** | Base | [o/acmemath-base-20b](https://huggingface.co/o/acmemath-base-20b) |\n"
    "| **AcmeMath-7B** | Chat | [o/acmemath-7b](https://huggingface.co/o/acmemath-7b) |\n"
)


def test_an_approximate_count_with_a_description_is_the_named_familys_pretraining():
    found = _read(MATH)
    for name in ("AcmeMath-Base-7B", "AcmeMath-Base-20B", "AcmeMath-7B"):
        assert found[name]["training_tokens"] == "80B"
    for name in ("AcmeMath-Plus", "AcmeMath-Plus-7B", "AcmeMath-Plus-20B"):  # a sub-family of its own
        assert "training_tokens" not in found[name] and "base_model" not in found[name]


def test_a_pretrainings_start_is_the_base_of_the_releases_named_as_base_models():
    found = _read(MATH)
    assert found["AcmeMath-Base-7B"]["base_model"] == "Acme2-Base"
    assert found["AcmeMath-Base-20B"]["base_model"] == "Acme2-Base"
    assert "base_model" not in found["AcmeMath-7B"]
    text = (
        "# Acme-Prover-V2\n\nWe introduce Acme-Prover-V2, a model for theorem proving. Pre-trained on "
        "AcmeMath-Base with specialization in formal languages, the model undergoes supervised "
        "fine-tuning on a proving dataset.\n\n## Models\n\n| Model | Download |\n|---|---|\n"
        "| Acme-Prover-V2-Base | [🤗 HuggingFace](https://huggingface.co/o/Acme-Prover-V2-Base) |\n"
        "| Acme-Prover-V2-SFT | [🤗 HuggingFace](https://huggingface.co/o/Acme-Prover-V2-SFT) |\n"
        "| Acme-Prover-V2-RL | [🤗 HuggingFace](https://huggingface.co/o/Acme-Prover-V2-RL) |\n"
    )
    found = _read(text)
    assert found["Acme-Prover-V2-Base"]["base_model"] == "AcmeMath-Base"
    assert found["Acme-Prover-V2-SFT"]["base_model"] == "Acme-Prover-V2-Base"
    assert found["Acme-Prover-V2-RL"]["base_model"] == "Acme-Prover-V2-SFT"  # RL follows SFT


def test_a_hub_link_whose_text_says_what_the_model_is_for_names_the_hubs_model():
    text = (
        "# News\n"
        "- [2024.10.22] We release **Acme2.5-Prover** policy and critic models. "
        "[🤗Dataset](https://huggingface.co/datasets/o/Acme-Data) "
        "[🤗Policy-model](https://huggingface.co/o/acme2_5-prover) "
        "[🤗Critic-model](https://huggingface.co/o/acme2_5-prover-critic) [📑 Paper](https://arxiv.org/abs/1)\n"
        "- [2024.07.25] We release **Acme2-Prover**. [🤗Model](https://huggingface.co/o/acme2-prover)\n"
    )
    found = _read(text)
    assert set(found) == {"Acme2.5-Prover", "Acme2.5-Prover-critic", "Acme2-Prover"}
    assert found["Acme2.5-Prover-critic"]["release_date"] == "2024-10-22"
    # a text that is the hub model's name, or part of it, stays the name the news line gives
    text = "- [2024.07.25] We release [Acme-Chat](https://huggingface.co/o/acme-chat-7b).\n"
    assert [r.name for r in news_releases("README.md", text)] == ["Acme-Chat"]


def test_a_count_described_as_further_pretraining_is_not_the_models_total():
    text = (
        "## Models\n\n- [**acme-moon-base**](https://huggingface.co/o/acme-moon-base): The base model, "
        "initialized with Zeta-16B and further pre-trained on 100B Chinese tokens and 20B English tokens. "
        "The model has seen 700B tokens during pre-training.\n"
        "- [**acme-moon-sft**](https://huggingface.co/o/acme-moon-sft): the base model, fine-tuned.\n"
    )
    assert _read(text)["acme-moon-base"]["training_tokens"] == "700B"
