"""The `model_card_facts` spaCy component: value shapes + cues with a scope (card_patterns.yaml).

It matches every value shape (dates, sizes, token counts, numbers, languages, names), keeps the
non-overlapping ones by label priority, then lets each cue claim the nearest value of its kind
inside its window and sentence. The claimed spans land in doc.spans["card_facts"], labelled with
the fact field they decide (span.id is the cue id); analyzer.scan.card turns them into values.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from analyzer.schemas import CardPatternsTable, TableError, YamlTable
from analyzer.schemas.scan import FACT_FIELDS as FIELDS

PATTERNS_PATH = Path(__file__).resolve().with_name("card_patterns.yaml")
SPAN_KEY = "card_facts"
SENTENCE = "SENTENCE"


@dataclass(frozen=True)
class ValueShape:
    id: str
    label: str
    pattern: list
    example: str


@dataclass(frozen=True)
class Cue:
    id: str
    field: str
    value: str
    pattern: list
    direction: str
    window: int
    example: str
    multiple: bool = False


@dataclass(frozen=True)
class CardPatterns:
    values: tuple[ValueShape, ...]
    cues: tuple[Cue, ...]

    @property
    def priority(self) -> dict[str, int]:
        """Label -> rank (the order labels first appear in `values`; lower wins overlaps)."""
        ranks: dict[str, int] = {}
        for shape in self.values:
            ranks.setdefault(shape.label, len(ranks))
        return ranks


@functools.lru_cache(maxsize=2)
def load_patterns(path: str | None = None) -> CardPatterns:
    """card_patterns.yaml validated by analyzer.schemas.CardPatternsTable, then each cue's value
    label checked against the value shapes and every id checked unique (TableError: file:line)."""
    source = YamlTable(Path(path) if path else PATTERNS_PATH)
    table = source.validate(CardPatternsTable)
    values = tuple(ValueShape(v.id, v.label, v.pattern, v.example) for v in table.values)
    labels = {v.label for v in values} | {SENTENCE}
    seen: set[str] = set()
    for n, cue in enumerate(table.cues):
        if cue.value not in labels:
            raise source.error(("cues", n, "value"), f"unknown value label {cue.value!r} ({cue.id})")
    for section, rows in (("values", table.values), ("cues", table.cues)):
        for n, row in enumerate(rows):
            if row.id in seen:
                raise source.error((section, n, "id"), f"duplicate id {row.id!r}")
            seen.add(row.id)
    cues = tuple(
        Cue(c.id, c.field, c.value, c.pattern, c.direction, c.window, c.example, c.multiple)
        for c in table.cues
    )
    return CardPatterns(values, cues)


def _boundaries(doc: Doc) -> list[int]:
    """A block number per token: a new block at each sentence start and markdown paragraph."""
    blocks, block = [], 0
    for i, tok in enumerate(doc):
        if i and (tok.is_sent_start or _breaks(doc, i)):
            block += 1
        blocks.append(block)
    return blocks


def _breaks(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    if prev.is_space and prev.text.count("\n") >= 2:
        return True
    return "\n" in prev.text_with_ws and doc[i].text[:1] in "#|-*>"


EMPHASIS = {"ORTH": "*", "OP": "*"}


def _through_emphasis(pattern: list) -> list:
    """A value shape that reads through Markdown emphasis between its tokens: "**3.2** trillion
    tokens" is "3.2 trillion tokens" (the parsers drop the marks)."""
    out: list = []
    for n, token in enumerate(pattern):
        if n:
            out.append(EMPHASIS)
        out.append(token)
    return out


class CardFacts:
    """Value shapes, then cues claiming values in their scope: doc.spans['card_facts']."""

    def __init__(self, vocab, patterns: CardPatterns):
        self.patterns = patterns
        self.rank = patterns.priority
        self.value_matcher = Matcher(vocab)
        self.cue_matcher = Matcher(vocab)
        self.labels: dict[str, str] = {}
        self.cues = {c.id: c for c in patterns.cues}
        for shape in patterns.values:
            self._add(self.value_matcher, shape.id, _through_emphasis(shape.pattern))
            self.labels[shape.id] = shape.label
        for cue in patterns.cues:
            self._add(self.cue_matcher, cue.id, cue.pattern)

    @staticmethod
    def _add(matcher: Matcher, key: str, pattern: list) -> None:
        try:
            matcher.add(key, [pattern])
        except (ValueError, KeyError) as exc:
            raise TableError(f"card_patterns.yaml ({key}): bad pattern ({exc})") from None

    def __call__(self, doc: Doc) -> Doc:
        cues = sorted(self.cue_matcher(doc), key=lambda m: (m[1], -m[2]))
        values = self.find_values(doc, cues)
        doc.spans[SPAN_KEY] = self.claim(doc, values, cues)
        return doc

    def find_values(self, doc: Doc, cues: list[tuple[int, int, int]] = ()) -> list[Span]:
        """Non-overlapping value spans; a higher-priority label, then a longer span, wins.

        Cue words are never part of a value ("Model Developers Meta" names "Meta").
        """
        strings = doc.vocab.strings
        found = [Span(doc, s, e, label=self.labels[strings[mid]]) for mid, s, e in self.value_matcher(doc)]
        # a value inside a longer value of another shape is part of it: "1 million" (a size) in
        # "1 million tokens" (a length)
        found = [
            sp
            for sp in found
            if not any(
                o.label_ != sp.label_ and o.start <= sp.start and sp.end <= o.end and len(o) > len(sp)
                for o in found
            )
        ]
        found.sort(key=lambda sp: (self.rank[sp.label_], -(sp.end - sp.start), sp.start))
        taken = [False] * len(doc)
        for _, start, end in cues:
            for i in range(start, end):
                taken[i] = True
        kept = []
        for span in found:
            if not any(taken[span.start : span.end]):
                kept.append(span)
                for i in range(span.start, span.end):
                    taken[i] = True
        return sorted(kept, key=lambda sp: sp.start)

    def claim(self, doc: Doc, values: list[Span], cues: list[tuple[int, int, int]]) -> list[Span]:
        """For each field, the first cue (in text order) that finds a value in its scope."""
        decided: dict[str, list[Span]] = {}
        for field, spans in self._claims(doc, values, cues):
            decided.setdefault(field, spans)
        return [span for field in FIELDS for span in decided.get(field, [])]

    def claim_each(self, doc: Doc) -> list[tuple[str, list[Span]]]:
        """Every cue occurrence that finds a value in its scope, in text order: (field, spans).
        A README naming several releases states a fact per release, so none is dropped here."""
        cues = sorted(self.cue_matcher(doc), key=lambda m: (m[1], -m[2]))
        return list(self._claims(doc, self.find_values(doc, cues), cues))

    def _claims(self, doc: Doc, values: list[Span], cues: list[tuple[int, int, int]]):
        blocks = _boundaries(doc)
        strings = doc.vocab.strings
        for mid, start, end in cues:
            cue = self.cues[strings[mid]]
            if cue.value == SENTENCE:
                yield cue.field, [_sentence_of(doc, start, end, blocks, cue)]
                continue
            near = [v for v in values if v.label_ == cue.value and _in_scope(v, start, end, cue, blocks)]
            if not near:
                continue
            if cue.multiple:
                near = _extend_list(doc, values, near)
            else:
                nearest = min(near, key=lambda v: min(abs(v.start - end), abs(start - v.end)))
                near = [_changed_to(doc, values, nearest)]
            yield cue.field, [Span(doc, v.start, v.end, label=cue.field, span_id=cue.id) for v in near]


