"""Inputs built to be slow: long space-free runs and unclosed tags stay near-linear.

Before the fixes these took minutes: spaCy's tokenizer split affixes off a space-free run
one character at a time (20 KB of '"' took 63 s, 20 KB of '**' 105 s), and Python 3.11's
html.parser rescanned the page for every unclosed '<a' or '<!--'. The bounds are loose
so a loaded CI machine passes; the old behaviour misses them by orders of magnitude.
"""

from __future__ import annotations

import time

import pytest

from analyzer.extract import analyze_document
from analyzer.markup import html_to_text, markdown_to_text
from analyzer.model import Document
from analyzer.nlp.pipeline import shared_nlp
from tests.robustness.strategies import check_profile


def seconds(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


@pytest.mark.parametrize("token", ['"', "**", "[", "$", "1.", "a.", "“", ":"])
def test_a_long_space_free_run_is_analyzed_quickly(token):
    shared_nlp()
    text = "You may not use it. " + token * (40_000 // len(token)) + " You may use it for research."
    document = Document(id="t", name="t", text=text, source="text:t")
    took = seconds(lambda: check_profile(analyze_document(document), text))
    assert took < 15


@pytest.mark.parametrize("token", ["<a", "<!--", "</", "<?", '<a title="x', "<<>"])
def test_unclosed_tags_are_stripped_quickly(token):
    text = "<p>You may use it.</p>" + token * (200_000 // len(token))
    assert seconds(lambda: html_to_text(text)) < 5
    assert seconds(lambda: markdown_to_text(text)) < 5


@pytest.mark.parametrize(
    "text",
    [
        "我们授予您使用本模型的许可，如需商用须申请登记。" * 2_000,  # 48,000 characters of clauses
        "商" * 200_000,  # one clause, every character a candidate phrase start
        "商业 " * 60_000,
    ],
    ids=["clauses", "one-char", "words"],
)
def test_a_long_chinese_text_is_analyzed_quickly(text):
    # spaCy's 'char' segmenter re-slices the rest of the text per character (quadratic):
    # replaced by a one-pass tokenizer (analyzer/nlp/zh.py)
    from analyzer.nlp.zh import shared_zh_nlp

    shared_zh_nlp()
    document = Document(id="t", name="t", text=text, source="text:t")
    took = seconds(lambda: check_profile(analyze_document(document), text))
    assert took < 15
