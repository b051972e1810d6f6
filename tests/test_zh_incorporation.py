"""A Chinese text that licenses its model under a Creative Commons license by name carries
that license's statuses where it is silent (analyzer/rules/zh/settings.yaml `incorporation`,
analyzer/extract_zh.incorporate; TERMS.md "Licenses built on another")."""

import pytest

from analyzer.api import analyze_text


@pytest.mark.parametrize(
    "text, key, commercial",
    [
        ("本模型权重采用 CC BY-NC 4.0 许可协议发布。", "cc-by-nc-4.0", "prohibited"),
        ("模型权重的许可证为CC-BY-4.0。", "cc-by-4.0", "granted"),
        (
            "模型权重以知识共享署名-非商业性使用-相同方式共享 4.0 国际许可协议发布。",
            "cc-by-nc-sa-4.0",
            "prohibited",
        ),
    ],
)
def test_weights_under_a_named_cc_license_carry_its_statuses(text, key, commercial):
    terms = analyze_text(text).terms
    assert terms["commercial_use"].status == commercial
    assert terms["sublicense"].status == "prohibited"
    assert terms["warranty_disclaimer"].status == "applies"
    assert terms["sublicense"].basis == "implied"
    assert terms["sublicense"].evidence[0].rule == f"incorporates:{key}"
    assert terms["attribution"].status == "silent"  # 署名 in the license's name is no duty


def test_a_code_license_named_beside_the_model_does_not_carry_over():
    terms = analyze_text("本仓库代码采用 Apache-2.0 协议开源。").terms
    assert terms["patent_grant"].status == "silent"


def test_what_the_text_says_itself_decides():
    terms = analyze_text("模型权重采用 CC BY 4.0 许可。您须向我们登记后方可将本模型用于商业用途。").terms
    assert terms["commercial_use"].status == "conditional"
    assert terms["include_notice"].status == "required"


def test_a_bilingual_text_takes_the_license_the_chinese_version_names():
    zh = "## 中文\n\n本模型权重以 CC BY 4.0 许可发布。你可以复制、修改、再发布以及用于商业或非商业用途。\n\n"
    en = (
        "## English\n\nThe model weights are licensed under the CC BY 4.0 license. You may copy, modify, "
        "redistribute and use the weights for commercial or non-commercial purposes.\n"
    )
    profile = analyze_text(zh + en)
    assert profile.language == "bilingual"
    assert profile.terms["commercial_use"].status == "granted"
    assert profile.terms["patent_grant"].status == "prohibited"
    assert profile.terms["termination"].status == "applies"


SCOPE = "# 模型许可说明\n\n> 本文件只适用于模型权重，不适用于仓库中的软件代码。\n\n"


def test_a_text_about_the_weights_names_its_license_without_naming_the_model():
    text = SCOPE + "项目维护者拥有的贡献，以 CC BY-NC 4.0 提供。\n"
    terms = analyze_text(text).terms
    assert terms["commercial_use"].status == "prohibited"
    assert terms["sublicense"].status == "prohibited"
    assert terms["sublicense"].evidence[0].rule == "incorporates:cc-by-nc-4.0"


@pytest.mark.parametrize(
    "text",
    [
        "项目维护者拥有的贡献，以 CC BY-NC 4.0 提供。\n",  # no statement that the text covers the weights
        SCOPE + "示例数据集以 CC BY-NC 4.0 提供。\n",  # the license named is the data's
    ],
)
def test_a_license_named_for_something_else_does_not_carry_over(text):
    terms = analyze_text(text).terms
    assert terms["sublicense"].status == "silent"


def test_a_general_grant_does_not_lift_the_named_licenses_commercial_limit():
    text = "许可方授予您使用、复制、修改和分发本模型的许可。\n模型权重遵循 CC BY-NC 4.0 许可协议。\n"
    terms = analyze_text(text).terms
    assert terms["commercial_use"].status == "prohibited"
    assert {e.rule for e in terms["commercial_use"].evidence} >= {"incorporates:cc-by-nc-4.0"}


# A code licence carried over only where the text incorporates it wholesale (sentences written for
# this test): "all other rights follow X", "the licence follows X with these additional terms",
# "this FAQ supplements X and is incorporated into it by reference"; a code licence named beside
# a model licence carries nothing.
@pytest.mark.parametrize(
    "text, term, want",
    [
        (
            "二、附加\n不得用于军事目的。\n除此之外，所有其他权利和限制都遵循 Apache License 2.0。",
            "patent_grant",
            "granted",
        ),
        (
            "本项目的开源协议遵循 Apache2.0 开源协议，并且增加以下附加条款：\n1. 不得用于军事目的。",
            "include_license",
            "required",
        ),
        (
            "本常见问题作为 GNU Affero 通用公共许可证（AGPL）的补充文件，并以引用方式并入该许可证。",
            "same_license",
            "required",
        ),
        ("代码采用 Apache-2.0 协议，模型权重采用《某某模型许可协议》。", "patent_grant", "silent"),
        ("本仓库代码的开源协议遵循 Apache 2.0。模型权重仅供学术研究。", "include_license", "silent"),
        ("本仓库代码的开源协议遵循 Apache 2.0。模型权重仅供学术研究。", "commercial_use", "prohibited"),
    ],
)
def test_a_code_licence_carries_over_only_when_incorporated_wholesale(text, term, want):
    assert analyze_text(text).terms[term].status == want


