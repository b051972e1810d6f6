"""analyzer.textnorm: the two folds (offsets kept, or a name key) and the one front-matter block."""

from __future__ import annotations

import pytest

from analyzer.markup import markdown_to_text
from analyzer.scan.card import has_front_matter, parse_card
from analyzer.textnorm import FRONT_MATTER, fold, fold_name


def test_fold_keeps_every_offset():
    text = "Licensee MAY NOT\r\nuse Ünicode\tthe Model"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "licensee may not  use Ünicode the model"  # non-ASCII kept as it is
    assert folded.find("may not") == text.find("MAY NOT")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Llama 3.1 Community License", "llama-3.1-community-license"),
        ("Apache 2.0", "apache20"),
        ("Qwen2.5-7B-Instruct", "qwen2_5 7b instruct"),
    ],
)
def test_fold_name_compares_names_by_letters_and_digits(a, b):
    assert fold_name(a) == fold_name(b)


def test_fold_name_is_one_function_for_every_reader():
    from analyzer.scan import declared, mentions, variants

    assert declared.fold_name is mentions.fold is variants.fold is fold_name


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_front_matter_with_either_line_end(eol):
    text = eol.join(["---", "license: mit", "---", "# Model", "body"])
    m = FRONT_MATTER.match(text)
    assert m and m.group(1) == f"license: mit{eol}"
    assert has_front_matter(text) and parse_card("README.md", text).meta == {"license": "mit"}
    assert markdown_to_text(text) == "---\nlicense: mit\n---\n\n# Model\n\nbody"


@pytest.mark.parametrize(
    "text",
    ["---\n---\n# M", "---  \nlicense: mit\n---"],
)
def test_empty_or_final_front_matter_blocks(text):
    assert FRONT_MATTER.match(text)


@pytest.mark.parametrize(
    "text", ["# M\n---\nlicense: mit\n---\n", " ---\nlicense: mit\n---\n", "---\nlicense: mit\n"]
)
def test_no_front_matter_unless_it_opens_the_file_and_closes(text):
    assert not FRONT_MATTER.match(text) and not has_front_matter(text)
