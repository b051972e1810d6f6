"""The Chinese pipeline: spacy.blank("zh") (one token per character) with a Chinese clause
segmenter, the shared section and modality components, and Chinese cues (rules/zh/cues.jsonl).

Clauses end at 。；！？ (and their ASCII forms) and at paragraph breaks; a line that starts
with Chinese or Arabic numbering (第一条, 一、, （一）, 1., 2.1, -) starts a clause. Headings are
short lines with no sentence punctuation, numbered or Markdown titles. A clause that defines a
word (“非商业用途”是指……, **源模型**：指……) is recorded in ``doc._.definitions``, as the
English pipeline does, so that a definition is never read as a grant or a limit.
"""

from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp import modality, sections, terms  # noqa: F401 -- registers the shared factories
from analyzer.nlp.modality import CARRIED_BITS, LicenseModality, carry_into_lists, load_cues
from analyzer.nlp.pipeline import _ensure_extensions
from analyzer.nlp.segment import MARKDOWN_HEADING, PARAGRAPH, Layout, LicenseSegmenter, clause_bounds, text_of

ZH_CUES = Path(__file__).resolve().parent.parent / "rules" / "zh" / "cues.jsonl"
TRADITIONAL = ZH_CUES.with_name("traditional.yaml")
HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_SCOPE_ZH = 250  # characters: a Chinese grant lists its rights far after 授予
NUMERAL = "一二三四五六七八九十百零〇"
MARKER = (
    rf"(?:第[{NUMERAL}\d]+[条章节款部分]+|[{NUMERAL}]+[、.．]|[（(][{NUMERAL}\d]{{1,3}}[)）]|"
    r"\d{1,2}(?:[.．]\d{1,2})*[.．、]?|[①-⑳]|[-*•·]|#{1,6})"
)
LINE_MARKER = re.compile(rf"(?m)^[ \t\u3000]*({MARKER})[ \t\u3000]*(?=\S)")
SENTENCE_END = re.compile(r"[。；！？;!?][”’\"')）\]]*")
ANSWER = re.compile(r"[ \t\u3000]*\n?[ \t\u3000]*(?:答|[Aa][ \t]*[：:])")
# a yes or no that opens the answer to a question ("可以商用吗？\n可以，无需授权。", "商用？可以！只需登记。")
YES_NO = re.compile(
    r"[ \t\u3000]*\n?[ \t\u3000]*"
    r"(?:不可以|可以|不能|能|不行|不允许|允许|不支持|支持|不需要|需要|当然可以|当然|抱歉|是的|是|否)"
    r"[ \t\u3000]*[，,。.！!；;]"
)
QUESTION_END = re.compile(r"[？?][”’\"')）\]]*")


def answer_spans(text: str) -> list[tuple[int, int]]:
    """The answers read with their question as one clause: from the question mark to the end of
    the answer's line ("问：可以商用吗？\n答：可以。但需要先登记。" is one clause)."""
    spans = []
    for q in QUESTION_END.finditer(text):
        m = ANSWER.match(text, q.end()) or YES_NO.match(text, q.end())
        if m:
            line_end = text.find("\n", m.end())
            spans.append((q.end(), len(text) if line_end < 0 else line_end))
    return spans


HEADING_LINE = re.compile(rf"^[ \t\u3000]*(?:{MARKER})?[ \t\u3000]*[^\n。；;！!？?，,]{{1,30}}[ \t\u3000]*$")
MARKS = re.compile(r"^[#*\s]+|[*\s：:]+$")
# “术语”是指…… / **术语**：指…… / 术语：是指…… at a clause start (after its numbering), with an
# optional （以下简称“……”） between the word and the verb.
DEFINITION = re.compile(
    rf"[ \t\u3000]*(?:{MARKER})?[ \t\u3000]*"
    r"(?:\*\*[“\"「『]?([^*\n：:，,。；]{1,30}?)[”\"」』]?\*\*|[“\"「『]([^“”\"「」『』\n，,。；]{1,30})[”\"」』]"
    r"|([^“”\"「」『』*\n：:，,。；\s]{1,20})(?=[ \t\u3000]*[：:]))"
    r"[ \t\u3000]*(?:[（(][^）)\n]{0,40}[）)])?[ \t\u3000]*[：:]?[ \t\u3000]*"
    r"(?:是指|指的是|系指|意指|意为|定义为|指|包括|包含)"
)


@functools.lru_cache(maxsize=1)
def traditional_pairs() -> dict[str, str]:
    """Traditional character -> simplified (rules/zh/traditional.yaml)."""
    return load_traditional(TRADITIONAL)


