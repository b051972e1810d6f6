"""A licence laid out anew (rewrapped, unwrapped, CRLF, typographic quotes, indented, as a C or
'#' comment block) reads the same, cell for cell: on the `dev` set's LicenseDB texts
(bench/invariance measures every development set)."""

from __future__ import annotations

import pytest

from analyzer.engine import Analyzer
from analyzer.model import Document
from bench.accuracy.run import document_of, load_gold
from bench.invariance.run import curly, relaid, rewrap, unwrap

LAYOUTS = ("unwrap", "rewrap", "crlf", "curly", "indent", "ccomment", "hashcomment")


@pytest.fixture(scope="module")
def readings():
    analyzer = Analyzer(cache_enabled=False)
    docs = [document_of(g) for g in load_gold("dev")]
    return analyzer, docs, analyzer.analyze_documents(docs, workers=1)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_new_layout_changes_no_status(readings, layout):
    analyzer, docs, base = readings
    laid = [Document(d.id, d.name, relaid(d.text, layout), d.source) for d in docs]
    changed = [
        (d.id, term, before.terms[term].status, after.terms[term].status)
        for d, before, after in zip(docs, base, analyzer.analyze_documents(laid, workers=1), strict=True)
        for term in before.terms
        if before.terms[term].status != after.terms[term].status
    ]
    assert changed == []


def test_the_layouts_keep_headings_list_items_and_words():
    text = 'Grant\nYou may use the "Model"\nfor any purpose.\n\n  (a) keep this\n  item\n'
    assert unwrap(text) == 'Grant\nYou may use the "Model" for any purpose.\n\n  (a) keep this\n  item\n'
    assert rewrap(text).split() == text.split()
    assert curly(text).count("\u201c") == curly(text).count("\u201d") == 1


def test_a_comment_block_is_read_without_its_margins_and_quoted_as_written():
    from analyzer.engine import Analyzer

    text = (
        "/*\n * Copyright (c) 2026 Acme\n *\n * You may use the Model for non-commercial research purposes\n"
        " * only. You may not distribute the Model.\n */\n"
    )
    profile = Analyzer(cache_enabled=False).analyze_text(text)
    assert profile.status("commercial_use") == "prohibited"
    assert profile.status("distribute") == "prohibited"
    for result in profile.terms.values():
        for ev in result.evidence:
            assert ev.text == text[ev.start : ev.end]  # the file's own words, margins and all
    assert " * only" in profile.terms["commercial_use"].evidence[0].text


def test_a_markdown_list_that_names_a_glob_is_no_comment_block():
    from analyzer.textnorm import blank_comment_margins, comment_block

    text = "* You may use the model for research\n* Commercial use\n* is not permitted\n* Weights in ckpt/*\n"
    assert comment_block(text) == ""
    assert blank_comment_margins(text) is text
    assert comment_block("/*\n * You may not\n * distribute it.\n */\n") == "c"
    assert comment_block(" * Copyright Acme\n * You may not\n * distribute it. */\n") == "c"
