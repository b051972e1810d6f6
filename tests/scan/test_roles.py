"""License file roles: the data table's examples, README statements, honest identification."""

from __future__ import annotations

import pytest

from analyzer.scan.honesty import check
from analyzer.scan.roles import (
    load_roles,
    not_a_license,
    readme_statements,
    role_by_name,
    role_by_title,
)
from analyzer.schemas import TableError

TABLE = load_roles()


@pytest.mark.parametrize("rule", TABLE.names, ids=lambda r: r.example)
def test_every_name_rule_example_gets_its_role(rule):
    assert role_by_name(rule.example) == rule.role


@pytest.mark.parametrize("rule", TABLE.titles, ids=lambda r: r[2])
def test_every_title_rule_example_gets_its_role(rule):
    role, _, example = rule
    assert role_by_title(example + "\n\nbody text") == role


@pytest.mark.parametrize("name", ["LICENSE", "LICENSE.txt", "COPYING"])
def test_a_generic_name_has_no_role_by_name(name):
    assert role_by_name(name) is None


README = "readme: {model: [], code: []}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("names: []\ntitles: []\n", r"^roles.yaml:1: readme: missing$"),
        (
            "names:\n  - {role: weights, pattern: X, example: X}\ntitles: []\n" + README,
            r"^roles.yaml:2: names.0.role: Input should be 'model'",
        ),
        (
            "names:\n  - {role: model, pattern: X, dir: x, example: X}\ntitles: []\n" + README,
            r"^roles.yaml:2: names.0: give one of pattern or dir$",
        ),
        (
            "names: []\ntitles:\n  - {role: model, pattern: '(', example: X}\n" + README,
            r"^roles.yaml:3: titles.0.pattern: bad regular expression",
        ),
    ],
)
def test_the_table_is_validated_on_load(tmp_path, text, message):
    path = tmp_path / "roles.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TableError, match=message):
        load_roles(str(path))


def test_a_url_or_a_few_words_are_not_a_license():
    assert not_a_license("https://example.com/LICENSE\n") == "only a URL"
    assert not_a_license("See the website.") == "too short to be a license"
    assert (
        not_a_license("Permission is hereby granted, free of charge, to any person obtaining a copy " * 3)
        is None
    )


def test_readme_clauses_tie_each_license_to_code_or_weights():
    text = (
        "## License\n\nThe code in this repository is released under the [Apache-2.0](LICENSE) license, "
        "while the model weights must follow the [Model License](MODEL_LICENSE).\n"
    )
    found = readme_statements("README.md", text)
    assert [(s.role, s.target) for s in found] == [("code", "LICENSE"), ("model", "MODEL_LICENSE")]
    for s in found:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.text


def test_a_badge_and_a_wrapped_statement_and_an_external_link():
    text = (
        "[![License](https://img.shields.io/badge/Weights_License-Acme-orange.svg)](LICENSE-W)\n\n"
        "+ The use of the model weights must follow\n"
        "  the [Model License](https://huggingface.co/acme/m-7b/blob/main/LICENSE).\n"
    )
    found = readme_statements("README.md", text)
    assert [(s.role, s.target) for s in found] == [("model", "LICENSE-W"), ("model", None)]
    assert found[1].link.startswith("https://huggingface.co/") and found[1].name == "Model License"


def test_a_license_named_after_the_words_it_covers():
    found = readme_statements(
        "README.md", "* Truly open: Apache 2.0 license gives access to weights and code.\n"
    )
    assert [(s.role, s.name) for s in found] == [("model", "Apache 2.0")]


def test_another_version_of_a_policy_is_only_close_to_it():
    found = check(
        "# Acme 3.1 Acceptable Use Policy\n\nYou agree...", "acme-4-aup", 0.93, "Acme 4 Acceptable Use Policy"
    )
    assert (found.key, found.close_to, found.version) == ("unknown", "acme-4-aup", "Acme 3.1")
    same = check(
        "# Acme 4 Acceptable Use Policy\n\nYou agree...", "acme-4-aup", 0.99, "Acme 4 Acceptable Use Policy"
    )
    assert (same.key, same.close_to) == ("acme-4-aup", None)


def test_a_near_copy_under_another_name_is_only_close():
    found = check(
        "OTHERCO RESEARCH LICENSE AGREEMENT\n\nterms", "acme-license", 0.88, "Acme License Agreement 2023"
    )
    assert (found.key, found.close_to) == ("unknown", "acme-license")
    assert (
        check("ACME LICENSE AGREEMENT\n\nterms", "acme-license", 0.88, "Acme License Agreement 2023").key
        == "acme-license"
    )


def test_a_paragraph_says_what_a_named_license_covers():
    text = "Our models support commercial use. For details, see the Acme Open License.\n"
    found = readme_statements("README.md", text)
    assert [(s.role, s.name) for s in found] == [("model", "Acme Open License")]
    assert found[0].evidence.text == text.strip()


def test_a_license_named_a_model_license_is_the_models():
    text = "For the agreement, see [Acme Model License](https://github.com/acme/lm/blob/main/Acme%20License.pdf).\n"
    (found,) = readme_statements("README.md", text)
    assert (found.role, found.target) == ("model", "Acme License.pdf")


@pytest.mark.parametrize(
    ("link", "path"),
    [
        ("LICENSE", "LICENSE"),
        ("./assets/model_license.pdf", "assets/model_license.pdf"),
        ("https://github.com/acme/lm/blob/main/LICENSE", "LICENSE"),
        ("https://huggingface.co/acme/lm/blob/main/LICENSE", None),
        ("https://www.apache.org/licenses/LICENSE-2.0", None),
    ],
)
def test_a_link_is_local_only_inside_the_repository(link, path):
    from analyzer.scan.roles import local_target

    assert local_target(link) == path


def test_a_text_in_chinese_is_long_enough_to_be_a_license():
    assert not_a_license("示例模型许可协议。" + "您可以在遵守本协议的前提下使用本模型。" * 5) is None
