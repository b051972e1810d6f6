"""Licenses a README names in lower case ("released under the Llama-2 license"), and a License
column naming a catalog release's license ("Llama 2 License"), on trees the tests write."""

from __future__ import annotations

from analyzer.scan.roles import readme_statements
from tests.scan.trees import license_text, write


def test_a_name_before_license_in_lower_case_is_a_reference():
    text = (
        "Acme's code is released under the Apache 2.0 License. See [LICENSE](LICENSE) for details. "
        "The models are released under the Llama-2 license."
    )
    found = [(s.role, s.name) for s in readme_statements("README.md", text)]
    assert found == [("code", "Apache 2.0"), ("model", "Llama-2 license")]


def test_a_lower_case_description_defers_to_the_link_after_it():
    text = (
        "- Fine-tuned checkpoints are licensed under the Non-Commercial Creative Commons license "
        "([CC BY-NC-SA-4.0](https://creativecommons.org/licenses/by-nc-sa/4.0/))."
    )
    found = [(s.role, s.name) for s in readme_statements("README.md", text)]
    assert found == [("model", "CC BY-NC-SA-4.0")]


def test_plain_words_before_license_are_not_a_name():
    text = "The models are released under the same license. This license covers the weights."
    assert all(s.name is None for s in readme_statements("README.md", text))


