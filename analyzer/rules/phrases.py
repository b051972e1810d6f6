r"""The phrase language of the rule tables, compiled to spaCy Matcher token patterns.

A phrase is what a reader would underline in a license, with a few marks:

    commercial [or production] purpose|purposes|use|uses      words; a|b one of; [..] optional
    governed by ...3 law|laws                                 ...N up to N tokens between
    (make copies|reproduce) of the model                      (..|..) one of these word groups
    sublicens* the rights                                     word* any word starting so
    -|•|\) distribute                                         \| and \) a literal '|' and ')'

Words are matched as whole tokens on their normalised form (case and typographic apostrophes
do not matter), each written word tokenized by the pipeline's own tokenizer, so "non-commercial"
is the three tokens "non", "-", "commercial" and "商业用途" is four characters in Chinese. A
whitespace token (a line wrap with indentation) may sit between any two tokens. A gap never
crosses a ";".

The pre-filter that decides where a rule is tried is derived here from the same parse
(`Phrase.required`): a clause is a candidate only when it holds a word of every required
word set of some expansion of the phrase. Nothing is kept by hand.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_EXPANSIONS = 256
GAP_DEFAULT = 5
GAP_MAX = 60
NO_GAP_TOKENS = [";", "；"]
SPACE = {"IS_SPACE": True, "OP": "*"}


class PhraseError(ValueError):
    """A phrase that cannot be compiled (the message says which part and why)."""


@dataclass(frozen=True)
class Word:
    """One token position: any of `norms` exactly, or any token starting with one of `prefixes`."""

    norms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    optional: bool = False

    def spec(self) -> dict:
        if self.prefixes:
            alts = [re.escape(p) for p in self.prefixes] + [re.escape(n) + "$" for n in sorted(self.norms)]
            spec = {"NORM": {"REGEX": "^(?:" + "|".join(alts) + ")"}}
        elif len(self.norms) == 1:
            spec = {"NORM": next(iter(self.norms))}
        else:
            spec = {"NORM": {"IN": sorted(self.norms)}}
        if self.optional:
            spec["OP"] = "?"
        return spec


@dataclass(frozen=True)
class Gap:
    """Up to `size` tokens of any kind but ';'."""

    size: int

    def spec(self) -> dict:
        # A bounded {0,N} op makes spaCy's Matcher fork a state per optional token (exponential
        # in N); "*" keeps one. The bound is enforced on the match length (Phrase.patterns).
        return {"ORTH": {"NOT_IN": NO_GAP_TOKENS}, "OP": "*"}


Element = Word | Gap


@dataclass(frozen=True)
class Phrase:
    """A parsed phrase: its source text and its expansions (sequences of Word/Gap)."""

    source: str
    expansions: tuple[tuple[Element, ...], ...]

    def patterns(self) -> list[tuple[list[dict], int]]:
        """spaCy Matcher patterns, each with the longest match it may give (in tokens).

        An optional whitespace token is allowed between two words (a gap takes them itself).
        """
        out = []
        for seq in self.expansions:
            pattern: list[dict] = []
            longest = 0
            for i, el in enumerate(seq):
                if i and isinstance(el, Word) and isinstance(seq[i - 1], Word):
                    pattern.append(dict(SPACE))
                pattern.append(el.spec())
                # a word, plus the whitespace tokens a line wrap may add around it
                longest += el.size + 2 if isinstance(el, Gap) else 2
            out.append((pattern, longest))
        return out

    def required(self) -> tuple[tuple[Word, ...], ...]:
        """Per expansion, the words that must occur in any text it matches (the pre-filter)."""
        return tuple(
            tuple(el for el in seq if isinstance(el, Word) and not el.optional) for seq in self.expansions
        )


Tokenize = Callable[[str], list[str]]


# `\|` is a literal vertical bar (a Markdown table's cell border), not an alternative; `\)` a
# literal closing bracket (the end of an item marker "(a)"), not the end of a group
LITERAL_BAR = "\\|"
LITERAL_CLOSE = "\\)"
ALTERNATIVE = re.compile(r"(?<!\\)\|")


def _alternatives(item: str) -> list[str]:
    """`a|b|\\|`: the alternatives of one item, a literal bar or bracket unescaped."""
    return [alt.replace(LITERAL_BAR, "|").replace(LITERAL_CLOSE, ")") for alt in ALTERNATIVE.split(item)]


def _escaped(text: str, i: int) -> bool:
    return bool(i) and text[i - 1] == "\\"


def _split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside brackets (not on an escaped one)."""
    parts, depth, cur = [], 0, []
    for i, ch in enumerate(text):
        if ch == sep and i and text[i - 1] == "\\":
            cur.append(ch)
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]" and not _escaped(text, i):
            depth -= 1
            if depth < 0:
                raise PhraseError(f"unbalanced ')' or ']' in {text!r}")
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if depth:
        raise PhraseError(f"unbalanced '(' or '[' in {text!r}")
    parts.append("".join(cur))
    return parts


def _items(text: str) -> list[str]:
    """Whitespace-separated items, a bracketed group kept whole."""
    items, depth, cur = [], 0, []
    text = text.strip()
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and not _escaped(text, i):
            depth -= 1
        if ch.isspace() and depth == 0:
            if cur:
                items.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        items.append("".join(cur))
    return items


