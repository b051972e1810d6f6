"""Where each word occurs in one Doc, and matching from those positions.

Built once per text (one sort of its norm hashes), a `NormIndex` gives the positions of every
word, so that a phrase is checked against the few places its words occur rather than every
token of a clause. From the positions of an expansion's required words (sorted, restricted to a
span with `within`), `word_starts` decides an expansion of words and gaps exactly as its
Matcher pattern would, and `chain_windows` says where the Matcher must run for the others.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import NORM, ORTH
from spacy.tokens import Doc

from analyzer.nlp.extensions import space_mask
from analyzer.rules.phrases import NO_GAP_TOKENS


class NormIndex:
    """Where every norm hash of one Doc occurs: the token positions sorted by norm (`order`; a
    stable sort keeps each norm's positions ascending), the distinct norms (`norms`, ascending)
    and the run of each in `order` (`run_starts`, `run_ends`); the text's running counts, and a
    memo where the phrase sets keep what they worked out about this text."""

    def __init__(self, doc: Doc):
        norms = doc.to_array(NORM) if len(doc) else numpy.zeros(0, dtype="uint64")
        self.order = numpy.argsort(norms, kind="stable")
        keys = norms[self.order]
        cuts = numpy.flatnonzero(keys[1:] != keys[:-1]) + 1
        self.run_starts = numpy.concatenate(([0], cuts)) if len(keys) else cuts
        self.run_ends = numpy.concatenate((cuts, [len(keys)])) if len(keys) else cuts
        self.norms: list[int] = keys[self.run_starts].tolist()
        self.doc = doc
        self._counts: tuple[list[int], list[int]] | None = None
        self.memo: dict[object, object] = {}  # what a phrase set worked out about this text

    def positions_of(self, norm_hash: int) -> list[int]:
        """The token positions of one norm (ascending; none if the text lacks it)."""
        i = bisect.bisect_left(self.norms, norm_hash)
        if i == len(self.norms) or self.norms[i] != norm_hash:
            return []
        return self.order[self.run_starts[i] : self.run_ends[i]].tolist()

    def adjacent(self) -> numpy.ndarray:
        """Which norms stand next to each other (whitespace tokens aside): the keys a * R + b
        (sorted; a pair may repeat) of norm numbers (indexes into `norms`, R of them) where a token of
        norm b is the first token after one of norm a that is not whitespace; computed once."""
        found = self.memo.get("adjacent")
        if found is None:
            run_of = numpy.empty(len(self.order), dtype="int64")
            run_of[self.order] = numpy.repeat(numpy.arange(len(self.norms)), self.run_ends - self.run_starts)
            solid = numpy.flatnonzero(~space_mask(self.doc))
            found = numpy.sort(run_of[solid[:-1]] * len(self.norms) + run_of[solid[1:]])
            self.memo["adjacent"] = found
        return found  # type: ignore[return-value]

    def counts(self) -> tuple[list[int], list[int]]:
        """running_counts of the text, computed once."""
        if self._counts is None:
            self._counts = running_counts(self.doc, self)
        return self._counts


def within(positions: list[int], start: int, end: int) -> list[int]:
    """The positions (sorted) inside [start, end)."""
    return positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]


def running_counts(doc: Doc, words: NormIndex | None = None) -> tuple[list[int], list[int]]:
    """Per token, how many non-whitespace tokens and how many ';' tokens end there or before
    (with the text's NormIndex, the ';' are looked up among the tokens of their norm)."""
    if not len(doc):
        return [], []
    spaces = numpy.cumsum(~space_mask(doc)).tolist()
    strings = doc.vocab.strings
    stops = [strings.add(t) for t in NO_GAP_TOKENS]
    if words is None:
        marks = numpy.isin(doc.to_array(ORTH), stops)
    else:
        marks = numpy.zeros(len(doc), dtype=bool)
        norms = {h for orth in stops for h in (orth, doc.vocab[orth].norm)}
        for p in itertools.chain.from_iterable(words.positions_of(h) for h in norms):
            marks[p] = doc[p].orth in stops
    return spaces, numpy.cumsum(marks).tolist()


def word_starts(
    positions: list[list[int]],
    links: tuple[bool, ...],
    ts: int,
    te: int,
    longest: int,
    spaces: list[int],
    semis: list[int],
) -> list[int]:
    """Where an expansion of words and gaps matches inside [ts, te), exactly as its Matcher
    pattern would: the words in order, next to each other (whitespace tokens aside) or, across
    a gap, apart by tokens none of which is ';', the whole at most `longest` tokens long."""
    return word_starts_in(positions, links, (0,), (ts,), (te,), longest, spaces, semis).get(0, [])


def word_starts_in(
    positions: list[list[int]],
    links: tuple[bool, ...],
    spans: Iterable[int],
    span_starts: Sequence[int],
    span_ends: Sequence[int],
    longest: int,
    spaces: list[int],
    semis: list[int],
) -> dict[int, list[int]]:
    """word_starts for each of several spans at once (span i is [span_starts[i],
    span_ends[i])): the spans where the expansion matches, each with its starts in order."""
    first = positions[0]
    n = len(first)
    out: dict[int, list[int]] = {}
    for si in spans:
        te = span_ends[si]
        i = bisect.bisect_left(first, span_starts[si])
        while i < n:
            p = first[i]
            if p >= te:
                break
            end = p + longest
            if _continues(positions, links, 1, p, end if end < te else te, spaces, semis):
                found = out.get(si)
                if found is None:
                    out[si] = [p]
                else:
                    found.append(p)
            i += 1
    return out


def _continues(positions, links, k: int, cur: int, limit: int, spaces, semis) -> bool:
    """Can words k, k+1, ... follow the word at `cur`, each before `limit`?"""
    if k == len(positions):
        return True
    later = positions[k]
    j = bisect.bisect_right(later, cur)
    if not links[k - 1]:  # next to it: the first later occurrence, with only whitespace between
        if j == len(later) or later[j] >= limit or spaces[later[j] - 1] != spaces[cur]:
            return False
        return _continues(positions, links, k + 1, later[j], limit, spaces, semis)
    while j < len(later) and later[j] < limit:  # across a gap: any later occurrence before a ';'
        q = later[j]
        if semis[q - 1] != semis[cur]:
            return False  # a ';' lies between, and between any later occurrence too
        if _continues(positions, links, k + 1, q, limit, spaces, semis):
            return True
        j += 1
    return False


def chain_windows(positions: list[list[int]], ts: int, te: int, longest: int) -> list[tuple[int, int]]:
    """Token spans inside [ts, te) that hold every match of at most `longest` tokens whose
    required words (in this order) occur at these positions; none when no match can fit.

    For each occurrence p of the first word, the earliest later occurrences of the others end
    the shortest chain at q. A match whose first word is at p starts after q - longest and ends
    before p + longest, so [q - longest + 1, p + longest) holds it. When even the shortest chain
    from p is longer than `longest`, no match starts its words at p.
    """
    first = positions[0]
    out = []
    for i in range(bisect.bisect_left(first, ts), len(first)):
        p = cur = first[i]
        if p >= te:
            break
        for later in positions[1:]:
            j = bisect.bisect_right(later, cur)
            if j == len(later) or later[j] >= te:
                return out  # no later occurrence: no later start can do better
            cur = later[j]
        if cur - p < longest:
            out.append((max(ts, cur - longest + 1), min(te, p + longest)))
    return out


def merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Overlapping or touching spans joined, in order."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


class WordPositions(dict):
    """Word id -> sorted token positions in one text, from the runs of the norms that are its
    forms, merged when first asked for. `word_ids` (sorted) and `runs` are parallel: each pair
    says that the norm numbered `runs[k]` (an index into words.norms) is a form of `word_ids[k]`."""

    def __init__(self, words: NormIndex, word_ids: list[int], runs: list[int]):
        super().__init__()
        self._word_ids = word_ids
        self._runs = runs
        self._order = words.order.tolist()
        self._starts = words.run_starts.tolist()
        self._ends = words.run_ends.tolist()

    def __missing__(self, w: int) -> list[int]:
        lo = bisect.bisect_left(self._word_ids, w)
        hi = bisect.bisect_right(self._word_ids, w, lo)
        order, starts, ends = self._order, self._starts, self._ends
        if hi - lo == 1:
            r = self._runs[lo]
            found = order[starts[r] : ends[r]]
        else:
            found = sorted(
                itertools.chain.from_iterable(order[starts[r] : ends[r]] for r in self._runs[lo:hi])
            )
        self[w] = found
        return found