def load_traditional(path: Path) -> dict[str, str]:
    """A table of "traditional: simplified" lines (a YAML mapping read line by line, so that an
    error names its line and a character listed twice is refused)."""
    from analyzer.schemas.base import TableError

    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split(":")]
        if (
            len(cells) != 2
            or not all(len(c) == 1 and HAN_CHAR.match(c) for c in cells)
            or cells[0] == cells[1]
        ):
            raise TableError(f"{path.name}:{n}: want one traditional and one other simplified Han character")
        if cells[0] in out:
            raise TableError(f"{path.name}:{n}: {cells[0]} is listed twice")
        out[cells[0]] = cells[1]
    return out


@functools.lru_cache(maxsize=1)
def _simplify_table() -> dict[int, str]:
    return str.maketrans(traditional_pairs())


def simplified(text: str) -> str:
    """The text with traditional characters in their simplified form (same length, same offsets)."""
    return text.translate(_simplify_table())


def zh_layout(text: str) -> Layout:
    """Clause starts and headings of a Chinese text, from punctuation and layout alone."""
    original, text = text, simplified(text)  # 第一條 is 第一条; titles stay as written
    starts: set[int] = {0}
    starts.update(m.end() for m in PARAGRAPH.finditer(text))
    # a question and the answer under it are read as one clause ("问：可以商用吗？\n答：不可以。")
    answers = answer_spans(text)
    starts.update(
        m.end()
        for m in SENTENCE_END.finditer(text)
        if not ANSWER.match(text, m.end()) and not any(s <= m.end() < e for s, e in answers)
    )
    starts.update(m.start(1) for m in LINE_MARKER.finditer(text))
    headings: list[tuple[int, int, str]] = []
    pos = 0
    lines = text.splitlines(keepends=True)
    previous, previous_heading = "", False
    for i, line in enumerate(lines):
        body = line.strip()
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (
            body
            and (HEADING_LINE.match(line) or MARKDOWN_HEADING.match(line))
            and not body.endswith("：")
            and not _wrapped(body, line, previous, previous_heading, following)
        ):
            lead = len(line) - len(line.lstrip())
            title = MARKS.sub("", original[pos + lead : pos + lead + len(body)])
            if title and (len(title) <= 20 or LINE_MARKER.match(line)):
                headings.append((pos + lead, pos + lead + len(body), title))
                starts.add(pos + lead)
                starts.add(pos + len(line))
        previous_heading = bool(headings) and headings[-1][0] >= pos
        previous = body
        pos += len(line)
    starts = {s for s in starts if s < len(text)}
    return Layout(tuple(sorted(starts)), tuple(headings))


# A line that ends in one of these leaves its sentence open ("本模型严禁用于" / "商业用途。").
OPEN_END = re.compile(
    r"(?:用于|用作|于|须|需|需要|应|应当|必须|得|的|和|或|或者|及|以及|与|对|将|把|在|向|为|以|"
    r"仅限|仅供|只能|不得|禁止|严禁|可以|可|并|且|但|而|被|由|经|取得|获得|事先|未经|如需|若)$"
)
SENTENCE_CLOSED = re.compile(r"[。；;！!？?：:）)」』”\]*|]$|^#")


def _wrapped(body: str, line: str, previous: str, previous_heading: bool, following: str) -> bool:
    """A short unpunctuated line inside a hard-wrapped sentence is not a heading: the line before
    it left its sentence open, or it leaves its own open and the next line goes on."""
    if LINE_MARKER.match(line) or MARKDOWN_HEADING.match(line):
        return False
    if (
        previous
        and not previous_heading
        and not SENTENCE_CLOSED.search(previous)
        and HAN_CHAR.search(previous[-1:])
    ):
        return True
    return bool(following and OPEN_END.search(body))


LATIN_RUN = re.compile(
    r"https?://[^\s，。；、）)\]>\u4e00-\u9fff]+|[A-Za-z0-9][A-Za-z0-9_.@%&/:=?#+-]*[A-Za-z0-9]"
)


# One token per character, as spaCy's Chinese 'char' segmenter; but a run of Latin letters,
# digits and URL characters is one token ('Qwen-7B', a URL: a gap then counts it once), and
# each whitespace run is one token. spaCy's own segmenter re-slices the rest of the text for
# every character (quadratic: 25 s on a 370,000-character text); this one is a single regex pass.
CHAR_TOKEN = re.compile(r"\s+|" + LATIN_RUN.pattern + r"|.", re.DOTALL)


