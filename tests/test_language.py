"""Language detection and the split of bilingual texts (analyzer.language), on short texts."""

import pytest

from analyzer.language import classify, detect, language_note

ZH = "我们授予您非排他的、全球性的许可，以使用、复制、修改和分发本模型。\n如需商业使用，须向我们申请登记。\n"
JA = "本ソフトウェアは無償で利用できます。ただし、商用利用には許可が必要です。\n"
EN = (
    "We grant you a non-exclusive, worldwide license to use, copy, modify and distribute the Model.\n"
    "If you wish to use the Model commercially, you must register with us first.\n"
)


@pytest.mark.parametrize(
    "text, language",
    [
        (EN, "en"),
        (ZH, "zh"),
        ("本ソフトウェアは無償で利用できます。ただし、商用利用には許可が必要です。", "unread:ja"),
        ("이 소프트웨어는 무료로 사용할 수 있습니다. 상업적 이용은 허가가 필요합니다.", "unread:ko"),
        ("Программное обеспечение предоставляется как есть, без каких-либо гарантий.", "unread:ru"),
        (
            "Le logiciel est fourni par le concédant et les contributeurs pour une utilisation "
            "dans le cadre de la licence et sur la base des droits.",
            "unread:fr",
        ),
        (
            "Die Software wird von dem Lizenzgeber und den Beitragenden ohne Gewähr und nicht "
            "für den Einsatz mit der Lizenz oder zu anderen Zwecken bereitgestellt.",
            "unread:de",
        ),
        ("", "en"),
        ("1.2.3\n----\n", "en"),
    ],
)
def test_detect_language(text, language):
    assert detect(text).language == language


def test_a_chinese_name_in_an_english_text_stays_english():
    text = EN + "Licensor: 北京智谱华章科技有限公司 (Zhipu AI)\n" + EN
    assert detect(text).language == "en"


def test_english_terms_in_a_chinese_text_stay_chinese():
    text = ZH + "Qwen-7B\n" + ZH + "本协议适用 Apache-2.0 以外的条款。\n"
    result = detect(text)
    assert result.language == "zh"
    assert [p.lang for p in result.parts] == ["zh"]


@pytest.mark.parametrize("first, second", [("zh", "en"), ("en", "zh")])
def test_bilingual_versions_in_either_order(first, second):
    blocks = {"zh": ZH * 3, "en": EN * 3}
    text = "\n".join([blocks[first], blocks[second]])
    result = detect(text)
    assert result.language == "bilingual"
    ((zs, ze),) = result.versions["zh"]
    ((es, ee),) = result.versions["en"]
    assert "授予" in text[zs:ze] and "授予" not in text[es:ee]
    assert "grant" in text[es:ee] and "grant" not in text[zs:ze]
    assert (zs < es) == (first == "zh")


def test_interleaved_paragraphs_give_several_ranges_per_version():
    text = "".join(f"{ZH}\n{EN}\n" for _ in range(3))
    result = detect(text)
    assert result.language == "bilingual"
    assert len(result.versions["zh"]) == 3 and len(result.versions["en"]) == 3
    for s, e in result.versions["en"]:
        assert "授予" not in text[s:e]


def test_parts_cover_the_text_in_order():
    text = "\n\n" + ZH + "\n" + EN + "\n-----\n"
    parts = detect(text).parts
    assert parts[0].start == 0 and parts[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))


def test_a_mostly_japanese_text_with_a_short_english_line_is_unread():
    text = JA * 5 + "Copyright 2024\n"
    assert detect(text).language == "unread:ja"


def test_an_english_version_beside_a_japanese_one_is_read():
    text = JA * 2 + EN * 4
    assert detect(text).language == "en"


@pytest.mark.parametrize("line, language", [("第一条 定义", "zh"), ("Section 1", "en"), ("---", "")])
def test_classify_lines(line, language):
    assert classify(line)[0] == language


def test_language_note_names_the_language():
    assert "Japanese" in language_note("unread:ja")
    assert language_note("zh") == "" and language_note("bilingual") == ""


def test_unread_parts_of_a_read_text_are_named_with_their_offsets():
    from analyzer.language import unread_parts_note

    text = EN * 4 + JA * 2
    note = unread_parts_note(text)
    assert "Japanese" in note and f"{len(EN * 4)}-{len(text)}" in note
    assert unread_parts_note(EN * 4) == "" and unread_parts_note(JA * 4) == ""


