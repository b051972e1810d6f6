"""The Doc extensions of the license pipeline, registered in one place.

Stored values are what a component assigns (``doc._.sections`` by license_sections, ...);
derived values are getters, each computed once per Doc on first use: ``doc._.source_text``,
``doc._.folded_text``, ``doc._.clause_bounds``, ``doc._.section_starts`` and ``doc._.cues``.
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


def _clause_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start char, end char) of each clause, trimmed of whitespace,
    from the token arrays (iterating Token objects is slow)."""
    n = len(doc)
    if not n:
        return []
    arr = doc.to_array([SENT_START, IS_SPACE, IDX, LENGTH]).astype("int64")
    sent_start, space, idx, length = arr[:, 0], arr[:, 1].astype(bool), arr[:, 2], arr[:, 3]
    starts = numpy.flatnonzero(sent_start == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else n
        while start < end and space[start]:
            start += 1
        while end > start and space[end - 1]:
            end -= 1
        if end > start:
            out.append((start, end, int(idx[start]), int(idx[end - 1] + length[end - 1])))
    return out


DOC_GETTERS = {
    "source_text": memoized("source_text", _source_text),
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
