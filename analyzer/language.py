"""Which language each part of a license text is in, and where the versions of a bilingual
text lie (pure Python, no spaCy).

A text is cut into lines; each line is classified by the scripts it is written in (Han
characters, Latin letters, kana, Hangul, Cyrillic, ...), lines without letters join their
neighbours, and runs of one language become parts. The engine reads English and Chinese;
any other language is reported as ``unread:<code>``, never analyzed as if it were silent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

READ = ("en", "zh")
# Scripts counted per line (counting by regex substitution stays in C: no per-character loop).
SCRIPTS = {
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "hangul": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}
SCRIPT_LANGUAGE = {
    "hangul": "ko",
    "cyrillic": "ru",
    "arabic": "ar",
    "hebrew": "he",
    "greek": "el",
    "devanagari": "hi",
    "thai": "th",
}
# One Han character carries about as much text as two or three Latin letters.
HAN_WEIGHT = 2.5
# Function words of the Latin-script languages we can tell from English (lowercase).
STOPWORDS = {
    "en": {"the", "of", "and", "to", "or", "in", "any", "this", "you", "for", "by", "with", "is", "be"},
    "fr": {"le", "la", "les", "des", "du", "et", "ou", "une", "est", "pour", "dans", "par", "sur", "aux"},
    "de": {"der", "die", "das", "und", "oder", "nicht", "mit", "von", "zu", "den", "ist", "eine", "des"},
    "es": {"el", "los", "las", "del", "y", "que", "por", "con", "una", "para", "se", "su", "al"},
    "it": {"il", "di", "che", "della", "delle", "per", "una", "non", "sono", "gli", "dei", "nel"},
    "pt": {"o", "os", "da", "do", "que", "em", "uma", "para", "não", "com", "dos", "ao"},
    "nl": {"de", "het", "een", "en", "van", "niet", "voor", "met", "zijn", "op", "dat"},
}
ALL_STOPWORDS = frozenset(w for ws in STOPWORDS.values() for w in ws)
LANGUAGES_OF = {w: tuple(lang for lang, stop in STOPWORDS.items() if w in stop) for w in ALL_STOPWORDS}
# every script but Latin, in one class: a text without any is classified in one pass
NON_LATIN = re.compile("[" + "".join(p.pattern[1:-1] for name, p in SCRIPTS.items() if name != "latin") + "]")
# Web and e-mail addresses are in no language: their letters are not counted ("商用请联系：
# license@example.com" is a Chinese line, and a long form URL does not make a Chinese line English).
ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>()\[\]（）【】，。；、\u4e00-\u9fff]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
MIN_HAN_SENTENCE = 6  # Han characters that make a line with Latin names a Chinese sentence
MIN_LETTERS = 4  # a line with fewer letters (a number, a rule, a date) takes its neighbours' language
ISLAND = 60  # a part lighter than this between two parts of one language belongs to them
MIN_VERSION_SHARE = 0.15  # a language below this share of the letters is a stray part, not a version


@dataclass(frozen=True)
class Part:
    """A run of lines in one language: text[start:end]."""

    start: int
    end: int
    lang: str  # "en", "zh", or another code ("ja", "ko", "fr", ...)
    weight: float  # letters in it (Han characters weighted)


@dataclass(frozen=True)
class TextLanguage:
    """The reading of a whole text: its language, its parts, and its versions when bilingual."""

    language: str  # "en", "zh", "bilingual" or "unread:<code>"
    parts: tuple[Part, ...]
    # for a bilingual text: (start, end) of each version, by language; interleaved versions
    # have several ranges each
    versions: dict[str, tuple[tuple[int, int], ...]]

    @property
    def unread_parts(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.lang not in READ)


def _count(pattern: re.Pattern, text: str) -> int:
    return pattern.subn("", text)[1]


def _latin_language(text: str) -> str:
    """English unless the text's function words are plainly another Latin-script language's."""
    words = text.lower().split()
    counts = Counter(filter(ALL_STOPWORDS.__contains__, words))  # only the function words, in C
    scores = dict.fromkeys(STOPWORDS, 0)
    for w, n in counts.items():  # a few words per line, each in one or two languages' lists
        for lang in LANGUAGES_OF[w]:
            scores[lang] += n
    english = scores["en"]
    best = max(scores, key=scores.get)
    if best == "en" or scores[best] < max(3, 2 * english):
        return "en"
    return best if len(words) >= 8 and scores[best] >= 0.12 * len(words) else "en"


def _english_function_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[A-Za-z]+", text.lower()) if w in STOPWORDS["en"])


# The cells of a table row or the key and value of a list line ("| 商业 Commercial | 需授权 License
# required |", "商用 Commercial use：需授权 License required").
CELL_BORDER = re.compile(r"[|｜:：]")


def _name_cell(cell: str) -> bool:
    """A cell that only names something in Latin letters: a licence or a model ("CC BY-NC 4.0",
    "Apache-2.0", "Foo-7B"), three words at most."""
    return len(cell.split()) <= 3


def _glossed(text: str) -> bool:
    """A Chinese line glossed in English: every cell (or key and value) that holds Latin words
    holds Chinese words too, or only names something ("License 许可：CC BY-NC 4.0", "代码：
    Apache-2.0"), and the line has at least two cells with Han characters, or one and a name.
    Its Chinese words are read; the gloss repeats them."""
    cells = [c for c in CELL_BORDER.split(text) if c.strip()]
    han = [c for c in cells if SCRIPTS["han"].search(c)]
    latin_only = [c for c in cells if SCRIPTS["latin"].search(c) and not SCRIPTS["han"].search(c)]
    glossed = [c for c in han if SCRIPTS["latin"].search(c)]
    if not glossed and not latin_only:
        return False
    if not all(_name_cell(c) for c in latin_only):
        return False
    return len(han) >= 2 or (len(han) == 1 and bool(latin_only))


def classify(text: str) -> tuple[str, float]:
    """The language of one line or paragraph and its weight ("" when it has too few letters)."""
    if not text.strip():
        return "", 0.0
    if "@" in text or "://" in text or "www." in text:
        text = ADDRESS.sub(" ", text)
    if not NON_LATIN.search(text):  # most lines: only the Latin letters need counting
        latin = _count(SCRIPTS["latin"], text)
        return (_latin_language(text), latin) if latin >= MIN_LETTERS else ("", latin)
    counts = {name: _count(p, text) for name, p in SCRIPTS.items()}
    han = counts["han"] * HAN_WEIGHT
    scores = {
        "han": han,
        "latin": counts["latin"],
        "kana": counts["kana"] * HAN_WEIGHT,
        **{s: counts[s] for s in SCRIPT_LANGUAGE},
    }
    total = sum(scores.values())
    if total < MIN_LETTERS:
        return "", total
    top = max(scores, key=scores.get)
    if counts["kana"] and counts["kana"] * 4 >= counts["han"] and top in ("han", "kana"):
        return "ja", total  # Japanese mixes kana into Han; Chinese has none
    if top == "kana":
        return "ja", total
    if top == "han":
        return "zh", total
    if top == "latin":
        if counts["han"] >= MIN_HAN_SENTENCE and _english_function_words(text) < 2:
            # a Chinese sentence that names things in Latin letters (a model, a license, an
            # author: "模型权重以 Creative Commons Attribution 4.0 International（CC BY 4.0）许可发布")
            # has Chinese grammar and no English function words
            return "zh", total
        if _glossed(text) and _english_function_words(text) < 2:
            # a table row or a key-value line glossed in English ("| 商业 Commercial | 需授权 License
            # required |") is a Chinese line: its English repeats its Chinese
            return "zh", total
        return _latin_language(text), total
    return SCRIPT_LANGUAGE[top], total


def _line_spans(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, pos + len(line), line
        pos += len(line)


# The end of a sentence inside a line: Chinese end punctuation, or an English one followed by
# a space, a Han character or the end ("4.0" and "e.g." inside a sentence do not end it).
SENTENCE_END = re.compile(r"[。！？；]+|[.!?]+(?=\s|[\u3400-\u9fff]|$)")


def _sentence_spans(start: int, line: str):
    """The sentences of one line, with their offsets (the last may lack an end mark)."""
    pos = 0
    for m in SENTENCE_END.finditer(line):
        yield start + pos, start + m.end(), line[pos : m.end()]
        pos = m.end()
    if pos < len(line):
        yield start + pos, start + len(line), line[pos:]


def _mixed(line: str) -> bool:
    """A line that holds whole sentences of both Chinese and English ("本模型仅供研究使用。This
    model is for research only."): its sentences are classified one by one."""
    return (
        _count(SCRIPTS["han"], line) >= MIN_HAN_SENTENCE
        and _english_function_words(line) >= 2
        and len(SENTENCE_END.findall(line.rstrip())) >= 1
    )


def _unit_spans(text: str):
    """Lines, except that a mixed line is cut into its sentences."""
    for start, end, line in _line_spans(text):
        if NON_LATIN.search(line) and _mixed(line):
            yield from _sentence_spans(start, line)
        else:
            yield start, end, line


def parts_of(text: str) -> tuple[Part, ...]:
    """Runs of lines in one language; lines without enough letters join the run they sit in."""
    runs: list[list] = []  # [start, end, lang, weight]
    pending_start = None
    for start, end, line in _unit_spans(text):
        lang, weight = classify(line)
        if not lang:
            if runs:
                runs[-1][1] = end
            elif pending_start is None:
                pending_start = start
            continue
        if runs and runs[-1][2] == lang:
            runs[-1][1] = end
            runs[-1][3] += weight
        else:
            begin = pending_start if pending_start is not None and not runs else start
            runs.append([begin, end, lang, weight])
        pending_start = None
    return tuple(Part(s, e, lang, w) for s, e, lang, w in runs)


def _merge_islands(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """A short part of a minor language inside a version (a Chinese name in an English
    paragraph, an English term in a Chinese one) belongs to the version around it."""
    if len(parts) < 3:
        return parts
    out: list[Part] = []
    for i, p in enumerate(parts):
        prev = out[-1] if out else None
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if p.weight < ISLAND and prev and nxt and prev.lang == nxt.lang and p.lang != prev.lang:
            out[-1] = Part(prev.start, p.end, prev.lang, prev.weight + p.weight)
            continue
        if prev and prev.lang == p.lang:
            out[-1] = Part(prev.start, p.end, p.lang, prev.weight + p.weight)
            continue
        out.append(p)
    return tuple(out)


def detect(text: str) -> TextLanguage:
    """The language of a text: one language, a Chinese/English bilingual text, or unread."""
    if not NON_LATIN.search(text):
        lang = _latin_language(text)
        part = Part(0, len(text), lang, float(len(text)))  # letters not counted: no need
        if lang == "en":
            return TextLanguage("en", (part,), {})
    parts = parts_of(text)
    weights: dict[str, float] = {}
    for p in parts:
        weights[p.lang] = weights.get(p.lang, 0.0) + p.weight
    total = sum(weights.values())
    if not total:
        return TextLanguage("en", parts, {})
    shares = {lang: w / total for lang, w in weights.items()}
    parts = _merge_islands(parts)
    main = max(shares, key=shares.get)
    if shares.get("zh", 0) >= MIN_VERSION_SHARE and shares.get("en", 0) >= MIN_VERSION_SHARE:
        versions = {lang: tuple((p.start, p.end) for p in parts if p.lang == lang) for lang in ("en", "zh")}
        return TextLanguage("bilingual", parts, versions)
    if main in READ:
        return TextLanguage(main, parts, {})
    # the main language is one the engine cannot read; a read version beside it still counts
    for lang in READ:
        if shares.get(lang, 0) >= MIN_VERSION_SHARE:
            return TextLanguage(lang, parts, {})
    return TextLanguage(f"unread:{main}", parts, {})


def language_note(language: str) -> str:
    """A one-line warning for a language the engine does not (fully) read, else ""."""
    if language.startswith("unread:"):
        code = language.split(":", 1)[1]
        return (
            f"the text is in a language the analyzer does not read ({LANGUAGE_NAMES.get(code, code)}); "
            "its terms were not read, and 'silent' here means 'not read'"
        )
    return ""


def unread_parts_note(text: str, min_share: float = 0.05) -> str:
    """For a text the analyzer reads, a warning naming the parts in a language it does not
    read (when they are more than a stray line), else ""."""
    if not text or not NON_LATIN.search(text):
        return ""  # Latin script only: read as English, or reported whole by language_note
    found = detect(text)
    if found.language.startswith("unread:"):
        return ""  # the whole text is reported by language_note
    total = sum(p.weight for p in found.parts) or 1.0
    unread: dict[str, list] = {}
    for p in found.unread_parts:
        unread.setdefault(p.lang, []).append(p)
    notes = []
    for lang, parts in unread.items():
        if sum(p.weight for p in parts) >= min_share * total:
            where = ", ".join(f"{p.start}-{p.end}" for p in parts[:3]) + (", ..." if len(parts) > 3 else "")
            notes.append(f"{LANGUAGE_NAMES.get(lang, lang)} (characters {where})")
    if not notes:
        return ""
    return "parts of the text are in a language the analyzer does not read, and were not read: " + "; ".join(
        notes
    )


LANGUAGE_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian (Cyrillic)",
    "ar": "Arabic",
    "he": "Hebrew",
    "el": "Greek",
    "hi": "Hindi (Devanagari)",
    "th": "Thai",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}
