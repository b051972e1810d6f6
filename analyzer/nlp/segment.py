"""Layout-aware segmentation: clauses, list items and headings of a license text.

License texts are hard-wrapped, numbered and full of abbreviations, so the default
sentence rules split them badly. We compute clause starts from the layout (paragraph
breaks, clause markers at line start, sentence punctuation) and headings (short
stand-alone lines, ALL-CAPS lines, numbered "1. Title." lead-ins), then set
``token.is_sent_start`` and the ``headings`` span group.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from analyzer.nlp.extensions import memo_key, space_mask, token_starts

PARAGRAPH = re.compile(r"\n[ \t\f\r]*\n\s*")
MARKER = (
    r"(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|\(?[a-zA-Z][.)]|\([ivxIVX]{1,5}\)|[ivxIVX]{1,5}\.|\([a-z]\)|"
    r"(?:Section|SECTION|Article|ARTICLE)\s+[\dIVX]+[.:]?|[-*\u2022\u00b7\u25aa\u25e6\u2023])"
)
# after the marker: spaces, tabs or no-break spaces ("(e)\u202f“Derivatives”" in a PDF export)
LINE_MARKER = re.compile(r"(?m)^[ \t\u00a0\u202f]*(" + MARKER + r")[ \t\u00a0\u202f]+(?=\S)")
TITLE_WORD = r"(?:[A-Z][\w'’\-]*|of|and|or|the|to|for|in|on|a|an|with|by|&|Use|AI)"
# Markdown source may escape the number's dot and bold the title: "1\. **Title**.", "3**. Title**."
NUMBERED_TITLE = re.compile(
    r"(?m)^[ \t]*((?:\(?\d{1,2}(?:\.\d{1,2})*(?:\*\*)?\\?[.)]?|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}\.|"
    r"(?:Section|SECTION|Article|ARTICLE)\s+[\dIVX]+(?:[.:]|\s*--|\s*[-–—])?)[ \t]+(?:\*\*)?"
    + TITLE_WORD
    + r"(?:[ \t]+"
    + TITLE_WORD
    + r"){0,7}(?:\*\*)?)(\.|:|[ \t]*\n|[ \t]*$)"
)
INLINE_TITLE = re.compile(
    r"[ \t]*((?:[A-Z][\w'’\-]*)(?:[ \t]+" + TITLE_WORD + r"){0,5})\.[ \t]+(?=[\"“(]?[A-Z])"
)
MARKDOWN_HEADING = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+[^\n]+|\*\*[^*\n]{2,80}\*\*[ \t]*)$")
# "... the following: (a) first item" -- a list that starts on the lead-in's line
INLINE_ITEM = re.compile(r":[ \t]+(?=\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)[ \t])")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“'(\[]?[A-Z0-9])")
ANSWER = re.compile(r"(?:A|Answer)[ \t]*:")
ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|Inc|Ltd|Co|Corp|No|Nos|Sec|Secs|Art|vs|v|cf|et al|U\.S|Mr|Ms|Dr|St|"
    r"Jr|approx|incl|min|max|para|Rev|Ver|Vol|pp|p|INC|LTD|CORP)|\b[A-Z])\.[\"'”’)\]]*\s+$"
)
# "... not controlled by Resi Inc.\nBypass of Gateways: ...": a company form ending a line ends
# the sentence when the next line starts a new one (a person's initial, "J.\nSmith", does not)
COMPANY_AT_LINE_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|LLC|GmbH|etc|INC|LTD|CORP)\.[\"'”’)\]]*[ \t]*\n\s*$")
MARKER_ONLY = re.compile(r"(?:^|\n)[ \t(]*(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s+$")


@dataclass(frozen=True)
class Layout:
    """Clause start offsets and heading spans (start, end, text) of a text."""

    starts: tuple[int, ...]
    headings: tuple[tuple[int, int, str], ...]


# "Version Release Date: December 6, 2024": a dated line is a fact about the text, not a heading
DATE_LINE = re.compile(r"\bDate\s*:\s*\S", re.I)


# "- commercial use", "* Redistribution": an item of a list, never a heading; nor is a
# Markdown table's row ("| Use | Allowed |"), which is a clause of its own
BULLET = re.compile(r"[-*+\u2022\u00b7\u25aa\u25e6\u2023]\s|\|[^\n]*\|[^\n]*\|")
# (two cells at least: a box drawn with one '|' at each end of a line is no table)
TABLE_ROW = re.compile(r"(?m)^[ \t]*(\|)(?=[^\n]*\|[^\n]*\|[ \t]*$)")


def _is_heading_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 90 or DATE_LINE.search(stripped) or BULLET.match(stripped):
        return False
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) < 3:
        return False
    words = stripped.split()
    if stripped.isupper() and len(words) <= 12:
        return True
    if stripped[-1] in ".;,:" and not NUMBERED_TITLE.match(line):
        return False
    if len(words) > 10:
        return False
    titled = sum(1 for w in words if w[0].isupper() or w[0].isdigit() or not w[0].isalpha())
    return titled >= max(1, int(0.6 * len(words)))


NUMBERED_LINE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|(?:Section|SECTION|Article|ARTICLE)\s+[\dIVX]+"
    r"(?:[.:]|\s*--|\s*[-–—])?)[ \t]+[A-Z]"
)


NUMBER_PREFIX = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s")
# "What you may do\n---------------": a line underlined with '=' or '-' (a setext heading, as
# plain-text and Markdown files write them) is a heading whatever its capitals
SETEXT_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")


def _line_headings(text: str) -> list[tuple[int, int, str]]:
    """Heading lines inside paragraphs: short title lines that do not continue a sentence."""
    found: list[tuple[int, int, str]] = []
    lines = text.splitlines(keepends=True)
    pos = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > 70 or stripped.endswith((",", ";", ".")):
            pos += len(line)  # the cheap tests first: most lines fail them
            continue
        prev = lines[i - 1].rstrip() if i else ""
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        words = stripped.split()
        after_break = (
            not prev.strip()
            or prev.endswith((".", ":", ";"))
            or bool(found and found[-1][1] >= pos - len(lines[i - 1]))
        )
        # "Restrictions:" or "Prohibited Uses:" alone on its line, a list below: the list's heading
        lead_in = (
            stripped.endswith(":")
            and len(words) <= 4
            and all(w[0].isupper() for w in words)
            and bool(BULLET.match(nxt))
        )
        if (
            after_break
            and 1 <= len(words) <= 8
            and ". " not in NUMBER_PREFIX.sub("", stripped, count=1)  # "1. Definitions" is a title
            and "; " not in stripped
            and not nxt[:1].islower()
            and (
                NUMBERED_LINE.match(stripped)
                or _is_heading_line(stripped)
                or lead_in
                or (bool(SETEXT_UNDERLINE.match(nxt)) and not BULLET.match(stripped))
            )
        ):
            lead = len(line) - len(line.lstrip())
            found.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(line)
    return found


def _is_caps_block(para: str) -> bool:
    """A short paragraph of ALL-CAPS lines with no sentence end ("TERMS AND CONDITIONS")."""
    lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
    words = para.split()
    return (
        1 < len(lines) <= 3
        and len(words) <= 16
        and para.upper() == para
        and sum(c.isalpha() for c in para) >= 6
        and not para.rstrip().endswith((".", ";", ","))
    )


NON_SPACE = re.compile(r"\S")


BARE_MARGIN = re.compile(r"(?m)^[ \t]*\*[ \t]*$")


@functools.lru_cache(maxsize=4)
def _has_bare_margin(text: str) -> bool:
    return bool(BARE_MARGIN.search(text))


def _comment_continuation(text: str, m: re.Match) -> bool:
    """A '*' that is the margin of a source-code comment, not a bullet: the line before also
    starts with '*' and runs long without ending a sentence, and this line goes on in lowercase
    or, inside a C comment, with any word ("* Program, (iv) contain ...") or after a company's
    "Inc." at the end of the line before ("... with Autodesk, Inc.\n *   products,")."""
    if m.group(1) != "*" or not text[m.end() : m.end() + 1].isalnum():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    prev = text[prev_start : max(prev_start, line_start - 1)].strip()
    if not prev.startswith("*") or len(prev) <= 40:
        return False
    lower = text[m.end()].islower()
    if lower and not prev.endswith((".", ":", ";")):
        return True
    # a capital or an abbreviation goes on a sentence only inside a C comment (after "/*" with no
    # "*/" since, or in a text with bare " *" margin lines, which no Markdown list has): in a
    # Markdown list, "* Commercial use ..." after an item without a full stop is the next item
    in_comment = _has_bare_margin(text) or text.rfind("/*", 0, m.start()) > text.rfind("*/", 0, m.start())
    if not in_comment:
        return False
    if prev.endswith("."):
        return lower and bool(ABBREVIATIONS.search(prev + " "))
    return not prev.endswith((":", ";"))


def _next_non_space(text: str, pos: int) -> int:
    """Offset of the first non-space character at or after pos (len(text) if none)."""
    m = NON_SPACE.search(text, pos)
    return m.start() if m else len(text)


@dataclass(frozen=True)
class Heading:
    """A heading at [start, end), and where the clause after it starts (None: no new clause)."""

    start: int
    end: int
    title: str
    body: int | None = None


@dataclass
class Page:
    """What a heading detector may look at: the text, its paragraph starts, the headings found
    so far by start offset (the first detector to claim an offset wins)."""

    text: str
    paragraph_starts: list[int]
    found: dict[int, Heading] = field(default_factory=dict)


def _line_headings_detector(page: Page) -> Iterator[Heading]:
    """Short title lines inside paragraphs (see _line_headings)."""
    for start, end, title in _line_headings(page.text):
        yield Heading(start, end, title, _next_non_space(page.text, end))


def _markdown_headings(page: Page) -> Iterator[Heading]:
    """'# Title' lines and lines that are all bold."""
    for m in MARKDOWN_HEADING.finditer(page.text):
        line = m.group(0)
        lead = len(line) - len(line.lstrip())
        yield Heading(m.start() + lead, m.end(), line.strip().strip("#* ").strip(), m.end() + 1)


def _single_line_paragraph(text: str, ps: int, para: str) -> Heading | None:
    if "\n" not in para and _is_heading_line(para):
        return Heading(ps, ps + len(para), para.strip())
    return None


def _caps_block(text: str, ps: int, para: str) -> Heading | None:
    if not _is_caps_block(para):
        return None
    last = para.rstrip().rsplit("\n", 1)[-1].strip()
    return Heading(ps, ps + len(para), " ".join(para.split()) if len(para) < 100 else last)


def _inline_title(text: str, ps: int, para: str) -> Heading | None:
    """'Title. Sentence...' at the start of a paragraph (not a numbered title)."""
    t = INLINE_TITLE.match(text, ps)
    if not t or NUMBERED_TITLE.match(text, ps) or t.end(1) - t.start(1) >= 60:
        return None
    end = t.end(1) + 1
    return Heading(t.start(1), end, text[t.start(1) : end].strip(), _next_non_space(text, end))


def _numbered_lead_in(text: str, ps: int, para: str) -> Heading | None:
    """'1. Title.' opening a paragraph."""
    m = NUMBERED_TITLE.match(text, ps)
    if not m or m.end(1) - ps >= 100:
        return None
    end = m.end(1) + (1 if m.group(2) in (".", ":") else 0)
    return Heading(m.start(1), end, text[m.start(1) : end].strip(), _next_non_space(text, end))


# Tried in this order on each paragraph; the first that sees a heading there wins.
PARAGRAPH_DETECTORS = (_single_line_paragraph, _caps_block, _inline_title, _numbered_lead_in)


def _paragraph_headings(page: Page) -> Iterator[Heading]:
    """At most one heading per paragraph, from PARAGRAPH_DETECTORS."""
    text, starts = page.text, page.paragraph_starts
    for i, ps in enumerate(starts):
        para = text[ps : starts[i + 1] if i + 1 < len(starts) else len(text)].rstrip()
        if not para:
            continue
        for detect in PARAGRAPH_DETECTORS:
            heading = detect(text, ps, para)
            if heading is not None:
                yield heading
                break


def _numbered_titles(page: Page) -> Iterator[Heading]:
    """'2. Title.' anywhere (inside a paragraph too), where no heading starts yet."""
    text = page.text
    for m in NUMBERED_TITLE.finditer(text):
        if m.group(2) in (".", ":") and m.start(1) not in page.found:
            end = m.end(1) + 1
            if text[end : end + 1].isspace():
                yield Heading(m.start(1), end, text[m.start(1) : end].strip(), _next_non_space(text, end))


# "NOW THEREFORE, You and Licensor agree as follows:": the recitals end and the operative terms
# begin; what follows is no longer part of a "Preamble" section (whose clauses are skipped)
OPERATIVE_LEAD_IN = re.compile(
    r"(?im)^[ \t]*(now,?[ \t]+therefore,?[^\n.;]{0,120}?\bagrees?[ \t]+as[ \t]+follows[ \t]*:?)[ \t]*$"
)


def _operative_lead_in(page: Page) -> Iterator[Heading]:
    """The line that opens the operative terms after the recitals."""
    text = page.text
    for m in OPERATIVE_LEAD_IN.finditer(text):
        yield Heading(m.start(1), m.end(1), " ".join(m.group(1).split()), _next_non_space(text, m.end(1)))


# The heading detectors, in order: at an offset two detectors both claim, the first one's
# heading is kept (every detector still opens its clauses). The segmenter's config names them.
HEADING_DETECTORS: dict[str, Callable[[Page], Iterator[Heading]]] = {
    "lines": _line_headings_detector,
    "markdown": _markdown_headings,
    "paragraphs": _paragraph_headings,
    "numbered_titles": _numbered_titles,
    "operative_lead_in": _operative_lead_in,
}
DEFAULT_DETECTORS = tuple(HEADING_DETECTORS)


def _clause_starts(text: str, paragraph_ends: list[int]) -> set[int]:
    """Clause starts from paragraph breaks, line-start markers, inline lists and sentence ends."""
    starts: set[int] = {0, *paragraph_ends}
    for m in LINE_MARKER.finditer(text):
        if not _comment_continuation(text, m):
            starts.add(m.start(1))
    for m in INLINE_ITEM.finditer(text):
        starts.add(m.end())
    for m in TABLE_ROW.finditer(text):  # one clause per row: one row's words never veto another's
        starts.add(m.start(1))
    for m in SENTENCE_END.finditer(text):
        if text[m.start()] == "?" and ANSWER.match(text, m.end()):
            continue  # a question and the answer under it are one clause ("Q: ...? / A: No.")
        head = text[max(0, m.start() - 12) : m.end()]
        if (
            COMPANY_AT_LINE_END.search(head)
            or not ABBREVIATIONS.search(head)
            and not MARKER_ONLY.search(head)
        ):
            starts.add(m.end())
    return starts


def layout(text: str, detectors: Sequence[str] = DEFAULT_DETECTORS) -> Layout:
    """Find clause starts and headings from the text's layout alone."""
    paragraph_ends = [m.end() for m in PARAGRAPH.finditer(text)]
    starts = _clause_starts(text, paragraph_ends)
    page = Page(text, sorted({0, *paragraph_ends}))
    for name in detectors:
        for heading in HEADING_DETECTORS[name](page):
            page.found.setdefault(heading.start, heading)
            starts.add(heading.start)
            if heading.body is not None:
                starts.add(heading.body)
    headings = tuple((h.start, h.end, h.title) for _, h in sorted(page.found.items()))
    return Layout(tuple(sorted(s for s in starts if s < len(text))), headings)


