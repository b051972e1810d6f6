"""Where each word occurs in one Doc: the positions behind the phrase pre-checks.

Built once per text (one sort of its norm hashes), a `NormIndex` answers "does this word occur
in tokens [start, end)?" with a binary search, so a check on a clause costs the number of words
asked about, not the length of the clause.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy
from spacy.attrs import NORM
from spacy.tokens import Doc


class NormIndex:
    """The token positions (ascending) of every norm hash of one Doc, looked up on demand."""

    def __init__(self, doc: Doc):
        self.norms = doc.to_array(NORM) if len(doc) else numpy.zeros(0, dtype="uint64")
        self.at: dict[int, list[int]] = _grouped(self.norms)
        self.memo: dict[object, object] = {}  # what a phrase set worked out about this text

    def has(self, norm: int) -> bool:
        """Does the norm occur anywhere in the text?"""
        return norm in self.at

    def occurs(self, norm: int, start: int, end: int) -> bool:
        found = self.at.get(norm)
        if not found:
            return False
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < end

    def occurs_any(self, norms: Iterable[int], start: int, end: int) -> bool:
        return any(self.occurs(n, start, end) for n in norms)

    def within(self, norm: int, start: int, end: int) -> list[int]:
        """The positions of one norm inside [start, end)."""
        found = self.at.get(norm)
        if not found:
            return []
        return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]


def _grouped(norms: numpy.ndarray) -> dict[int, list[int]]:
    """norm hash -> its positions, ascending (a stable sort keeps each norm's positions in order)."""
    if not len(norms):
        return {}
    order = numpy.argsort(norms, kind="stable")
    keys = norms[order]
    cuts = (numpy.flatnonzero(keys[1:] != keys[:-1]) + 1).tolist()
    starts, ends = [0, *cuts], [*cuts, len(keys)]
    positions = order.tolist()
    return {k: positions[a:b] for k, a, b in zip(keys[starts].tolist(), starts, ends, strict=True)}