def test_scan_reads_the_weights_license_named_in_lower_case(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-world"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme World\n\n| Model Name | Context Size |\n|---|---|\n| Acme-Text-128K | 128K |\n"
        "| Acme-Text-1M | 1M |\n\n## License\n\n"
        "Acme's code is released under the Apache 2.0 License. See [LICENSE](LICENSE) for further "
        "details. The models are released under the Llama-2 license.\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert set(rows) == {"Acme-Text-128K", "Acme-Text-1M"}
    for row in rows.values():
        assert row.license_id == "llama-2-license-2023" and row.license_file is None
        assert row.status("commercial_use") == "conditional"
        assert row.declared.evidence.text.endswith("released under the Llama-2 license")


def test_a_license_column_naming_a_catalog_release_resolves_in_any_case():
    from analyzer.scan.declared import load_table
    from analyzer.scan.license_names import declared_keys

    for name in ("Llama 2 License", "Llama-2 license", "LLaMA license"):
        assert declared_keys(name, None, load_table()), name
    assert declared_keys("Acme Research License", None, load_table()) == ()


def test_a_statement_about_one_size_does_not_cover_another_size_of_the_family(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme2"
    write(
        repo / "README.md",
        "# Acme2\n\n## News\n\n* 2023.11.30 We release **Acme2-70B-Expr** and **AcmeChat2-70B-Expr**.\n"
        "* 2023.10.12 We release **Acme2** series: **Acme2-7B**, **AcmeChat2-7B** and **Acme2-34B**.\n\n"
        "## License\n\n"
        "The Acme2 project is based on the [Apache 2.0 license](https://www.apache.org/licenses/LICENSE-2.0)"
        "; "
        "The Acme2 series models are based on the [Acme Model License](./assets/acme_license.pdf). "
        "Specially the Acme2 70B series models are based on the "
        "[Acme 70B Model License](./assets/acme_70b.pdf).\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert rows["Acme2-7B"].declared.name == "Acme Model License"
    assert rows["Acme2-34B"].declared.name == "Acme Model License"
    assert rows["Acme2-70B-Expr"].declared.name == "Acme 70B Model License"
    # the repository's name is the family of the chat models too, not another release
    assert rows["AcmeChat2-7B"].declared.name == "Acme Model License"
    assert rows["AcmeChat2-70B-Expr"].declared.name == "Acme 70B Model License"


def test_a_family_released_in_prose_is_the_folders_release(tmp_path):
    from analyzer.scan.family import released_family
    from analyzer.scan.scanner import scan_directory

    assert released_family("R.md", "The results of this release are below.") is None
    assert released_family("R.md", "We release the first model series soon.") is None
    repo = tmp_path / "tuner"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Tuner\n\n## License and Intended Use\n\nWe release the resources associated with Tuner "
        "finetuning in this repository under MIT license.\nIn addition, we release the Acme model family "
        "for base LLaMA model sizes of 7B, 13B, 33B, and 65B. These models are intended for purposes in "
        "line with the LLaMA license and require access to the LLaMA models.\n",
    )
    (row,) = scan_directory(repo).rows
    assert row.release.model == "Acme" and row.release.parameters == ("7B", "13B", "33B", "65B")
    assert row.release.evidence["model"].text == "Acme"
    assert row.license_id == "llama-license-2023" and row.license_file is None
    assert row.status("commercial_use") == "prohibited"


def test_a_base_named_by_its_hub_id_in_lower_case():
    from analyzer.scan.lineage import base_in_prose

    text = (
        "- [2024/01/04] We released **Acme-Coder-33B-V1.1** trained from deepseek-coder-33b-base, the best."
    )
    base, ev = base_in_prose("README.md", text)
    assert base == "deepseek-coder-33b-base" and ev.text == "trained from deepseek-coder-33b-base"
    for words in ("trained on c4 data", "trained on 2T tokens", "based on top-k sampling"):
        assert base_in_prose("README.md", words) is None, words


def test_of_two_model_license_files_each_release_gets_the_one_its_statement_links(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme2"
    write(repo / "assets" / "acme_license.txt", license_text("apache-2.0"))
    write(repo / "assets" / "acme2_70b_license.txt", license_text("cc-by-nc-4.0"))
    write(
        repo / "README.md",
        "# Acme2\n\n## Models\n\n* 2023.11.30 We release **Acme2-70B-Expr** and **AcmeChat2-70B-Expr**.\n"
        "* 2023.10.12 We release **Acme2-7B** and **AcmeChat2-7B**.\n\n## License\n\n"
        "The Acme2 series models are based on the [Acme Model License](./assets/acme_license.txt). "
        "Specially the Acme2 70B series models are based on the "
        "[Acme 70B Model License](./assets/acme2_70b_license.txt).\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    for name in ("Acme2-7B", "AcmeChat2-7B"):
        assert rows[name].license_file == "assets/acme_license.txt", name
        assert rows[name].status("commercial_use") == "granted"
    for name in ("Acme2-70B-Expr", "AcmeChat2-70B-Expr"):
        assert rows[name].license_file == "assets/acme2_70b_license.txt", name
        assert rows[name].status("commercial_use") == "prohibited"


def test_a_license_identifier_written_bare_is_a_reference(tmp_path):
    from analyzer.scan.scanner import scan_directory

    said = {
        "Model weights are licensed under CC BY-NC 4.0.": [("model", "CC BY-NC 4.0")],
        "We release the weights under CC-BY-NC-4.0.": [("model", "CC-BY-NC-4.0")],
        "The code is GPL-3.0 and the weights are CC BY-SA 4.0.": [
            ("code", "GPL-3.0"),
            ("model", "CC BY-SA 4.0"),
        ],
        "Scores on CC-Bench 2.0 are below.": [],
    }
    for text, found in said.items():
        assert [(s.role, s.name) for s in readme_statements("README.md", text)] == found, text
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md", "# Acme\n\nThe code is Apache-2.0. We release the weights under CC-BY-NC-4.0.\n"
    )
    (row,) = scan_directory(repo).rows
    assert row.license_id == "cc-by-nc-4.0" and row.license_file is None
    assert row.status("commercial_use") == "prohibited"


def test_a_code_license_that_the_sentence_extends_to_the_weights():
    said = {
        "This project is licensed under the Apache 2.0 license, which covers the code and the checkpoints.": [
            ("model", "Apache 2.0")
        ],
        "This repository is released under the Apache-2.0 license, and so are the model weights.": [
            ("model", "Apache-2.0")
        ],
        "The code is licensed under Apache-2.0, while model weights are open for academic research.": [
            ("code", "Apache-2.0")
        ],
        "This repository is licensed under the MIT License, including the training scripts.": [
            ("code", "MIT License")
        ],
        "本仓库的代码依照 Apache-2.0 协议开源，模型的权重的使用则需要遵循 Model License。": [
            ("code", "Apache-2.0"),
            ("model", "Model License"),
        ],
    }
    for text, found in said.items():
        assert [(s.role, s.name) for s in readme_statements("README.md", text)] == found, text


def test_a_creative_commons_license_named_without_its_version_keeps_its_commercial_terms(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "acme-tts"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-TTS\n\n## News\n- **2024/10/08**: Acme-TTS-1B base model released.\n\n## License\n\n"
        "Our code is released under MIT License. The pre-trained models are licensed under the CC-BY-NC"
        " license due to the training data.\n",
    )
    rows = scan_directory(repo).rows
    assert rows and all(r.status("commercial_use") == "prohibited" for r in rows)
    assert all(r.license_id.startswith("cc-by-nc-") for r in rows)
