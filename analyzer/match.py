"""Rule phrases compiled to spaCy Matchers, and the pre-filter derived from them.

`RuleMatcher.candidates` says in which clauses each rule can possibly match: a clause that
lacks a required word of every expansion of every phrase of a rule is never tried. The
required words come from the parsed phrases (analyzer.rules.phrases), so the pre-filter
cannot disagree with the patterns; `prefilter=False` tries every rule in every clause, and a
test over the whole LicenseDB checks both give the same statuses.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy
from spacy.attrs import IS_SPACE, NORM
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analyzer.rules import RuleSet, TermRule
from analyzer.rules.phrases import Phrase


class BoundedMatcher:
    """A spaCy Matcher whose patterns each have a longest allowed match (gaps are bounded)."""

    def __init__(self, vocab: Vocab, key: str, phrases: Iterable[Phrase]):
        self.matcher = Matcher(vocab)
        self.longest: dict[int, int] = {}
        n = 0
        for phrase in phrases:
            for pattern, longest in phrase.patterns():
                name = f"{key}#{n}"
                self.matcher.add(name, [pattern])
                self.longest[vocab.strings[name]] = longest
                n += 1

    def __call__(self, doclike) -> list[tuple[int, int]]:
        longest = self.longest
        return [(s, e) for key, s, e in self.matcher(doclike) if e - s <= longest[key]]


def _matcher(vocab: Vocab, key: str, phrases: Iterable[Phrase]) -> BoundedMatcher | None:
    phrases = list(phrases)
    return BoundedMatcher(vocab, key, phrases) if phrases else None


class PhraseSet:
    """A list of phrases, asked "does any of you occur in this span / this short text?"."""

    def __init__(self, vocab: Vocab, phrases: tuple[Phrase, ...], make_doc):
        self.matcher = _matcher(vocab, "p", phrases)
        self.make_doc = make_doc
        self._texts: dict[str, bool] = {}
        # The same derived pre-filter as the rules': per expansion, the norm hashes of each
        # required exact word (a word* stem cannot be checked on hashes and is not required here).
        self._required = tuple(
            tuple(frozenset(vocab.strings.add(n) for n in w.norms) for w in req if not w.prefixes)
            for phrase in phrases
            for req in phrase.required()
        )

    def __bool__(self) -> bool:
        return self.matcher is not None

    def might_match(self, norms: set[int]) -> bool:
        """False only when no expansion can match a text holding just these norm hashes."""
        return any(all(words & norms for words in req) for req in self._required)

    def in_span(self, doc: Doc, start: int, end: int, norms: set[int] | None = None) -> bool:
        if self.matcher is None or (norms is not None and not self.might_match(norms)):
            return False
        return bool(self.matcher(doc[start:end]))

    def in_text(self, text: str) -> bool:
        """For headings and defined words: short strings, cached."""
        if self.matcher is None:
            return False
        found = self._texts.get(text)
        if found is None:
            found = self._texts[text] = bool(self.matcher(self.make_doc(text)))
        return found


class CompiledRule:
    def __init__(self, rule: TermRule, vocab: Vocab, make_doc):
        self.rule = rule
        self.matcher = _matcher(vocab, rule.id, rule.phrases)
        self.unless = PhraseSet(vocab, rule.unless, make_doc)
        self.section = PhraseSet(vocab, rule.section, make_doc)
        self.not_section = PhraseSet(vocab, rule.not_section, make_doc)
        self.defines = PhraseSet(vocab, rule.defines, make_doc)
        # the pre-filter: one tuple of required Words per expansion of every phrase
        self.required = tuple(req for phrase in rule.phrases for req in phrase.required())

    def starts(self, doc: Doc, start: int, end: int) -> list[int]:
        """Token indices where the rule's phrases match inside tokens [start, end), in order."""
        if self.matcher is None:
            return []
        return sorted({start + s for s, _ in self.matcher(doc[start:end])})


