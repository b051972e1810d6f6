"""Rule phrases compiled to spaCy Matchers, and the pre-filter derived from them.

`RuleMatcher.candidates` says in which clauses each rule can possibly match: a clause that
lacks a required word of every expansion of every phrase of a rule is never tried. The
required words come from the parsed phrases (analyzer.rules.phrases), so the pre-filter
cannot disagree with the patterns; `prefilter=False` tries every rule in every clause, and a
test over the whole LicenseDB checks both give the same statuses.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analyzer.positions import NormIndex
from analyzer.rules import RuleSet, TermRule
from analyzer.rules.phrases import NO_GAP_TOKENS, Element, Gap, Phrase, Word


class BoundedMatcher:
    """A spaCy Matcher whose patterns each have a longest allowed match (gaps are bounded).

    Called on a text it runs every pattern; `one(k, span)` runs pattern k alone, for the
    windows where the pre-filter found that pattern's words (the Matcher's cost grows with
    the number of patterns times the tokens walked).
    """

    def __init__(self, vocab: Vocab, key: str, phrases: Iterable[Phrase]):
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.longest: dict[int, int] = {}
        self.patterns: list[tuple[list[dict], int]] = []
        self._single: dict[int, Matcher] = {}
        for phrase in phrases:
            for pattern, longest in phrase.patterns():
                name = f"{key}#{len(self.patterns)}"
                self.matcher.add(name, [pattern])
                self.longest[vocab.strings[name]] = longest
                self.patterns.append((pattern, longest))

    def __call__(self, doclike) -> list[tuple[int, int]]:
        longest = self.longest
        return [(s, e) for key, s, e in self.matcher(doclike) if e - s <= longest[key]]

    def one(self, k: int, doclike) -> list[tuple[int, int]]:
        """The matches of pattern k alone."""
        matcher = self._single.get(k)
        if matcher is None:  # compiled on first use: most patterns never need it
            matcher = self._single[k] = Matcher(self.vocab)
            matcher.add("k", [self.patterns[k][0]])
        longest = self.patterns[k][1]
        return [(s, e) for _, s, e in matcher(doclike) if e - s <= longest]


def _matcher(vocab: Vocab, key: str, phrases: Iterable[Phrase]) -> BoundedMatcher | None:
    phrases = list(phrases)
    return BoundedMatcher(vocab, key, phrases) if phrases else None


class PhraseSet:
    """A list of phrases, asked "does any of you occur in this span / this short text?"."""

    def __init__(self, vocab: Vocab, phrases: tuple[Phrase, ...], make_doc, prefilter: bool = True):
        self.matcher = _matcher(vocab, "p", phrases)
        self.make_doc = make_doc
        self.prefilter = prefilter  # False: every pattern on the whole span (the reference)
        self._texts: dict[str, bool] = {}
        # The same derived pre-filter as the rules', per expansion (in the order of the
        # matcher's patterns): the norm hashes of each required exact word (a word* stem cannot
        # be checked on hashes and is not required here); the first of them is the anchor that
        # every match holds, and a match is at most `longest` tokens long.
        self._expansions: list[tuple[tuple[frozenset[int], ...], int]] = []
        for phrase in phrases:
            for req, (_, longest) in zip(phrase.required(), phrase.patterns(), strict=True):
                hashes = tuple(
                    frozenset(vocab.strings.add(n) for n in w.norms) for w in req if not w.prefixes
                )
                self._expansions.append((hashes, longest))

    def __bool__(self) -> bool:
        return self.matcher is not None

    def _viable(self, words: NormIndex) -> list[int]:
        """The expansions whose exact words all occur somewhere in the text (once per text)."""
        viable = words.memo.get(self)
        if viable is None:
            has = words.has
            viable = words.memo[self] = [
                k for k, (req, _) in enumerate(self._expansions) if all(any(has(n) for n in w) for w in req)
            ]
        return viable

    def _found(self, doc: Doc, start: int, end: int, words: NormIndex | None):
        """The matches inside tokens [start, end), lazily, as (start, end) token offsets.

        With the text's NormIndex, each expansion whose words occur in the span is matched
        alone, only within reach of its anchor; without it, every pattern runs on the span.
        """
        if self.matcher is None or end <= start:
            return
        if words is None or not self.prefilter:
            yield from ((start + s, start + e) for s, e in self.matcher(doc[start:end]))
            return
        for k in self._viable(words):
            req, longest = self._expansions[k]
            if not all(words.occurs_any(w, start, end) for w in req):
                continue
            if req:
                chain = [sorted(p for h in w for p in words.within(h, start, end)) for w in req]
                spans = _merged(_chain_windows(chain, start, end, longest))
            else:  # only word* stems: no anchor
                spans = ((start, end),)
            for ws, we in spans:
                yield from ((ws + s, ws + e) for s, e in self.matcher.one(k, doc[ws:we]))

    def in_span(self, doc: Doc, start: int, end: int, words: NormIndex | None = None) -> bool:
        return any(True for _ in self._found(doc, start, end, words))

    def spans(self, doc: Doc, start: int, end: int, words: NormIndex | None = None) -> list[tuple[int, int]]:
        """Every match inside tokens [start, end), as (start, end) token offsets."""
        return list(self._found(doc, start, end, words))

    def in_text(self, text: str) -> bool:
        """For headings and defined words: short strings, cached."""
        if self.matcher is None:
            return False
        found = self._texts.get(text)
        if found is None:
            found = self._texts[text] = bool(self.matcher(self.make_doc(text)))
        return found


class CompiledRule:
    def __init__(self, rule: TermRule, vocab: Vocab, make_doc, prefilter: bool = True):
        self.rule = rule
        self.matcher = _matcher(vocab, rule.id, rule.phrases)
        self.unless = PhraseSet(vocab, rule.unless, make_doc, prefilter)
        self.section = PhraseSet(vocab, rule.section, make_doc, prefilter)
        self.not_section = PhraseSet(vocab, rule.not_section, make_doc, prefilter)
        self.defines = PhraseSet(vocab, rule.defines, make_doc, prefilter)
        # the pre-filter: one tuple of required Words per expansion of every phrase
        self.required = tuple(req for phrase in rule.phrases for req in phrase.required())

    def starts(self, doc: Doc, start: int, end: int, windows: Windows = ()) -> list[int]:
        """Token indices where the rule's phrases match inside tokens [start, end), in order.

        `windows` (from RuleMatcher.candidates) narrows the search: per pattern that may match,
        the spans that hold all its matches in [start, end). The Matcher's cost is per token it
        walks, per pattern, so a long clause with one candidate is matched by one pattern over a
        few dozen tokens. Without windows every pattern runs on the whole span.
        """
        if self.matcher is None:
            return []
        if not windows:
            return sorted({start + s for s, _ in self.matcher(doc[start:end])})
        one = self.matcher.one
        return sorted({ws + s for k, spans in windows for ws, we in spans for s, _ in one(k, doc[ws:we])})


class RuleMatcher:
    """Every rule of a RuleSet compiled against one vocabulary."""

    def __init__(self, rules: RuleSet, vocab: Vocab, make_doc, prefilter: bool = True):
        """`prefilter=False` compiles the reference: every phrase set runs all its patterns on
        the whole span asked about (rules are switched by find_hits' own `prefilter`)."""
        self.rules = rules

        def phrase_set(phrases: tuple[Phrase, ...]) -> PhraseSet:
            return PhraseSet(vocab, phrases, make_doc, prefilter)

        self.compiled = tuple(CompiledRule(r, vocab, make_doc, prefilter) for r in rules.rules)
        self.skip_sections = phrase_set(rules.skip_sections)
        self.restriction_sections = phrase_set(rules.restriction_sections)
        self.use_categories = tuple((label, phrase_set(p)) for label, p in rules.use_categories)
        self.regions = tuple((label, phrase_set(p)) for label, p in rules.regions)
        self.incorporation = phrase_set(rules.incorporation)
        self.incorporated = tuple((key, phrase_set(p)) for key, p in rules.incorporated_licenses)
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
        self._word_ids: dict[int, tuple[int, ...]] = {}
        self._prefix_re = (
            re.compile("|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True)))
            if prefixes
            else None
        )
        self._word_index = {w: i for i, w in enumerate(self._words)}
        # per rule, per expansion: the required word ids in order, and the longest match allowed
        self._expansions = tuple(
            tuple(
                (tuple(self._word_index[w] for w in req), longest, _links(seq))
                for phrase in c.rule.phrases
                for seq, req, (_, longest) in zip(
                    phrase.expansions, phrase.required(), phrase.patterns(), strict=True
                )
            )
            for c in self.compiled
        )
        # The same expansions flattened, so that one numpy pass per text finds those whose
        # required words all occur in it: (rule index, pattern index in the rule's matcher,
        # required word ids, longest, links or None).
        self._flat = tuple(
            (r, k, req, longest, links)
            for r, (c, expansions) in enumerate(zip(self.compiled, self._expansions, strict=True))
            if c.rule.regex is None
            for k, (req, longest, links) in enumerate(expansions)
        )
        reqs = [f[2] for f in self._flat]
        self._flat_words = numpy.array([w for req in reqs for w in req], dtype="int64")
        self._flat_owner = numpy.repeat(numpy.arange(len(reqs)), [len(req) for req in reqs])
        self._flat_need = numpy.array([len(set(req)) for req in reqs], dtype="int64")
        # a word required twice in one expansion counts once
        self._flat_distinct = numpy.array(
            [w not in req[:i] for req in reqs for i, w in enumerate(req)], dtype=bool
        )

    def _word_positions(self, words: NormIndex, strings) -> tuple[numpy.ndarray, dict[int, list[int]]]:
        """Which required words occur in the doc (a mask over word ids), and the token
        positions of each (sorted), merged for a word when first asked for."""
        present = numpy.zeros(len(self._words) + 1, dtype=bool)
        parts: dict[int, list[list[int]]] = defaultdict(list)
        known = self._word_ids.get
        for h, positions in words.at.items():
            ids = known(h)
            if ids is None:
                ids = self._ids_of(h, strings)
            for w in ids:
                parts[w].append(positions)
        present[list(parts)] = True
        return present, _Positions(parts)

    def _ids_of(self, norm_hash: int, strings) -> tuple[int, ...]:
        """The ids of the required words a norm is a form of, or whose `word*` stem it starts
        with (remembered per norm, across texts)."""
        ids = tuple(self._exact.get(norm_hash, ()))
        if self._prefix_re is not None:
            norm = strings[norm_hash]
            if self._prefix_re.match(norm):
                ids += tuple(w for p, ws in self._prefixes.items() if norm.startswith(p) for w in ws)
        self._word_ids[norm_hash] = ids
        return ids

    def candidates(
        self,
        doc: Doc,
        clause_of: numpy.ndarray,
        bounds: list[tuple[int, int, int, int]],
        words: NormIndex | None = None,
    ):
        """For every rule worth trying: (compiled rule, [(clause, starts, windows)]).

        A clause is tried only when it holds every required word of one expansion of a phrase,
        in order, within its longest match. An expansion that is only words (no gap, no optional
        word) is matched here from the word positions, exactly as the Matcher would (words next to
        each other, or apart by whitespace only). An expansion with gaps or optional words that
        may match in a clause gives `windows`, where the rule's spaCy Matcher must run: a match
        holds the expansion's first required word and is at most `longest` tokens long, so the
        tokens within `longest` of each occurrence of that word cover every match.
        """
        words = words or NormIndex(doc)
        present, positions = self._word_positions(words, doc.vocab.strings)
        weights = present[self._flat_words] & self._flat_distinct
        have = numpy.bincount(self._flat_owner, weights=weights, minlength=len(self._flat))
        clause_list = clause_of.tolist()
        spaces, semis = _running_counts(doc)
        by_rule: dict[int, dict[int, tuple[set[int], dict[int, list[tuple[int, int]]]]]] = {}
        for e in numpy.flatnonzero(have == self._flat_need).tolist():
            r, k, req, longest, links = self._flat[e]
            found = by_rule.setdefault(r, {})
            pos = [positions[w] for w in req]
            # the clauses of the rarest word; the others are looked up there
            for ci in sorted({clause_list[p] for p in min(pos, key=len)} - {-1}):
                ts, te = bounds[ci][0], bounds[ci][1]
                if links is not None:
                    starts = _word_starts(pos, links, ts, te, longest, spaces, semis)
                    if starts:
                        found.setdefault(ci, (set(), {}))[0].update(starts)
                elif windows := _chain_windows(pos, ts, te, longest):
                    found.setdefault(ci, (set(), {}))[1][k] = windows
        out = []
        for r, c in enumerate(self.compiled):
            if c.rule.regex is not None:
                out.append((c, [(ci, (), ((-1, (b[:2],)),)) for ci, b in enumerate(bounds)]))
            elif found := by_rule.get(r):
                out.append(
                    (
                        c,
                        [
                            (ci, sorted(st), tuple((k, _merged(w)) for k, w in sorted(ws.items())))
                            for ci, (st, ws) in sorted(found.items())
                        ],
                    )
                )
        return out


def _links(seq: tuple[Element, ...]) -> tuple[bool, ...] | None:
    """For an expansion of required words and gaps only, starting and ending with a word: per
    pair of consecutive words, whether a gap lies between them. None for any other expansion
    (optional words, or a gap at an end), which the spaCy Matcher decides."""
    if not seq or isinstance(seq[0], Gap) or isinstance(seq[-1], Gap):
        return None
    if any(isinstance(el, Word) and el.optional for el in seq):
        return None
    return tuple(isinstance(prev, Gap) for prev, el in itertools.pairwise(seq) if isinstance(el, Word))


def _running_counts(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token, how many non-whitespace tokens and how many ';' tokens end there or before."""
    if not len(doc):
        return [], []
    spaces = numpy.cumsum(~doc.to_array(IS_SPACE).astype(bool)).tolist()
    stops = [doc.vocab.strings.add(t) for t in NO_GAP_TOKENS]
    semis = numpy.cumsum(numpy.isin(doc.to_array(ORTH), stops)).tolist()
    return spaces, semis


def _word_starts(
    positions: list[list[int]],
    links: tuple[bool, ...],
    ts: int,
    te: int,
    longest: int,
    spaces: list[int],
    semis: list[int],
) -> set[int]:
    """Where an expansion of words and gaps matches inside [ts, te), exactly as its Matcher
    pattern would: the words in order, next to each other (whitespace tokens aside) or, across
    a gap, apart by tokens none of which is ';', the whole at most `longest` tokens long."""
    first = positions[0]
    starts = set()
    for i in range(bisect.bisect_left(first, ts), len(first)):
        p = first[i]
        if p >= te:
            break
        if _continues(positions, links, 1, p, min(te, p + longest), spaces, semis):
            starts.add(p)
    return starts


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


Windows = tuple[tuple[int, tuple[tuple[int, int], ...]], ...]  # per pattern index, its spans


def _chain_windows(positions: list[list[int]], ts: int, te: int, longest: int) -> list[tuple[int, int]]:
    """Token spans inside [ts, te) that hold every match of at most `longest` tokens whose
    required words (in this order) occur at these positions; none when no match can fit.

    For each occurrence p of the first word, the earliest later occurrences of the others end
    the shortest chain at q. A match whose first word is at p starts after q - longest and ends
    before p + longest, so [q - longest + 1, p + longest) holds it; a chain longer than the
    match can be holds no match.
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


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Overlapping or touching spans joined, in order."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


class _Positions(dict):
    """Word id -> sorted token positions, merged from its forms and stems on first access."""

    def __init__(self, parts: dict[int, list[list[int]]]):
        super().__init__()
        self._parts = parts

    def __missing__(self, w: int) -> list[int]:
        # a norm's positions are listed once per word (a form and a stem may give the same norm)
        parts = list({id(part): part for part in self._parts.get(w, [])}.values())
        found = parts[0] if len(parts) == 1 else sorted(itertools.chain.from_iterable(parts))
        self[w] = found
        return found
