"""Traditional Chinese: a text in traditional characters reads as its simplified form (rules,
cues, clauses, quantities, places), with its evidence as written (analyzer/nlp/zh.py,
analyzer/rules/zh/traditional.yaml)."""

import re
from pathlib import Path

import pytest

from analyzer.api import analyze_text
from analyzer.nlp.zh import TRADITIONAL, load_traditional, simplified, traditional_pairs
from analyzer.schemas.base import TableError

TEXT = (
    "第一條 授權\n許可方特此授予您非排他性的、全球性的、免版稅的許可，以使用、複製、修改和分發本模型。\n"
    "第二條 商業使用\n如需將本模型用於商業用途，須向我們申請登記並獲得書面授權。"
    "如果您的產品月活躍用戶數超過1億，須另行申請授權。\n"
    "第三條 限制\n您不得將本模型用於任何軍事或非法目的。\n"
    "第四條 免責聲明\n本模型按「原樣」提供，不提供任何明示或暗示的保證。\n"
    "第五條 爭議解決\n本協議受中華人民共和國法律管轄。\n"
)


def _statuses(profile):
    return {t: (r.status, r.params) for t, r in profile.terms.items()}


def test_a_traditional_text_reads_as_its_simplified_form():
    trad, simp = analyze_text(TEXT), analyze_text(simplified(TEXT))
    assert simplified(TEXT) != TEXT
    assert trad.language == "zh"
    assert _statuses(trad) == _statuses(simp)
    assert trad.terms["commercial_use"].status == "conditional"
    assert trad.terms["user_threshold"].params["value"] == 100_000_000
    assert trad.terms["governing_law"].status == "applies"
    assert "商業用途" in trad.terms["commercial_use"].evidence[0].text  # evidence as written


@pytest.mark.parametrize(
    "text, status",
    [
        ("本模型僅供學術研究使用。", "prohibited"),
        ("您可以將本模型用於商業用途。", "granted"),
        ("商業用途須事先取得書面授權。", "conditional"),
        # written for this test: a contact by letter, a checklist, a monthly-user threshold
        ("如需商業授權，請來信至 biz@example.com。", "conditional"),
        ("- ✅ 學術研究\n- ❌ 商業使用\n", "prohibited"),
        ("若您的服務每月活躍使用者超過一百萬人，須另行取得本公司之書面同意。", "conditional"),
    ],
)
def test_commercial_use_in_traditional_characters(text, status):
    assert analyze_text(text).terms["commercial_use"].status == status


def test_simplifying_keeps_length_and_offsets():
    assert len(simplified(TEXT)) == len(TEXT)
    assert simplified("條款") == "条款"


def test_every_pair_is_a_traditional_and_a_simplified_character_the_tables_use():
    tables = Path(TRADITIONAL).parent
    readers = [tables.parent.parent / "extract_zh.py", tables.parent.parent / "nlp" / "zh.py"]
    sources = [p for p in tables.iterdir() if p.suffix in (".yaml", ".jsonl")] + readers
    used = set(re.findall(r"[\u4e00-\u9fff]", "".join(p.read_text(encoding="utf-8") for p in sources)))
    pairs = traditional_pairs()
    assert len(pairs) > 200
    assert not set(pairs) & set(pairs.values())  # no character is both
    assert set(pairs.values()) <= used  # no pair for a character nothing reads


@pytest.mark.parametrize(
    "line, message",
    [
        ("商: 商", "want one traditional"),
        ("商業: 商业", "want one traditional"),
        ("業", "want one traditional"),
    ],
)
def test_a_bad_pair_is_refused_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "traditional.yaml"
    path.write_text(f"# comment\n{line}\n", encoding="utf-8")
    with pytest.raises(TableError, match=rf"traditional.yaml:2: {message}"):
        load_traditional(path)


def test_a_pair_listed_twice_is_refused(tmp_path):
    path = tmp_path / "traditional.yaml"
    path.write_text("業: 业\n業: 业\n", encoding="utf-8")
    with pytest.raises(TableError, match="traditional.yaml:2: 業 is listed twice"):
        load_traditional(path)