def _word_alternatives(item: str, tokenize: Tokenize) -> list[tuple[Element, ...]]:
    """An item like `use|uses|licen*` or `...8`: its alternatives as token sequences."""
    if item.startswith("..."):
        size = item[3:]
        if size and not size.isdigit():
            raise PhraseError(f"a gap is '...' or '...N', not {item!r}")
        n = int(size) if size else GAP_DEFAULT
        if not 0 < n <= GAP_MAX:
            raise PhraseError(f"a gap must be 1 to {GAP_MAX} tokens, not {n}")
        return [(Gap(n),)]
    single_norms, prefixes, multi = set(), [], []
    for alt in _alternatives(item):
        if not alt:
            raise PhraseError(f"empty alternative in {item!r}")
        if alt.endswith("*"):
            stem = tokenize(alt[:-1])
            if not stem:
                raise PhraseError(f"'{alt}': a word* needs a stem")
            if len(stem) == 1:
                prefixes.append(stem[0])
            else:  # "fine-tun*": the tokens before the last are exact
                multi.append((*(Word(frozenset({t})) for t in stem[:-1]), Word(prefixes=(stem[-1],))))
            continue
        tokens = tokenize(alt)
        if not tokens:
            raise PhraseError(f"'{alt}' has no words")
        if len(tokens) == 1:
            single_norms.add(tokens[0])
        else:
            multi.append(tuple(Word(frozenset({t})) for t in tokens))
    out: list[tuple[Element, ...]] = []
    if single_norms or prefixes:
        out.append((Word(frozenset(single_norms), tuple(prefixes)),))
    return out + multi


def _sequence_alternatives(text: str, tokenize: Tokenize) -> list[tuple[Element, ...]]:
    """All expansions of a sequence of items."""
    slots: list[list[tuple[Element, ...]]] = []
    for item in _items(text):
        glued = any(
            len(a) > 1 and (a[0] in "([" or a[-1] in ")]" and not a.endswith(LITERAL_CLOSE))
            for a in ALTERNATIVE.split(item)
        )
        if item[0] not in "([" and glued:
            # "forbidden|(not permitted|restricted uses)" would read "(not" and "uses)" as words
            raise PhraseError(f"{item!r}: a group is its own item, not an alternative of a word")
        if item[0] in "([":
            close = ")" if item[0] == "(" else "]"
            if item[-1] != close:
                raise PhraseError(f"group {item!r} must end with {close!r}")
            inner: list[tuple[Element, ...]] = []
            for part in _split_top(item[1:-1], "|"):
                if not part.strip():
                    raise PhraseError(f"empty alternative in {item!r}")
                inner.extend(_sequence_alternatives(part, tokenize))
            inner = _merge_single_words(inner)
            if item[0] == "[":
                inner = _optional(inner)
            slots.append(inner)
        else:
            slots.append(_word_alternatives(item, tokenize))
    out = []
    for combo in itertools.product(*slots):
        out.append(tuple(el for part in combo for el in part))
        if len(out) > MAX_EXPANSIONS:
            raise PhraseError(f"{text!r} expands to more than {MAX_EXPANSIONS} patterns: split it")
    return out


def _merge_single_words(alternatives: list[tuple[Element, ...]]) -> list[tuple[Element, ...]]:
    """The one-word alternatives of a group as one token test: `(cannot|may not|prohibited)` is
    `cannot|prohibited` beside `may not`, two patterns instead of three, with the same matches."""
    norms: set[str] = set()
    prefixes: list[str] = []
    rest: list[tuple[Element, ...]] = []
    for alt in alternatives:
        if len(alt) == 1 and isinstance(alt[0], Word) and not alt[0].optional:
            norms |= alt[0].norms
            prefixes += [p for p in alt[0].prefixes if p not in prefixes]
        else:
            rest.append(alt)
    if not norms and not prefixes:
        return rest
    return [(Word(frozenset(norms), tuple(prefixes)),), *rest]


def _optional(alternatives: list[tuple[Element, ...]]) -> list[tuple[Element, ...]]:
    """[x] : a one-word alternative becomes an optional token; longer ones expand to with/without."""
    if len(alternatives) == 1 and len(alternatives[0]) == 1 and isinstance(alternatives[0][0], Word):
        w = alternatives[0][0]
        return [(Word(w.norms, w.prefixes, optional=True),)]
    return [(), *alternatives]


def parse_phrase(text: str, tokenize: Tokenize) -> Phrase:
    """Parse one phrase; raises PhraseError naming what is wrong."""
    if not isinstance(text, str) or not text.strip():
        raise PhraseError("a phrase must be a non-empty string")
    expansions = _sequence_alternatives(text, tokenize)
    for seq in expansions:
        if not any(isinstance(el, Word) and not el.optional for el in seq):
            raise PhraseError(f"{text!r} can match without any word: give it a required word")
        if isinstance(seq[0], Gap) or isinstance(seq[-1], Gap):
            raise PhraseError(f"{text!r}: a gap must sit between words")
    return Phrase(text, tuple(dict.fromkeys(expansions)))
