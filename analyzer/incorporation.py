"""Licenses built on another: "This version of the GNU Lesser General Public License
incorporates the terms and conditions of version 3 of the GNU General Public License". The
incorporated license's statuses carry over wherever the incorporating text is silent, with
the incorporating sentence as evidence and basis `implied` (TERMS.md, "Licenses built on
another")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from analyzer.match import RuleMatcher
from analyzer.model import Evidence, TermResult
from analyzer.nlp.sections import section_at
from analyzer.nlp.segment import clause_bounds, text_of
from analyzer.positions import NormIndex

Terms = dict[str, TermResult]


def incorporated_license(
    doc: Doc, matcher: RuleMatcher, words: NormIndex | None = None
) -> tuple[str, Evidence] | None:
    """The LicenseDB key a clause incorporates wholesale, and that clause as evidence."""
    if not matcher.incorporation or not len(doc):
        return None
    words = words or NormIndex(doc)
    found = matcher.incorporation.starts(doc, 0, len(doc), words)
    if not found:
        return None
    text = text_of(doc)
    for ts, te, cs, ce in clause_bounds(doc):
        if not any(ts <= s < te for s in found):
            continue
        for key, names in matcher.incorporated:
            if names.in_span(doc, ts, te, words):
                return key, Evidence(text[cs:ce], cs, ce, section_at(doc, cs), f"incorporates:{key}", cs)
    return None


def carry_over(
    terms: Terms, key: str, evidence: Evidence, analyze_key: Callable[[str], Terms | None]
) -> Terms:
    """The incorporated license's non-silent statuses on every term this text leaves silent."""
    base = analyze_key(key)
    if not base:
        return terms
    out = dict(terms)
    for term_id, mine in terms.items():
        theirs = base[term_id]
        if mine.status == "silent" and theirs.status != "silent":
            out[term_id] = TermResult(term_id, theirs.status, theirs.params, (evidence,), "implied")
    return out
