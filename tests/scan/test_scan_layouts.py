"""Repository layouts the scan reads: per-row license columns with a license folder, a
model_cards/ folder, bracketed variant names, lists of hub ids (each test writes its own tree)."""

from __future__ import annotations

from tests.scan.trees import license_text, write

NON_COMMERCIAL = """ACME.1 [dev] Non-Commercial License

1. Grant. Acme grants you a non-exclusive, non-transferable license to use the ACME.1 [dev]
model solely for Non-Commercial Purposes.
2. Restrictions. You may not use the model or its outputs for any commercial purpose.
"""

TABLE_README = """# Acme Image

Inference code for the Acme image models.

## Models

| Name | HuggingFace repo | License |
|---|---|---|
| `Acme.1 [fast]` | https://hf.co/acme/ACME.1-fast | [apache-2.0](model_licenses/LICENSE-fast) |
| `Acme.1 [dev]` | https://hf.co/acme/ACME.1-dev | [ACME.1-dev NC License](model_licenses/LICENSE-dev) |

The code in this repository is released under the Apache 2.0 license.
"""


def _acme_image(repo):
    write(repo / "README.md", TABLE_README)
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "model_licenses" / "LICENSE-fast", license_text("apache-2.0"))
    write(repo / "model_licenses" / "LICENSE-dev", NON_COMMERCIAL)
    return repo


def test_a_license_column_linking_a_license_folder_gives_each_row_its_license(tmp_path):
    from analyzer.scan.scanner import scan_directory

    rows = {r.release.model: r for r in scan_directory(_acme_image(tmp_path / "acme")).rows}
    assert set(rows) == {"Acme.1 fast", "Acme.1 dev"}  # "[dev]" in a code span is part of the name
    fast, dev = rows["Acme.1 fast"], rows["Acme.1 dev"]
    assert (fast.license_file, fast.license_id) == ("model_licenses/LICENSE-fast", "apache-2.0")
    assert fast.status("commercial_use") == "granted"
    assert dev.license_file == "model_licenses/LICENSE-dev"
    assert dev.status("commercial_use") == "prohibited"
    assert {r.path for r in rows.values()} == {"."}  # the license folder is no model of its own


