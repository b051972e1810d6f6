"""Fixes found on the dev10 split, on trees the tests write (no repository's text): a total size
written with its activated count ("355B-A32B"), Greek letters in names, Chinese news dates and a
"(New)" tag before a date, Chinese and English lineage wordings, a base column in Chinese, a
license inherited through a listed sibling, a pronoun subject ("They are released under ..."),
"open-source license" naming no code, and a context "expanded from 128K to 200K"."""

from __future__ import annotations

from tests.scan.trees import license_text, write


def _rows(repo):
    from analyzer.scan.scanner import scan_directory

    return {r.release.model: r for r in scan_directory(repo).rows}


def test_an_activated_count_after_the_total_is_no_second_size():
    from analyzer.scan.tables import _cell_value

    assert _cell_value("parameters", "355B-A32B") == ("355B",)
    assert _cell_value("parameters", "8x7B") == ("8x7B",)
    assert _cell_value("parameters", "0.6B") == ("0.6B",)


def test_greek_letters_are_name_letters():
    from analyzer.scan.mentions import clean_name

    assert clean_name("PixArt-α-512") == "PixArt-α-512"
    assert clean_name("πρ") is None  # a name still opens with a Latin letter or a digit


def test_chinese_and_tagged_news_dates():
    from analyzer.scan.datelines import dated_lines, parse_news_date

    assert parse_news_date("2023年8月28日") == "2023-08-28"
    text = (
        "- 2023年8月28日：发布开源大模型[Acme-7B](https://huggingface.co/o/Acme-7B)！\n"
        "【最新】2024年04月23日：社区增加了Acme-8B-Instruct。\n"
        "- (🔥 New) Nov. 30, 2023. 💥 Acme-2B weights are released.\n"
    )
    assert [d.date for d in dated_lines("README.md", text)] == ["2023-08-28", "2024-04-23", "2023-11-30"]


def test_lineage_wordings_and_a_clause_per_model(tmp_path):
    repo = tmp_path / "acme-math"
    write(
        repo / "README.md",
        "# Acme Math\n\n| Model | Sequence Length | Download |\n|---|---|---|\n"
        "| AcmeMath-Base 7B | 4096 | [HF](https://huggingface.co/o/acme-math-7b-base) |\n"
        "| AcmeMath-Instruct 7B | 4096 | [HF](https://huggingface.co/o/acme-math-7b-instruct) |\n"
        "| AcmeMath-RL 7B | 4096 | [HF](https://huggingface.co/o/acme-math-7b-rl) |\n\n"
        "AcmeMath-Instruct 7B is an instruction-tuned model derived from AcmeMath-Base 7B, while "
        "AcmeMath-RL 7B is trained on the foundation of AcmeMath-Instruct 7B.\n",
    )
    rows = _rows(repo)
    assert rows["AcmeMath-Instruct 7B"].release.base_model == "AcmeMath-Base 7B"
    assert rows["AcmeMath-RL 7B"].release.base_model == "AcmeMath-Instruct 7B"


def test_a_chinese_base_column_and_inheritance_through_a_sibling(tmp_path):
    repo = tmp_path / "acme-chinese"
    write(
        repo / "README.md",
        "# Acme中文社区\n\n| 类别 | 模型名称 | 基础模型版本 | 下载地址 |\n|---|---|---|---|\n"
        "| 合并参数 | Acme-Chinese-7b-Chat | meta-llama/Llama-2-7b-chat-hf | "
        "[HuggingFace](https://huggingface.co/o/Acme-Chinese-7b-Chat) |\n\n"
        "| 类别 | 模型名称 | 下载地址 |\n|---|---|---|\n"
        "| 预训练 | Atomo-7B | [HuggingFace](https://huggingface.co/o/Atomo-7B) |\n"
        "| Chat | Atomo-7B-Chat | [HuggingFace](https://huggingface.co/o/Atomo-7B-Chat) |\n\n"
        "Atomo系列模型包含Atomo-7B，基于Llama2做了中文能力的持续优化。\n",
    )
    rows = _rows(repo)
    chat = rows["Acme-Chinese-7b-Chat"]
    assert chat.release.base_model == "meta-llama/Llama-2-7b-chat-hf"
    assert chat.license_id == "llama-2-license-2023" and chat.status("commercial_use") == "conditional"
    assert rows["Atomo-7B"].release.base_model == "Llama2"
    assert rows["Atomo-7B"].license_id == "llama-2-license-2023"
    tuned = rows["Atomo-7B-Chat"]  # tuned from the listed Atomo-7B, which is based on Llama 2
    assert tuned.release.base_model == "Atomo-7B" and tuned.license_id == "llama-2-license-2023"


def test_they_are_released_under_covers_the_models_of_the_sentence_before(tmp_path):
    from analyzer.scan.roles import readme_statements

    text = (
        "We have open-sourced the base models and chat models of Acme-4.5. They are released under the "
        "MIT open-source license and can be used commercially.\n"
    )
    (said,) = readme_statements("README.md", text)
    assert said.role == "model" and said.name == "MIT"
    code_only = "This repository is released under the MIT open-source license.\n"
    (code,) = readme_statements("README.md", code_only)
    assert code.role == "code"


def test_a_statement_about_a_family_covers_its_variants_not_other_versions(tmp_path):
    repo = tmp_path / "acme-4"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-4\n\n### Acme-4.6\n\nThe context window has been expanded from 128K to 200K tokens.\n\n"
        "### Acme-4.5\n\nWe have open-sourced the base models and the hybrid reasoning models for both\n"
        "Acme-4.5 and Acme-4.5-Air. They are released under the MIT open-source license.\n\n"
        "## Model Downloads\n\n| Model | Download Links | Model Size |\n|---|---|---|\n"
        "| Acme-4.6 | [HF](https://huggingface.co/o/Acme-4.6) | 355B-A32B |\n"
        "| Acme-4.5 | [HF](https://huggingface.co/o/Acme-4.5) | 355B-A32B |\n"
        "| Acme-4.5-Air | [HF](https://huggingface.co/o/Acme-4.5-Air) | 106B-A12B |\n"
        "| Acme-4.5-Base | [HF](https://huggingface.co/o/Acme-4.5-Base) | 355B-A32B |\n",
    )
    rows = _rows(repo)
    for name in ("Acme-4.5", "Acme-4.5-Air", "Acme-4.5-Base"):
        assert rows[name].license_id == "mit" and rows[name].status("commercial_use") == "granted", name
    assert rows["Acme-4.6"].license_id != "mit"
    assert rows["Acme-4.6"].release.context_length == 204800
    assert rows["Acme-4.5"].release.parameters == ("355B",)
