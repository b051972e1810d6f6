"""Fixes found on the dev10 split, on trees the tests write (no repository's text): a total size
written with its activated count ("355B-A32B"), Greek letters in names, Chinese news dates and a
"(New)" tag before a date, Chinese and English lineage wordings, a base column in Chinese, a
license inherited through a listed sibling, a pronoun subject ("They are released under ..."),
"open-source license" naming no code, and a context "expanded from 128K to 200K"."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write

_rows = rows_by_model


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


def test_a_sentence_over_a_table_gives_its_fact_to_the_models_the_table_names(tmp_path):
    repo = tmp_path / "acme-5"
    write(
        repo / "README.md",
        "# Acme-5\n\n### Acme-5.1\n\nThe context window has been expanded from 128K to 200K tokens.\n\n"
        "## Downloads\n\n| Model | Download Links | Model Size |\n|---|---|---|\n"
        "| Acme-5.1 | [HF](https://huggingface.co/o/Acme-5.1) | 355B-A32B |\n"
        "| Acme-5.0 | [HF](https://huggingface.co/o/Acme-5.0) | 355B-A32B |\n"
        "| Acme-5.0-Air | [HF](https://huggingface.co/o/Acme-5.0-Air) | 106B-A12B |\n\n"
        "Under the configurations in the table below, the models can utilize their full 128K "
        "context length:\n\n"
        "| Model | Precision | GPU Type and Count |\n|---|---|---|\n"
        "| Acme-5.0 | BF16 | H100 x 32 |\n| Acme-5.0-Air | BF16 | H100 x 8 |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-5.0"].release.context_length == 131072
    assert rows["Acme-5.0-Air"].release.context_length == 131072
    assert rows["Acme-5.1"].release.context_length == 204800


def test_a_news_line_releasing_the_repository_name_is_a_release(tmp_path):
    repo = tmp_path / "Acmeia"
    write(
        repo / "README.md",
        "# Acmeia\n\nAcmeia is a multimodal model. It features:\n- Long context window of 64K tokens;\n\n"
        "## News\n- [Dec 1, 2024] We release the base models ([Acmeia-Base-8K](https://huggingface.co/o/"
        "Acmeia-Base-8K) and [Acmeia-Base-64K](https://huggingface.co/o/Acmeia-Base-64K))!\n"
        "- [Oct 10, 2024] We release Acmeia!\n"
        "- [Aug 29, 2025] We release Acmeia 2, in another repository.\n\n"
        "Acmeia has 25.3B total parameters.\n",
    )
    rows = _rows(repo)
    own = rows["Acmeia"]
    assert own.release.release_date == "2024-10-10" and own.release.parameters == ("25.3B",)
    assert own.release.context_length == 65536
    assert rows["Acmeia-Base-8K"].release.context_length == 8192


def test_a_thinking_budget_in_a_name_is_no_context_and_a_million_tokens_is(tmp_path):
    repo = tmp_path / "Acme-M1"
    write(
        repo / "README.md",
        "# Acme-M1\n\nThe model is developed based on our previous [Acme-Text-01 model](https://huggingface.co/"
        "o/Acme-Text-01), which contains a total of 456 billion parameters. The M1 model natively supports a "
        "context length of 1\nmillion tokens. We train two versions of Acme-M1 models with [40K](https://"
        "huggingface.co/o/Acme-M1-40k) and\n[80K](https://huggingface.co/o/Acme-M1-80k) thinking budgets.\n\n"
        "Download the model:\n- [Acme-M1-40k](https://huggingface.co/o/Acme-M1-40k)\n"
        "- [Acme-M1-80k](https://huggingface.co/o/Acme-M1-80k)\n",
    )
    rows = _rows(repo)
    for name in ("Acme-M1-40k", "Acme-M1-80k"):
        assert rows[name].release.context_length == 1048576, name
        assert rows[name].release.base_model == "Acme-Text-01", name


def test_a_news_link_to_a_hub_model_dates_the_table_row_linking_it(tmp_path):
    repo = tmp_path / "acme-art"
    write(
        repo / "README.md",
        "# Acme-Art\n\n## News\n- (🔥 New) Nov. 30, 2023. 💥 [Weights](https://huggingface.co/o/Acme-LCM-1024)"
        " are released.\n- ✅ Jan. 19, 2024. 💥 ControlNet [Checkpoint](https://huggingface.co/o/Acme-ControlNet"
        "/tree/main) is released!\n\n## Download Models\n\n| Model | #Params | url |\n|---|---|---|\n"
        "| Acme-α-512 | 0.6B | [ckpt](https://huggingface.co/o/Acme-512) |\n"
        "| Acme-δ-1024-LCM | 0.6B | [diffusers version](https://huggingface.co/o/Acme-LCM-1024) |\n"
        "| Acme-δ-512-ControlNet | 0.9B | [ckpt](https://huggingface.co/o/Acme-ControlNet/tree/main) |\n"
        "| Acme-δ-1024-ControlNet | 0.9B | [ckpt](https://huggingface.co/o/Acme-ControlNet/tree/main) |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-δ-1024-LCM"].release.release_date == "2023-11-30"
    assert rows["Acme-δ-512-ControlNet"].release.release_date == "2024-01-19"
    assert rows["Acme-δ-1024-ControlNet"].release.release_date == "2024-01-19"
    assert rows["Acme-α-512"].release.release_date is None
    assert "Acme-LCM-1024" not in rows  # the link names the row's release


def test_chinese_prose_facts():
    from analyzer.scan.mentions import Release
    from analyzer.scan.results import FactEvidence
    from analyzer.scan.zh_facts import zh_facts

    def release(name):
        return Release(name, FactEvidence(name, "README_CN.md", 0, len(name)))

    found = [release("Acme-A13B-Pretrain"), release("Acme-A13B-Instruct"), release("Acme-TTS-3B")]
    text = (
        "Acme-A13B采用了细粒度混合专家架构，包含800亿参数和130亿激活参数，累计训练了超过 20T tokens。\n"
        "原生支持256K上下文窗口。\n解码器结合了一个30亿参数的语言模型。\n"
    )
    general = zh_facts("README_CN.md", text, found)
    assert found[0].values["parameters"] == ("80B",) and found[1].values["training_tokens"] == "20T"
    assert general["context_length"][0] == 262144
    assert "parameters" not in general  # a component's size


def test_a_size_before_a_name_and_emphasis_inside_a_name(tmp_path):
    from analyzer.scan.mentions import clean_name

    assert clean_name("Acme-*S*-DS-6.7B") == "Acme-S-DS-6.7B"
    repo = tmp_path / "Acme-Audio"
    write(
        repo / "README.md",
        "# Acme-Audio\n\n* Feb 17, 2025: We release [Acme-Audio-Chat](https://huggingface.co/o/Acme-Audio-Chat)"
        " and [Acme-Audio-TTS-3B](https://huggingface.co/o/Acme-Audio-TTS-3B)\n\n"
        "We have made the 130B Acme-Audio-Chat variant open source.\n",
    )
    rows = _rows(repo)
    assert rows["Acme-Audio-Chat"].release.parameters == ("130B",)


def test_a_base_named_for_a_family_and_a_family_subject(tmp_path):
    repo = tmp_path / "acmecoder"
    write(
        repo / "README.md",
        "# AcmeCoder\n\n| Model | Checkpoint | Size |\n|---|---|---|\n"
        "| AcmeCoder-CL-7B | [HF](https://huggingface.co/o/AcmeCoder-CL-7B) | 7B |\n"
        "| AcmeCoder-DS-6.7B | [HF](https://huggingface.co/o/AcmeCoder-DS-6.7B) | 6.7B |\n\n"
        "AcmeCoder is initialized with [Coder-v1.5 7B](https://huggingface.co/o/coder-7b) and trained more.\n"
        "AcmeCoder-DS-6.7B is derived from Other-Coder-6.7B.\n\n## Acknowledgements\n\n"
        "- [CodeLlama](https://example.com): Base model for AcmeCoder-CL\n",
    )
    rows = _rows(repo)
    assert rows["AcmeCoder-DS-6.7B"].release.base_model == "Other-Coder-6.7B"
    assert rows["AcmeCoder-CL-7B"].release.base_model == "CodeLlama"  # the specific statement first


def test_a_number_type_is_no_base_model():
    from analyzer.scan.lineage import DERIVED_ZH

    assert not DERIVED_ZH.search("XVERSE-13B 和 XVERSE-13B-Chat 都是基于 bfloat16 训练的")
    assert DERIVED_ZH.search("基于Llama2做了中文能力的持续优化").group("base") == "Llama2"


def test_more_news_date_shapes():
    from analyzer.scan.datelines import dated_lines, parse_news_date

    assert parse_news_date("25/05/2024") == "2024-05-25"  # the day first when it cannot be a month
    assert parse_news_date("05/25/2024") == "2024-05-25"
    text = "- 20 May 2024: We release Acme-7B.\n- **[May 2024]** We release Acme-15B.\n- Version 2024 notes\n"
    assert [d.date for d in dated_lines("README.md", text)] == ["2024-05-20", "2024-05"]


def test_a_hub_id_the_code_loads_names_the_single_release(tmp_path):
    repo = tmp_path / "acmeshell"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeShell\n\nAcmeShell has 7 billion parameters and a context window of 8192.\n\n"
        '```python\nmodel = AutoModelForCausalLM.from_pretrained("o/AcmeShell-7B")\n'
        "chat = AutoModelForCausalLM.from_pretrained('o/AcmeShell-7B-Chat')\n```\n",
    )
    assert list(_rows(repo)) == ["AcmeShell-7B"]


def test_chinese_table_columns(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n## 模型\n\n| 模型名称 | 参数量 | 上下文长度 | 训练数据量 | 发布日期 |\n"
        "|---|---|---|---|---|\n"
        "| Acme-7B | 70亿 | 4K | 2.6万亿 tokens | 2024年5月1日 |\n"
        "| Acme-13B | 130亿 | 8K | 2.6T | 2024.06.01 |\n",
    )
    rows = _rows(repo)
    seven = rows["Acme-7B"].release
    assert (seven.parameters, seven.context_length, seven.training_tokens, seven.release_date) == (
        ("7B",),
        4096,
        "2.6T",
        "2024-05-01",
    )
    assert rows["Acme-13B"].release.context_length == 8192


def test_a_single_release_named_in_prose_and_sized_in_parentheses(tmp_path):
    repo = tmp_path / "Acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "README.md", "# Acme\n\nAcme-7B was released on March 5, 2024.\n")
    (row,) = _rows(repo).values()
    assert row.release.model == "Acme-7B" and row.release.parameters == ("7B",)
    other = tmp_path / "Bcme"
    write(other / "LICENSE", license_text("apache-2.0"))
    write(other / "README.md", "# Bcme\n\nBcme (12B) is released under the Apache 2.0 license.\n")
    (row,) = _rows(other).values()
    assert row.release.parameters == ("12B",)


def test_a_license_cell_written_as_a_name_and_more_lineage_wordings(tmp_path):
    from analyzer.licensedb import licensedb
    from analyzer.scan.declared import load_table
    from analyzer.scan.lineage import base_in_prose

    table = load_table(licensedb().keys())
    assert table.keys_for("Llama 2") == ("llama-2-license-2023",)
    assert table.keys_for("Apache 2.0") == ("apache-2.0",)
    assert base_in_prose("README.md", "Acme-8B is built on Llama 3.1 8B.")[0] == "Llama 3.1 8B"
    text = "Acme-7B is a fine-tuned version of Qwen2.5-7B-Instruct."
    assert base_in_prose("README.md", text)[0] == "Qwen2.5-7B-Instruct"
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme\n\n| Model | Size | License |\n|---|---|---|\n| Acme-13B | 13B | Llama 2 |\n"
        "| Acme-3B | 3B | MIT |\n",
    )
    rows = _rows(repo)
    assert rows["Acme-13B"].license_id == "llama-2-license-2023"
    assert rows["Acme-13B"].status("commercial_use") == "conditional"


def _readme_only(tmp_path, sentence):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\nThe code in this repository is licensed under the [Apache 2.0 License](LICENSE).\n\n"
        "| Model | Params | Download |\n|---|---|---|\n"
        "| Acme-7B | 7B | [HF](https://huggingface.co/o/Acme-7B) |\n\n"
        "## License\n\n" + sentence + "\n",
    )
    (row,) = _rows(repo).values()
    return row.status("commercial_use")


def test_what_a_readme_says_of_commercial_use_when_no_weights_license_is_named(tmp_path):
    assert _readme_only(tmp_path / "a", "The model weights are free for commercial use.") == "granted"
    denied = "Commercial use of the model weights is not permitted."
    assert _readme_only(tmp_path / "b", denied) == "prohibited"
    assert _readme_only(tmp_path / "c", "The models may not be used for commercial purposes.") == "prohibited"
    assert _readme_only(tmp_path / "d", "模型权重禁止商用。") == "prohibited"
    contact = "For commercial use of the models, please contact us at acme@example.com."
    assert _readme_only(tmp_path / "e", contact) == "conditional"
    # a project-wide disclaimer is not the weights' own terms; a framework's grant is not the weights'
    blanket = "The resources, including code, data, and model weights, cannot be used for commercial use."
    assert _readme_only(tmp_path / "f", blanket) in (None, "silent")
    assert _readme_only(tmp_path / "g", "Our framework supports commercial use.") in (None, "silent")