def test_a_model_cards_folder_is_evidence_for_the_readmes_releases(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = _acme_image(tmp_path / "acme")
    write(
        repo / "model_cards" / "ACME.1-dev.md",
        "# ACME.1 [dev]\n\nACME.1 [dev] is a 12 billion parameter rectified flow transformer.\n"
        "It was released on August 1, 2024.\n",
    )
    write(repo / "model_cards" / "Acme.2-pro.md", "# Acme.2 [pro]\n\nAcme.2 [pro] has 30B parameters.\n")
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert set(rows) == {"Acme.1 fast", "Acme.1 dev", "Acme.2 pro"}  # a card naming no row is a release
    dev = rows["Acme.1 dev"].release
    assert dev.parameters == ("12B",) and dev.release_date == "2024-08-01"
    assert dev.evidence["parameters"].file == "model_cards/ACME.1-dev.md"
    assert rows["Acme.1 fast"].release.parameters == ()  # another release's card is not its own
    assert rows["Acme.2 pro"].release.parameters == ("30B",)
    assert {r.path for r in rows.values()} == {"."}


JANUS_LIKE = """# Acme Series

**2025.01.27**: Acme-Pro is released, an advanced version of Acme.

**2024.11.13**: AcmeFlow is released, a new unified model.

## Model Download

Please note that the use of this model is subject to the terms outlined in [License section](#4-license).

| Model | Sequence Length | Download |
|---|---|---|
| Acme-1.3B | 4096 | [🤗 Hugging Face](https://huggingface.co/acme/Acme-1.3B) |
| AcmeFlow-1.3B | 4096 | [🤗 Hugging Face](https://huggingface.co/acme/AcmeFlow-1.3B) |
| Acme-Pro-7B | 4096 | [🤗 Hugging Face](https://huggingface.co/acme/Acme-Pro-7B) |

## 4. License

This code repository is licensed under [the MIT License](https://github.com/acme/Acme-LLM/blob/HEAD/LICENSE-CODE).
The use of Acme models is subject to [Acme Model License](https://github.com/acme/Acme-LLM/blob/HEAD/LICENSE-MODEL).
"""


def test_news_dates_a_family_named_without_its_size_and_not_the_model_it_improves(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "Acme"
    write(repo / "README.md", JANUS_LIKE)
    write(repo / "LICENSE-CODE", license_text("mit"))
    write(repo / "LICENSE-MODEL", license_text("deepseek-la-1.0"))
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert rows["AcmeFlow-1.3B"].release.release_date == "2024-11-13"  # "AcmeFlow is released"
    assert rows["Acme-Pro-7B"].release.release_date == "2025-01-27"
    assert rows["Acme-1.3B"].release.release_date is None  # "an advanced version of Acme" dates Acme-Pro
    for row in rows.values():  # a section anchor is no license; the upstream LICENSE-MODEL is the file here
        assert (row.license_file, row.license_id) == ("LICENSE-MODEL", "deepseek-la-1.0")
        assert row.declared is None


def test_a_family_with_its_sizes_in_parentheses():
    from analyzer.scan.releases import read_releases

    text = "# Acme\n\n[2024.01.17] We release Acme2 (1.8B/7B/20B), a new series of base and chat models.\n"
    (release,) = read_releases("README.md", text)
    assert release.name == "Acme2" and release.values["parameters"] == ("1.8B", "7B", "20B")
    assert release.values["release_date"] == "2024-01-17"


def test_a_numbered_list_of_hub_ids_names_a_suite_with_sizes_and_contexts_in_the_names():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme Code\n\nPick a `model_path` from:\n\n"
        "1. `acme-lab/acme-3b-code-base-2k`\n2. `acme-lab/acme-3b-code-instruct-2k`\n"
        "3. `acme-lab/acme-20b-code-base-8k`\n\n"
        "Fine-tune with `other-org/tool-7b` or see `acme-lab/acme-3b-code-base` in prose.\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert set(found) == {"acme-3b-code-base-2k", "acme-3b-code-instruct-2k", "acme-20b-code-base-8k"}
    assert found["acme-20b-code-base-8k"]["parameters"] == ("20B",)
    assert found["acme-20b-code-base-8k"]["context_length"] == 8192


def test_html_dated_news_names_code_spans_and_a_demo_space_is_no_release():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme-VL\n\n## Release\n\n"
        "✅ <b>2025-2-6</b>: Gradio Demo on Space [acme-vl-2b](https://huggingface.co/spaces/acme/acme-vl-2b).\n"
        "✅ <b>2024-12-13</b>: Acme-VL family released, including <code>Acme-VL-tiny</code>,"
        " <code>Acme-VL</code>.\n\n"
        "Acme-VL comes in two variants, with 1.0B and 4.5B activated parameters respectively.\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert set(found) == {"Acme-VL-tiny", "Acme-VL"}
    assert {v["release_date"] for v in found.values()} == {"2024-12-13"}
    assert not any("parameters" in v for v in found.values())  # activated counts are not sizes


VERSIONS = """# Acme-Video

# News

## March, 5th, 2025: New checkpoint v0.9.5
- New license for commercial use ([OpenRail-M](https://huggingface.co/Acme/Acme-Video/acme-2b-v0.9.5.license.txt))
- Release a new checkpoint v0.9.5 with improved quality

## December 20th, 2024: New checkpoint v0.9.1
- Release a new checkpoint v0.9.1

## November 21th, 2024: Initial release v0.9.0

# Models

| Name | Notes | config |
|---|---|---|
| acme-video-13b-v0.9.7-dev | Highest quality | [a.yaml](configs/a.yaml) |
| acme-video-2b-v0.9.5 | Previous version | [b.yaml](configs/b.yaml) |
| acme-video-2b-v0.9.1 | Previous version | [c.yaml](configs/c.yaml) |
| acme-video-2b-v0.9 | Previous version | [d.yaml](configs/d.yaml) |

# Compared with

| Model | Notes |
|---|---|
| Rival-7B | another lab |
| Other-2B | another lab |
"""


def test_a_table_of_one_familys_sized_names_and_news_naming_only_their_versions():
    from analyzer.scan.releases import read_releases

    found = {r.name: r.values for r in read_releases("README.md", VERSIONS)}
    assert set(found) == {  # no license ("OpenRail-M") and no rival table rows
        "acme-video-13b-v0.9.7-dev",
        "acme-video-2b-v0.9.5",
        "acme-video-2b-v0.9.1",
        "acme-video-2b-v0.9",
    }
    assert found["acme-video-2b-v0.9.5"]["release_date"] == "2025-03-05"
    assert found["acme-video-2b-v0.9.1"]["release_date"] == "2024-12-20"
    assert found["acme-video-2b-v0.9"]["release_date"] == "2024-11-21"  # v0.9.0 is v0.9
    assert "release_date" not in found["acme-video-13b-v0.9.7-dev"]
    assert found["acme-video-13b-v0.9.7-dev"]["parameters"] == ("13B",)


def test_a_table_with_a_blank_corner_lists_models_across_and_a_base_column_gives_lineage():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme OLM\n\n## Pretraining\n\n| | **Acme 2 7B** | **Acme 2 13B** |\n|---|---|---|\n"
        "| Number of tokens | 4 Trillion | 5 Trillion |\n"
        "| Checkpoint | [stage1-7B](https://hf.co/acme/A-7B) | [stage1-13B](https://hf.co/acme/A-13B) |\n\n"
        "## Instruct\n\n| Model | Base |\n|---|---|\n"
        "| [Acme-2-7B-Instruct](https://huggingface.co/acme/Acme-2-7B-Instruct) | Acme-2-7B |\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert set(found) == {"Acme 2 7B", "Acme 2 13B", "Acme-2-7B-Instruct"}  # stage checkpoints are not
    assert found["Acme 2 13B"]["training_tokens"] == "5T"
    assert found["Acme-2-7B-Instruct"]["base_model"] == "Acme-2-7B"


CHAT_README = """# AcmeChat

## News
- [2023/08] We released **Vicuna v1.5** based on Llama 2 with 4K and 16K context lengths.
- [2023/04] We released **FastChat-T5** compatible with commercial usage.

## Model Weights
### Vicuna Weights
[Vicuna](https://example.org/vicuna) is based on Llama 2 and should be used under Llama's
[model license](https://github.com/facebookresearch/llama/blob/main/LICENSE).

| Size | Chat Model | Fine-tuned from |
| ---  | --- | --- |
| 7B   | [lmsys/vicuna-7b-v1.5](https://huggingface.co/lmsys/vicuna-7b-v1.5) | Llama 2 |

### Other Models
- [LongChat-7B-16K](https://huggingface.co/lmsys/longchat-7b-16k): a long context model.
"""


def test_a_statement_about_one_family_does_not_license_the_others(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "AcmeChat"
    write(repo / "README.md", CHAT_README)
    write(repo / "LICENSE", license_text("apache-2.0"))
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert rows["vicuna-7b-v1.5"].license_id == "llama-2-license-2023"
    assert rows["vicuna-7b-v1.5"].status("commercial_use") == "conditional"
    for other in ("LongChat-7B-16K", "FastChat-T5"):  # "Vicuna ... should be used under" is not theirs
        assert rows[other].license_file is None and rows[other].declared is None
        assert rows[other].status("commercial_use") in (None, "silent")


BILINGUAL_EN = """# Acme-7B

Acme-7B is a model with 7 billion parameters trained on approximately 1.2 trillion tokens.

### Results

| Model | MMLU |
|---|---|
| **Acme-7B<sup>0</sup>** | 42.3 |

# Third-Party Resources

1. [someone/acme-7b-sft](https://huggingface.co/someone/acme-7b-sft) fine-tunes Acme-7B.
2. [someone/acme-vicuna-7b](https://huggingface.co/someone/acme-vicuna-7b) is another fine-tune.

# License

The use of the source code in this repository is governed by [Apache 2.0](LICENSE).

The use of the Acme-7B model weights, however, must follow the [《Acme-7B 模型许可协议》](https://example.org/acme-7b.pdf).
"""

BILINGUAL_ZH = """# Acme-7B

# 协议

对本仓库源码的使用遵循开源许可协议 Apache 2.0。

Acme-7B 支持商用。

如果将 Acme-7B 模型用作商业用途，请您联系许可方进行登记并申请书面授权。
"""


def test_a_license_named_in_chinese_and_a_chinese_condition_on_commercial_use(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "Acme-7B"
    write(repo / "README_EN.md", BILINGUAL_EN)
    write(repo / "README.md", BILINGUAL_ZH)
    write(repo / "LICENSE", license_text("apache-2.0"))
    (row,) = scan_directory(repo).rows  # no footnote-marked name, no third-party fine-tunes
    assert row.release.model == "Acme-7B"
    assert row.license_file is None and "Acme-7B 模型许可协议" in row.declared.name
    commercial = row.terms["commercial_use"]
    assert commercial.status == "conditional"
    assert commercial.evidence[0].file == "README.md" and "书面授权" in commercial.evidence[0].evidence.text


WAN_LIKE = """# Acme2.1

## News
* May 14, 2025: 👋 We introduce **Acme2.1** [VACE](https://github.com/acme/VACE), an all-in-one model!
* Mar 3, 2025: 👋 **Acme2.1**'s T2V and I2V have been integrated into Diffusers ([T2V](https://huggingface.co/docs/x)).
* Feb 25, 2025: 👋 We've released the inference code and weights of **Acme2.1**.

## Model Download

| Models | Download Link | Notes |
|---|---|---|
| T2V-14B | 🤗 [Huggingface](https://huggingface.co/Acme-AI/Acme2.1-T2V-14B) | 480P and 720P |
| VACE-1.3B | 🤗 [Huggingface](https://huggingface.co/Acme-AI/Acme2.1-VACE-1.3B) | 480P |
"""


def test_short_table_names_take_the_hubs_full_name_and_the_familys_news_date():
    from analyzer.scan.releases import read_releases

    found = {r.name: r.values for r in read_releases("README.md", WAN_LIKE)}
    assert {"Acme2.1-T2V-14B", "Acme2.1-VACE-1.3B"} <= set(found)
    assert "T2V" not in found  # a docs link names no release
    assert found["Acme2.1-T2V-14B"]["release_date"] == "2025-02-25"  # integrated into Diffusers: no release
    assert found["Acme2.1-VACE-1.3B"]["release_date"] == "2025-05-14"  # "We introduce **Acme2.1** VACE"


DIT_LIKE = """# AcmeDiT

## News
* Dec 17, 2024: :tada: Optimize Lora training with `low-bit optimizer`.
* Jul 15, 2024: AcmeDiT and a partner launched a fine-tuning event.
* Jun 13, 2024: AcmeDiT-v1.1 is released. See [AcmeDiT-v1.1](https://hf.co/acme/AcmeDiT-v1.1) and
[Distillation-v1.1](https://huggingface.co/acme/Distillation-v1.1) for more details.
* Jun 05, 2024: Code released.

| Model | #Params | Download |
|---|---|---|
| AcmeDiT-v1.0 | 1.5B | [AcmeDiT](https://huggingface.co/acme/AcmeDiT) |
| AcmeDiT-v1.1 | 1.5B | [AcmeDiT-v1.1](https://huggingface.co/acme/AcmeDiT-v1.1) |
"""


def test_a_wrapped_news_item_and_versions_a_family_line_does_not_date(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "AcmeDiT"
    write(repo / "README.md", DIT_LIKE)
    rows = {r.release.model: r.release for r in scan_directory(repo).rows}
    assert "low-bit optimizer" not in rows  # words in a code span are no name
    assert rows["Distillation-v1.1"].release_date == "2024-06-13"  # named on the item's second line
    assert rows["AcmeDiT-v1.1"].release_date == "2024-06-13"
    assert rows["AcmeDiT-v1.0"].release_date is None  # "AcmeDiT and a partner launched" is no v1.0 news


def test_a_link_text_without_the_size_takes_the_hubs_sized_name():
    from analyzer.scan.releases import read_releases

    text = (
        "# Smol\n\n## Acme3\n\n- [Acme3-Base](https://hf.co/AcmeTB/Acme3-3B-Base)\n"
        "- [Acme3](https://hf.co/AcmeTB/Acme3-3B)\n- [Acme-VLM-Instruct](https://hf.co/AcmeTB/Acme-VLM-Instruct)\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert set(found) == {"Acme3-3B-Base", "Acme3-3B", "Acme-VLM-Instruct"}
    assert found["Acme3-3B-Base"]["parameters"] == ("3B",)


def test_a_model_announced_as_coming_soon_is_not_released():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme\n\n## News\n\n- 2024.03.01: We release **Acme-7B**; **Acme-70B** is coming soon.\n"
        "- 2024.04.01: **Acme-7B-Chat** (coming soon) and **Acme-7B-Code** will be released next month.\n"
    )
    assert {r.name for r in read_releases("README.md", text)} == {"Acme-7B"}


def test_a_license_of_another_product_of_the_same_family_is_only_close_to_it():
    import re

    from analyzer.licensedb import licensedb
    from analyzer.scan.honesty import check
    from analyzer.scan.identify import UNKNOWN

    key = "tencent-hunyuan-3d-2.0-cla"
    entry = licensedb()[key]
    other = re.sub(r"3D 2\.0", "DiT", entry.text)  # the same terms for another model of the family
    honest = check(other, key, 0.94, entry.name)
    assert (honest.key, honest.close_to) == (UNKNOWN, key)
    assert check(entry.text, key, 0.94, entry.name).key == key  # its own text names every word


def test_the_familys_first_news_does_not_date_a_later_generation(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "AcmeVL"
    write(
        repo / "README.md",
        "# AcmeVL\n\n- `2024/02/27`: AcmeVL is released at a conference.\n\n"
        "| Model | #Params | Download |\n|---|---|---|\n"
        "| AcmeVL-14B | 14B | [hf](https://huggingface.co/acme/AcmeVL-14B) |\n"
        "| AcmeVL3.5-20B-A4B | 20B | [hf](https://huggingface.co/acme/AcmeVL3.5-20B-A4B) |\n",
    )
    rows = {r.release.model: r.release for r in scan_directory(repo).rows}
    assert rows["AcmeVL-14B"].release_date == "2024-02-27"  # the family's own release
    assert rows["AcmeVL3.5-20B-A4B"].release_date is None  # generation 3.5 is not that news


def test_a_family_named_with_its_sizes_in_a_news_line_dates_the_sized_releases():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme\n\n[Dec 29, 2023] We also release RLHF-tuned Acme-Alpaca-2-RLHF (1.3B/7B).\n\n"
        "| Model | Type | Download |\n|---|---|---|\n"
        "| Acme-Alpaca-2-7B-RLHF | chat | [hf](https://huggingface.co/acme/Acme-Alpaca-2-7B-RLHF) |\n"
        "| Acme-Alpaca-2-1.3B-RLHF | chat | [hf](https://huggingface.co/acme/Acme-Alpaca-2-1.3B-RLHF) |\n"
        "| Acme-Alpaca-2-13B-RLHF | chat | [hf](https://huggingface.co/acme/Acme-Alpaca-2-13B-RLHF) |\n"
    )
    found = {r.name: r.values.get("release_date") for r in read_releases("README.md", text)}
    assert found["Acme-Alpaca-2-7B-RLHF"] == found["Acme-Alpaca-2-1.3B-RLHF"] == "2023-12-29"
    assert found["Acme-Alpaca-2-13B-RLHF"] is None  # not among the sizes the line names


def test_a_we_release_n_models_list_names_its_releases():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme\n\n## Models\n\nWe release three models:\n"
        "- Acme fine-tuned on a male synthetic voice (Acmeko),\n"
        "- Acme fine-tuned on a female synthetic voice (Acmeka),\n"
        "- Mimo, our speech codec.\n\n"
        "- Acmeka for PyTorch: [o/acmeka-pytorch-bf16](https://huggingface.co/o/acmeka-pytorch-bf16), "
        "[o/acmeka-pytorch-q8](https://huggingface.co/o/acmeka-pytorch-q8)\n\n"
        "Some models we compared:\n- Rival, a baseline.\n"
    )
    assert [r.name for r in read_releases("README.md", text)] == ["Acmeko", "Acmeka", "Mimo"]


def test_a_models_section_names_releases_and_its_linked_pages_list_their_checkpoints(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "acmecraft"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeCraft\n\n## Models\n\nAcmeCraft contains code for:\n"
        "* [AcmeGen](./docs/ACMEGEN.md): A text-to-music model.\n"
        "* [AcmeCodec](./docs/CODEC.md): A neural audio codec.\n\n"
        "## Training code\n\n* [Training](./docs/TRAINING.md): how to train.\n",
    )
    write(
        repo / "docs" / "ACMEGEN.md",
        "# AcmeGen\n\n## Models\n\n"
        "- `acme/acmegen-small`: 300M model, text only - [🤗 Hub](https://huggingface.co/acme/acmegen-small)\n"
        "- `acme/acmegen-large`: 3.3B model, text only - [🤗 Hub](https://huggingface.co/acme/acmegen-large)\n"
        "- `acme/acmegen-stereo-*`: the previous models fine tuned for stereo -\n"
        "    [small](https://huggingface.co/acme/acmegen-stereo-small),\n"
        "    [large](https://huggingface.co/acme/acmegen-stereo-large).\n",
    )
    write(
        repo / "docs" / "TRAINING.md", "# Training\n\n- [Acme-7B](https://huggingface.co/acme/Acme-7B): x\n"
    )
    rows = {r.release.model: r.release.parameters for r in scan_directory(repo).rows}
    assert {"AcmeGen", "AcmeCodec", "acmegen-stereo-small", "acmegen-stereo-large"} <= set(rows)
    assert rows["acmegen-small"] == ("300M",) and rows["acmegen-large"] == ("3.3B",)
    assert "Training" not in rows and "Acme-7B" not in rows  # not a Models section: its page is not read


def test_a_release_date_field_dating_versions_names_and_dates_them(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme\n\n| Size | Parameters | Multilingual model |\n|---|---|---|\n"
        "| tiny | 39 M | `tiny` |\n| large | 1550 M | `large` |\n| turbo | 809 M | `turbo` |\n\n"
        "The `turbo` model is an optimized version of `large-v3`.\n",
    )
    write(
        repo / "model-card.md",
        "# Model Card: Acme\n\n### Release date\n\nSeptember 2022 (original series), December 2022 "
        "(`large-v2`), November 2023 (`large-v3`), September 2024 (`large-v3-turbo`)\n",
    )
    rows = {r.release.model: r.release for r in scan_directory(repo).rows}
    assert {n: r.release_date for n, r in rows.items()} == {
        "tiny": "2022-09",
        "large": "2022-09",
        "turbo": "2024-09",  # `large-v3-turbo` is the table's `turbo`
        "large-v2": "2022-12",
        "large-v3": "2023-11",
    }
    assert rows["turbo"].base_model == "large-v3"


def test_one_date_in_a_release_date_field_is_no_list_of_versions():
    from analyzer.scan.layouts import release_date_entries

    assert release_date_entries("card.md", "**Release date:** March 2024 (`acme-7b`)\n") == []


def test_a_quoted_dated_callout_dates_the_list_under_it_and_sizes_follow_the_links():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme-TTS\n\n> [!IMPORTANT]\n> **08/08/2024:** We release two new Acme-TTS checkpoints:\n"
        "> 1. [Acme-TTS Mini](https://huggingface.co/acme/acme-tts-mini-v1), an 880M parameter model.\n"
        "> 2. [Acme-TTS Large](https://huggingface.co/acme/acme-tts-large-v1), a 2.3B parameter model.\n>\n"
        "> These checkpoints have been trained on 45k hours of audiobook data.\n\n"
        "- [Acme-Pro](https://huggingface.co/acme/acme-pro-3b) is comparable to 7B-9B parameters models.\n"
    )
    found = {
        r.name: (r.values.get("release_date"), r.values.get("parameters"))
        for r in read_releases("R.md", text)
    }
    assert found["acme-tts-mini-v1"] == ("2024-08-08", ("880M",))
    assert found["acme-tts-large-v1"] == ("2024-08-08", ("2.3B",))
    assert found["acme-pro-3b"][1] == ("3B",)  # a rival's size later on the line is not this release's


def test_sibling_version_sections_are_releases_and_a_prose_sentence_dates_one(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "AcmeVoice"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeVoice\n\n## Introduction\n\n### AcmeVoice V1\n\nClones voices.\n\n### AcmeVoice V2\n\n"
        "In April 2024, we released AcmeVoice V2, which includes all features in V1.\n\n"
        "## License\nAcmeVoice V1 and V2 are MIT Licensed. Free for both commercial and research use.\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert set(rows) == {"AcmeVoice V1", "AcmeVoice V2"}
    assert rows["AcmeVoice V2"].release.release_date == "2024-04"
    assert all(r.status("commercial_use") == "granted" for r in rows.values())


def test_a_cards_month_is_made_a_day_by_the_news_line_of_that_month(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme\n\n## Updates\n\n**2023.05.01**\n- Acme is faster.\n\n**2023.04.20**\n- Acme release!\n",
    )
    write(repo / "model-card.md", "# Model Card: Acme\n\n## Model Details\n### Release date\nApril 2023\n")
    (row,) = scan_directory(repo).rows
    assert row.release.release_date == "2023-04-20"


def test_a_model_checkpoints_section_listing_model_types_names_its_releases():
    from analyzer.scan.releases import read_releases

    text = (
        '# Acme\n\n## <a name="Models"></a>Model Checkpoints\n\n'
        "Click the links below to download the checkpoint for the corresponding model type.\n\n"
        "- **`default` or `vit_h`: [ViT-H Acme model.](https://example.com/acme_vit_h.pth)**\n"
        "- `vit_b`: [ViT-B Acme model.](https://example.com/acme_vit_b.pth)\n\n"
        "## Usage\n\n- `--fast`: [Fast mode](https://example.com/fast)\n"
    )
    assert [r.name for r in read_releases("README.md", text)] == ["ViT-H Acme", "ViT-B Acme"]


def test_a_news_line_releasing_the_models_without_naming_them_dates_the_repositorys_releases(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "Acme-Depth"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme Depth\n\n## News\n\n* **2024-01-23:** Acme Depth ONNX versions are supported.\n"
        "* **2024-01-22:** Paper, project page, code, models, and demo are released.\n\n"
        "| Model | Params |\n|---|---|\n| Acme-Depth-Small | 24.8M |\n| Acme-Depth-Large | 335.3M |\n",
    )
    dates = {r.release.model: r.release.release_date for r in scan_directory(repo).rows}
    assert dates == {"Acme-Depth-Small": "2024-01-22", "Acme-Depth-Large": "2024-01-22"}
    from analyzer.scan.readmes import _own_release_lines

    other = "* **2024-01-20:** Rival-7B models are released by others.\n"
    assert _own_release_lines("README.md", other) == []  # a line naming another model is its news
