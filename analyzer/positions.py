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
    """The token positions (ascending) of every norm hash of one Doc."""

    def __init__(self, doc: Doc):
        self.norms = doc.to_array(NORM) if len(doc) else numpy.zeros(0, dtype="uint64")
        self.at: dict[int, list[int]] = grouped(self.norms, numpy.arange(len(self.norms)))
        self.memo: dict[object, object] = {}  # what a phrase set worked out about this text

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


def grouped(keys: numpy.ndarray, positions: numpy.ndarray) -> dict[int, list[int]]:
    """Positions (in their given order) grouped by their key."""
    if not len(keys):
        return {}
    order = numpy.argsort(keys, kind="stable")
    keys, positions = keys[order], positions[order]
    cuts = numpy.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = [0, *cuts.tolist()]
    ends = [*cuts.tolist(), len(keys)]
    lists = positions.tolist()
    return {k: lists[a:b] for k, a, b in zip(keys[starts].tolist(), starts, ends, strict=True)}
