"""Rule phrases compiled to spaCy Matchers, and the pre-filter derived from them.

`RuleMatcher.candidates` says in which clauses each rule can possibly match: a clause that
lacks a required word of every expansion of every phrase of a rule is never tried. The
required words come from the parsed phrases (analyzer.rules.phrases), so the pre-filter
cannot disagree with the patterns; `prefilter=False` tries every rule in every clause, and a
test over the whole LicenseDB checks both give the same statuses.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import defaultdict
from collections.abc import Iterable

import numpy
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analyzer.nlp.segment import text_of
from analyzer.positions import (
    NormIndex,
    WordPositions,
    chain_windows,
    merged,
    within,
    word_starts,
    word_starts_in,
)
from analyzer.rules import RuleSet, TermRule
from analyzer.rules.phrases import Element, Gap, Phrase, Word


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
            # published only once it holds its pattern: a thread sharing this pipeline must never
            # run it empty (it would find nothing)
            matcher = Matcher(self.vocab)
            matcher.add("k", [self.patterns[k][0]])
            matcher = self._single.setdefault(k, matcher)
        longest = self.patterns[k][1]
        return [(s, e) for _, s, e in matcher(doclike) if e - s <= longest]


def _matcher(vocab: Vocab, key: str, phrases: Iterable[Phrase]) -> BoundedMatcher | None:
    phrases = list(phrases)
    return BoundedMatcher(vocab, key, phrases) if phrases else None


class WordTable:
    """Every required word of one RuleMatcher's rules and phrase sets, by id, and where each
    occurs in a text (found once per text for all of them)."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.words: list[Word] = []
        self._ids: dict[Word, int] = {}
        self._exact: dict[int, list[int]] = defaultdict(list)  # norm hash -> word ids
        self._prefixes: dict[str, list[int]] = defaultdict(list)  # word* stem -> word ids
        self._prefix_re: re.Pattern | None = None
        # norm hash -> the distinct ids of the words it is a form of (often none), across texts
        self._of_norm: dict[int, tuple[int, ...]] = {}
        self._forms = _Forms()
        self._lock = threading.Lock()
        self._pairs: dict[tuple[int, int], int] = {}  # pairs of words that must stand next to each other
        self._pair_arrays: tuple[numpy.ndarray, numpy.ndarray] | None = None

    def add(self, words: Iterable[Word]) -> tuple[int, ...]:
        out = []
        for w in words:
            i = self._ids.get(w)
            if i is None:
                i = self._ids[w] = len(self.words)
                self.words.append(w)
                for norm in w.norms:
                    self._exact[self.vocab.strings.add(norm)].append(i)
                for p in w.prefixes:
                    self._prefixes[p].append(i)
                stems = sorted(self._prefixes, key=len, reverse=True)
                self._prefix_re = re.compile("|".join(map(re.escape, stems))) if stems else None
                self._of_norm.clear()
                self._forms = _Forms()
            out.append(i)
        return tuple(out)

    def _ids_of(self, norm_hash: int, strings) -> tuple[int, ...]:
        """The ids of the words a norm is a form of, or whose `word*` stem it starts with
        (`strings`: the text's own StringStore, which holds its norms); a form and a stem of
        one word count once."""
        ids = tuple(self._exact.get(norm_hash, ()))
        if self._prefix_re is not None:
            norm = strings[norm_hash]
            if self._prefix_re.match(norm):
                ids += tuple(w for p, ws in self._prefixes.items() if norm.startswith(p) for w in ws)
        found = self._of_norm[norm_hash] = tuple(dict.fromkeys(ids))
        if found:
            self._forms.add(norm_hash, found)
        return found

    def positions(self, words: NormIndex) -> tuple[numpy.ndarray, WordPositions]:
        """Which words occur in the text (a mask over word ids), and the token positions of
        each (sorted), merged from its forms when first asked for; once per text."""
        found = words.memo.get(self)
        if found is None:
            # one text at a time: the forms another thread adds in between would be missed
            with self._lock:
                for h in set(words.norms).difference(self._of_norm):  # norms no text had before
                    self._ids_of(h, words.doc.vocab.strings)
                word_ids, runs = self._forms.of_text(words.norms)
            present = numpy.zeros(len(self.words) + 1, dtype=bool)
            present[word_ids] = True
            found = words.memo[self] = (present, WordPositions(words, word_ids.tolist(), runs.tolist()))
            words.memo[self, "forms"] = (word_ids, runs)
        return found  # type: ignore[return-value]

    def pair(self, a: int, b: int) -> int:
        """The number of the pair of words a, b (registered on first ask) for `adjacent`."""
        found = self._pairs.get((a, b))
        if found is None:
            found = self._pairs[a, b] = len(self._pairs)
            self._pair_arrays = None
        return found

    def adjacent(self, words: NormIndex) -> numpy.ndarray:
        """A mask over the registered pairs of words (`pair`): whether word b stands next to word
        a somewhere in the text (a token of b is the first token after one of a that is not
        whitespace); once per text, from the text's adjacent norms and the forms of each word."""
        found = words.memo.get((self, "adjacent"))
        if found is None:
            arrays = self._pair_arrays
            if arrays is None:
                arrays = self._pair_arrays = (
                    numpy.array([a for a, _ in self._pairs], dtype="int64"),
                    numpy.array([b for _, b in self._pairs], dtype="int64"),
                )
            self.positions(words)
            word_ids, runs = words.memo[self, "forms"]  # type: ignore[misc]
            # the forms of word w in the text: runs[lo[w]:lo[w] + count[w]] (word_ids is sorted)
            count = numpy.bincount(word_ids, minlength=len(self.words))
            lo = numpy.cumsum(count) - count
            n_a, n_b = count[arrays[0]], count[arrays[1]]
            both = numpy.flatnonzero((n_a > 0) & (n_b > 0))
            # every form of the first word with every form of the second, as adjacent() keys
            of_a, at_a = _ragged(lo[arrays[0][both]], n_a[both])
            of_ab, at_b = _ragged(lo[arrays[1][both]][of_a], n_b[both][of_a])
            keys = runs[at_a[of_ab]] * len(words.norms) + runs[at_b]
            adjacent = words.adjacent()
            at = numpy.searchsorted(adjacent, keys)
            hit = at < len(adjacent)
            hit[hit] = adjacent[at[hit]] == keys[hit]
            found = numpy.zeros(len(self._pairs), dtype=bool)
            found[both[of_a[of_ab[hit]]]] = True
            words.memo[self, "adjacent"] = found
        return found  # type: ignore[return-value]


