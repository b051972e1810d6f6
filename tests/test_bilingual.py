"""Texts by language, end to end: bilingual versions read apart and compared, Chinese read with
Chinese evidence, a Japanese text reported as not read (profile, JSON, stderr, check)."""

import json

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.export import pack_reading, profile_to_dict, unpack_reading
from analyzer.reading import masked, read_text

ZH = (
    "第一条 许可\n我们授予您非排他性、全球性、可撤销、免版税的版权许可，以使用、复制、修改和分发本模型。\n\n"
    "第二条 商业使用\n如需将本模型用于商业用途，须向我们申请登记。\n\n"
    "第三条 法律适用\n本协议受中华人民共和国法律管辖。\n\n"
)
EN = (
    "1. License Grant\n\nWe grant you a non-exclusive, worldwide, royalty-free license to use, copy, "
    "modify and distribute the Model for any purpose.\n\n"
    "2. Governing Law\n\nThis Agreement is governed by the laws of the People's Republic of China.\n"
)
JA = "本ソフトウェアは無償で利用できます。ただし、商用利用には許可が必要です。\n" * 3


def test_masking_keeps_length_offsets_and_line_breaks():
    text = "abc\n中文\nxyz"
    out = masked(text, [(0, 4), (7, 10)])
    assert len(out) == len(text) and out == "abc\n  \nxyz"


@pytest.mark.parametrize("order", ["zh-en", "en-zh"])
def test_bilingual_reads_english_and_flags_where_the_chinese_version_says_more(order):
    text = ZH + EN if order == "zh-en" else EN + ZH
    terms, language, differences = read_text(text)
    assert language == "bilingual"
    assert terms["research_use"].status == "granted"
    assert terms["governing_law"].status == "applies"
    by_term = {d.term: d for d in differences}
    # the Chinese version gates commercial use: flagged, and never more permissive than the text
    assert by_term["commercial_use"].en.status == "granted"
    assert by_term["commercial_use"].zh.status == "conditional"
    assert terms["commercial_use"].status == "conditional"
    assert {e.text for e in terms["commercial_use"].evidence} >= {
        by_term["commercial_use"].zh.evidence[0].text,
        by_term["commercial_use"].en.evidence[0].text,
    }
    # a term stated in one version only (revocable: termination) is a difference too
    assert by_term["termination"].en.status == "silent" and by_term["termination"].zh.status == "applies"
    assert terms["termination"].status == "applies"  # a limitation stated only in Chinese still binds
    assert "可撤销" in terms["termination"].evidence[0].text
    for d in differences:
        for e in (*d.en.evidence, *d.zh.evidence):
            assert text[e.start : e.end] == e.text  # offsets into the whole text
    for e in terms["research_use"].evidence:
        assert "grant" in e.text  # the profile's evidence comes from the English version


def test_a_right_the_english_version_leaves_silent_takes_the_chinese_reading():
    zh = "第一条 商业使用\n本模型支持免费商用。\n\n第二条 法律适用\n本协议受中华人民共和国法律管辖。\n\n"
    en = (
        "1. Commercial Use\n\nThe Model is offered to the community as it is, and we hope it serves "
        "many people well.\n\n2. Governing Law\n\nThis Agreement is governed by the laws of the "
        "People's Republic of China.\n"
    )
    terms, language, differences = read_text(zh + en)
    assert language == "bilingual"
    by_term = {d.term: d for d in differences}
    assert (by_term["commercial_use"].en.status, by_term["commercial_use"].zh.status) == ("silent", "granted")
    assert terms["commercial_use"].status == "granted"  # the text grants it, in one version
    assert "商用" in terms["commercial_use"].evidence[0].text


def test_a_bare_chinese_mention_does_not_withdraw_an_english_gate():
    zh = (
        "第一条 许可\n学术研究等非商业用途可免费使用本模型。\n\n"
        "第二条 法律适用\n本协议受中华人民共和国法律管辖。\n\n"
    )
    en = (
        "1. License\n\nYou may use the Model for research. To use the Model for commercial purposes you "
        "must register with us and obtain our written authorization.\n\n2. Governing Law\n\nThis "
        "Agreement is governed by the laws of the People's Republic of China.\n"
    )
    terms, language, differences = read_text(zh + en)
    assert language == "bilingual"
    by_term = {d.term: d for d in differences}
    assert (by_term["commercial_use"].en.status, by_term["commercial_use"].zh.status) == (
        "conditional",
        "prohibited",
    )
    assert terms["commercial_use"].status == "conditional"