@pytest.mark.parametrize(
    "line",
    [
        "商用请联系：license@example.com",
        "如需商用，请填写申请表：https://example.com/forms/commercial-license-application?lang=zh-CN&id=123456",
    ],
)
def test_a_web_or_mail_address_does_not_make_a_chinese_line_english(line):
    assert classify(line)[0] == "zh"


def test_an_english_line_with_an_address_stays_english():
    assert classify("See https://example.com/license for the details of the terms")[0] == "en"
    assert classify("Contact: a@b.com") == ("en", 7.0)


def test_a_chinese_sentence_that_names_things_in_latin_letters_is_chinese():
    line = (
        "HCAM 100M **模型权重**由作者 `someone` 以 "
        "**Creative Commons Attribution 4.0 International（CC BY 4.0）**许可发布。"
    )
    assert classify(line)[0] == "zh"
    # an English sentence with a Chinese name keeps its function words, and its language
    assert classify("“Licensor” means the Model Team (某某团队) that distributes the Software.")[0] == "en"


def test_a_chinese_version_keeps_its_lines_with_latin_names():
    zh = (
        "## 中文\n\n本模型权重由作者 `someone` 以 **Creative Commons Attribution 4.0 International"
        "（CC BY 4.0）** 许可发布。\n\n你可以复制、修改、再发布以及用于商业或非商业用途。\n\n"
    )
    en = (
        "## English\n\nThe model weights are licensed by `someone` under the Creative Commons "
        "Attribution 4.0 International license.\n\nYou may copy, modify, redistribute and use the "
        "weights for commercial or non-commercial purposes.\n"
    )
    found = detect(zh + en)
    assert found.language == "bilingual"
    assert found.versions["zh"] == ((0, len(zh)),)


def test_a_line_of_chinese_and_english_sentences_is_read_sentence_by_sentence():
    # written for this test: both versions on one line
    text = (
        "本模型仅供学术研究使用。This model is for academic research only. "
        "禁止商业使用。Commercial use is prohibited."
    )
    found = detect(text)
    assert found.language == "bilingual"
    assert any(text[s:e].startswith("Commercial use") for s, e in found.versions["en"])


def test_a_chinese_sentence_with_an_english_phrase_is_not_cut():
    # one sentence, no sentence end inside: it stays one unit, as before
    line = "本模型遵循《某某模型许可协议》，详见 the terms of the license 一节。"
    assert detect(line).language == "zh"


def test_the_sentences_of_a_mixed_line_decide_commercial_use():
    from analyzer.reading import read_text

    text = (
        "本模型仅供学术研究使用。This model is for academic research only. "
        "禁止商业使用。Commercial use is prohibited."
    )
    terms, _, _ = read_text(text)
    assert terms["commercial_use"].status == "prohibited"
    assert terms["research_use"].status == "granted"


# A table row or a key-value line glossed in English (each cell with Latin words has Chinese
# words too) is a Chinese line: it is not split off as an English version after a Chinese grant
# (rows written for this test). A row with an English sentence, or English-only cells, stays English.
@pytest.mark.parametrize(
    "line, language",
    [
        ("| 商业 Commercial | 需授权 License required |", "zh"),
        ("商业使用 Commercial use：禁止 Prohibited", "zh"),
        ("| 学术研究 Research | 免费 Free |", "zh"),
        ("License 许可：CC BY-NC 4.0", "zh"),
        ("代码：Apache-2.0", "zh"),
        ("| Model | Foo-7B |", "en"),
        ("| Commercial | License required |", "en"),
        ("| 商业 | Commercial use is allowed for all of the users |", "en"),
        ("| Commercial use | you must register with us first |", "en"),
    ],
)
def test_a_glossed_row_is_chinese(line, language):
    assert classify(line)[0] == language


def test_a_glossed_gated_row_after_a_chinese_grant_gates_commercial_use():
    from analyzer.reading import read_text

    text = (
        "许可方授予您非排他性、全球性、不可转让、免版税的许可，以使用、复制、修改和分发本模型。\n"
        "| 用途 | 是否允许 |\n|---|---|\n| 商业 Commercial | 需授权 License required |"
    )
    assert read_text(text)[0]["commercial_use"].status == "conditional"
