"""README readings of real repository layouts, each on a short text written here."""

from __future__ import annotations

from analyzer.catalog import load_catalog
from analyzer.scan.declared import load_table
from analyzer.scan.license_names import declared_keys, key_of_identifier, key_of_link, model_license_named
from analyzer.scan.releases import clean_name, read_releases
from analyzer.scan.scanner import scan_directory
from analyzer.scan.variants import find_release
from tests.scan.trees import license_text, write


def rows_of(root):
    return {r.release.model: r for r in scan_directory(root).rows}


def test_a_catalog_name_must_start_a_word_of_the_folder_name():
    releases = load_catalog()
    assert find_release(["TinyLlama-1.1B"], releases) is None
    assert find_release(["OpenLLaMA 7B"], releases) is None
    assert find_release(["Chinese-LLaMA-2-7B"], releases).id == "llama-2"


def test_a_source_repository_naming_no_weights_license_reports_none(tmp_path):
    write(
        tmp_path / "acme" / "README.md",
        "# Acme\n\n| Model | Context Length | Download |\n|---|---|---|\n"
        "| Qwen2.5-Acme-7B | 32k | [HF](https://huggingface.co/acme/Qwen2.5-Acme-7B) |\n",
    )
    row = rows_of(tmp_path / "acme")["Qwen2.5-Acme-7B"]
    assert row.catalog is not None  # still identified
    assert row.license_basis is None and row.license_file is None
    assert row.status("commercial_use") in (None, "silent")


def test_release_names_lose_qualifiers_in_parentheses_and_emoji():
    assert clean_name("Acme-V2-Lite-Chat (SFT)") == "Acme-V2-Lite-Chat"
    assert clean_name("Acme-2-7B-64K 🆕") == "Acme-2-7B-64K"


def test_a_decimal_size_is_not_another_size():
    text = (
        "| Model Name | Type | Download |\n|---|---|---|\n"
        "| Acme-2-13B | Base | [HF](https://huggingface.co/a/acme-2-13b) |\n"
        "| Acme-2-1.3B | Base | [HF](https://huggingface.co/a/acme-2-1.3b) |\n"
    )
    found = {r.name: r.values.get("parameters") for r in read_releases("README.md", text)}
    assert found == {"Acme-2-13B": ("13B",), "Acme-2-1.3B": ("1.3B",)}


def test_spdx_identifiers_with_spaces_and_license_addresses_give_keys():
    assert key_of_identifier("CC BY-SA-4.0") == "cc-by-sa-4.0"
    assert key_of_identifier("Apache License 2.0") == "apache-2.0"
    assert key_of_identifier("Acme Model License") is None
    assert key_of_link("https://creativecommons.org/licenses/by-nc-sa/4.0/") == "cc-by-nc-sa-4.0"
    assert key_of_link("https://www.apache.org/licenses/LICENSE-2.0") == "apache-2.0"
    assert key_of_link("https://example.com/terms") is None
    table = load_table()
    assert declared_keys("the weights license", "https://opensource.org/licenses/MIT", table) == ("mit",)