CHANGED = {"expanded", "extended", "increased", "raised", "grown", "grew", "upgraded", "scaled", "doubled"}


def _changed_to(doc: Doc, values: list[Span], value: Span) -> Span:
    """ "The context window has been expanded from 128K to 200K tokens", "has increased the native
    context window length from 4K to 8K", "Extended Context Length from 4K in the Second Generation
    to 8K": the value it was changed to, not the one it had."""
    before = [t.lower_ for t in doc[max(0, value.start - 8) : value.start]]
    if not before or before[-1] != "from" or not CHANGED & set(before):
        return value
    for to in range(value.end, min(value.end + 6, len(doc))):
        if doc[to].is_sent_start and to > value.end or doc[to].text in (".", ";", "\n"):
            break
        if doc[to].lower_ == "to":
            after = next((v for v in values if v.label_ == value.label_ and v.start == to + 1), None)
            return after or value
    return value


LIST_JOINERS = {",", "and", "or", "&", "/", "-", "–", "—", ";"}


def _extend_list(doc: Doc, values: list[Span], near: list[Span]) -> list[Span]:
    """The claimed values plus the rest of their list ("7B, 13B, and 70B" past the window)."""
    chosen = list(near)
    later = [v for v in values if v.label_ == near[0].label_ and v.start >= near[-1].end]
    for value in later:
        gap = doc[chosen[-1].end : value.start]
        if not all(t.is_space or t.lower_ in LIST_JOINERS for t in gap) or len(gap) > 4:
            break
        chosen.append(value)
    return chosen


def _in_scope(value: Span, start: int, end: int, cue: Cue, blocks: list[int]) -> bool:
    if cue.direction in ("forward", "both") and value.start >= end and value.start - end <= cue.window:
        return blocks[value.start] == blocks[start] and blocks[value.end - 1] == blocks[start]
    if cue.direction in ("backward", "both") and value.end <= start and start - value.end <= cue.window:
        return blocks[value.start] == blocks[start]
    return False


def _sentence_of(doc: Doc, start: int, end: int, blocks: list[int], cue: Cue) -> Span:
    """The cue's sentence, without leading markup or a bold lead-in ("**Intended Use** ...")."""
    lo, hi = start, end
    while lo > 0 and blocks[lo - 1] == blocks[start]:
        lo -= 1
    while hi < len(doc) and blocks[hi] == blocks[start]:
        hi += 1
    bold_close = [i for i in range(lo + 1, start) if doc[i].text == "*" and doc[i - 1].text == "*"]
    if doc[lo].text == "*" and len(bold_close) >= 2:
        lo = bold_close[1] + 1  # skip "**Heading**"
    while lo < start and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > end and doc[hi - 1].is_space:
        hi -= 1
    return Span(doc, lo, hi, label=cue.field, span_id=cue.id)


@Language.factory("model_card_facts", default_config={"patterns_path": None})
def make_card_facts(nlp: Language, name: str, patterns_path: str | None) -> CardFacts:
    return CardFacts(nlp.vocab, load_patterns(patterns_path))


def build_card_nlp(patterns_path: str | None = None) -> Language:
    """spacy.blank("en") + the rule sentencizer + model_card_facts (nothing is downloaded)."""
    nlp = spacy.blank("en")
    nlp.max_length = 5_000_000
    # "128K." and "70B." end sentences: split the full stop off a number with a unit letter.
    suffixes = [*nlp.Defaults.suffixes, r"(?<=\d[KkMBT])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("model_card_facts", config={"patterns_path": patterns_path})
    return nlp


@functools.lru_cache(maxsize=1)
def shared_card_nlp() -> Language:
    """One card pipeline per process."""
    return build_card_nlp()