@pytest.mark.parametrize(
    "text, key",
    [
        ("本模型权重采用 Apache 2.0 许可证。", "apache-2.0"),
        ("模型权重的许可证为 MIT。", "mit"),
        ("本模型基于 MIT 许可证开源。", "mit"),
        ("本模型基于 Apache-2.0 协议发布。", "apache-2.0"),
    ],
)
def test_weights_under_a_named_code_licence_carry_it(text, key):
    terms = analyze_text(text).terms
    assert terms["commercial_use"].status == "granted"
    assert terms["include_license"].evidence[0].rule == f"incorporates:{key}"


@pytest.mark.parametrize(
    "text",
    [
        "本模型代码采用 Apache-2.0 协议，模型权重采用《某某模型许可协议》。",
        "代码采用 MIT 协议，模型权重采用《某某模型许可协议》。",
        # a model trained on code or data under the licence is not released under it
        "本模型基于 MIT 许可的代码训练。",
        "本模型基于 Apache-2.0 许可的数据训练。",
    ],
)
def test_a_code_licence_beside_a_weights_licence_carries_nothing(text):
    terms = analyze_text(text).terms
    assert terms["commercial_use"].status == "silent" and terms["include_license"].status == "silent"


# The weights' licence as a key and its value, and Apache-2.0 written as one token (written for
# this test); a code licence given the same way carries nothing over.
@pytest.mark.parametrize(
    "text, commercial",
    [
        ("模型权重许可证：Apache-2.0", "granted"),
        ("模型权重采用Apache-2.0许可证。", "granted"),
        ("模型权重许可证：MIT", "granted"),
        ("模型权重许可证：CC BY-NC 4.0", "prohibited"),
        ("代码许可证：Apache-2.0", "silent"),
    ],
)
def test_weights_licence_as_a_key_and_value(text, commercial):
    assert analyze_text(text).terms["commercial_use"].status == commercial


# GPL 3.0 named for the models or weights (sentences written for this test, after BayLing's and
# MindChat's READMEs) carries its statuses; GPL named for the code alone carries nothing.
@pytest.mark.parametrize(
    "text",
    [
        "模型权重（增量版本）和推理代码在 GNU 通用公共许可证 v3.0（GPLv3）下发布。",
        "本仓库所有开源代码及模型均遵循[GPL-3.0](./LICENSE)许可认证。",
        "本模型的权重遵循 GPLv3 开源协议。",
    ],
)
def test_weights_under_the_gpl_carry_it(text):
    terms = analyze_text(text).terms
    assert terms["same_license"].status == "required"
    assert terms["sublicense"].status == "prohibited"
    assert terms["same_license"].evidence[0].rule == "incorporates:gpl-3.0"


@pytest.mark.parametrize(
    "text",
    [
        "本仓库代码采用 GPL-3.0 协议开源。",
        "本模型代码采用 GPL-3.0 协议，模型权重采用《某某模型许可协议》。",
        "本项目基于 LLaMA 模型，代码在 GNU GPL v3 许可证下发布。",
    ],
)
def test_the_gpl_named_for_code_carries_nothing(text):
    terms = analyze_text(text).terms
    assert terms["same_license"].status == "silent" and terms["sublicense"].status == "silent"


# MIT or Apache 2.0 named for the models beside the code (sentences written for this test, after
# EmoLLM's README) carries the licence; named for the code alone, or for what a model is built
# on, it carries nothing.
@pytest.mark.parametrize(
    "text, key",
    [
        ("本仓库所有开源代码及模型均遵循 MIT 许可协议。", "mit"),
        ("本项目中的模型遵循MIT协议。", "mit"),
        ("本项目的代码和模型均采用 Apache-2.0 协议开源。", "apache-2.0"),
    ],
)
def test_models_under_mit_or_apache_carry_it(text, key):
    terms = analyze_text(text).terms
    assert terms["commercial_use"].status == "granted"
    assert terms["include_license"].status == "required"
    assert terms["include_license"].evidence[0].rule == f"incorporates:{key}"


@pytest.mark.parametrize(
    "text",
    [
        "本项目代码遵循 MIT 许可协议，模型权重仅供学术研究使用。",
        "本模型代码采用 MIT 协议，模型权重采用《某某模型许可协议》。",
        "本仓库代码采用 Apache-2.0 协议开源。",
    ],
)
def test_mit_or_apache_named_for_code_carries_nothing(text):
    terms = analyze_text(text).terms
    assert terms["include_license"].status == "silent" and terms["commercial_use"].status != "granted"


def test_weights_under_a_named_agpl_carry_its_statuses_and_the_text_limits_them():
    # after PULSE's README (sentences written for this test): AGPL 3.0 named for the weights carries
    # over beside an Apache code licence; a research-only limit in the text decides commerce
    text = "本模型仅供医疗领域研究使用。\n\n本项目代码采用 Apache 2.0 协议，模型权重采用 GNU AGPL 3.0 协议。"
    terms = analyze_text(text).terms
    assert terms["network_disclose"].status == "required"
    assert terms["network_disclose"].evidence[0].rule == "incorporates:agpl-3.0"
    assert terms["sublicense"].status == "prohibited"
    assert terms["commercial_use"].status == "prohibited"
    assert terms["research_use"].status == "granted"


def test_agpl_named_for_code_or_as_a_base_does_not_carry_over():
    for text in ("本项目代码采用 AGPL-3.0 协议开源。", "本模型基于 AGPL-3.0 许可的代码训练。"):
        assert analyze_text(text).terms["network_disclose"].status == "silent"
