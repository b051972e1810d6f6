"""Modality with scope, after medspaCy's ConText: cues open a scope, terminators close it.

A cue ("may not", "shall", "solely", "except") has a category and a direction. Its scope
runs forward to the next terminator ("but", "however", ";", an exception or a condition
cue) or the clause end, or backward to the previous terminator. Pseudo-cues ("including
but not limited to") swallow the cues inside them, so their "not" never negates anything.
Each token gets a bit mask of the categories whose scope covers it (``doc._.modality``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from analyzer.nlp.segment import clause_spans

CATEGORIES = (
    "permission", "obligation", "prohibition", "negation", "limit",
    "condition", "exception", "pseudo", "terminate",
)
BIT = {name: 1 << i for i, name in enumerate(CATEGORIES)}
DIRECTIONS = ("forward", "backward", "both", "none")
CUE_KEYS = {"id", "phrase", "category", "direction", "example"}
SCOPE_BREAKERS = {"exception", "condition", "terminate"}
MAX_SCOPE = 100
CUES_PATH = Path(__file__).resolve().parent.parent / "rules" / "cues.jsonl"


@dataclass(frozen=True)
class Cue:
    id: str
    phrase: str
    category: str
    direction: str
    example: str


def load_cues(path: Path = CUES_PATH) -> list[Cue]:
    """Cue rules from JSONL; unknown keys, categories or directions are errors."""
    cues, seen = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        where = f"{path.name}:{n}"
        if set(row) != CUE_KEYS:
            raise ValueError(f"{where}: keys must be {sorted(CUE_KEYS)}, got {sorted(row)}")
        if row["category"] not in CATEGORIES or row["direction"] not in DIRECTIONS:
            raise ValueError(f"{where}: bad category or direction")
        if row["id"] in seen:
            raise ValueError(f"{where}: duplicate id {row['id']!r}")
        if row["phrase"].lower() not in row["example"].lower().replace(", ", " , "):
            raise ValueError(f"{where}: the example does not contain the phrase")
        seen.add(row["id"])
        cues.append(Cue(**row))
    return cues


@Language.factory("license_modality")
def create_modality(nlp: Language, name: str) -> LicenseModality:
    return LicenseModality(nlp, load_cues())


class LicenseModality:
    def __init__(self, nlp: Language, cues: list[Cue]):
        self.cues = {cue.id: cue for cue in cues}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue in cues:
            self.matcher.add(cue.id, [nlp.make_doc(cue.phrase)])

    def __call__(self, doc: Doc) -> Doc:
        mask = [0] * len(doc)
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        for span, (match_id, _, _) in zip(spans, self.matcher(doc), strict=True):
            span.label_ = doc.vocab.strings[match_id]
        found = filter_spans(spans)
        by_clause: dict[int, list] = {}
        clauses = clause_spans(doc)
        starts = [c.start for c in clauses]
        import bisect

        for span in found:
            i = bisect.bisect_right(starts, span.start) - 1
            if i >= 0 and span.start < clauses[i].end:
                by_clause.setdefault(i, []).append(span)
        for i, cue_spans in by_clause.items():
            self._scope(clauses[i], cue_spans, mask)
        self._carry_into_lists(clauses, mask)
        doc._.modality = mask
        doc.spans["cues"] = found
        return doc

    @staticmethod
    def _carry_into_lists(clauses, mask) -> None:
        for i, clause in enumerate(clauses):
            if clause.text.rstrip().endswith(":"):
                _carry(mask, clauses, i)

    def _scope(self, clause, cue_spans, mask) -> None:
        cues = [(span, self.cues[span.label_]) for span in cue_spans]
        breaks = sorted(
            {span.start for span, cue in cues if cue.category in SCOPE_BREAKERS}
        )
        for span, cue in cues:
            bit = BIT[cue.category]
            for t in range(span.start, span.end):
                mask[t] |= bit
            if cue.direction in ("forward", "both"):
                stop = next((b for b in breaks if b >= span.end), clause.end)
                for t in range(span.end, min(stop, clause.end, span.end + MAX_SCOPE)):
                    mask[t] |= bit
            if cue.direction in ("backward", "both"):
                begin = max([b for b in breaks if b < span.start] + [clause.start])
                for t in range(max(begin, span.start - MAX_SCOPE), span.start):
                    mask[t] |= bit


LIST_ITEM = re.compile(r"^\s*(?:\(?[a-zA-Z0-9]{1,4}[.)]|[-*\u2022])\s")
CARRIED = ("permission", "obligation", "prohibition", "negation", "limit")


def _carry(mask: list[int], clauses, i: int) -> None:
    """A lead-in clause ending in ':' lends its open scopes to the list items after it."""
    lead = clauses[i]
    bits = mask[lead.end - 2] if lead.end - 2 >= lead.start else 0
    bits &= sum(BIT[c] for c in CARRIED)
    if not bits:
        return
    for item in clauses[i + 1 :]:
        if not (LIST_ITEM.match(item.text) or item.text[:1].islower()):
            break
        for t in range(item.start, item.end):
            mask[t] |= bits


def has(mask_value: int, category: str) -> bool:
    return bool(mask_value & BIT[category])
