"""Rule phrases compiled to spaCy Matchers, and the pre-filter derived from them.

`RuleMatcher.candidates` says in which clauses each rule can possibly match: a clause that
lacks a required word of every expansion of every phrase of a rule is never tried. The
required words come from the parsed phrases (analyzer.rules.phrases), so the pre-filter
cannot disagree with the patterns; `prefilter=False` tries every rule in every clause, and a
test over the whole LicenseDB checks both give the same statuses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import numpy
from spacy.attrs import NORM
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

    def __bool__(self) -> bool:
        return self.matcher is not None

    def in_span(self, doc: Doc, start: int, end: int) -> bool:
        return self.matcher is not None and bool(self.matcher(doc[start:end]))

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
        self._exact_hashes = numpy.fromiter(self._exact, dtype="uint64", count=len(self._exact))

    def _word_clauses(self, doc: Doc, clause_of: numpy.ndarray) -> dict[int, set[int]]:
        """For each required word present in the doc, the clauses holding it."""
        if not len(doc):
            return {}
        norms = doc.to_array(NORM)
        found: dict[int, set[int]] = defaultdict(set)
        hits = numpy.flatnonzero(numpy.isin(norms, self._exact_hashes))
        for h, ci in zip(norms[hits].tolist(), clause_of[hits].tolist(), strict=True):
            if ci >= 0:
                for w in self._exact[h]:
                    found[w].add(ci)
        if self._prefix_re is not None:
            uniq, inverse = numpy.unique(norms, return_inverse=True)
            strings = doc.vocab.strings
            for u, h in enumerate(uniq.tolist()):
                norm = strings[h]
                if not self._prefix_re.match(norm):
                    continue
                ws = [w for p, ids in self._prefixes.items() if norm.startswith(p) for w in ids]
                clauses = set(clause_of[inverse == u].tolist()) - {-1}
                for w in ws:
                    found[w] |= clauses
        return found

    def candidates(self, doc: Doc, clause_of: numpy.ndarray, n_clauses: int):
        """(compiled rule, sorted clause indices) for every rule worth trying."""
        every = range(n_clauses)
        present = self._word_clauses(doc, clause_of)
        out = []
        for c in self.compiled:
            if c.rule.regex is not None:
                out.append((c, every))
                continue
            clauses: set[int] = set()
            for req in c.required:
                sets = [present.get(self._word_index[w]) for w in req]
                if all(sets):
                    clauses |= set.intersection(*sets)
            if clauses:
                out.append((c, sorted(clauses)))
        return out