def test_a_table_of_sizes_with_one_column_per_release():
    text = (
        "### Acme-Alpha\n\n"
        "| Size | Acme-Base-Alpha | Acme-Tuned-Alpha | Training Tokens | Parameters |\n"
        "|---|---|---|---|---|\n"
        "| 3B | [checkpoint](https://huggingface.co/a/b3) | [checkpoint](https://huggingface.co/a/t3) "
        "| 800B | 3,638,525,952 |\n"
        "| 7B | [checkpoint](https://huggingface.co/a/b7) | | 800B | 7,869,358,080 |\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["Acme-Base-Alpha"]["parameters"] == ("3B", "7B")
    assert found["Acme-Tuned-Alpha"]["parameters"] == ("3B",)
    assert found["Acme-Base-Alpha"]["training_tokens"] == "800B"


def test_a_release_license_statement_naming_its_stem(tmp_path):
    write(
        tmp_path / "acme" / "README.md",
        "# Acme\n\n## News\n\n"
        "- [2023.04.20] Released the **Acme-Base-7B** model under [CC BY-SA-4.0](https://creativecommons.org/licenses/by-sa/4.0/).\n"
        "- [2023.04.28] Released **AcmeChat-13B**, our chat model.\n\n"
        "## License\n\n"
        "AcmeChat's delta weights are released under [CC BY-NC-SA-4.0](https://creativecommons.org/licenses/by-nc-sa/4.0/).\n",
    )
    rows = rows_of(tmp_path / "acme")
    assert rows["Acme-Base-7B"].license_id == "cc-by-sa-4.0"
    assert rows["Acme-Base-7B"].status("commercial_use") == "granted"
    assert rows["AcmeChat-13B"].license_id == "cc-by-nc-sa-4.0"
    assert rows["AcmeChat-13B"].status("commercial_use") == "prohibited"


def test_a_date_alone_on_its_line_dates_the_news_after_it():
    text = (
        "# Acme\n\n## News\n\n*September 29, 2023*\n\n- Released Acme-3B-4E1T.\n\n"
        "*April 20, 2023*\n\n- Released Acme-Alpha-7B.\n\n"
        "## Updates\n\n#### 07/07/2023\nWe are happy to release an Acme 7Bv2 model.\n\n"
        "#### 06/15/2023\nWe are happy to release Acme 13B.\n\n## Weights\n\n"
        "- [Acme 7Bv2](https://huggingface.co/a/acme_7b_v2)\n- [Acme 13B](https://huggingface.co/a/acme_13b)\n"
    )
    found = {r.name: r.values.get("release_date") for r in read_releases("README.md", text)}
    assert found["Acme-3B-4E1T"] == "2023-09-29"
    assert found["Acme-Alpha-7B"] == "2023-04-20"
    assert found["Acme 7Bv2"] == "2023-07-07"
    assert found["Acme 13B"] == "2023-06-15"


def test_a_base_or_rival_linked_in_a_news_line_is_not_a_release():
    text = (
        "- [2023.04.28] Released AcmeVicuna-13B, our fine-tune of [Vicuna-13B v0](https://huggingface.co/l/v),"
        " which itself is a fine-tune of [LLaMA-13B](https://github.com/x/llama).\n"
    )
    assert {r.name for r in read_releases("README.md", text)} == {"AcmeVicuna-13B"}


def test_a_license_named_after_a_catalog_model():
    named = model_license_named("Please adhere to the license agreement pertinent to the Llama-2 model.")
    assert named is not None and named[1] == "llama-2-license-2023"
    assert model_license_named("Please adhere to the license of this project.") is None


def test_the_base_models_license_governs_the_weights_and_the_license_file_is_code(tmp_path):
    root = tmp_path / "acme-llama"
    write(root / "LICENSE", license_text("apache-2.0"))
    write(
        root / "README.md",
        "# Acme LLaMA-2\n\n| Model Name | Type | Download |\n|---|---|---|\n"
        "| Acme-LLaMA-2-7B | Base | [HF](https://huggingface.co/a/acme-llama-2-7b) |\n"
        "| Acme-Alpaca-2-7B | Chat | [HF](https://huggingface.co/a/acme-alpaca-2-7b) |\n\n"
        "## Disclaimer\n\nThis project is based on the Llama-2 model released by Meta. We request all users "
        "to adhere to the provisions of the open-source license agreement pertinent to the Llama-2 model.\n",
    )
    rows = rows_of(root)
    for name in ("Acme-LLaMA-2-7B", "Acme-Alpaca-2-7B"):
        assert rows[name].license_id == "llama-2-license-2023"
        assert rows[name].license_file is None
        assert rows[name].status("commercial_use") == "conditional"
    roles = {f.file: f.role for f in rows["Acme-LLaMA-2-7B"].license_files}
    assert roles == {"LICENSE": "code"}


def test_a_license_column_gives_each_release_its_license_file(tmp_path):
    root = tmp_path / "acme"
    write(root / "LICENSE", license_text("apache-2.0"))
    write(root / "model_licenses" / "LICENSE-ACME-DEV", license_text("cc-by-nc-4.0"))
    write(root / "model_licenses" / "LICENSE-ACME-FAST", license_text("apache-2.0"))
    write(
        root / "README.md",
        "# Acme\n\n## Models\n\n| Name | HuggingFace repo | License |\n|---|---|---|\n"
        "| `Acme.1-dev` | https://huggingface.co/a/Acme.1-dev "
        "| [Acme.1-dev Non-Commercial License](model_licenses/LICENSE-ACME-DEV) |\n"
        "| `Acme.1-fast` | https://huggingface.co/a/Acme.1-fast "
        "| [apache-2.0](model_licenses/LICENSE-ACME-FAST) |\n\n"
        "The code of this repository is under the [Apache 2.0 License](LICENSE).\n",
    )
    rows = rows_of(root)
    assert rows["Acme.1-dev"].license_file == "model_licenses/LICENSE-ACME-DEV"
    assert rows["Acme.1-dev"].status("commercial_use") == "prohibited"
    assert rows["Acme.1-fast"].license_file == "model_licenses/LICENSE-ACME-FAST"
    assert rows["Acme.1-fast"].status("commercial_use") == "granted"


def test_a_readme_condition_on_commercial_use_makes_it_conditional(tmp_path):
    from analyzer.scan.readme_terms import commercial_condition

    said = "The weights are open for research, and free commercial use is allowed after completing the form."
    assert commercial_condition([("README.md", said)])[1].text == said
    assert commercial_condition([("README.md", "The model supports commercial use.")]) is None
    lifted = "Commercial use of the model is allowed without registration."
    assert commercial_condition([("README.md", lifted)]) is None
    root = tmp_path / "acme"
    write(root / "MODEL_LICENSE", license_text("mit"))
    write(
        root / "README.md",
        f"# Acme-6B\n\n## License\n\nThe model weights are under the [license](MODEL_LICENSE). {said}\n",
    )
    row = scan_directory(root).rows[0]
    assert row.license_file == "MODEL_LICENSE"
    assert row.status("commercial_use") == "conditional"
    assert row.terms["commercial_use"].evidence[0].file == "README.md"


def test_a_settings_table_gives_the_family_facts():
    from analyzer.scan.layouts import settings_facts

    text = (
        "| Setting | Description |\n|---|---|\n| Parameters | 1.1B |\n| Sequence Length | 2048 |\n"
        "| Total Tokens During Training | 3 trillion (slightly more than 3 epochs) |\n"
    )
    facts = {k: v for k, (v, _) in settings_facts("README.md", text).items()}
    assert facts == {"parameters": ("1.1B",), "context_length": 2048, "training_tokens": "3T"}


def test_a_list_of_checkpoint_files_names_releases():
    text = (
        "### Weights\n\n- `acme-v1-1.ckpt`: 237k steps at resolution `256x256`.\n"
        "- `acme-v1-2.ckpt`: Resumed from `acme-v1-1.ckpt`.\n"
        "- [laion2B-en](https://huggingface.co/datasets/laion/laion2B-en) data.\n"
    )
    assert {r.name for r in read_releases("README.md", text)} == {"acme-v1-1", "acme-v1-2"}


def test_a_later_stage_token_count_is_not_the_training_count():
    text = (
        "# Acme Coder\n\nAcme Coder comes in sizes of 1B, 5.7B and 33B, "
        "each trained from scratch on 2T tokens.\n\n"
        "| Model | Download |\n|---|---|\n| Acme-Coder-Base | [HF](https://huggingface.co/a/b) |\n"
        "| Acme-Coder-Instruct | [HF](https://huggingface.co/a/i) |\n\n"
        "- Step 2: Further pre-training on an additional 200B tokens "
        "gives the base models (**Acme-Coder-Base**).\n"
        "- Step 3: Instruction fine-tuning on 2B tokens gives **Acme-Coder-Instruct**.\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["Acme-Coder-Base"]["training_tokens"] == "2T"
    assert found["Acme-Coder-Instruct"]["training_tokens"] == "2T"
    only = "# Acme-V2\n\nAcme-V2 is further pre-trained with additional 6 trillion tokens.\n"
    only += "\n| Model | Download |\n|---|---|\n| Acme-V2-Base | [HF](https://huggingface.co/a/b) |\n"
    assert read_releases("README.md", only)[0].values["training_tokens"] == "6T"


def test_the_fullest_list_of_sizes_wins_over_a_range():
    text = (
        "| Model | Download |\n|---|---|\n| Acme-Base | [HF](https://huggingface.co/a/b) |\n\n"
        "We provide sizes of the model ranging from 1B to 33B versions.\n\n"
        "Offered in model sizes of 1B, 5.7B, 6.7B and 33B.\n"
    )
    assert read_releases("README.md", text)[0].values["parameters"] == ("1B", "5.7B", "6.7B", "33B")


def test_token_counts_with_a_qualifier_and_sizes_with_a_version():
    from analyzer.scan.card import parse_tokens
    from analyzer.scan.variants import sizes_in

    assert parse_tokens("1.4T bilingual tokens") == "1.4T"
    assert sizes_in("Acme 7Bv2") == ["7B"]
    assert sizes_in("Acme-7Bx") == []


def test_a_first_column_of_linked_sized_names_is_the_model_column():
    text = (
        "| Size | Training Tokens | Context Length |\n|---|---|---|\n"
        "| [Acme 2 1B](https://huggingface.co/a/Acme-2-1B) | 4 Trillion | 4096 |\n"
        "| [Acme 2 7B](https://huggingface.co/a/Acme-2-7B) | 4 Trillion | 4096 |\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["Acme 2 1B"]["training_tokens"] == "4T"
    assert found["Acme 2 7B"]["context_length"] == 4096


def test_news_lines_name_releases_written_plainly():
    text = (
        "- 2025.04.29: We released the Acme3 series. This time there are sizes 3B, 14B and 32B.\n"
        "- 2024.09.19: Acme2.5 is released.\n"
        "### May, 14th, 2025: New distilled model Acme-Video-13B-distilled\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["Acme3"]["release_date"] == "2025-04-29"
    assert found["Acme3"]["parameters"] == ("3B", "14B", "32B")
    assert found["Acme2.5"]["release_date"] == "2024-09-19"
    assert found["Acme-Video-13B-distilled"]["release_date"] == "2025-05-14"


def test_a_link_into_another_github_repository_is_not_this_folders_file(tmp_path):
    root = tmp_path / "acme-chat"
    write(root / "LICENSE", license_text("apache-2.0"))
    write(
        root / "README.md",
        "# Acme Chat\n\n| Model | Download |\n|---|---|\n"
        "| acme-chat-7b-v1.5 | [HF](https://huggingface.co/a/acme-chat-7b-v1.5) |\n\n"
        "Acme Chat is based on Llama 2 and should be used under Llama's "
        "[model license](https://github.com/facebookresearch/llama/blob/main/LICENSE).\n\n"
        "The code is released under the [Apache 2.0 license](LICENSE).\n",
    )
    row = rows_of(root)["acme-chat-7b-v1.5"]
    assert row.license_file is None
    assert row.license_id == "llama-2-license-2023"
    assert row.status("commercial_use") == "conditional"


def test_a_statement_naming_other_releases_only_does_not_cover_this_one(tmp_path):
    root = tmp_path / "acme-video"
    write(
        root / "README.md",
        "# Acme Video\n\n## News\n\n"
        "- [2025.03.05] Released **Acme-Video-2B-v0.9.5**; this model is licensed under "
        "[OpenRAIL-M](https://huggingface.co/a/b/blob/main/License.txt).\n"
        "- [2024.11.20] Released **Acme-Video-2B-v0.9.1**.\n"
        "- [2024.10.01] Released **AcmeX-7B-Chat**; the XVERSE-style family model weights are under the "
        "[CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/) license.\n",
    )
    rows = rows_of(root)
    assert rows["Acme-Video-2B-v0.9.5"].declared is not None
    assert rows["Acme-Video-2B-v0.9.1"].declared is None
    assert rows["Acme-Video-2B-v0.9.1"].status("commercial_use") in (None, "silent")


def test_a_tuned_release_takes_the_listed_release_its_name_extends_as_base(tmp_path):
    text = (
        "| Model | Context Length | Download |\n|---|---|---|\n"
        "| Qwen2.5-Acme-7B | 32k | [HF](https://huggingface.co/a/b) |\n"
        "| Qwen2.5-Acme-7B-Instruct | 32k | [HF](https://huggingface.co/a/c) |\n"
        "| Acme-V2-Lite-Base | 32k | [HF](https://huggingface.co/a/d) |\n"
        "| Acme-V2-Lite-Instruct | 32k | [HF](https://huggingface.co/a/e) |\n"
        "| Acme-1B-Chat-V0.4 | 2k | [HF](https://huggingface.co/a/f) |\n"
    )
    found = {r.name: r.values.get("base_model") for r in read_releases("README.md", text)}
    assert found["Qwen2.5-Acme-7B-Instruct"] == "Qwen2.5-Acme-7B"
    assert found["Acme-V2-Lite-Instruct"] == "Acme-V2-Lite-Base"
    assert found["Qwen2.5-Acme-7B"] is None and found["Acme-1B-Chat-V0.4"] is None
    write(tmp_path / "acme" / "README.md", "# Acme\n\n" + text)
    row = rows_of(tmp_path / "acme")["Qwen2.5-Acme-7B-Instruct"]
    assert row.inherited is None and row.license_basis is None  # its base is no catalog release


def test_a_news_date_goes_to_a_whole_name_not_the_start_of_a_longer_one():
    text = (
        "| Date | HF Checkpoint | Tokens |\n|---|---|---|\n"
        "| 2023-09-04 | [Acme-1.1B-preview-105b](https://huggingface.co/a/p) | 105B |\n"
        "| 2023-10-01 | [Acme-1.1B-Chat-V0.3](https://huggingface.co/a/c) | 1T |\n\n"
        "| Setting | Description |\n|---|---|\n| Parameters | 1.1B |\n\n"
        "- [Acme-1.1B](https://huggingface.co/a/acme-1.1b)\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert "release_date" not in found["Acme-1.1B"]
    assert found["Acme-1.1B-Chat-V0.3"]["training_tokens"] == "1T"
    assert "Acme-1.1B-Chat-V0" not in found


def test_a_list_item_opening_with_a_bold_sized_name_is_a_release():
    text = (
        "## Models\n\n- **Acme-13B-Base**: the base model, trained on 3.2T tokens.\n"
        "- **Acme-13B-Chat**: the chat model.\n- **Note**: more soon.\n\n"
        "## Evaluation\n\n- **Rival-70B**: 68.9\n"
    )
    assert {r.name for r in read_releases("README.md", text)} == {"Acme-13B-Base", "Acme-13B-Chat"}


def test_a_family_named_without_the_role_word_dates_its_releases():
    text = (
        "## News\n\n*August 5, 2023*\n\n- Released patched Acme-Alpha v2 models "
        "with 3B and 7B parameters.\n\n"
        "*April 20, 2023*\n\n- Released initial set of Acme-Alpha models, with 3B and 7B parameters.\n\n"
        "## Models\n\n| Size | Acme-Base-Alpha-v2 | Training Tokens |\n|---|---|---|\n"
        "| 3B | [checkpoint](https://huggingface.co/a/b2) | 1.1T |\n\n"
        "| Size | Acme-Base-Alpha | Acme-Tuned-Alpha | Training Tokens |\n|---|---|---|---|\n"
        "| 3B | [checkpoint](https://huggingface.co/a/b) "
        "| [checkpoint](https://huggingface.co/a/t) | 800B |\n"
    )
    found = {r.name: r.values.get("release_date") for r in read_releases("README.md", text)}
    assert found == {
        "Acme-Base-Alpha-v2": "2023-08-05",
        "Acme-Base-Alpha": "2023-04-20",
        "Acme-Tuned-Alpha": "2023-04-20",
    }


def test_a_file_named_as_the_model_license_beats_a_license_taken_by_default(tmp_path):
    root = tmp_path / "acme"
    write(root / "LICENSE", license_text("apache-2.0"))
    write(root / "Acme Community License.txt", license_text("cc-by-nc-4.0"))
    write(root / "MODEL_CARD.md", "---\nlicense: other\n---\n# Acme-7B\n\nA 7B model.\n")
    row = scan_directory(root).rows[0]
    assert row.license_file == "Acme Community License.txt"
    assert row.status("commercial_use") == "prohibited"


def test_a_size_of_a_listed_release_is_not_a_release_of_its_own():
    text = (
        "## News\n\n- [2023.04.20] Released the Acme-Tuned-Alpha models. Chat with our 7B model, "
        "`Acme-Tuned-Alpha-7B`.\n\n## Models\n\n"
        "| Size | Acme-Tuned-Alpha | Training Tokens |\n|---|---|---|\n"
        "| 3B | [checkpoint](https://huggingface.co/a/t3) | 800B |\n"
        "| 7B | [checkpoint](https://huggingface.co/a/t7) | 800B |\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert set(found) == {"Acme-Tuned-Alpha"}
    assert found["Acme-Tuned-Alpha"]["release_date"] == "2023-04-20"


def test_a_family_fact_reaches_releases_when_no_release_states_another_value():
    text = (
        "# Acme Coder\n\nEach model is pre-trained with a window size of 16K.\n\n"
        "| Model | Download |\n|---|---|\n| Acme-Coder-Base | [HF](https://huggingface.co/a/b) |\n"
        "| Acme-Coder-Instruct | [HF](https://huggingface.co/a/i) |\n\n"
        "- Step 2: Further pre-training with an extended 16K window size gives **Acme-Coder-Base**.\n"
    )
    found = {r.name: r.values.get("context_length") for r in read_releases("README.md", text)}
    assert found == {"Acme-Coder-Base": 16384, "Acme-Coder-Instruct": 16384}


def test_an_expert_layout_is_not_a_second_size_beside_its_total():
    from analyzer.scan.releases import Release, _experts_in_total
    from analyzer.scan.results import FactEvidence

    ev = FactEvidence("x", "README.md", 0, 1)
    moe = Release("Acme-MoE", ev, values={"parameters": ("128x3.66B", "480B")})
    _experts_in_total(moe)
    assert moe.values["parameters"] == ("480B",)
    alone = Release("Acme-8x7B", ev, values={"parameters": ("8x7B",)})
    _experts_in_total(alone)
    assert alone.values["parameters"] == ("8x7B",)


def test_a_size_in_parentheses_after_a_release_name():
    text = (
        "- [2026.02.11] **[Acme-SALA](https://huggingface.co/a/Acme-SALA)** is released.\n\n"
        "We benchmarked Acme-SALA (9B) against Rival-8B.\n"
    )
    found = {r.name: r.values for r in read_releases("README.md", text)}
    assert found["Acme-SALA"]["parameters"] == ("9B",)


def test_a_lite_model_does_not_take_the_facts_of_the_model_it_extends():
    text = (
        "We pretrained Acme-V2 on 8.1 trillion tokens.\n\n"
        "| Model | #Total Params | Context Length | Download |\n|---|---|---|---|\n"
        "| Acme-V2-Lite | 16B | 32k | [HF](https://huggingface.co/a/l) |\n"
        "| Acme-V2 | 236B | 128k | [HF](https://huggingface.co/a/v) |\n"
        "| Acme-V2-Chat | 236B | 128k | [HF](https://huggingface.co/a/c) |\n"
    )
    found = {r.name: r.values.get("training_tokens") for r in read_releases("README.md", text)}
    assert found == {"Acme-V2-Lite": None, "Acme-V2": "8.1T", "Acme-V2-Chat": "8.1T"}
