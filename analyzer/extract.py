"""Doc -> LicenseProfile: run the term rules over the clauses and decide one status per term."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from analyzer.family import profile_of
from analyzer.match import CompiledRule, RuleMatcher
from analyzer.model import Document, Evidence, LicenseProfile, TermResult
from analyzer.nlp import modality as mod
from analyzer.nlp.extensions import token_starts
from analyzer.nlp.pipeline import shared_nlp
from analyzer.nlp.quantities import find_jurisdiction, find_urls, url_spans
from analyzer.nlp.sections import section_at
from analyzer.nlp.segment import clause_bounds, text_of
from analyzer.positions import NormIndex
from analyzer.rules import TermRule
from analyzer.taxonomy import TERM_IDS
from analyzer.thresholds import threshold_params

MAX_EVIDENCE = 3
# Terms whose params TERMS.md defines; a rule's params never leak onto the other terms it sets.
PARAM_TERMS = {"user_threshold", "aup_compliance", "governing_law", "geographic_restriction"}
ADJECTIVE_LAW = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+law\b")
NOT_PLACES = {
    "The",
    "This",
    "Applicable",
    "Governing",
    "Such",
    "Any",
    "Local",
    "Federal",
    "State",
    "Mandatory",
}
LIST_ITEM = re.compile(r"\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,2})[).]\s")
TITLE_CLAUSES = 3  # a rule marked `title` reads only the first clauses of a text
NEAR = 8  # tokens either side of a match that a rule's `unless_near` vetoes reach
BLOCKING = mod.BIT["negation"] | mod.BIT["prohibition"]


@dataclass(frozen=True)
class Hit:
    """One rule matched inside one clause."""

    rule: TermRule
    start: int  # clause offsets into the analyzed text
    end: int
    match_start: int
    section: str
    token_start: int = 0  # clause token bounds
    token_end: int = 0


def clause_numbers(n: int, bounds: list[tuple[int, int, int, int]]) -> numpy.ndarray:
    """Per token, the index of the clause that holds it (-1 between clauses): the clauses
    opened minus one where more have opened than closed (clauses are in order, apart)."""
    opened, closed = numpy.zeros(n + 1, dtype="int64"), numpy.zeros(n + 1, dtype="int64")
    opened[[b[0] for b in bounds]] = 1
    closed[[b[1] for b in bounds]] = 1
    started, ended = numpy.cumsum(opened[:n]), numpy.cumsum(closed[:n])
    return numpy.where(started > ended, started - 1, -1)


class ClauseIndex:
    """Clause boundaries, token offsets and modality of one parsed Doc, for fast lookups."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.bounds = clause_bounds(doc)
        self.starts = [b[2] for b in self.bounds]
        self.ends = [b[3] for b in self.bounds]
        self.token_idx = token_starts(doc).tolist()
        self.mask = doc._.modality or [0] * len(doc)
        self.definitions = doc._.definitions or {}
        self.words = NormIndex(doc)
        self.clause_of = clause_numbers(len(doc), self.bounds)

    def defined_in(self, ci: int, text: str) -> str | None:
        """The word a clause defines; the items of a definition ("(iii) any other model ...")
        belong to the definition they continue."""
        while ci >= 0:
            start = self.starts[ci]
            defined = self.definitions.get(start)
            if defined or not LIST_ITEM.match(text, start):
                return defined
            ci -= 1
        return None

    def token_at(self, char: int) -> int:
        return bisect.bisect_right(self.token_idx, char) - 1


def _modality_ok(rule: TermRule, mask: int) -> bool:
    if rule.when == "any":
        return True
    if rule.when == "prohibition":
        return bool(mask & BLOCKING)
    if mask & BLOCKING:
        return False
    if rule.when == "affirmed":
        return True
    return bool(mask & mod.BIT[rule.when])


