"""Fixes found on the dev18 split, on trees the tests write (no repository's text): a download item that
describes its model and ends with a note on use ("... with instruction-finetuning (for research purpose
only).") limits that release's commercial use; a Backbone column names the base (and its license is
inherited); a sentence naming sizes gives its token count to the releases of those sizes; "supports up to
7 billion parameters" is no model's size; a stated total ("6.9 billion total parameters") beats the size
the names round to; a model named "as the text encoder" on a news line is not released; an HTML table with
one column per model names them in its header; a one-word name in a table's Name column is the row's model
when its hub link names it; a news line about support "for X" does not release X."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write


def _listing(items: str) -> str:
    return "# Acme\n\nOfficial research release of the **Acme** models (`7B`).\n\n## Models\n\n" + items


def test_a_use_note_closing_a_described_item_is_that_release_s(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        _listing(
            "* [Acme-7B-4K-Base](https://huggingface.co/acme/acme-7b-4k-base)"
            " with support for 4K sequence length.\n"
            "* [Acme-7B-8k-Inst](https://huggingface.co/acme/acme-7b-8k-inst) with instruction-finetuning"
            " (for research purpose only).\n"
        ),
    )
    rows = rows_by_model(repo)
    assert rows["Acme-7B-8k-Inst"].status("commercial_use") == "prohibited"
    assert rows["Acme-7B-4K-Base"].status("commercial_use") != "prohibited"


def test_a_license_name_closing_a_described_item_is_not_read_as_the_release_s(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        _listing(
            "* [Acme-7B-Inst](https://huggingface.co/acme/acme-7b-inst) fine-tuned from a base model"
            " (MIT License).\n"
        ),
    )
    row = rows_by_model(repo)["Acme-7B-Inst"]
    assert row.release.license != "MIT License"


def test_a_backbone_column_names_the_base_and_its_license_is_inherited(tmp_path):
    repo = tmp_path / "AcmeGPT"
    write(
        repo / "README.md",
        "# AcmeGPT\n\n## Model Access\n| Model | Backbone | Link |\n|---|---|---|\n"
        "| AcmeGPT-7B | LlaMA2 | [Weights](https://huggingface.co/acme/AcmeGPT-7B) |\n"
        "| AcmeGPT-13B | LlaMA2 | [Weights](https://huggingface.co/acme/AcmeGPT-13B) |\n",
    )
    rows = rows_by_model(repo)
    assert rows["AcmeGPT-7B"].release.base_model == "LlaMA2"
    assert rows["AcmeGPT-7B"].license_id == "llama-2-license-2023"
    assert rows["AcmeGPT-13B"].status("commercial_use") == "conditional"


def test_an_architecture_in_a_backbone_column_is_no_base(tmp_path):
    repo = tmp_path / "AcmeDet"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeDet\n\n## Models\n| Model | Backbone | Link |\n|---|---|---|\n"
        "| AcmeDet-50M | ResNet-50 | [Weights](https://huggingface.co/acme/AcmeDet-50M) |\n",
    )
    assert rows_by_model(repo)["AcmeDet-50M"].release.base_model is None


def test_a_sentence_naming_sizes_gives_its_tokens_to_those_releases(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme 3 models\n\nAcme 3 includes 4 models:\n"
        "- Dense Models: 2B and 8B parameter models, trained on 12 trillion tokens in total.\n"
        "- MoE Models: Sparse 1B and 3B MoE models, with 400M and 800M activated parameters respectively,"
        " trained on 10 trillion tokens in total.\n\n## Use\n\n"
        "1. `acme/acme-3-2b-base`\n2. `acme/acme-3-8b-base`\n"
        "3. `acme/acme-3-1b-a400m-base`\n4. `acme/acme-3-3b-a800m-base`\n",
    )
    rows = rows_by_model(repo)
    assert rows["acme-3-2b-base"].release.training_tokens == "12T"
    assert rows["acme-3-8b-base"].release.training_tokens == "12T"
    assert rows["acme-3-1b-a400m-base"].release.training_tokens == "10T"
    assert rows["acme-3-3b-a800m-base"].release.training_tokens == "10T"


def test_a_sentence_naming_every_release_s_size_stays_general(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\nOur 7B model was trained on 2 trillion tokens.\n\n## Use\n\n"
        "1. `acme/acme-7b-base`\n2. `acme/acme-7b-chat`\n",
    )
    rows = rows_by_model(repo)
    assert rows["acme-7b-base"].release.training_tokens == "2T"
    assert rows["acme-7b-chat"].release.training_tokens == "2T"


def test_a_capacity_is_no_model_s_size(tmp_path):
    repo = tmp_path / "Acme-X"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-X\n\n## News\n\n- [2024-06-08] We have released the `Acme-Next-SFT` model.\n"
        "- [2024-05-12] We released our `Acme-Next` model.\n\n## Introduction\n\n"
        "At the core of Acme-X lies a transformer that supports up to **7 billion parameters**.\n",
    )
    rows = rows_by_model(repo)
    assert rows["Acme-Next-SFT"].release.parameters != ("7B",)
    assert rows["Acme-Next"].release.parameters != ("7B",)


def test_a_stated_total_beats_the_size_the_names_round_to(tmp_path):
    repo = tmp_path / "AcmeMoE"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeMoE\n\n<p>Fully open Mixture of Experts model with 1.3 billion active and 6.9 billion total"
        " parameters. All data and code released. </p>\n\n## Artifacts\n\n"
        "- **Pretraining** [Checkpoints](https://hf.co/acme/AcmeMoE-1B-7B-0924)\n"
        "- **SFT** [Checkpoints](https://huggingface.co/acme/AcmeMoE-1B-7B-0924-SFT)\n",
    )
    rows = rows_by_model(repo)
    assert rows["AcmeMoE-1B-7B-0924"].release.parameters == ("6.9B",)
    assert rows["AcmeMoE-1B-7B-0924-SFT"].release.parameters == ("6.9B",)


def test_a_stated_total_far_from_the_names_sizes_is_not_theirs(tmp_path):
    repo = tmp_path / "AcmeMoE"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeMoE\n\n<p>Our largest model has 1.3 billion active and 42 billion total parameters."
        " More soon. </p>\n\n"
        "## Artifacts\n\n- **Pretraining** [Checkpoints](https://hf.co/acme/AcmeMoE-1B-7B-0924)\n"
        "- **SFT** [Checkpoints](https://huggingface.co/acme/AcmeMoE-1B-7B-0924-SFT)\n",
    )
    rows = rows_by_model(repo)
    assert rows["AcmeMoE-1B-7B-0924"].release.parameters != ("42B",)
    assert rows["AcmeMoE-1B-7B-0924-SFT"].release.parameters != ("42B",)


def test_a_model_named_as_the_text_encoder_is_not_released(tmp_path):
    repo = tmp_path / "Acme-X"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-X\n\n## News\n\n- [2024-05-12] We released our `Acme-Next-T2I` model which uses a 2B"
        " Acme-DiT model as the backbone and Other-2B as the text encoder.\n",
    )
    rows = rows_by_model(repo)
    assert "Acme-Next-T2I" in rows
    assert "Other-2B" not in rows


def test_an_html_table_with_one_column_per_model_names_them(tmp_path):
    repo = tmp_path / "AcmeView"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeView\n\n## Models\n\n<table>\n  <tr>\n    <th>Model Name</th>\n"
        "    <th>AcmeView-Base-3B</th>\n    <th>AcmeView-Base-3B-distill</th>\n"
        "    <th>AcmeView-Plus-3B</th>\n"
        '  </tr>\n  <tr>\n    <td>Resolution</td>\n    <td colspan="2">512 * 512</td>\n'
        "    <td>up to 2048</td>\n  </tr>\n</table>\n",
    )
    rows = rows_by_model(repo)
    assert {"AcmeView-Base-3B", "AcmeView-Base-3B-distill", "AcmeView-Plus-3B"} <= set(rows)
    assert rows["AcmeView-Plus-3B"].release.parameters == ("3B",)


def test_an_html_benchmark_table_with_models_down_names_none_across(tmp_path):
    repo = tmp_path / "AcmeView"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# AcmeView\n\n## Models\n\n<table>\n<tr><th>Model</th><th>Score-7B</th><th>Bench-13B</th></tr>\n"
        "<tr><td>Rival-7B</td><td>1</td><td>2</td></tr>\n</table>\n",
    )
    rows = rows_by_model(repo)
    assert "Score-7B" not in rows and "Bench-13B" not in rows


def test_a_one_word_name_is_the_row_s_model_when_its_hub_link_names_it(tmp_path):
    repo = tmp_path / "AcmeLM"
    write(
        repo / "README.md",
        "# AcmeLM\n\n| Category | Base | Name | Download Link |\n|---|---|---|---|\n"
        "| Base Model | LlaMA1 | AcmeLM-13B-Base |"
        " [HuggingFace](https://huggingface.co/acme/acmelm-13b-base) |\n"
        "| Dialogue Model | LlaMA2 | OceanLM | [HuggingFace](https://huggingface.co/acme/OceanLM-7b) |\n"
        "| Dialogue Model | LlaMA2 | Other | [Demo](https://example.com/other) |\n",
    )
    rows = rows_by_model(repo)
    assert rows["OceanLM"].release.parameters == ("7B",)
    assert rows["OceanLM"].status("commercial_use") == "conditional"
    assert "Other" not in rows


def test_a_news_line_about_support_for_a_model_does_not_release_it(tmp_path):
    repo = tmp_path / "AcmeLM"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeLM\n\n## News\n\n- [**July 2023**] Support instruction fine-tuning and vllm for `Other-2`\n"
        "- [**June 2023**] We release `AcmeLM-13B`.\n",
    )
    rows = rows_by_model(repo)
    assert "AcmeLM-13B" in rows
    assert "Other-2" not in rows


def test_a_model_a_chinese_news_line_says_a_release_is_based_on_is_not_released(tmp_path):
    repo = tmp_path / "AcmeLM"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeLM\n\n## 新闻\n\n"
        "- [**2024/04**] 发布知识抽取框架AcmeKE-2，同时开源基于Other-2-13B全参数微调的版本\n",
    )
    assert "Other-2-13B" not in rows_by_model(repo)


def test_a_task_a_news_line_names_is_not_released(tmp_path):
    repo = tmp_path / "Acme-X"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-X\n\n## News\n\n- [2024-05-14] Acme-Next now supports simple **text-to-music** generation,"
        " and **3D point cloud** generation conditioned on labels.\n"
        "- [2024-05-12] We released our `Acme-Next-2B` model.\n",
    )
    rows = rows_by_model(repo)
    assert "Acme-Next-2B" in rows
    assert "text-to-music" not in rows and "3D point cloud" not in rows


def test_a_chinese_name_column_lists_the_table_s_models_and_its_links_add_none(tmp_path):
    repo = tmp_path / "AcmeLM"
    write(
        repo / "README.md",
        "# AcmeLM\n\n| 类别 | 底座 | 名称 | 下载链接 |\n| --- | --- | --- | --- |\n"
        "| 基础模型 | LlaMA1 | AcmeLM-13B-Base |"
        " [HuggingFace](https://huggingface.co/acme/acmelm-13b-base-v1.0) |\n"
        "| 对话模型 | LlaMA2 | OceanLM | [HuggingFace](https://huggingface.co/acme/OceanLM-7b) |\n",
    )
    rows = rows_by_model(repo)
    assert {"AcmeLM-13B-Base", "OceanLM"} <= set(rows)
    assert "acmelm-13b-base-v1.0" not in rows and "OceanLM-7b" not in rows
    assert rows["AcmeLM-13B-Base"].status("commercial_use") == "prohibited"