def zh_definitions(text: str, starts) -> dict[int, str]:
    """Clause start -> the word that clause defines."""
    out = {}
    text = simplified(text)
    for start in starts:
        m = DEFINITION.match(text, start)
        if m:
            out[start] = next(g for g in m.groups() if g).strip()
    return out


@Language.component("license_definitions_zh", assigns=["doc._.definitions"])
def definitions_zh(doc: Doc) -> Doc:
    doc._.definitions = zh_definitions(text_of(doc), (b[2] for b in clause_bounds(doc)))
    return doc


class CharTokenizer:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = CHAR_TOKEN.findall(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


class ChineseSegmenter(LicenseSegmenter):
    """The license segmenter with Chinese clause and heading rules."""

    layout = staticmethod(zh_layout)


@Language.factory("license_segmenter_zh")
def create_segmenter_zh(nlp: Language, name: str) -> ChineseSegmenter:
    return ChineseSegmenter()


ITEM_START = re.compile(rf"[ \t\u3000]*{MARKER}")
LEAD_IN_END = re.compile(r"[：:][\s*]*$")


def carry_into_items(text: str, clauses, mask: list[int]) -> None:
    """A lead-in clause ending in ：(您不得：) lends its open scopes (prohibition, permission,
    obligation, ...) to the numbered items after it (（一）…；（二）…) that have none of their
    own (须……, 不得……): the shared modality carry with Chinese lead-ins and items."""
    carry_into_lists(
        text,
        clauses,
        mask,
        lambda text, c: bool(LEAD_IN_END.search(text, c[2], c[3])),
        lambda text, c: bool(ITEM_START.match(text, c[2], c[3])),
        keep_own=True,
    )


# 在……的前提下: a condition set inside a permission ("使用者有权在不违反本协议的前提下使用……")
INSET_CONDITION = re.compile(r"在[^。；;，,\n]{1,60}?前提下[，,]?")


def carry_over_inset_conditions(doc: Doc, mask: list[int]) -> None:
    """The scopes open before an inset 在……前提下 go on after it: the condition qualifies the
    permission, it does not end it (the cue 前提 alone would break the scope)."""
    text = text_of(doc)
    idx = [tok.idx for tok in doc]
    bounds = clause_bounds(doc)
    ends = [b[1] for b in bounds]
    for m in INSET_CONDITION.finditer(text):
        before = bisect.bisect_right(idx, m.start()) - 2  # the token before 在
        after = bisect.bisect_left(idx, m.end())
        if before < 0 or after >= len(doc):
            continue
        bits = mask[before] & CARRIED_BITS
        if not bits:
            continue
        stop = next((e for e in ends if e > after), len(doc))
        for tok in range(after, min(stop, after + MAX_SCOPE_ZH)):
            mask[tok] |= bits


class ChineseModality(LicenseModality):
    """Modality from the Chinese cues, carried over inset conditions and from a lead-in into
    its numbered items."""

    def __call__(self, doc: Doc) -> Doc:
        doc = super().__call__(doc)
        mask = list(doc._.modality)
        carry_over_inset_conditions(doc, mask)
        carry_into_items(text_of(doc), clause_bounds(doc), mask)
        doc._.modality = mask
        return doc


@Language.factory("license_modality_zh")
def create_modality_zh(nlp: Language, name: str) -> LicenseModality:
    return ChineseModality(nlp, load_cues(ZH_CUES), max_scope=MAX_SCOPE_ZH)


def blank_zh() -> Language:
    """spacy.blank("zh") with the one-pass character tokenizer (texts and rule phrases)."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    # a traditional character matches rules and cues as its simplified form
    for trad, simp in traditional_pairs().items():
        lexeme = nlp.vocab[trad]
        lexeme.norm_ = simp
        lexeme.lower_ = simp
    return nlp


def build_zh_nlp(prefilter: bool = True) -> Language:
    """The Chinese pipeline: our segmenter, the shared sections component, Chinese cues, and
    the engine's `license_terms` component with the Chinese tables (analyzer/rules/zh)."""
    _ensure_extensions()
    nlp = blank_zh()
    nlp.max_length = 20_000_000
    for name in ("license_segmenter_zh", "license_sections", "license_definitions_zh", "license_modality_zh"):
        nlp.add_pipe(name)
    # a license the text names is read by the English pipeline (extract_zh.incorporate), not here
    nlp.add_pipe("license_terms", config={"lang": "zh", "prefilter": prefilter, "incorporate": False})
    return nlp


@functools.lru_cache(maxsize=1)
def shared_zh_nlp() -> Language:
    return build_zh_nlp()