def _skip_clause(c: CompiledRule, matcher: RuleMatcher, section: str, defined: str | None) -> bool:
    """The section and definition constraints of a rule (checked after its pattern matched)."""
    rule = c.rule
    if section and matcher.skip_sections.in_text(section.rsplit(" / ", 1)[-1]):
        return True
    if (
        section
        and set(rule.terms.values()) == {"granted"}
        and matcher.grant_skip_sections.in_text(section.rsplit(" / ", 1)[-1])
    ):
        return True  # a how-to or a news section grants nothing, though it may limit
    if c.section and not c.section.in_text(section):
        return True
    if c.not_section and c.not_section.in_text(section):
        return True
    if c.defines and not c.defines.in_text(defined or ""):
        return True
    # a definition says what a word means, not what anyone must do
    return bool(defined and not (rule.defines or rule.in_definitions))


def _tip_not_grant(c: CompiledRule, matcher: RuleMatcher, section: str, doc, ts: int, te: int, index) -> bool:
    """A grant under a heading that names no licence topic ("## Notes" of a README), in a clause
    that names neither the licensee, the licensed work nor the licence, is a tip on how to do
    something ("you can use a shallow-diffusion model to improve the sound"): not a grant. Only
    for tables that list such headings (`grant_sections`), and not in a licence file (its first
    heading names a licence, `grant_titles`: "模型许可协议" over "第三条 分发")."""
    if matcher.grant_sections is None or not section or set(c.rule.terms.values()) != {"granted"}:
        return False
    if matcher.grant_sections.in_text(section):
        return False
    sections = doc._.sections
    if sections and matcher.grant_titles.in_text(sections[0][1]):
        return False
    return not matcher.grant_words.in_span(doc, ts, te, index.words)


def _match_tokens(c: CompiledRule, doc: Doc, index: ClauseIndex, ci: int, windows=()) -> list[int]:
    ts, te, cs, ce = index.bounds[ci]
    if c.rule.regex is not None:
        text = text_of(doc)
        return [index.token_at(m.start()) for m in c.rule.regex.finditer(text, cs, ce)]
    return c.starts(doc, ts, te, windows)


def _matches(matcher: RuleMatcher, doc: Doc, index: ClauseIndex, prefilter: bool):
    """Per rule, the clauses where it matches and the match starts in each.

    With the pre-filter, a rule is tried only in the clauses that hold its required words.
    Without it (the check that the pre-filter never hides a match), each rule's matcher runs
    once over the whole text, keeping matches that start and end in one clause.
    """
    if prefilter:
        for c, tried in matcher.candidates(doc, index.clause_of, index.bounds, index.words):
            yield (
                c,
                (
                    (ci, sorted(set(starts) | set(_match_tokens(c, doc, index, ci, windows))))
                    if windows
                    else (ci, starts)
                    for ci, starts, windows in tried
                ),
            )
        return
    for c in matcher.compiled:
        if c.rule.regex is not None or c.matcher is None:
            yield c, ((ci, _match_tokens(c, doc, index, ci)) for ci in range(len(index.bounds)))
            continue
        by_clause: dict[int, set[int]] = {}
        for s, e in c.matcher(doc):
            ci = index.clause_of[s]
            if ci >= 0 and index.clause_of[e - 1] == ci:
                by_clause.setdefault(int(ci), set()).add(s)
        yield c, ((ci, sorted(by_clause[ci])) for ci in sorted(by_clause))


