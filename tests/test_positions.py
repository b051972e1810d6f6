"""Matching from word positions agrees with spaCy's Matcher, start for start.

The engine decides most phrase expansions (words and gaps) from the positions of their words
(analyzer.positions.word_starts) and runs the Matcher only inside the windows that
chain_windows gives for the others. Both must find exactly what the Matcher finds over the
whole span; texts and phrases here are written by the test, many of them drawn at random from a
small vocabulary so that words repeat, wrap across lines and meet ';'.
"""

from __future__ import annotations

import itertools
import random

import pytest
import spacy

from analyzer.match import BoundedMatcher, _links
from analyzer.positions import NormIndex, chain_windows, merged, running_counts, word_starts, word_starts_in
from analyzer.rules.phrases import parse_phrase

PHRASES = [
    "licensee may use",
    "licensee ...3 use",
    "commercial ...5 use|uses",
    "may not ...4 use ...2 model",
    "use ...2 the ...2 model",
    "licens* ...6 model",
    "model model",
    "not ...1 not",
]
VOCAB = ["licensee", "may", "not", "use", "uses", "the", "model", "commercial", "licensed", "a", ";", "\n  "]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _texts(n: int = 1000) -> list[str]:
    rng = random.Random(7)
    return [" ".join(rng.choice(VOCAB) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _positions(doc, phrase_words, vocab) -> list[list[int]]:
    """The positions of each required word, as the RuleMatcher gathers them (norms and stems)."""
    words = NormIndex(doc)
    out = []
    for w in phrase_words:
        found = set()
        for norm in w.norms:
            found.update(words.positions_of(vocab.strings.add(norm)))
        for prefix in w.prefixes:
            for h in words.norms:
                if vocab.strings[h].startswith(prefix):
                    found.update(words.positions_of(h))
        out.append(sorted(found))
    return out


@pytest.mark.parametrize("source", PHRASES)
def test_word_starts_and_windows_find_what_the_matcher_finds(nlp, source):
    phrase = parse_phrase(source, lambda t: [tok.text for tok in nlp.make_doc(t)])
    checked = 0
    for text in _texts():
        doc = nlp.make_doc(text)
        spaces, semis = running_counts(doc)
        for k, (seq, req, (_pattern, longest)) in enumerate(
            zip(phrase.expansions, phrase.required(), phrase.patterns(), strict=True)
        ):
            matcher = BoundedMatcher(nlp.vocab, "t", [phrase])
            expected = sorted({s for s, _ in matcher.one(k, doc)})
            positions = _positions(doc, req, nlp.vocab)
            if not all(positions):
                assert expected == []
                continue
            links = _links(seq)
            if links is not None:
                assert sorted(word_starts(positions, links, 0, len(doc), longest, spaces, semis)) == expected
            windows = merged(chain_windows(positions, 0, len(doc), longest))
            windowed = sorted({ws + s for ws, we in windows for s, _ in matcher.one(k, doc[ws:we])})
            assert windowed == expected, text
            checked += bool(expected)
    assert checked  # the random texts do hold matches


def test_a_semicolon_stops_a_gap_and_whitespace_joins_adjacent_words(nlp):
    phrase = parse_phrase("licensee ...3 use", lambda t: [tok.text for tok in nlp.make_doc(t)])
    (seq,), (req,), ((_, longest),) = phrase.expansions, phrase.required(), phrase.patterns()
    for text, starts in [("licensee may use", {0}), ("licensee ; use", set()), ("licensee\n   use", {0})]:
        doc = nlp.make_doc(text)
        spaces, semis = running_counts(doc)
        positions = _positions(doc, req, nlp.vocab)
        assert set(word_starts(positions, _links(seq), 0, len(doc), longest, spaces, semis)) == starts


def test_running_counts_from_the_norm_index_equal_those_from_the_token_arrays(nlp):
    texts = [*_texts(300), "a ； b ;; c", "licensee\\n; use", "；", ""]
    for text in texts:
        doc = nlp.make_doc(text)
        assert running_counts(doc, NormIndex(doc)) == running_counts(doc), text


def test_the_engine_word_table_gives_each_word_the_positions_of_all_its_forms(nlp):
    """WordTable.positions (runs of norms merged per word, stems included) against a plain
    token-by-token reading of the same words."""
    from analyzer.match import WordTable

    table = WordTable(nlp.vocab)
    words = [
        w
        for source in PHRASES
        for req in parse_phrase(source, lambda t: [tok.text for tok in nlp.make_doc(t)]).required()
        for w in req
    ]
    ids = table.add(words)
    for text in _texts(300):
        doc = nlp.make_doc(text)
        present, positions = table.positions(NormIndex(doc))
        for w, i in zip(words, ids, strict=True):
            expected = [
                t.i for t in doc if t.norm_ in w.norms or any(t.norm_.startswith(p) for p in w.prefixes)
            ]
            assert positions[i] == expected, (text, w)
            assert present[i] == bool(expected)


def test_starts_in_several_spans_are_those_of_each_span_alone(nlp):
    phrase = parse_phrase("licensee ...3 use", lambda t: [tok.text for tok in nlp.make_doc(t)])
    (seq,), (req,), ((_, longest),) = phrase.expansions, phrase.required(), phrase.patterns()
    doc = nlp.make_doc("licensee may use it. licensee shall not. licensee use; licensee use")
    spaces, semis = running_counts(doc)
    positions = _positions(doc, req, nlp.vocab)
    links = _links(seq)
    bounds = [(0, 5), (5, 9), (9, 12), (12, len(doc))]
    found = word_starts_in(
        positions,
        links,
        range(len(bounds)),
        [b[0] for b in bounds],
        [b[1] for b in bounds],
        longest,
        spaces,
        semis,
    )
    alone = {
        i: word_starts(positions, links, s, e, longest, spaces, semis) for i, (s, e) in enumerate(bounds)
    }
    assert found == {i: starts for i, starts in alone.items() if starts}
    assert set(found) == {0, 2, 3}  # the second clause has no 'use'


def test_adjacent_says_which_words_follow_one_another_somewhere(nlp):
    """WordTable.adjacent (from the text's adjacent norms and each word's forms) against a
    token-by-token reading: word b on the first token after one of word a that is not
    whitespace. The candidates drop every expansion joining two words with no gap that never
    stand next to each other, so this must never miss a pair (nor invent one)."""
    from analyzer.match import WordTable

    table = WordTable(nlp.vocab)
    words = list(
        dict.fromkeys(
            w
            for source in PHRASES
            for req in parse_phrase(source, lambda t: [tok.text for tok in nlp.make_doc(t)]).required()
            for w in req
        )
    )
    ids = table.add(words)
    pairs = {(a, b): table.pair(a, b) for a in ids for b in ids}

    def is_form(token, w):
        return token.norm_ in w.norms or any(token.norm_.startswith(p) for p in w.prefixes)

    seen = set()
    for text in _texts(300):
        doc = nlp.make_doc(text)
        adjacent = table.adjacent(NormIndex(doc))
        solid = [t for t in doc if not t.is_space]
        for wa, a in zip(words, ids, strict=True):
            for wb, b in zip(words, ids, strict=True):
                expected = any(is_form(s, wa) and is_form(n, wb) for s, n in itertools.pairwise(solid))
                assert adjacent[pairs[a, b]] == expected, (text, wa, wb)
                seen.add(expected)
    assert seen == {True, False}