@Language.factory(
    "license_segmenter",
    default_config={"heading_detectors": list(DEFAULT_DETECTORS)},
    assigns=["token.is_sent_start", "doc.spans"],
)
def create_segmenter(nlp: Language, name: str, heading_detectors: list[str]) -> LicenseSegmenter:
    unknown = [d for d in heading_detectors if d not in HEADING_DETECTORS]
    if unknown:
        known = ", ".join(DEFAULT_DETECTORS)
        raise ValueError(f"license_segmenter: unknown heading detectors {unknown} (known: {known})")
    return LicenseSegmenter(tuple(heading_detectors))


class LicenseSegmenter:
    """Sets clause boundaries and the ``headings`` span group from the layout."""

    def __init__(self, heading_detectors: tuple[str, ...] = DEFAULT_DETECTORS):
        self.heading_detectors = heading_detectors

    def layout(self, text: str) -> Layout:
        """The text's layout (the Chinese segmenter, nlp/zh.py, brings its own)."""
        return layout(text, self.heading_detectors)

    def __call__(self, doc: Doc) -> Doc:
        found = self.layout(text_of(doc))
        if len(doc):
            flags = numpy.full(len(doc), -1, dtype="int32")
            idxs, spaces = token_starts(doc), space_mask(doc)
            for i in numpy.searchsorted(idxs, numpy.array(found.starts, dtype=idxs.dtype)):
                while i < len(doc) and spaces[i]:
                    i += 1
                if i < len(doc):
                    flags[i] = 1
            flags[0] = 1
            doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))
        doc.spans["headings"] = [
            span
            for s, e, _ in found.headings
            if (span := doc.char_span(s, e, alignment_mode="expand")) is not None
        ]
        return doc


# The engine calls these per match: they read a getter's kept value straight from the Doc and
# go through doc._ (which computes and keeps it) only the first time.
TEXT_KEY, FOLDED_KEY, CLAUSES_KEY = (
    memo_key("source_text"),
    memo_key("folded_text"),
    memo_key("clause_bounds"),
)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once (doc._.source_text)."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc._.source_text


def folded_of(doc: Doc) -> str:
    """The text with ASCII lowercased and whitespace folded to spaces (doc._.folded_text)."""
    folded = doc.user_data.get(FOLDED_KEY)
    return folded if folded is not None else doc._.folded_text


def clause_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start char, end char) of each clause (doc._.clause_bounds)."""
    bounds = doc.user_data.get(CLAUSES_KEY)
    return bounds if bounds is not None else doc._.clause_bounds


def clause_spans(doc: Doc) -> list[Span]:
    """Clauses as Spans (the evidence units)."""
    return [doc[s:e] for s, e, _, _ in clause_bounds(doc)]
