"""The pipeline's tokenizer: spaCy's own, with its chunk cache filled (analyzer/nlp/tokenizer.py).
It must give exactly the tokens spaCy gives, and must stop splitting known chunks again."""

from __future__ import annotations

import pickle

import numpy
import pytest
import spacy
from spacy.attrs import IDX, IS_SPACE, LOWER, NORM, ORTH, SPACY

from analyzer.corpus import licensedb
from analyzer.nlp.pipeline import LEX_ATTRS, LONG_RUN, WRAPPED_HYPHEN, build_nlp, without_invisible
from analyzer.nlp.tokenizer import ChunkCachedTokenizer, chunk_cached

ATTRS = [ORTH, NORM, LOWER, IS_SPACE, SPACY, IDX]
# A special case first ("e.g."), then chunks with prefixes, suffixes and infixes, and special
# cases inside chunks ("(don't").
TEXT = "e.g. the Licensee's (a) Software, non-commercial use.\n\n  (don't) U.S. law; 700,000,000 users!"


def reference():
    """spaCy's own tokenizer, with the pipeline's word attributes (NORM and LOWER ignore invisible
    characters inside a word: tests/test_nlp.py)."""
    nlp = spacy.blank("en")
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {**getters, **{a: without_invisible(getters[a]) for a in LEX_ATTRS}}
    nlp.tokenizer.token_match = LONG_RUN.fullmatch
    suffixes = [*nlp.Defaults.suffixes, WRAPPED_HYPHEN]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.max_length = 20_000_000
    return nlp


def test_a_hyphen_that_ends_a_wrapped_line_comes_off_its_word():
    doc = build_nlp().make_doc("a non-\nsublicensable, royalty-\n  free licence; pre- and post-")
    assert [t.text for t in doc] == [
        *("a", "non", "-", "\n", "sublicensable", ",", "royalty", "-", "\n  ", "free", "licence", ";"),
        *("pre", "-", "and", "post", "-"),
    ]


def counting(tokenizer):
    """Count the suffix searches, i.e. the chunks split anew (setting it clears spaCy's cache)."""
    calls = []
    search = tokenizer.suffix_search
    tokenizer.suffix_search = lambda s: calls.append(s) or search(s)
    return calls


def test_the_pipeline_tokenizes_with_the_chunk_cache():
    assert isinstance(build_nlp().tokenizer, ChunkCachedTokenizer)


def test_tokens_are_spacys_attribute_for_attribute_on_licensedb_texts():
    texts = [e.text for _, e in sorted(licensedb().items()) if e.text.strip()][::40]
    texts += [TEXT, TEXT.upper(), '"' * 300, "a" * 5 + "\u00a0" + "b\tc\r\n"]
    ref, nlp = reference(), build_nlp()
    for text in texts * 2:  # the second round reads from the cache
        assert numpy.array_equal(ref.make_doc(text).to_array(ATTRS), nlp.make_doc(text).to_array(ATTRS))


def test_chunks_after_a_special_case_are_not_split_again():
    plain = reference().tokenizer
    cached = chunk_cached(reference().tokenizer)
    plain_calls, cached_calls = counting(plain), counting(cached)
    for tokenizer in (plain, cached):
        tokenizer(TEXT)
    plain_calls.clear(), cached_calls.clear()
    for tokenizer in (plain, cached):
        tokenizer(TEXT)
    # spaCy alone caches nothing after "e.g."; here only the chunk holding a special case
    # ("(don't)") and whitespace are split again
    assert len(plain_calls) > 10
    assert {c for c in cached_calls if c.strip()} <= {"(don't)", "(don't", "don't)"}


def test_the_tokenizer_pickles_with_its_settings():
    tokenizer = chunk_cached(reference().tokenizer)
    copy = pickle.loads(pickle.dumps(tokenizer))
    assert isinstance(copy, ChunkCachedTokenizer)
    assert [t.text for t in copy(TEXT)] == [t.text for t in tokenizer(TEXT)]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "word"])
def test_short_and_empty_texts(text):
    assert [t.text for t in build_nlp().make_doc(text)] == [t.text for t in reference().make_doc(text)]