class _Forms:
    """The norms that are forms of some word, each with the ids of its words (append-only, in
    the order they were first seen), so that a text's (word, norm) pairs come from one numpy
    pass instead of a walk over every norm of the text."""

    def __init__(self):
        self.index: dict[int, int] = {}  # norm hash -> form number
        self._ptr: list[int] = [0]
        self._ids: list[int] = []
        self._arrays: tuple[numpy.ndarray, numpy.ndarray] | None = None

    def add(self, norm_hash: int, ids: tuple[int, ...]) -> None:
        self.index[norm_hash] = len(self.index)
        self._ids.extend(ids)
        self._ptr.append(len(self._ids))

    def _as_arrays(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The lists as arrays: only the forms added since the last text are converted (a
        conversion of every form for every text that brings a new one costs more than the rest)."""
        arrays = self._arrays
        if arrays is None or len(arrays[0]) != len(self._ptr):
            done = (0, 0) if arrays is None else (len(arrays[0]), len(arrays[1]))
            tails = (
                numpy.array(self._ptr[done[0] :], dtype="int64"),
                numpy.array(self._ids[done[1] :], dtype="int64"),
            )
            arrays = self._arrays = (
                tails
                if arrays is None
                else (
                    numpy.concatenate((arrays[0], tails[0])),
                    numpy.concatenate((arrays[1], tails[1])),
                )
            )
        return arrays

    def of_text(self, norms: list[int]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Every (word id, norm number) pair of a text's distinct norms, sorted by word id and,
        within a word, by norm number."""
        ptr, ids = self._as_arrays()
        get = self.index.get
        form = numpy.array([get(h, -1) for h in norms], dtype="int64")
        runs = numpy.flatnonzero(form >= 0)
        form = form[runs]
        first, counts = ptr[form], ptr[form + 1] - ptr[form]
        # the ids of every form, one block after another: output t of block k is ids[first_k + t - start_k]
        starts = numpy.cumsum(counts) - counts
        word_ids = ids[numpy.repeat(first - starts, counts) + numpy.arange(int(counts.sum()))]
        runs = numpy.repeat(runs, counts)
        order = numpy.argsort(word_ids, kind="stable")
        return word_ids[order], runs[order]


def _ragged(starts: numpy.ndarray, counts: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Blocks [starts[i], starts[i] + counts[i]) laid end to end: per element, its block i and
    its index."""
    owner = numpy.repeat(numpy.arange(len(counts)), counts)
    offsets = numpy.cumsum(counts) - counts
    return owner, starts[owner] + numpy.arange(int(counts.sum())) - offsets[owner]


class AdjacentWords:
    """The pairs of required words that expansions of words and gaps join with no gap (they must
    stand next to each other), so that one numpy pass per text says which expansions have a pair
    that never does: none of those can match anywhere in the text."""

    def __init__(self, table: WordTable, expansions: Iterable[tuple[tuple[int, ...], Links | None]]):
        self.table = table
        pairs = [
            (e, table.pair(req[i], req[i + 1]))
            for e, (req, links) in enumerate(expansions)
            if links is not None
            for i, gap in enumerate(links)
            if not gap
        ]
        self._owner = numpy.array([e for e, _ in pairs], dtype="int64")
        self._pair = numpy.array([p for _, p in pairs], dtype="int64")

    def broken(self, words: NormIndex, n: int) -> numpy.ndarray | None:
        """A mask over the n expansions: True where two words that must stand next to each other
        never do in the text (None: no expansion has such words)."""
        if not len(self._owner):
            return None
        out = numpy.zeros(n, dtype=bool)
        out[self._owner[~self.table.adjacent(words)[self._pair]]] = True
        return out


SMALL = 16


class Expansions:
    """The required word ids of many expansions, so that one numpy pass per text says which
    expansions have all their words somewhere in it (a word required twice counts once)."""

    def __init__(self, required: Iterable[tuple[int, ...]]):
        reqs = list(required)
        self._reqs = reqs if len(reqs) <= SMALL else None  # a few: plain Python is quicker than NumPy
        self.words = numpy.array([w for req in reqs for w in req], dtype="int64")
        self.owner = numpy.repeat(numpy.arange(len(reqs)), [len(req) for req in reqs])
        self.need = numpy.array([len(set(req)) for req in reqs], dtype="int64")
        self.distinct = numpy.array([w not in req[:i] for req in reqs for i, w in enumerate(req)], dtype=bool)

    def __len__(self) -> int:
        return len(self.need)

    def viable(self, present: numpy.ndarray, broken: numpy.ndarray | None = None) -> list[int]:
        """The indexes of the expansions whose words all occur (`present`: a mask over word ids),
        other than those `broken` (a mask over the expansions) rules out."""
        if self._reqs is not None:
            return [
                k
                for k, req in enumerate(self._reqs)
                if all(present[w] for w in req) and (broken is None or not broken[k])
            ]
        have = numpy.bincount(
            self.owner, weights=present[self.words] & self.distinct, minlength=len(self.need)
        )
        ok = have == self.need
        if broken is not None:
            ok &= ~broken
        return numpy.flatnonzero(ok).tolist()


class PhraseSet:
    """A list of phrases, asked "does any of you occur in this span / this short text?"."""

    def __init__(
        self,
        vocab: Vocab,
        phrases: tuple[Phrase, ...],
        make_doc,
        prefilter: bool = True,
        table: WordTable | None = None,
    ):
        self.matcher = _matcher(vocab, "p", phrases)
        self.make_doc = make_doc
        self.prefilter = prefilter  # False: every pattern on the whole span (the reference)
        self._texts: dict[str, bool] = {}
        self.table = table or WordTable(vocab)
        # The same derived pre-filter as the rules', per expansion (in the order of the
        # matcher's patterns): the ids of its required words, the longest match, and the links
        # of an expansion of words and gaps (decided from the word positions, as the rules').
        self._expansions: list[tuple[tuple[int, ...], int, tuple[bool, ...] | None]] = [
            (self.table.add(req), longest, _links(seq))
            for phrase in phrases
            for seq, req, (_, longest) in zip(
                phrase.expansions, phrase.required(), phrase.patterns(), strict=True
            )
        ]
        self._required = Expansions(req for req, _, _ in self._expansions)
        self._adjacent = AdjacentWords(self.table, ((req, links) for req, _, links in self._expansions))

    def __bool__(self) -> bool:
        return self.matcher is not None

    def _viable(self, words: NormIndex) -> list[int]:
        """The expansions whose words all occur somewhere in the text (once per text)."""
        viable = words.memo.get(self)
        if viable is None:
            present = self.table.positions(words)[0]
            broken = self._adjacent.broken(words, len(self._required))
            viable = words.memo[self] = self._required.viable(present, broken)
        return viable

    def _found(self, doc: Doc, start: int, end: int, words: NormIndex | None):
        """Where matches start inside tokens [start, end), lazily (a start may repeat).

        With the text's NormIndex, each expansion whose words occur in the span is decided
        alone: one of words and gaps from the word positions, any other by its own pattern,
        only within reach of its words. Without it, every pattern runs on the whole span.
        """
        if self.matcher is None or end <= start:
            return
        if words is None or not self.prefilter:
            yield from (start + s for s, _ in self.matcher(doc[start:end]))
            return
        positions = self.table.positions(words)[1]
        for k in self._viable(words):
            req, longest, links = self._expansions[k]
            chain = []
            for w in req:  # stop at the first required word the span lacks
                occurrences = within(positions[w], start, end)
                if not occurrences:
                    break
                chain.append(occurrences)
            if len(chain) < len(req):
                continue
            if links is not None:
                yield from word_starts(chain, links, start, end, longest, *words.counts())
                continue
            spans = merged(chain_windows(chain, start, end, longest)) if req else ((start, end),)
            for ws, we in spans:  # no required word at all: the whole span
                yield from (ws + s for s, _ in self.matcher.one(k, doc[ws:we]))

    def in_span(self, doc: Doc, start: int, end: int, words: NormIndex | None = None) -> bool:
        return any(True for _ in self._found(doc, start, end, words))

    def starts(self, doc: Doc, start: int, end: int, words: NormIndex | None = None) -> list[int]:
        """Where matches start inside tokens [start, end), in order."""
        return sorted(set(self._found(doc, start, end, words)))

    def in_text(self, text: str) -> bool:
        """For headings and defined words: short strings, cached."""
        if self.matcher is None:
            return False
        found = self._texts.get(text)
        if found is None:
            found = self._texts[text] = bool(self.matcher(self.make_doc(text)))
        return found


class CompiledRule:
    def __init__(
        self, rule: TermRule, vocab: Vocab, make_doc, prefilter: bool = True, table: WordTable | None = None
    ):
        self.rule = rule
        self.matcher = _matcher(vocab, rule.id, rule.phrases)
        table = table or WordTable(vocab)
        self.unless = PhraseSet(vocab, rule.unless, make_doc, prefilter, table)
        self.unless_near = PhraseSet(vocab, rule.unless_near, make_doc, prefilter, table)
        self.section = PhraseSet(vocab, rule.section, make_doc, prefilter, table)
        self.not_section = PhraseSet(vocab, rule.not_section, make_doc, prefilter, table)
        self.defines = PhraseSet(vocab, rule.defines, make_doc, prefilter, table)
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
        self.table = table = WordTable(vocab)

        def phrase_set(phrases: tuple[Phrase, ...]) -> PhraseSet:
            return PhraseSet(vocab, phrases, make_doc, prefilter, table)

        self.compiled = tuple(CompiledRule(r, vocab, make_doc, prefilter, table) for r in rules.rules)
        self.skip_sections = phrase_set(rules.skip_sections)
        self.grant_skip_sections = phrase_set(rules.grant_skip_sections)
        self.grant_sections = phrase_set(rules.grant_sections) if rules.grant_sections else None
        self.grant_words = phrase_set(rules.grant_words)
        self.grant_titles = phrase_set(rules.grant_titles)
        self.restriction_sections = phrase_set(rules.restriction_sections)
        self.use_categories = tuple((label, phrase_set(p)) for label, p in rules.use_categories)
        self.regions = tuple((label, phrase_set(p)) for label, p in rules.regions)
        self.incorporation = phrase_set(rules.incorporation)
        self.incorporated = tuple((key, phrase_set(p)) for key, p in rules.incorporated_licenses)
        # per rule, per expansion: the required word ids in order, and the longest match allowed
        self._expansions = tuple(
            tuple(
                (table.add(req), longest, _links(seq))
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
        self._required = Expansions(f[2] for f in self._flat)
        # the required words that an expansion joins with no gap between them: a text where two
        # of them never stand next to each other holds no match of it
        self._adjacent = AdjacentWords(table, ((req, links) for _, _, req, _, links in self._flat))

    def candidates(
        self,
        doc: Doc,
        clause_of: numpy.ndarray,
        bounds: list[tuple[int, int, int, int]],
        words: NormIndex | None = None,
    ):
        """For every rule worth trying: (compiled rule, [(clause, starts, windows)]).

        A clause is tried only when it holds every required word of one expansion of a phrase,
        in order, within its longest match; an expansion whose words all occur in the text is still
        skipped when two words it joins with no gap never stand next to each other there (one
        numpy pass per text over every such pair, AdjacentWords). An expansion that is only words
        (no gap, no optional word) is matched here from the word positions, exactly as the Matcher
        would (words next to each other, or apart by whitespace only). An expansion with gaps or
        optional words that may match in a clause gives `windows`, where the rule's spaCy Matcher
        must run: a match holds the expansion's first required word and is at most `longest`
        tokens long, so the tokens within `longest` of each occurrence of that word cover every
        match.
        """
        words = words or NormIndex(doc)
        present, positions = self.table.positions(words)
        clause_list = clause_of.tolist()
        spaces, semis = words.counts()
        by_rule: dict[int, dict[int, tuple[set[int], dict[int, list[tuple[int, int]]]]]] = {}
        clauses_of: dict[int, list[int]] = {}  # id of a word's positions -> the clauses they are in
        flat, tss, tes = self._flat, [b[0] for b in bounds], [b[1] for b in bounds]
        for e in self._required.viable(present, self._adjacent.broken(words, len(flat))):
            r, k, req, longest, links = flat[e]
            pos = [positions[w] for w in req]
            # the clauses of the rarest word (once per word); the others are looked up there
            rarest = min(pos, key=len)
            clauses = clauses_of.get(id(rarest))
            if clauses is None:
                clauses = clauses_of[id(rarest)] = sorted({clause_list[p] for p in rarest} - {-1})
            if links is not None:
                for ci, starts in word_starts_in(
                    pos, links, clauses, tss, tes, longest, spaces, semis
                ).items():
                    by_rule.setdefault(r, {}).setdefault(ci, (set(), {}))[0].update(starts)
                continue
            for ci in clauses:
                if windows := chain_windows(pos, tss[ci], tes[ci], longest):
                    by_rule.setdefault(r, {}).setdefault(ci, (set(), {}))[1][k] = windows
        out = []
        for r, c in enumerate(self.compiled):
            if c.rule.regex is not None:
                # A match inside a clause is a match of the whole text (the pattern sees the same
                # characters, before the clause too): a text with none has none in any clause.
                if c.rule.regex.search(text_of(doc)):
                    out.append((c, [(ci, (), ((-1, (b[:2],)),)) for ci, b in enumerate(bounds)]))
            elif found := by_rule.get(r):
                out.append(
                    (
                        c,
                        [
                            (ci, sorted(st), tuple((k, merged(w)) for k, w in sorted(ws.items())))
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


Links = tuple[bool, ...]  # per pair of consecutive required words: whether a gap lies between
Windows = tuple[tuple[int, tuple[tuple[int, int], ...]], ...]  # per pattern index, its spans
