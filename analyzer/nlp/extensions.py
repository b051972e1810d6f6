"""The Doc extensions of the license pipeline, registered in one place.

Stored values are what a component assigns (``doc._.sections`` by license_sections, ...);
derived values are getters, each computed once per Doc on first use: ``doc._.source_text``,
``doc._.folded_text``, ``doc._.space_mask``, ``doc._.token_starts``, ``doc._.clause_bounds``,
``doc._.section_starts`` and ``doc._.cues``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc, Span

# Assigned by the components (see each factory's ``assigns``).
STORED = ("sections", "definitions", "modality", "cue_matches", "quantities", "terms")


def memo_key(name: str) -> tuple[str, str]:
    """Where the getter of ``name`` keeps its value in doc.user_data (hot paths read it first)."""
    return ("modelterms", name)


def memoized(name: str, compute: Callable[[Doc], object]) -> Callable[[Doc], object]:
    """A getter that computes ``name`` once per Doc; the value lives with the Doc (user_data,
    under a key only this getter uses), so it goes wherever the Doc goes."""
    key = memo_key(name)

    def getter(doc: Doc):
        value = doc.user_data.get(key)
        if value is None:
            value = doc.user_data[key] = compute(doc)
        return value

    getter.__doc__ = compute.__doc__
    return getter


def remember_text(doc: Doc, text: str) -> None:
    """Give doc._.source_text the text the Doc was made from (spaCy rebuilds doc.text)."""
    doc.user_data[memo_key("source_text")] = text


def _source_text(doc: Doc) -> str:
    """The Doc's text, built once (spaCy rebuilds ``doc.text`` from its tokens on every access)."""
    return doc.text


def _folded_text(doc: Doc) -> str:
    """The text with ASCII lowercased and whitespace folded to spaces (same offsets)."""
    from analyzer.textnorm import fold

    return fold(doc._.source_text)


def _space_mask(doc: Doc) -> numpy.ndarray:
    """Per token, whether it is whitespace (IS_SPACE; lexical, so fixed once tokenized)."""
    return doc.to_array(IS_SPACE).astype(bool) if len(doc) else numpy.zeros(0, dtype=bool)


def _token_starts(doc: Doc) -> numpy.ndarray:
    """Per token, its character offset into the text (IDX)."""
    return doc.to_array(IDX).astype("int64") if len(doc) else numpy.zeros(0, dtype="int64")


# read straight from the Doc once computed (hot paths; no registered extension needed)
space_mask = memoized("space_mask", _space_mask)
token_starts = memoized("token_starts", _token_starts)


def _clause_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start char, end char) of each clause, trimmed of whitespace,
    from the token arrays (iterating Token objects is slow)."""
    n = len(doc)
    if not n:
        return []
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1)
    if not len(starts) or starts[0] != 0:
        starts = numpy.concatenate(([0], starts))
    ends = numpy.concatenate((starts[1:], [n]))
    words = numpy.flatnonzero(~space_mask(doc))  # the tokens that are not whitespace
    if not len(words):
        return []
    # each clause from its first word to its last; a clause of whitespace only has none
    first = numpy.searchsorted(words, starts)
    last = numpy.searchsorted(words, ends) - 1
    keep = first <= last
    first, last = words[first[keep]], words[last[keep]]
    idx = token_starts(doc)
    length = doc.to_array(LENGTH).astype("int64")
    chars_from, chars_to = idx[first], idx[last] + length[last]
    return list(zip(first.tolist(), (last + 1).tolist(), chars_from.tolist(), chars_to.tolist(), strict=True))


DOC_GETTERS = {
    "source_text": memoized("source_text", _source_text),
    "space_mask": space_mask,
    "token_starts": token_starts,
    "folded_text": memoized("folded_text", _folded_text),
    "clause_bounds": memoized("clause_bounds", _clause_bounds),
}


def _section_starts(doc: Doc) -> list[int]:
    """Start offsets of doc._.sections, for bisecting (recomputed if the sections change)."""
    sections = doc._.sections
    if sections is None:
        return []
    key = memo_key("section_starts")
    starts = doc.user_data.get(key)
    if starts is None or len(starts) != len(sections):
        starts = doc.user_data[key] = [start for start, _ in sections]
    return starts


def _cues(doc: Doc) -> list[Span]:
    """The modality cues found (doc._.cue_matches) as Spans labelled with the cue's id, for
    looking at a reading; the component itself keeps plain (id, start, end) matches."""
    return [Span(doc, start, end, label=key) for key, start, end in doc._.cue_matches or ()]


GETTERS = {**DOC_GETTERS, "section_starts": _section_starts, "cues": _cues}


def register_extensions() -> None:
    """Declare every doc._ attribute the pipeline sets or derives (once per process)."""
    for name in STORED:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name, getter in GETTERS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)