def find_hits(
    doc: Doc, matcher: RuleMatcher, index: ClauseIndex | None = None, prefilter: bool = True
) -> list[Hit]:
    """Every (rule, clause) pair where a phrase matches and the constraints hold."""
    index = index or ClauseIndex(doc)
    text = text_of(doc)
    urls = url_spans(text)
    url_starts = [s for s, _ in urls]
    sections: dict[int, str] = {}
    hits: list[Hit] = []
    for c, starts_by_clause in _matches(matcher, doc, index, prefilter):
        rule = c.rule
        for ci, found in starts_by_clause:
            if not found or (rule.title and ci >= TITLE_CLAUSES):
                continue
            # the first match that counts: not a word inside a URL ("use-policy" says nothing),
            # in the mood the rule asks for (the cheap per-token tests come first)
            ts, te, start, end = index.bounds[ci]
            counted = _counted(rule, found, index, urls, url_starts)
            if c.unless_near:  # the first match with no veto near it
                counted = (
                    (tok, ch)
                    for tok, ch in counted
                    if not c.unless_near.in_span(doc, max(ts, tok - NEAR), min(te, tok + NEAR), index.words)
                )
            char = next((ch for _tok, ch in counted), None)
            if char is None:
                continue
            section = sections.get(ci)
            if section is None:
                section = sections[ci] = section_at(doc, start)
            # a rule about definitions also reads the items of a definition ("(iii) any other model")
            defined = index.defined_in(ci, text) if c.defines else index.definitions.get(start)
            if _skip_clause(c, matcher, section, defined):
                continue
            if _tip_not_grant(c, matcher, section, doc, ts, te, index):
                continue
            if c.unless and c.unless.in_span(doc, ts, te, index.words):
                continue
            hits.append(Hit(rule, start, end, char, section, ts, te))
    return hits


def _counted(rule: TermRule, found: list[int], index: ClauseIndex, urls, url_starts):
    """The match starts that count (token, character offset), in order."""
    for tok in found:
        char = index.token_idx[tok]
        u = bisect.bisect_right(url_starts, char) - 1
        if u >= 0 and char < urls[u][1] and rule.params != "url":
            continue
        if _modality_ok(rule, index.mask[tok]):
            yield tok, char


def _params(hit: Hit, doc: Doc, matcher: RuleMatcher) -> dict[str, Any]:
    rule = hit.rule
    clause = text_of(doc)[hit.start : hit.end]
    if rule.params == "threshold":
        return threshold_params(clause)
    if rule.params == "url":
        urls = find_urls(clause)
        return {"url": urls[0]} if urls else {}
    if rule.params == "jurisdiction":
        place = find_jurisdiction(clause)
        if not place:
            m = re.search(
                r"courts?\s+(?:located\s+)?(?:of|in)\s+(?:the\s+)?([A-Z][\w]+(?:\s+[A-Z][\w]+){0,3})", clause
            )
            place = m.group(1) if m else None
        if not place:  # "California law will govern", "governed by Swiss law"
            m = ADJECTIVE_LAW.search(clause)
            place = m.group(1) if m and m.group(1).split()[0] not in NOT_PLACES else None
        return {"jurisdiction": place} if place else {}
    if rule.params == "regions":
        found = [label for label, p in matcher.regions if p.in_span(doc, hit.token_start, hit.token_end)]
        return {"regions": found} if found else {}
    return {}


def _use_categories(doc: Doc, hits: list[Hit], matcher: RuleMatcher, index: ClauseIndex) -> list[str]:
    """Restricted fields named in restriction clauses and restriction sections."""
    scopes = {(h.token_start, h.token_end) for h in hits if "use_restrictions" in h.rule.terms}
    for ts, te, s, _ in index.bounds:
        section = section_at(doc, s)
        if section and matcher.restriction_sections.in_text(section):
            scopes.add((ts, te))
    found = []
    for label, phrases in matcher.use_categories:
        if any(phrases.in_span(doc, s, e, index.words) for s, e in scopes):
            found.append(label)
    return found


# A use policy the text carries in full (a heading that names it, e.g. "Exhibit A Acceptable Use
# Policy") is part of the license text: its restrictions are use_restrictions, and a clause that
# merely incorporates it is no separate policy to comply with (TERMS.md "Use policies"). Only a
# clause inside that policy, or one that points to a policy at a URL, still makes
# aup_compliance required.
POLICY_HEADING = re.compile(r"\buse\s+policy\b", re.IGNORECASE)


def _inline_policy_start(doc: Doc) -> int | None:
    for start, label in doc._.sections or []:
        if POLICY_HEADING.search(label.rsplit(" / ", 1)[-1]):
            return start
    return None


