"""Token-pattern rules (the rule language of the engine issue) and their compiler to spaCy's
Matcher, for the tables under analyzer/rules/zh/.

A phrase is words separated by spaces, matched as whole tokens, case-insensitive; each word
is tokenized by the pipeline's own tokenizer (in Chinese, one token per character):

    商业 ...10 登记|申请|授权       a|b one of these words   [x y] optional
    ...  a gap of up to 5 tokens    ...12 up to 12 tokens     word* a token starting with word

Gaps never cross a semicolon; whitespace and line wraps between tokens never matter. A phrase
expands to plain token sequences (alternatives and optional parts multiplied out), each one
Matcher pattern.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.matcher import PhraseMatcher as SpacyPhraseMatcher
from spacy.tokens import Doc

from analyzer.taxonomy import BY_ID

WHEN = ("any", "permission", "obligation", "prohibition", "affirmed", "limit", "condition")
PARAMS = ("threshold", "url", "jurisdiction", "regions")
RULE_KEYS = {
    "id",
    "terms",
    "when",
    "phrases",
    "unless",
    "section",
    "priority",
    "params",
    "examples",
    "counter_examples",
    "note",
}
GAP = re.compile(r"^\.\.\.(\d{0,2})$")
MAX_EXPANSION = 400  # token sequences one phrase may expand to


class PhraseError(ValueError):
    """A phrase or a rule that fails validation (names the file and the rule)."""


@dataclass(frozen=True)
class PhraseRule:
    """One rule of a token-pattern table. ``modality`` is its ``when`` (the engine's name)."""

    id: str
    terms: dict[str, str] = field(hash=False)
    phrases: tuple[str, ...]
    examples: tuple[str, ...]
    modality: str = "any"
    unless: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    priority: int = 10
    params: str | None = None
    counter_examples: tuple[str, ...] = ()


def _items(phrase: str) -> list[str]:
    """Top-level items of a phrase: words, alternations and [optional groups]."""
    items, depth, current = [], 0, ""
    for ch in phrase.strip():
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth < 0:
                raise PhraseError(f"unbalanced ']' in {phrase!r}")
        if ch.isspace() and depth == 0:
            if current:
                items.append(current)
            current = ""
        else:
            current += ch
    if depth:
        raise PhraseError(f"unbalanced '[' in {phrase!r}")
    if current:
        items.append(current)
    return items


def _word_tokens(nlp: Language, word: str) -> list[dict]:
    """The token specs of one word (several in Chinese); 'word*' matches a prefix."""
    if word.endswith("*") and len(word) > 1:
        return [{"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}}]
    tokens = [t.text for t in nlp.make_doc(word) if not t.is_space]
    if not tokens:
        raise PhraseError(f"empty word in a phrase: {word!r}")
    return [{"LOWER": t.lower()} for t in tokens]


def _variants(nlp: Language, item: str) -> list[list]:
    """Every token sequence one item can stand for (a gap is the marker ('gap', n))."""
    if item.startswith("[") and item.endswith("]"):
        inner = _sequences(nlp, item[1:-1])
        return [[], *inner]
    gap = GAP.match(item)
    if gap:
        return [[("gap", int(gap.group(1) or 5))]]
    if "..." in item:
        raise PhraseError(f"a gap must stand alone: {item!r}")
    if "[" in item or "]" in item:
        raise PhraseError(f"an optional part must stand alone, in spaces: {item!r}")
    return [_word_tokens(nlp, word) for word in item.split("|") if word] or [[]]


def _sequences(nlp: Language, phrase: str) -> list[list]:
    seqs: list[list] = [[]]
    for item in _items(phrase):
        seqs = [a + b for a, b in itertools.product(seqs, _variants(nlp, item))]
        if len(seqs) > MAX_EXPANSION:
            raise PhraseError(f"phrase expands to more than {MAX_EXPANSION} sequences: {phrase!r}")
    return seqs


def compile_phrase(nlp: Language, phrase: str) -> list[tuple[list[list[dict]], list[int]]]:
    """A phrase as (segments, gaps) pairs: each segment a gap-free token sequence, and
    gaps[i] the most tokens between segment i and segment i + 1.

    Gaps are joined after matching, not inside the Matcher: a '{0,N}' operator expands to N
    optional tokens that the Matcher follows every way of skipping, and a '*' keeps a state
    alive to the end of the text."""
    out = []
    for seq in _sequences(nlp, phrase):
        if not seq or isinstance(seq[0], tuple) or isinstance(seq[-1], tuple):
            raise PhraseError(f"a phrase must start and end with a word: {phrase!r}")
        segments: list[list[dict]] = [[]]
        gaps: list[int] = []
        for spec in seq:
            if isinstance(spec, tuple):
                if segments[-1]:
                    segments.append([])
                    gaps.append(spec[1])
                else:  # two gaps in a row add up
                    gaps[-1] += spec[1]
                continue
            segments[-1].append(dict(spec))
        out.append((segments, gaps))
    return out


def _words_of(doc: Doc) -> tuple[Doc, list[int], list[int]]:
    """The Doc without its whitespace tokens (line wraps then never matter), the index of each
    of its tokens in ``doc``, and the running count of semicolons; built once per Doc."""
    cached = doc.user_data.get("modelterms_words")
    if cached is not None:
        return cached
    arr = doc.to_array([IS_SPACE, IDX, LENGTH])
    text = doc.user_data.get("modelterms_text") or doc.text
    index = [i for i, space in enumerate(arr[:, 0].tolist()) if not space]
    words = [text[arr[i, 1] : arr[i, 1] + arr[i, 2]] for i in index]
    semis = list(itertools.accumulate((w in (";", "；") for w in words), initial=0))
    cached = doc.user_data["modelterms_words"] = (Doc(doc.vocab, words=words), index, semis)
    return cached


class PhraseMatcher:
    """Phrases under keys (rule ids). ``__call__(doc)`` yields (key, start, end) token
    matches: every literal segment found in one spaCy PhraseMatcher pass (a hash lookup per
    token) and every segment with a 'word*' prefix in one Matcher pass, over the Doc's
    non-space tokens, then joined across the gaps (never across a semicolon)."""

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.literal = SpacyPhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        self.strings = nlp.vocab.strings
        self.segment_names: dict[str, str] = {}
        self.patterns: list[tuple[str, tuple[str, ...], tuple[int, ...]]] = []

    def _segment(self, tokens: list[dict]) -> str:
        signature = repr(tokens)
        name = self.segment_names.get(signature)
        if name is None:
            name = self.segment_names[signature] = f"segment#{len(self.segment_names)}"
            if all(isinstance(t.get("LOWER"), str) for t in tokens):
                self.literal.add(name, [Doc(self.vocab, words=[t["LOWER"] for t in tokens])])
            else:
                self.matcher.add(name, [tokens])
        return name

    def add(self, key: str, phrases: tuple[str, ...], nlp: Language) -> None:
        for phrase in phrases:
            for segments, gaps in compile_phrase(nlp, phrase):
                names = tuple(self._segment(seg) for seg in segments)
                self.patterns.append((key, names, tuple(gaps)))

    def __call__(self, doc: Doc):
        words, index, semis = _words_of(doc)
        found: dict[str, list[tuple[int, int]]] = {}
        matches = [*self.literal(words), *(self.matcher(words) if len(self.matcher) else ())]
        for match_id, start, end in matches:
            found.setdefault(self.strings[match_id], []).append((start, end))
        for spans in found.values():
            spans.sort()
        seen: set[tuple[str, int, int]] = set()
        for key, names, gaps in self.patterns:
            if any(name not in found for name in names):
                continue
            for start, end in found[names[0]]:
                last = _join(end, names[1:], gaps, found, semis)
                if last is None:
                    continue
                span = (key, index[start], index[last - 1] + 1)  # back to the Doc's tokens
                if span not in seen:
                    seen.add(span)
                    yield span


def _join(end: int, names, gaps, found, semis) -> int | None:
    """The end of the first way the remaining segments follow ``end`` within their gaps."""
    if not names:
        return end
    spans = found[names[0]]
    i = bisect.bisect_left(spans, (end, -1))
    while i < len(spans) and spans[i][0] <= end + gaps[0]:
        start, stop = spans[i]
        if semis[start] == semis[end]:
            last = _join(stop, names[1:], gaps[1:], found, semis)
            if last is not None:
                return last
        i += 1
    return None


def _strings(row: dict, key: str, where: str) -> tuple[str, ...]:
    value = row.get(key, [])
    if isinstance(value, str) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PhraseError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value)


def parse_rule(row: dict, where: str) -> PhraseRule:
    """A validated rule from one table row (unknown keys, terms and statuses are errors)."""
    if not isinstance(row, dict):
        raise PhraseError(f"{where}: a rule must be a mapping")
    unknown = set(row) - RULE_KEYS
    if unknown:
        raise PhraseError(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in ("id", "terms", "phrases", "examples"):
        if not row.get(key):
            raise PhraseError(f"{where}: missing {key!r}")
    where = f"{where} ({row['id']})"
    for term_id, status in row["terms"].items():
        if term_id not in BY_ID:
            raise PhraseError(f"{where}: unknown term {term_id!r}")
        if status not in BY_ID[term_id].allowed or status == "silent":
            raise PhraseError(f"{where}: status {status!r} not allowed for {term_id}")
    if row.get("when", "any") not in WHEN:
        raise PhraseError(f"{where}: when must be one of {WHEN}")
    if row.get("params") not in (None, *PARAMS):
        raise PhraseError(f"{where}: params must be one of {PARAMS}")
    rule = PhraseRule(
        id=row["id"],
        terms=dict(row["terms"]),
        phrases=_strings(row, "phrases", where),
        examples=_strings(row, "examples", where),
        modality=row.get("when", "any"),
        unless=_strings(row, "unless", where),
        section=_strings(row, "section", where),
        priority=int(row.get("priority", 10)),
        params=row.get("params"),
        counter_examples=_strings(row, "counter_examples", where),
    )
    gated = {"prohibited", "conditional"} & set(rule.terms.values())
    if gated and not rule.counter_examples:
        raise PhraseError(f"{where}: a rule that yields {sorted(gated)} needs counter_examples")
    return rule


def load_table(path: Path) -> list[PhraseRule]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise PhraseError(f"{path.name}: expected a list of rules")
    return [parse_rule(row, f"{path.name}: rule #{n}") for n, row in enumerate(rows, 1)]


@functools.lru_cache(maxsize=4)
def load_tables(directory: Path, names: tuple[str, ...]) -> tuple[PhraseRule, ...]:
    """Every rule of the named tables, ids unique across them."""
    rules: list[PhraseRule] = []
    seen: set[str] = set()
    for name in names:
        for rule in load_table(directory / name):
            if rule.id in seen:
                raise PhraseError(f"{name}: duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            rules.append(rule)
    return tuple(rules)


def build_matcher(nlp: Language, rules: tuple[PhraseRule, ...]) -> tuple[PhraseMatcher, PhraseMatcher]:
    """One matcher for the rules' phrases (keys = rule ids) and one for their vetoes."""
    phrases, vetoes = PhraseMatcher(nlp), PhraseMatcher(nlp)
    for rule in rules:
        try:
            phrases.add(rule.id, rule.phrases, nlp)
            if rule.unless:
                vetoes.add(rule.id, rule.unless, nlp)
        except PhraseError as exc:
            raise PhraseError(f"{rule.id}: {exc}") from None
    return phrases, vetoes
