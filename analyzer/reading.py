"""Texts in, packed readings out: the language of each text decides which pipeline reads it.

English texts (and texts in a language the analyzer does not read, which keep whatever the
English rules find and are flagged ``unread:<code>``) go through the English pipeline in one
``nlp.pipe``. Chinese texts go through the Chinese pipeline. A bilingual text is read twice,
each version with the other masked out (same length, so every offset is into the whole
text): the English reading decides, and the terms where the Chinese version says more or
less are kept as version differences.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from spacy.language import Language

from analyzer.export import pack_reading
from analyzer.language import TextLanguage, detect
from analyzer.model import TermResult, VersionDifference
from analyzer.nlp.pipeline import make_doc, parse, shared_nlp
from analyzer.taxonomy import BY_ID, TERM_IDS
from analyzer.textnorm import blank_comment_margins

NOT_NEWLINE = re.compile(r"[^\n]")


def masked(text: str, keep: Sequence[tuple[int, int]]) -> str:
    """The text with everything outside ``keep`` blanked (newlines stay): same length and
    offsets, and the blanked parts read as paragraph breaks."""
    out, pos = [], 0
    for start, end in sorted(keep):
        start = max(start, pos)  # spans that overlap (a heading inside a version) are kept once
        if end <= start:
            continue
        out.append(NOT_NEWLINE.sub(" ", text[pos:start]))
        out.append(text[start:end])
        pos = end
    out.append(NOT_NEWLINE.sub(" ", text[pos:]))
    return "".join(out)


HEADING_LINE = re.compile(r"(?m)^#{1,6}[ \t]+\S[^\n]*")


def _headings(text: str) -> tuple[tuple[int, int], ...]:
    """The Markdown heading lines of a text, kept in the English reading of a bilingual text so
    that an English clause is read under its own section (a paper's abstract under "## 引用",
    not under the last heading the English version happens to hold)."""
    return tuple((m.start(), m.end()) for m in HEADING_LINE.finditer(text))


def chinese_terms(text: str) -> dict[str, TermResult]:
    """The terms of a Chinese text (or of a text whose other parts are blanked)."""
    from analyzer.extract_zh import analyze_chinese

    return analyze_chinese(text)


def version_differences(
    en: dict[str, TermResult], zh: dict[str, TermResult]
) -> tuple[VersionDifference, ...]:
    """Terms whose status differs between the versions (a duty or right stated in one
    version only is a difference too), among the terms the Chinese tables can read."""
    from analyzer.extract_zh import readable_terms

    readable = readable_terms()
    out = []
    for t in TERM_IDS:
        if t not in readable:
            continue  # a Chinese 'silent' there would only mean that no Chinese rule covers it
        a, b = en[t], zh[t]
        same = a.status == b.status
        if same and t == "user_threshold":
            same = a.params.get("value") == b.params.get("value")
        if not same:
            out.append(VersionDifference(t, a, b))
    return tuple(out)


def read_one(
    text: str, found: TextLanguage, nlp: Language
) -> tuple[dict[str, TermResult], str, tuple[VersionDifference, ...]]:
    """(terms, language, version differences) of one text."""
    if found.language == "zh":
        return chinese_terms(text), "zh", ()
    if found.language != "bilingual":
        return parse(nlp, text)._.terms, found.language, ()
    english = parse(nlp, masked(text, (*found.versions["en"], *_headings(text))))._.terms
    chinese = chinese_terms(masked(text, found.versions["zh"]))
    differences = version_differences(english, chinese)
    return never_more_permissive(english, differences), "bilingual", differences


# How much each status asks of or withholds from the licensee, by term category. A permission
# withheld asks most; a duty or a limitation asks more than its absence.
RESTRICTIVENESS = {
    "permission": {"granted": 0, "conditional": 1, "prohibited": 2},
    "condition": {"silent": 0, "conditional": 1, "required": 2},
    "limitation": {"silent": 0, "applies": 1},
}


@functools.lru_cache(maxsize=1)
def _rule_priorities() -> dict[str, int]:
    from analyzer.rules import load_rules

    return {r.id: r.priority for lang in ("en", "zh") for r in load_rules(lang=lang).rules}


def _strength(result: TermResult) -> int:
    """The priority of the strongest rule behind a reading (0 when none is known)."""
    priorities = _rule_priorities()
    return max((priorities.get(e.rule, 0) for e in result.evidence), default=0)


def never_more_permissive(
    english: dict[str, TermResult], differences: tuple[VersionDifference, ...]
) -> dict[str, TermResult]:
    """The English reading, except where the Chinese version asks more of the licensee (it
    limits or withholds a right the English reading grants, by a rule at least as strong as
    the English one, or states a duty or a limitation the English reading lacks) or addresses
    a right the English reading leaves silent. Both versions are the text, and the profile is
    never more permissive than the text (TERMS.md); both evidences are kept, and the term
    stays listed in the version differences."""
    out = dict(english)
    for d in differences:
        rank = RESTRICTIVENESS[BY_ID[d.term].category]
        en, zh = d.en.status, d.zh.status
        if en == "silent" and BY_ID[d.term].category == "permission":
            # a right the English reading leaves unaddressed, granted, gated or withheld in the
            # Chinese: the text addresses it, and saying nothing would hide that
            stricter = True
        else:
            stricter = en in rank and zh in rank and rank[zh] > rank[en]
            if stricter and BY_ID[d.term].category == "permission":
                # a weak Chinese limit (a bare mention of non-commercial use) does not withdraw
                # what a stronger English rule decided: the tables share one priority scale
                stricter = _strength(d.zh) >= _strength(d.en)
        if stricter:
            out[d.term] = TermResult(d.term, zh, d.zh.params, d.zh.evidence + d.en.evidence, d.zh.basis)
    return out


def _cited(text: str, result: TermResult) -> TermResult:
    """The result with every evidence quoted from `text` at its offsets (the engine read the
    text with its comment margins blanked, same offsets: the quote is what the file says)."""
    evidence = tuple(dataclasses.replace(e, text=text[e.start : e.end]) for e in result.evidence)
    return dataclasses.replace(result, evidence=evidence)


def _read_as_written(text: str, engine_text: str, reading):
    """A reading of `engine_text` (the text with comment margins blanked) quoting `text`."""
    terms, language, differences = reading
    if engine_text is text:
        return reading
    return (
        {t: _cited(text, r) for t, r in terms.items()},
        language,
        tuple(VersionDifference(d.term, _cited(text, d.en), _cited(text, d.zh)) for d in differences),
    )


def read_text(text: str, nlp: Language | None = None):
    """(terms, language, version differences) of one text."""
    engine_text = blank_comment_margins(text)
    return _read_as_written(
        text, engine_text, read_one(engine_text, detect(engine_text), nlp or shared_nlp())
    )


def read_texts(texts: Sequence[str], nlp: Language | None = None) -> list[list]:
    """The packed reading (export.pack_reading) of each text, in order."""
    nlp = nlp or shared_nlp()
    engine_texts = [blank_comment_margins(t) for t in texts]
    found = [detect(t) for t in engine_texts]
    out: list[list | None] = [None] * len(texts)
    english = [i for i, f in enumerate(found) if f.language not in ("zh", "bilingual")]
    docs = nlp.pipe(make_doc(nlp, engine_texts[i]) for i in english)
    for i, doc in zip(english, docs, strict=True):
        reading = _read_as_written(texts[i], engine_texts[i], (doc._.terms, found[i].language, ()))
        out[i] = pack_reading(*reading)
    for i, f in enumerate(found):
        if out[i] is None:
            out[i] = pack_reading(
                *_read_as_written(texts[i], engine_texts[i], read_one(engine_texts[i], f, nlp))
            )
    return out  # type: ignore[return-value]
