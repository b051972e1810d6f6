"""Doc -> LicenseProfile: run the term rules over the clauses and decide one status per term."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from analyzer.family import profile_of
from analyzer.model import Document, Evidence, LicenseProfile, TermResult
from analyzer.nlp import modality as mod
from analyzer.nlp.pipeline import shared_nlp
from analyzer.nlp.quantities import find_jurisdiction, find_urls, parse_quantity, url_spans
from analyzer.nlp.sections import section_at
from analyzer.nlp.segment import clause_bounds, folded_of, text_of
from analyzer.rules import RuleSet, TermRule, load_rules
from analyzer.taxonomy import TERM_IDS

MAX_EVIDENCE = 3
# Terms whose params TERMS.md defines; a rule's params never leak onto the other terms it sets.
PARAM_TERMS = {"user_threshold", "aup_compliance", "governing_law", "geographic_restriction"}
BLOCKING = mod.BIT["negation"] | mod.BIT["prohibition"]


@dataclass(frozen=True)
class Hit:
    """One rule matched inside one clause."""

    rule: TermRule
    start: int  # clause offsets into the analyzed text
    end: int
    match_start: int
    section: str


class ClauseIndex:
    """Clause boundaries, token offsets and modality of one parsed Doc, for fast lookups."""

    def __init__(self, doc: Doc):
        self.doc = doc
        bounds = clause_bounds(doc)
        self.starts = [b[2] for b in bounds]
        self.ends = [b[3] for b in bounds]
        self.token_idx = doc.to_array(IDX).tolist() if len(doc) else []
        self.mask = doc._.modality or [0] * len(doc)
        self.definitions = doc._.definitions or {}

    def mask_at(self, char: int) -> int:
        i = bisect.bisect_right(self.token_idx, char) - 1
        return self.mask[i] if 0 <= i < len(self.mask) else 0


def _modality_ok(rule: TermRule, mask: int) -> bool:
    if rule.modality == "any":
        return True
    if rule.modality == "prohibition":
        return bool(mask & BLOCKING)
    if mask & BLOCKING:
        return False
    if rule.modality == "affirmed":
        return True
    return bool(mask & mod.BIT[rule.modality])


def anchor_clauses(folded: str, rules: RuleSet, index: ClauseIndex) -> dict[str, set[int]]:
    """For each anchor word present in the text, the clauses it occurs in."""
    found: dict[str, set[int]] = {}
    starts, ends = index.starts, index.ends
    for last, anchor in rules.anchor_automaton.iter(folded):
        at = last - len(anchor) + 1
        ci = bisect.bisect_right(starts, at) - 1
        if ci >= 0 and at < ends[ci]:
            found.setdefault(anchor, set()).add(ci)
    return found


def _skip_clause(rule: TermRule, rules: RuleSet, section: str, defined: str | None) -> bool:
    """The section and definition constraints of a rule (checked after its pattern matched)."""
    if section and rules.skip_sections.search(section.rsplit(" / ", 1)[-1]):
        return True
    if rule.section and not rule.section.search(section):
        return True
    if rule.not_section and rule.not_section.search(section):
        return True
    if rule.defines and not rule.defines.search(defined or "\x00"):
        return True
    # a definition says what a word means, not what anyone must do
    return bool(defined and not (rule.defines or rule.in_definitions))


def find_hits(doc: Doc, rules: RuleSet, index: ClauseIndex | None = None) -> list[Hit]:
    """Every (rule, clause) pair where an anchor, the pattern and the constraints hold."""
    index = index or ClauseIndex(doc)
    text = text_of(doc)
    folded = folded_of(doc)
    urls = url_spans(text)
    url_starts = [s for s, _ in urls]
    present = anchor_clauses(folded, rules, index)
    sections: dict[int, str] = {}
    hits: list[Hit] = []
    for rule in rules.rules:
        candidates: set[int] = set()
        for anchor in rule.anchors:
            candidates |= present.get(anchor, set())
        for ci in sorted(candidates):
            start, end = index.starts[ci], index.ends[ci]
            matches = rule.pattern.finditer(text, start, end)
            first = next(matches, None)
            if first is None:
                continue  # the common case: an anchor word, but not the rule's phrase
            section = sections.get(ci)
            if section is None:
                section = sections[ci] = section_at(doc, start)
            if _skip_clause(rule, rules, section, index.definitions.get(start)):
                continue
            if rule.exclude and rule.exclude.search(text, start, end):
                continue
            for m in (first, *matches):
                u = bisect.bisect_right(url_starts, m.start()) - 1
                if u >= 0 and m.start() < urls[u][1] and rule.params != "url":
                    continue  # a word inside a URL ("use-policy") says nothing
                if _modality_ok(rule, index.mask_at(m.start())):
                    hits.append(Hit(rule, start, end, m.start(), section))
                    break
    return hits


def _threshold_params(clause: str) -> dict[str, Any]:
    quantities = []
    pos = 0
    while (q := parse_quantity(clause[pos:], pos)) is not None:
        quantities.append(q)
        pos = q.end
    if not quantities:
        return {}
    consequence = ""
    m = re.search(r"\b(?:must|shall|will need to|are required to|need to)\s+([^.;:]{3,120})", clause, re.I)
    if m:
        consequence = re.split(r",\s*(?:which|and)\b", " ".join(m.group(1).split()))[0]

    def shape(q):
        before = clause[max(0, q.start - 60) : q.start].lower()
        op = ">"
        if re.search(r"(?:less|fewer)\s+than\s*$|below\s*$|under\s*$|up\s+to\s*$", before):
            op = "<"
        elif re.search(r"at\s+least\s*$|or\s+more", before + clause[q.end : q.end + 12].lower()):
            op = ">="
        return {
            "metric": q.metric,
            "operator": op,
            "value": q.value,
            "unit": q.unit,
            "consequence": consequence,
        }

    users = [q for q in quantities if q.unit == "users"]
    first = users[0] if users else quantities[0]
    params = shape(first)
    others = [shape(q) for q in quantities if q is not first]
    if others:
        params["alternatives"] = others
    return params


def _params(rule: TermRule, clause: str, rules: RuleSet) -> dict[str, Any]:
    if rule.params == "threshold":
        return _threshold_params(clause)
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
        return {"jurisdiction": place} if place else {}
    if rule.params == "regions":
        found = [label for label, p in rules.regions if p.search(clause)]
        return {"regions": found} if found else {}
    return {}


def _use_categories(doc: Doc, hits: list[Hit], rules: RuleSet, index: ClauseIndex) -> list[str]:
    """Restricted fields named in restriction clauses and restriction sections."""
    text = text_of(doc)
    scopes = {(h.start, h.end) for h in hits if "use_restrictions" in h.rule.terms}
    for s, e in zip(index.starts, index.ends, strict=True):
        section = section_at(doc, s)
        if section and rules.restriction_sections.search(section):
            scopes.add((s, e))
    found = []
    for label, pattern in rules.use_categories:
        if any(pattern.search(text, s, e) for s, e in scopes):
            found.append(label)
    return found


def decide(
    doc: Doc, hits: list[Hit], rules: RuleSet, index: ClauseIndex | None = None
) -> dict[str, TermResult]:
    """One status per term: the highest-priority hit wins; ties go to the earliest clause."""
    by_term: dict[str, list[tuple[Hit, str]]] = {t: [] for t in TERM_IDS}
    for hit in hits:
        for term_id, status in hit.rule.terms.items():
            by_term[term_id].append((hit, status))
    results: dict[str, TermResult] = {}
    text = text_of(doc)
    for term_id in TERM_IDS:
        candidates = sorted(by_term[term_id], key=lambda hs: (-hs[0].rule.priority, hs[0].start))
        if not candidates:
            results[term_id] = TermResult(term_id, "silent")
            continue
        best, status = candidates[0]
        chosen = [h for h, s in candidates if s == status]
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
        params = _params(best.rule, text[best.start : best.end], rules) if term_id in PARAM_TERMS else {}
        if not params and best.rule.params and term_id in PARAM_TERMS:
            for h in chosen[1:]:
                params = _params(h.rule, text[h.start : h.end], rules)
                if params:
                    break
        results[term_id] = TermResult(term_id, status, params, tuple(evidence))
    if results["use_restrictions"].status == "applies":
        categories = _use_categories(doc, hits, rules, index or ClauseIndex(doc))
        if results["aup_compliance"].status != "silent":
            categories.insert(0, "incorporated acceptable use policy")
        r = results["use_restrictions"]
        results["use_restrictions"] = TermResult(r.term, r.status, {"categories": categories}, r.evidence)
    return results


def analyze_doc(doc: Doc, rules: RuleSet | None = None) -> dict[str, TermResult]:
    rules = rules or load_rules()
    index = ClauseIndex(doc)
    return decide(doc, find_hits(doc, rules, index), rules, index)


def analyze_document(document: Document, nlp: Language | None = None) -> LicenseProfile:
    """The profile of one license text: 29 terms with evidence, its family and its language
    (the language picks the pipeline: analyzer.reading)."""
    from analyzer.reading import read_text

    return profile_of(document, *read_text(document.text, nlp or shared_nlp()))