def _outside_policy(hs: list[tuple[Hit, str]], doc: Doc, matcher: RuleMatcher) -> list[tuple[Hit, str]]:
    inline = _inline_policy_start(doc)
    if inline is None:
        return hs
    return [(h, s) for h, s in hs if h.start >= inline or _params(h, doc, matcher).get("url")]


# Never more permissive than the text: for these terms a clause that limits or gates the
# right decides over a clause that grants it, whatever their priorities.
LIMIT_DECIDES = {"commercial_use", "research_use"}


def _rank(term_id: str):
    def key(hs: tuple[Hit, str]):
        hit, status = hs
        limited = term_id in LIMIT_DECIDES and status != "granted"
        return (not limited, -hit.rule.priority, hit.start)

    return key


def decide(
    doc: Doc, hits: list[Hit], matcher: RuleMatcher, index: ClauseIndex | None = None
) -> dict[str, TermResult]:
    """One status per term: the highest-priority hit wins; ties go to the earliest clause."""
    by_term: dict[str, list[tuple[Hit, str]]] = {t: [] for t in TERM_IDS}
    for hit in hits:
        for term_id, status in hit.rule.terms.items():
            by_term[term_id].append((hit, status))
    by_term["aup_compliance"] = _outside_policy(by_term["aup_compliance"], doc, matcher)
    results: dict[str, TermResult] = {}
    text = text_of(doc)
    for term_id in TERM_IDS:
        candidates = sorted(by_term[term_id], key=_rank(term_id))
        if not candidates:
            results[term_id] = TermResult(term_id, "silent")
            continue
        best, status = candidates[0]
        chosen = [h for h, s in candidates if s == status]
        if term_id in LIMIT_DECIDES and status != "granted":
            # the grant the limit overrides is evidence too
            chosen += [h for h, s in candidates if s == "granted"][:1]
        evidence, used = [], set()
        for h in chosen:
            if (h.start, h.end) in used:
                continue
            used.add((h.start, h.end))
            evidence.append(
                Evidence(text[h.start : h.end], h.start, h.end, h.section, h.rule.id, h.match_start)
            )
            if len(evidence) == MAX_EVIDENCE:
                break
        params = _params(best, doc, matcher) if term_id in PARAM_TERMS else {}
        if not params and best.rule.params and term_id in PARAM_TERMS:
            for h in chosen[1:]:
                params = _params(h, doc, matcher)
                if params:
                    break
        implied = all(term_id in h.rule.implied for h, s in candidates if s == status)
        basis = "implied" if implied else "explicit"
        results[term_id] = TermResult(term_id, status, params, tuple(evidence), basis)
    if results["use_restrictions"].status == "applies":
        categories = _use_categories(doc, hits, matcher, index or ClauseIndex(doc))
        if results["aup_compliance"].status != "silent":
            categories.insert(0, "incorporated acceptable use policy")
        r = results["use_restrictions"]
        results["use_restrictions"] = TermResult(
            r.term, r.status, {"categories": categories}, r.evidence, r.basis
        )
    return results


def analyze_doc(
    doc: Doc, matcher: RuleMatcher | None = None, prefilter: bool = True, index: ClauseIndex | None = None
) -> dict[str, TermResult]:
    matcher = matcher or shared_matcher()
    index = index or ClauseIndex(doc)
    return decide(doc, find_hits(doc, matcher, index, prefilter), matcher, index)


def shared_matcher() -> RuleMatcher:
    """The rules compiled against the shared pipeline's vocabulary."""
    return shared_nlp().get_pipe("license_terms").matcher


def analyze_document(document: Document, nlp: Language | None = None) -> LicenseProfile:
    """The profile of one license text: 29 terms with evidence, its family and its language
    (the language picks the pipeline: analyzer.reading)."""
    from analyzer.reading import read_text

    return profile_of(document, *read_text(document.text, nlp or shared_nlp()))