class RuleMatcher:
    """Every rule of a RuleSet compiled against one vocabulary."""

    def __init__(self, rules: RuleSet, vocab: Vocab, make_doc):
        self.rules = rules
        self.compiled = tuple(CompiledRule(r, vocab, make_doc) for r in rules.rules)
        self.skip_sections = PhraseSet(vocab, rules.skip_sections, make_doc)
        self.restriction_sections = PhraseSet(vocab, rules.restriction_sections, make_doc)
        self.use_categories = tuple(
            (label, PhraseSet(vocab, p, make_doc)) for label, p in rules.use_categories
        )
        self.regions = tuple((label, PhraseSet(vocab, p, make_doc)) for label, p in rules.regions)
        self.incorporation = PhraseSet(vocab, rules.incorporation, make_doc)
        self.incorporated = tuple(
            (key, PhraseSet(vocab, p, make_doc)) for key, p in rules.incorporated_licenses
        )
        words = {w for c in self.compiled for req in c.required for w in req}
        self._words = tuple(words)
        self._exact: dict[int, list[int]] = defaultdict(list)  # norm hash -> word indices
        prefixes: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(self._words):
            for norm in w.norms:
                self._exact[vocab.strings.add(norm)].append(i)
            for p in w.prefixes:
                prefixes[p].append(i)
        self._prefixes = dict(prefixes)
        self._prefix_re = (
            re.compile("|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True)))
            if prefixes
            else None
        )
        self._word_index = {w: i for i, w in enumerate(self._words)}
        # per rule, per expansion: the required word ids in order, and the longest match allowed
        self._expansions = tuple(
            tuple(
                (tuple(self._word_index[w] for w in req), longest, len(req) == len(seq))
                for phrase in c.rule.phrases
                for seq, req, (_, longest) in zip(
                    phrase.expansions, phrase.required(), phrase.patterns(), strict=True
                )
            )
            for c in self.compiled
        )
        self._exact_hashes = numpy.fromiter(self._exact, dtype="uint64", count=len(self._exact))

    def _word_positions(self, doc: Doc) -> dict[int, list[int]]:
        """For each required word present in the doc, the token positions holding it (sorted)."""
        if not len(doc):
            return {}
        norms = doc.to_array(NORM)
        found: dict[int, list[int]] = defaultdict(list)
        hits = numpy.flatnonzero(numpy.isin(norms, self._exact_hashes))
        for pos, h in zip(hits.tolist(), norms[hits].tolist(), strict=True):
            for w in self._exact[h]:
                found[w].append(pos)
        if self._prefix_re is not None:
            uniq, inverse = numpy.unique(norms, return_inverse=True)
            strings = doc.vocab.strings
            for u, h in enumerate(uniq.tolist()):
                norm = strings[h]
                if not self._prefix_re.match(norm):
                    continue
                positions = numpy.flatnonzero(inverse == u).tolist()
                for p, ids in self._prefixes.items():
                    if norm.startswith(p):
                        for w in ids:
                            found[w].extend(positions)
            for w in found:
                found[w].sort()
        return found

    @staticmethod
    def _in_order(positions: list[list[int]], ts: int, te: int, longest: int) -> bool:
        """Do the required words occur in this order inside [ts, te), within `longest` tokens?"""
        first = positions[0]
        i = bisect.bisect_left(first, ts)
        while i < len(first) and first[i] < te:
            start = cur = first[i]
            for later in positions[1:]:
                j = bisect.bisect_right(later, cur)
                if j == len(later) or later[j] >= te:
                    return False  # no later occurrence: no later start can do better
                cur = later[j]
            if cur - start < longest:
                return True
            i += 1
        return False

    def candidates(self, doc: Doc, clause_of: numpy.ndarray, bounds: list[tuple[int, int, int, int]]):
        """For every rule worth trying: (compiled rule, [(clause, starts, run_matcher)]).

        A clause is tried only when it holds every required word of one expansion of a phrase,
        in order, within its longest match. An expansion that is only words (no gap, no optional
        word) is matched here from the word positions, exactly as the Matcher would (words next to
        each other, or apart by whitespace only); `run_matcher` says an expansion with gaps or
        optional words may match in that clause, so the rule's spaCy Matcher must run there.
        """
        every = range(len(bounds))
        positions = self._word_positions(doc)
        clauses_of = {w: set(clause_of[p].tolist()) - {-1} for w, p in positions.items()}
        spaces = numpy.cumsum(~doc.to_array(IS_SPACE).astype(bool)) if len(doc) else numpy.zeros(0)
        out = []
        for c, expansions in zip(self.compiled, self._expansions, strict=True):
            if c.rule.regex is not None:
                out.append((c, [(ci, (), True) for ci in every]))
                continue
            found: dict[int, tuple[set[int], bool]] = {}
            for req, longest, simple in expansions:
                sets = [clauses_of.get(w) for w in req]
                if not all(sets):
                    continue
                pos = [positions[w] for w in req]
                for ci in set.intersection(*sets):
                    ts, te = bounds[ci][0], bounds[ci][1]
                    starts, run = found.get(ci, (set(), False))
                    if simple:
                        starts |= _contiguous_starts(pos, ts, te, spaces)
                    elif not run and self._in_order(pos, ts, te, longest):
                        run = True
                    found[ci] = (starts, run)
            tried = [(ci, sorted(st), run) for ci, (st, run) in sorted(found.items()) if st or run]
            if tried:
                out.append((c, tried))
        return out


def _contiguous_starts(positions: list[list[int]], ts: int, te: int, spaces: numpy.ndarray) -> set[int]:
    """Starts of the runs of these words in this order, apart by whitespace tokens only."""
    first = positions[0]
    starts = set()
    for i in range(bisect.bisect_left(first, ts), len(first)):
        start = cur = first[i]
        if start >= te:
            break
        for later in positions[1:]:
            j = bisect.bisect_right(later, cur)
            nxt = later[j] if j < len(later) else te
            # the next word must follow with nothing but whitespace between
            if nxt >= te or spaces[nxt - 1] != spaces[cur]:
                break
            cur = nxt
        else:
            starts.add(start)
    return starts
