"""Modality with scope, after medspaCy's ConText: cues open a scope, terminators close it.

A cue ("may not", "shall", "solely", "except") has a category and a direction. Its scope
runs forward to the next terminator ("but", "however", ";", an exception or a condition
cue) or the clause end, or backward to the previous terminator. Pseudo-cues ("including
but not limited to") swallow the cues inside them, so their "not" never negates anything.
Each token gets a bit mask of the categories whose scope covers it (``doc._.modality``).
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from analyzer.nlp.extensions import space_mask
from analyzer.nlp.segment import clause_bounds, text_of
from analyzer.schemas import CueRow as Cue
from analyzer.schemas import TableError, load_jsonl_table

CATEGORIES = (
    "permission",
    "obligation",
    "prohibition",
    "negation",
    "limit",
    "condition",
    "exception",
    "pseudo",
    "terminate",
)
BIT = {name: 1 << i for i, name in enumerate(CATEGORIES)}
DIRECTIONS = ("forward", "backward", "both", "none")
SCOPE_BREAKERS = {"exception", "condition", "terminate"}
# What keeps a permission from reaching back over the acts before it: an exception or a limit
# anywhere in the clause, a negation or a prohibition before it.
CARVE_OUTS = {"exception", "limit"}
DENIALS = {"negation", "prohibition"}
MAX_SCOPE = 100
CUES_PATH = Path(__file__).resolve().parent.parent / "rules" / "en" / "cues.jsonl"


def load_cues(path: Path | None = None) -> list[Cue]:
    """Cue rules from JSONL (analyzer.schemas.CueRow); bad categories, directions, duplicate
    ids and examples without their phrase are errors naming the file and line."""
    path = path or CUES_PATH
    cues, seen = [], set()
    for where, cue in load_jsonl_table(path, Cue):
        if cue.category not in CATEGORIES or cue.direction not in DIRECTIONS:
            raise TableError(f"{where}: bad category or direction")
        if cue.id in seen:
            raise TableError(f"{where}: duplicate id {cue.id!r}")
        if cue.phrase.lower() not in cue.example.lower().replace(", ", " , "):
            raise TableError(f"{where}: the example does not contain the phrase")
        seen.add(cue.id)
        cues.append(cue)
    return cues


@Language.factory(
    "license_modality",
    default_config={"cues_path": None},
    requires=["token.is_sent_start"],
    assigns=["doc._.modality", "doc._.cue_matches"],
)
def create_modality(nlp: Language, name: str, cues_path: str | None) -> LicenseModality:
    return LicenseModality(nlp, load_cues(Path(cues_path) if cues_path else None))


class LicenseModality:
    max_scope = MAX_SCOPE  # tokens; the Chinese pipeline has one token per character

    def __init__(self, nlp: Language, cues: list[Cue], max_scope: int = MAX_SCOPE):
        self.max_scope = max_scope
        self.cues = {cue.id: cue for cue in cues}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Two neighbouring words of some cue: where a line wrap (a whitespace token) stands
        # between such a pair, the cue may run across it, which the PhraseMatcher cannot see.
        self._pairs: set[tuple[int, int]] = set()
        self._longest = 1
        for cue in cues:
            pattern = nlp.make_doc(cue.phrase)
            self.matcher.add(cue.id, [pattern])
            words = [t.lower for t in pattern if not t.is_space]
            self._pairs.update(zip(words, words[1:], strict=False))
            self._longest = max(self._longest, len(words))
        self._by_hash = {nlp.vocab.strings[cue.id]: cue for cue in cues}

    def __call__(self, doc: Doc) -> Doc:
        mask = [0] * len(doc)
        clauses = clause_bounds(doc)
        # (cue id hash, start, end), no Span objects; a cue's length counts its words, not the
        # whitespace tokens of a line wrap inside it
        wrapped = self._across_wraps(doc, clauses)
        words_before = numpy.cumsum(~space_mask(doc)).tolist() if wrapped else None
        found = _longest_first(self.matcher(doc) + wrapped, words_before)
        starts = [c[0] for c in clauses]
        by_clause: dict[int, list] = {}
        for match in found:
            i = bisect.bisect_right(starts, match[1]) - 1
            if i >= 0 and match[1] < clauses[i][1]:
                by_clause.setdefault(i, []).append(match)
        lead_colons = _lead_in_colons(doc) if by_clause else set()
        for i, matches in by_clause.items():
            self._scope(clauses[i], matches, mask, lead_colons, doc)
        carry_into_lists(text_of(doc), clauses, mask, _colon_lead_in, _list_item)
        doc._.modality = mask
        doc._.cue_matches = found
        return doc

    def _across_wraps(self, doc: Doc, clauses) -> list[tuple[int, int, int]]:
        """Cue matches that run across a line wrap ("are\\n   permitted"), which the
        PhraseMatcher cannot see. Around every whitespace token that sits between two words of
        some cue, the stretch of text a cue could span is matched again without its whitespace
        tokens (overlapping stretches as one, so the work stays linear in the text); a match
        that spans a wrap is mapped back to the Doc's tokens. A match never joins two clauses
        (a blank line, a heading): the words on either side belong to different sentences."""
        n = len(doc)
        if n < 3:
            return []
        spaces = space_mask(doc)
        inner = numpy.flatnonzero(spaces[1:-1] & ~spaces[:-2] & ~spaces[2:]) + 1
        if not inner.size:
            return []
        lower = doc.to_array(LOWER)
        pairs, reach = self._pairs, 3 * self._longest
        stretches: list[list[int]] = []  # [first token, last token + 1], merged when they overlap
        for i in inner.tolist():
            if (int(lower[i - 1]), int(lower[i + 1])) not in pairs:
                continue
            lo, hi = max(0, i - reach), min(n, i + reach)
            if stretches and lo <= stretches[-1][1]:
                stretches[-1][1] = hi
            else:
                stretches.append([lo, hi])
        if not stretches:
            return []
        starts = [c[0] for c in clauses]
        found = []
        for lo, hi in stretches:
            kept = [j for j in range(lo, hi) if not spaces[j]]
            window = Doc(doc.vocab, words=[doc[j].text for j in kept])
            for key, start, end in self.matcher(window):
                first, last = kept[start], kept[end - 1]
                if last - first == end - 1 - start:
                    continue  # no wrap inside: the PhraseMatcher over the Doc has it already
                if bisect.bisect_right(starts, first) != bisect.bisect_right(starts, last):
                    continue
                found.append((key, first, last + 1))
        return found

    def _scope(self, clause, matches, mask, lead_colons=frozenset(), doc=None) -> None:
        c_start, c_end = clause[0], clause[1]
        cues = [(start, end, self._by_hash[key]) for key, start, end in matches]
        breaks = sorted({start for start, _, cue in cues if cue.category in SCOPE_BREAKERS})
        # A lead-in whose items follow it in the same clause ("You get the right to:\nUse ...;\n
        # Copy and distribute it."): the ';' that ends an item does not end the lead-in's scope.
        item_ends = {start for start, _, cue in cues if cue.phrase == ";"}
        colons = sorted(t for t in lead_colons if c_start <= t < c_end)
        # A permission stated after what it allows ("Use ... is hereby granted") reaches back
        # only over a plain list of acts: not where the clause carves something out or limits
        # it, or negates or forbids before it ("Except for commercial use, use ... is granted").
        carved = any(cue.category in CARVE_OUTS for _, _, cue in cues)
        first_denial = min((start for start, _, cue in cues if cue.category in DENIALS), default=c_end)
        for start, end, cue in cues:
            bit = BIT[cue.category]
            for t in range(start, end):
                mask[t] |= bit
            if cue.direction in ("forward", "both"):
                stop = next((b for b in breaks if b >= end), c_end)
                colon = next((c for c in colons if c >= end), None)
                if colon is not None and colon < stop:
                    stop = next((b for b in breaks if b > colon and b not in item_ends), c_end)
                for t in range(end, min(stop, c_end, end + self.max_scope)):
                    mask[t] |= bit
                if doc is not None and _inline_marker(doc, end, c_end):
                    _scope_inline_items(doc, end, c_end, breaks, item_ends, mask, bit)
            if cue.direction in ("backward", "both") and not (
                cue.category == "permission" and (carved or first_denial < start)
            ):
                begin = max([b for b in breaks if b < start] + [c_start])
                for t in range(max(begin, start - self.max_scope), start):
                    mask[t] |= bit


INLINE_MARKER = re.compile(r"[0-9]{1,2}|[a-z]|[ivx]{1,4}")


def _inline_marker(doc, t: int, end: int) -> int | None:
    """The token after an inline list marker at t ("1)", "(2)", "or iii)"), or None."""
    if t < end and doc[t].lower_ in ("or", "and"):
        t += 1
    if t < end and doc[t].text == "(":
        t += 1
    if t + 1 < end and INLINE_MARKER.fullmatch(doc[t].lower_) and doc[t + 1].text == ")":
        return t + 2
    return None


def _scope_inline_items(doc, end: int, c_end: int, breaks, item_ends, mask, bit) -> None:
    """A cue right before an inline numbered list ("You may not 1) use ... except as provided;
    2) reverse assemble ...; or 3) sublicense ..."): the cue governs every item. A breaker inside
    an item ("except", "provided that") closes that item only; each next item after a ';' that
    opens with its own marker is in scope again, up to its own first breaker."""
    start = end
    while start is not None and start < c_end:
        semi = next((b for b in sorted(item_ends) if b >= start), c_end)
        stop = next((b for b in breaks if b >= start and b not in item_ends), c_end)
        for t in range(start, min(stop, semi, c_end)):
            mask[t] |= bit
        if semi >= c_end:
            break
        start = _inline_marker(doc, semi + 1, c_end)


LINE_END_COLON = re.compile(r":(?=[ \t]*\n)")


def _lead_in_colons(doc) -> set[int]:
    """The ':' tokens that end a line (a lead-in whose items follow on the lines below)."""
    out = set()
    for m in LINE_END_COLON.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and span.end < len(doc):
            after = doc[span.end]
            if after.is_space and "\n" in after.text:
                out.add(span.start)
    return out


LIST_ITEM = re.compile(r"\s*(?:\(?[a-zA-Z0-9]{1,4}[.)]|[-*\u2022\u00b7\u25aa\u25e6\u2023])\s")
CARRIED = ("permission", "obligation", "prohibition", "negation", "limit")
CARRIED_BITS = sum(BIT[c] for c in CARRIED)


def _longest_first(matches, words_before=None):
    """Overlapping cue matches resolved as spacy.util.filter_spans does, without Span objects.
    With `words_before` (per token, the words up to and including it), length is counted in
    words, so a cue wrapped across a line is as long as it is on one line."""

    def length(m):
        if words_before is None:
            return m[2] - m[1]
        return words_before[m[2] - 1] - (words_before[m[1] - 1] if m[1] else 0)

    taken: set[int] = set()
    kept = []
    for match_id, start, end in sorted(dict.fromkeys(matches), key=lambda m: (-length(m), m[1])):
        if start not in taken and end - 1 not in taken:
            kept.append((match_id, start, end))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[1])


def carry_into_lists(text: str, clauses, mask: list[int], lead_in, item, keep_own: bool = False) -> None:
    """A lead-in clause (`lead_in(text, clause)`) lends its open scopes to the list items after
    it (`item(text, clause)`), wherever a breaker ("subject to") interrupted them in the lead-in.
    With `keep_own`, an item that has a modality of its own keeps it. Clauses are
    (token start, token end, char start, char end)."""
    for i, clause in enumerate(clauses):
        if not lead_in(text, clause):
            continue
        bits = 0
        for t in range(clause[0], clause[1]):
            bits |= mask[t]
        bits &= CARRIED_BITS
        if not bits:
            continue
        label = False
        marker = None  # the last item's marker ("b." of "b. Selling ...")
        first, mixed = None, False  # the first item's marker shape; items written otherwise since
        for j, later in enumerate(clauses[i + 1 :], start=i + 1):
            s, e = later[0], later[1]
            if not item(text, later):
                if not _continues_line(text, later):
                    break
                if EXPLAINS.match(text, later[2], later[3]):
                    continue  # "This includes ..." explains the item before it: the list goes on
                if not label:
                    if _next_item_follows(text, clauses, j, marker):
                        continue  # a further sentence of item "b.", and "c." follows: not an item
                    break
            else:
                marker = ITEM_MARKER.match(text, later[2], later[3])
                shape = _shape(marker) if marker else BULLET.match(text, later[2], later[3])
                shape = shape.group(0).strip() if isinstance(shape, re.Match) else shape
                first = first if first is not None else shape
                if first != shape:
                    mixed = True  # "8) NO WARRANTY" after "- Extract ...": another list goes on
                if mixed:
                    marker = None
                # "b. Redistribution: Selling ...": the text after an item's label is the item
            label = text[later[3] - 1 : later[3]] == ":"
            if keep_own and any(mask[s:e]):
                continue
            for t in range(s, e):
                mask[t] |= bits


ITEM_MARKER = re.compile(r"\s*(\(?)([a-z]|[0-9]{1,2}|[ivx]{1,4})([.)])\s")
BULLET = re.compile(r"\s*[-*\u2022\u00b7\u25aa\u25e6\u2023]\s")
MAX_ITEM = 400
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _shape(marker: re.Match) -> tuple[str, bool, str]:
    """How an item marker is written: "(a)", "a.", "1)" are three lists, "(ii)" and "(c)" one."""
    return marker.group(1), marker.group(2).isdigit(), marker.group(3)


def _successor(marker: str) -> set[str]:
    nxt = set()
    if marker.isdigit():
        nxt.add(str(int(marker) + 1))
    if marker in ROMAN[:-1]:
        nxt.add(ROMAN[ROMAN.index(marker) + 1])
    if len(marker) == 1 and marker.isalpha() and marker != "z":
        nxt.add(chr(ord(marker) + 1))
    return nxt


def _next_item_follows(text: str, clauses, j: int, marker) -> bool:
    """After clause j (a further sentence on an item's line), the next clause that starts a
    line is the next item of the same list, written the same way: "b." is followed by "c.",
    "(ii)" by "(iii)" (not "(2)" by "3.", the next section)."""
    if marker is None:
        return False
    for later in clauses[j + 1 :]:
        if _continues_line(text, later):
            continue
        if later[2] - marker.start() > MAX_ITEM:
            return False  # a numbered section's paragraphs, not a list item of a few sentences
        m = ITEM_MARKER.match(text, later[2], later[3])
        return bool(m) and _shape(m) == _shape(marker) and m.group(2) in _successor(marker.group(2))
    return False


EXPLAINS = re.compile(r"(?:this|these|such|that)\s+(?:includes?|means?|covers?)\b|for example\b|e\.g\.", re.I)


def _continues_line(text: str, clause) -> bool:
    """A clause that starts in the middle of a line: a further sentence of the item before it."""
    cs = clause[2]
    return bool(text[text.rfind("\n", 0, cs) + 1 : cs].strip())


DEFINITION_LEAD_IN = re.compile(r"\b(?:means?|shall\s+mean)\s*:$", re.I)


# A ban that ends its line on the word the items complete ("You will not, and will not permit
# any third party to\n\n  use ... for military purposes;"): its scope reaches the items as a colon's
# does. Only a ban: a grant "to\n(1) use ...; (3) modify ... for internal use" keeps its items' limits.
OPEN_LEAD_IN_END = re.compile(r"\s(?:to|from)\s*$", re.I)
OPEN_LEAD_IN_BAN = re.compile(r"\b(?:not|never|prohibited|forbidden|refrain)\b|n['’]t\b", re.I)


def _open_lead_in(text: str, cs: int, ce: int) -> bool:
    line_end = text.find("\n", ce)
    rest = text[ce : len(text) if line_end < 0 else line_end]
    return (
        not rest.strip()
        and bool(OPEN_LEAD_IN_END.search(text, max(cs, ce - 12), ce))
        and bool(OPEN_LEAD_IN_BAN.search(text, cs, ce))
    )


def _colon_lead_in(text: str, clause) -> bool:
    t_start, t_end, c_start, c_end = clause
    if text[c_end - 1 : c_end] != ":":
        return _open_lead_in(text, c_start, c_end) or _heading_lead_in(text, c_start, c_end)
    if t_end - 2 < t_start:
        return False
    return not DEFINITION_LEAD_IN.search(text, max(c_start, c_end - 20), c_end)  # '"X" means:' opens no scope


# A heading that is a lead-in said without its colon: "## You may not", "❌ What you cannot do",
# "You must". The whole line, a few words, no end punctuation; its cue reaches the items below.
# ... not a README's heading that only opens with the words ("You may also like", "You may want
# to read", "You can find the weights here", "You can download ...")
HEADING_LEAD_IN = re.compile(
    r"[^\w\n]{0,4}(?:what\s+)?you\s+(?:may|can|cannot|can't|can’t|must|shall|are)\b"
    r"(?!\s+(?:also|like|want|wish|find|see|read|check|try|download|install|run|refer|contact|reach|ask|get|"
    r"enjoy|need|be\s+interested|know)\b)[\w\s']{0,20}",
    re.I,
)


def _heading_lead_in(text: str, cs: int, ce: int) -> bool:
    if ce - cs > 60 or text[ce - 1 : ce] in ".;,":
        return False  # a lead-in heading is a few words, without end punctuation
    line_start = text.rfind("\n", 0, cs) + 1
    line_end = text.find("\n", ce)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if len(line.split()) <= 6 and HEADING_LEAD_IN.fullmatch(line):
        return True
    # ... or the last sentence of its line, the items on the lines below ("b. Distribution
    # Restrictions. You may not\n\n• alter any copyright notice", "... in certain ways. You may not")
    own = text[cs:ce].strip()
    before = text[line_start:cs].rstrip()
    return (
        not text[ce:line_end].strip()
        and before[-1:] in (".", ":")
        and len(own.split()) <= 6
        and bool(HEADING_LEAD_IN.fullmatch(own))
    )


# An item written without a marker is one line of its own: it starts a line and ends it, is
# not a numbered heading ("4. UNAUTHORIZED USES", "2.Grant of Rights"), not a definition and
# not a wrapped paragraph, and no heading stands between it and the line before.
NUMBERED_HEADING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.\s*|\d{1,2}\s+|[IVX]{1,5}\.\s*)[A-Z]")
MAX_BARE_ITEM = 400
ITEM_END = re.compile(r"(?:[.;,]|\b(?:and|or))$")  # an item ends as a sentence or a list entry does
QUOTES = "\"'“‘"  # a line opening with a quoted term is a definition, not an item


def _list_item(text: str, clause) -> bool:
    cs, ce = clause[2], clause[3]
    return bool(LIST_ITEM.match(text, cs, ce) or text[cs : cs + 1].islower() or _bare_item(text, cs, ce))


def _bare_item(text: str, cs: int, ce: int) -> bool:
    if ce - cs > MAX_BARE_ITEM or NUMBERED_HEADING.match(text, cs, ce) or text[cs : cs + 1] in QUOTES:
        return False
    line = text[cs:ce].strip()
    if "\n" in line or not ITEM_END.search(line):
        return False  # a wrapped paragraph or a heading, not a one-line item
    line_start = text.rfind("\n", 0, cs) + 1
    line_end = text.find("\n", ce)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:cs].strip() or text[ce:line_end].strip() or _heading_line(text[cs:ce]):
        return False
    before = text[:line_start].rstrip()
    return not _heading_line(before[before.rfind("\n") + 1 :])  # a heading before it ends the list


def _heading_line(line: str) -> bool:
    line = line.strip()
    return bool(line.isupper() or line.startswith("#") or NUMBERED_HEADING.match(line) and len(line) < 80)


def has(mask_value: int, category: str) -> bool:
    return bool(mask_value & BIT[category])
