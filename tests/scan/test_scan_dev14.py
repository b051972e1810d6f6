"""Fixes found on the dev14 split, on trees the tests write (no repository's text): a license sentence whose
subject names the README's releases or their family ("Acme-7B and Acme-7B-Chat are released under ...",
"Meta Acme is licensed under ...") covers those weights, and a sentence giving two releases two licenses
gives each its own; weights announced as hub links ("We have released weights on HF for the [Acme 1B
Model](hub) and ..."); bold names a sentence defines as models in a README-only repository; HTML score
tables under an evaluation section's sub-heading name no release."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write

NEWS = "## News\n\n- 2024.05.01: We release Acme-7B and Acme-7B-Chat.\n\n"


_rows = rows_by_model


def test_a_sentence_whose_subject_names_the_releases_covers_their_weights(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("cc-by-nc-4.0"))
    write(
        repo / "README.md",
        "# Acme\n\n"
        + NEWS
        + "## License\n\nAcme-7B and Acme-7B-Chat are released under the CC BY-NC 4.0 license.\n",
    )
    rows = _rows(repo)
    assert {r.license_id for r in rows.values()} == {"cc-by-nc-4.0"}
    assert {r.status("commercial_use") for r in rows.values()} == {"prohibited"}


def test_the_family_after_an_organisation_word_names_the_releases_too(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("cc-by-nc-4.0"))
    write(
        repo / "README.md",
        "# Acme Transformer\n\n" + NEWS + "## License\n\nMeta Acme is licensed under CC-BY-NC-4.0 license. "
        "Refer to the LICENSE file in the top level directory.\n",
    )
    rows = _rows(repo)
    assert {r.license_id for r in rows.values()} == {"cc-by-nc-4.0"}
    assert {r.status("commercial_use") for r in rows.values()} == {"prohibited"}


def test_a_code_subject_is_still_the_code(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n" + NEWS + "## License\n\nThe Acme code is released under Apache 2.0.\n",
    )
    rows = _rows(repo)
    assert {r.license_id for r in rows.values()} == {"unknown"}


def test_two_releases_two_licenses_in_one_sentence(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n" + NEWS + "## License\n\nAcme-7B is released under Apache 2.0, while Acme-7B-Chat is "
        "released under CC BY-NC 4.0.\n",
    )
    rows = _rows(repo)
    assert rows["Acme-7B"].license_id == "apache-2.0"
    assert rows["Acme-7B"].status("commercial_use") == "granted"
    assert rows["Acme-7B-Chat"].license_id == "cc-by-nc-4.0"
    assert rows["Acme-7B-Chat"].status("commercial_use") == "prohibited"


def test_weights_announced_as_hub_links_are_releases(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("cc-by-nc-4.0"))
    write(
        repo / "README.md",
        "# Acme\n\nA scaling study of byte-level models up to 8B parameters.\n\n## Weights\n\n"
        "We have released weights on HF for the [Acme 1B Model](https://huggingface.co/acme/acme-1b) and "
        "[Acme 7B Model](https://huggingface.co/acme/acme-7b).\n\n## License\n\n"
        "Acme is licensed under CC-BY-NC-4.0 license.\n",
    )
    rows = _rows(repo)
    assert sorted(tuple(r.release.parameters) for r in rows.values()) == [("1B",), ("7B",)]
    assert {r.license_file for r in rows.values()} == {"LICENSE"}


def test_bold_names_defined_as_models_make_a_readme_only_repository_a_model(tmp_path):
    repo = tmp_path / "acme-coder"
    score_table = (
        "## Performance\n\n### Acme-Bench\n\n<table>\n<tr><td>Model</td><td>Size</td><td>Score</td></tr>\n"
        "<tr><td>Rival-Base</td><td>7B</td><td>33.5</td></tr>\n"
        "<tr><td><b>Acme-Coder</b></td><td>7B</td><td>51.8</td></tr>\n</table>\n"
    )
    write(
        repo / "README.md",
        "# Acme-Coder\n\n## Introduction\n\n1. Supporting the context length of 64K tokens;\n\n"
        "## Quick Start\n\n"
        "> **Acme-Coder-7B-Chat** is an instruction model for chatting;\n>\n"
        "> **Acme-Coder-7B** is a base model typically used for completion.\n\n" + score_table,
    )
    rows = _rows(repo)
    assert set(rows) == {"Acme-Coder-7B-Chat", "Acme-Coder-7B"}
    assert {r.license_id for r in rows.values()} == {"unknown"}


AGREEMENT = (
    'ACME COMMUNITY LICENSE AGREEMENT\n\n1. Definitions. "Model" means the Acme weights. '
    "You may use the Model for non-commercial research purposes only. Commercial use is prohibited "
    "without a separate license from Acme. Redistribution must include this agreement.\n"
) * 2


def test_a_license_named_by_the_title_of_a_model_file_is_that_file_for_every_release(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE-CODE", license_text("mit"))
    write(repo / "LICENSE", AGREEMENT)
    write(
        repo / "README.md",
        "# Acme\n\n" + NEWS + "## License\n\nThe code is MIT licensed. Acme models are licensed under the "
        "Acme Community License.\n",
    )
    rows = _rows(repo)
    assert {r.license_file for r in rows.values()} == {"LICENSE"}
    assert {r.status("commercial_use") for r in rows.values()} == {"prohibited"}


def test_a_license_identifier_in_lower_case_is_a_license_named(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n" + NEWS + "## License\n\nThe code is under Apache-2.0 and the checkpoints are under "
        "cc-by-nc-4.0.\n",
    )
    rows = _rows(repo)
    assert {r.license_id for r in rows.values()} == {"cc-by-nc-4.0"}
    assert {r.status("commercial_use") for r in rows.values()} == {"prohibited"}


def test_weights_under_the_same_license_as_the_base_model_take_the_base_models(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n" + NEWS + "Acme-7B is fine-tuned from Llama-2-7b.\n\n## License\n\n"
        "The weights are released under the same license as the base model.\n",
    )
    row = _rows(repo)["Acme-7B"]
    assert row.license_file is None
    assert row.license_id == "llama-2-license-2023"
    assert row.status("commercial_use") == "conditional"


def test_a_base_after_a_description_and_a_base_before_the_subject(tmp_path):
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme-V\n\n## News\n\n- `2025/08/11`: We released **Acme-5V**.\n"
        "- `2025/07/01`: We released **Acme-4V-9B-Thinking**.\n\n## Overview\n\n"
        "Acme-5V is based on Zeta’s next-generation flagship text foundation model Zeta-5-Air "
        "(106B parameters).\n\n"
        "Built on the [Zeta-4-9B-0414](https://github.com/zeta/zeta-4) foundation model, the "
        "**Acme-4V-9B-Thinking** model introduces a reasoning paradigm.\n"
    )
    bases = {r.name: r.values.get("base_model") for r in read_releases("README.md", text, family="Acme-V")}
    assert bases["Acme-5V"] == "Zeta-5-Air"
    assert bases["Acme-4V-9B-Thinking"] == "Zeta-4-9B-0414"


def test_a_news_line_giving_the_releases_a_license_covers_them(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n## News\n\n- 2024.06.01: Acme-7B and Acme-7B-Chat are now available under the Apache 2.0 "
        "license.\n- 2024.05.01: We release Acme-7B and Acme-7B-Chat.\n",
    )
    assert {r.license_file for r in _rows(repo).values()} == {"LICENSE"}


def test_the_other_language_readme_is_read_when_the_english_one_says_nothing_of_a_license(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "README.md", "# Acme\n\n" + NEWS + "[中文](README_zh.md)\n")
    write(repo / "README_zh.md", "# Acme\n\n## 协议\n\n本项目代码和模型权重均遵循 Apache-2.0 协议开源。\n")
    rows = _rows(repo)
    assert {r.license_file for r in rows.values()} == {"LICENSE"}
    assert {r.status("commercial_use") for r in rows.values()} == {"granted"}


def test_a_license_named_in_chinese_brackets_is_the_weights_license(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme\n\n## 新闻\n\n- 2024.05.01: 发布 Acme-7B 和 Acme-7B-Chat。\n\n## 协议\n\n"
        "本仓库的代码依照 Apache-2.0 协议开源，模型权重的使用则需要遵循《Acme模型许可协议》。\n",
    )
    rows = _rows(repo)
    assert {r.license_file for r in rows.values()} == {None}
    assert {r.declared.name for r in rows.values()} == {"《Acme模型许可协议》"}