def test_versions_and_language_survive_the_cache_form():
    terms, language, differences = read_text(ZH + EN)
    again = unpack_reading(json.loads(json.dumps(pack_reading(terms, language, differences))))
    assert again == (terms, language, differences)


def test_a_japanese_text_is_not_read():
    terms, language, differences = read_text(JA)
    assert language == "unread:ja" and not differences


runner = CliRunner()


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_json_says_the_language_after_the_family_and_the_version_differences(tmp_path):
    result = runner.invoke(app, ["analyze", _write(tmp_path, "bi.txt", ZH + EN), "--format", "json"])
    assert result.exit_code == 0
    item = json.loads(result.stdout)[0]
    keys = list(item)
    assert keys.index("language") == keys.index("family") + 1 and item["language"] == "bilingual"
    differ = {d["term"]: d for d in item["versions_differ"]}
    assert differ["commercial_use"]["zh"]["status"] == "conditional"
    assert differ["commercial_use"]["zh"]["evidence"][0]["text"].startswith("如需")


def test_a_japanese_text_warns_on_stderr_and_check_says_unclear(tmp_path):
    path = _write(tmp_path, "ja.txt", JA)
    result = runner.invoke(app, ["analyze", path, "--format", "json"])
    assert json.loads(result.stdout)[0]["language"] == "unread:ja"
    assert "ja.txt" in result.stderr and "Japanese" in result.stderr and "not read" in result.stderr
    checked = runner.invoke(app, ["check", path, "--commercial", "--format", "json"])
    verdict = json.loads(checked.stdout)[0]
    assert verdict["verdict"] == "unclear" and "Japanese" in json.dumps(verdict, ensure_ascii=False)


def test_diff_versions_compares_the_two_versions_of_one_file(tmp_path):
    path = _write(tmp_path, "bi.txt", ZH + EN)
    result = runner.invoke(app, ["diff", path, "--versions", "--format", "json"])
    assert result.exit_code == 0, result.output
    changed = {c["term"]: c for c in json.loads(result.stdout)["changed_terms"]}
    assert changed["commercial_use"]["old"]["status"] == "granted"
    assert changed["commercial_use"]["new"]["status"] == "conditional"


def test_diff_versions_refuses_a_text_in_one_language(tmp_path):
    result = runner.invoke(app, ["diff", _write(tmp_path, "en.txt", EN), "--versions"])
    assert result.exit_code == 2 and "not a bilingual text" in result.stderr


def test_profile_dict_carries_language_for_chinese(tmp_path):
    from analyzer.api import analyze_text

    profile = analyze_text(ZH, name="zh")
    assert profile_to_dict(profile)["language"] == "zh"
    assert profile.terms["commercial_use"].status == "conditional"


def test_a_japanese_part_of_an_english_text_is_named_on_stderr(tmp_path):
    path = _write(tmp_path, "en-ja.txt", EN * 2 + JA)
    result = runner.invoke(app, ["analyze", path, "--format", "json"])
    assert json.loads(result.stdout)[0]["language"] == "en"
    assert "en-ja.txt" in result.stderr and "parts of the text" in result.stderr
    assert "Japanese" in result.stderr


def test_masking_keeps_overlapping_spans_once():
    text = "abc\n## 引用 x\ndef"
    assert masked(text, [(0, 3), (4, 11), (6, 9), (12, 15)]) == text


# After SoulChat's README (text written for this test): the English reading of a bilingual README
# keeps its Chinese headings, so a paper's abstract in the citation section is read there (it
# grants nothing), not under the last heading the English version held (a code comment).
CITED = (
    "## 使用方法\n\n本项目提供了示例代码。\n\n```python\n# 加载模型与tokenizer\nmodel = load()\n```\n\n"
    "## 声明\n\n本项目仅可用于您的非商业研究目的。\n\n## 引用\n\n```bib\n@inproceedings{x,\n"
    '    abstract = "Experiments have shown that the empathy ability of LLMs can be significantly '
    'enhanced when finetuning by using multi-turn dialogue history.",\n}\n```\n'
)


def test_a_citation_section_of_a_bilingual_readme_grants_nothing():
    terms, language, _ = read_text(CITED)
    assert language == "bilingual"
    assert terms["modify"].status == "silent" and terms["commercial_use"].status == "prohibited"


def test_an_english_grant_under_a_chinese_licence_heading_stands():
    text = CITED.replace("## 引用", "## 许可").replace(
        '    abstract = "Experiments', "You may modify and distribute the Model.\n\nExperiments"
    )
    terms, _, _ = read_text(text.replace("```bib\n", "").replace("}\n```\n", ""))
    assert terms["modify"].status == "granted"
