"""Text normalisation shared by the engine and the scanner: the folds and the front-matter block.

Two folds, on purpose: `fold` keeps every offset (the engine searches the folded text and cites
the original at the same offsets; doc._.folded_text, read on hot paths by
analyzer.nlp.segment.folded_of, is `fold` of the Doc's text); `fold_name` compares names and
throws offsets away (hub ids, license names, release names in the scanner).
"""

from __future__ import annotations

import re

import numpy

# ASCII-only lowering and whitespace folding keep every offset (one char in, one char out).
FOLD = str.maketrans(
    {**{chr(c): chr(c + 32) for c in range(65, 91)}, "\n": " ", "\t": " ", "\r": " ", "\f": " "}
)
NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# A YAML front-matter block at the very start of a Markdown file (Hugging Face cards, Jekyll):
# `---` lines around it, LF or CRLF line ends; group 1 is the YAML (None when the block is empty).
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


# Currency names and signs as ISO 4217 codes, one table for the amounts in license texts and
# those given on the command line (`check --revenue`). The yen sign is read as the Chinese yuan:
# the model licenses that state amounts with it are Chinese, and the Chinese reader says CNY.
CURRENCY_CODES = {
    "$": "USD",
    "US$": "USD",
    "DOLLAR": "USD",
    "DOLLARS": "USD",
    "€": "EUR",
    "EURO": "EUR",
    "EUROS": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "RMB": "CNY",
    "₽": "RUB",
    "RUBLE": "RUB",
    "RUBLES": "RUB",
    "ROUBLE": "RUB",
    "ROUBLES": "RUB",
}


def currency_code(name: str) -> str:
    """'rubles' -> 'RUB', 'RMB' -> 'CNY', '€' -> 'EUR'; a code stays itself ('usd' -> 'USD')."""
    key = "".join(name.split()).upper()
    return CURRENCY_CODES.get(key, key)


def fold(text: str) -> str:
    """Same length and offsets as `text`: ASCII lowercase, one line."""
    if text.isascii():
        return text.translate(FOLD)  # CPython's fast path for ASCII in and out
    try:
        code = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32).copy()
    except UnicodeEncodeError:  # a lone surrogate (bytes decoded with surrogateescape)
        return text.translate(FOLD)
    # str.translate looks every character of a non-ASCII text up in a dict; one code point
    # array does the same folding in a few vectorised steps
    code[(code >= 65) & (code <= 90)] += 32
    code[(code == 10) | (code == 9) | (code == 13) | (code == 12)] = 32
    return code.tobytes().decode("utf-32-le")


def fold_name(name: str) -> str:
    """A name reduced to lowercase letters and digits, for comparing names written differently
    ("Llama 3.1 Community License" and "llama-3.1-community-license" -> "llama31communitylicense").
    Unlike `fold` it drops characters, so it is for keys, never for offsets."""
    return NOT_ALNUM.sub("", name.lower())


# A licence kept as a comment block: the C comment of a source file's header ("/*", " * ...",
# " */") or lines that all open with '#' or '//'. Its margins are no part of the licence.
C_COMMENT_LINE = re.compile(r"[ \t]*(?:/\*+|\*+/|\*(?=[ \t]|$))")
C_MARGIN = re.compile(r"^([ \t]*)(/\*+|\*+/|\*)(?=[ \t]|$)|\*+/(?=[ \t]*$)", re.MULTILINE)
LINE_MARGIN = re.compile(r"^([ \t]*)(#+|//+)(?=[ \t]|$)", re.MULTILINE)
C_OPEN_OR_CLOSE = re.compile(r"^[ \t]*/\*|\*/[ \t]*$", re.MULTILINE)
C_SHARE = 0.8  # of the non-empty lines, in a comment that opens or closes somewhere
LINE_SHARE = 0.9


def comment_block(text: str) -> str:
    """'c' for a licence kept as a C comment block, 'line' for one whose lines all open with
    '#' or '//', '' for any other text."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return ""
    c_lines = sum(bool(C_COMMENT_LINE.match(line)) for line in lines)
    # the comment opens or closes on a line of its own margin ("/*", " */"), not a '/*' anywhere
    # (a Markdown list of '* ' items that names a glob "ckpt/*" is no comment)
    if c_lines >= C_SHARE * len(lines) and C_OPEN_OR_CLOSE.search(text):
        return "c"
    if sum(bool(LINE_MARGIN.match(line)) for line in lines) >= LINE_SHARE * len(lines):
        return "line"
    return ""


def blank_comment_margins(text: str) -> str:
    """The text with the margins of a comment block blanked, same length and offsets (a margin
    is spaces to the engine, which then reads the licence as indented plain text); any other
    text is returned as it is."""
    kind = comment_block(text)
    if kind == "c":
        return C_MARGIN.sub(lambda m: m.group(0).replace("/", " ").replace("*", " "), text)
    if kind == "line":
        return LINE_MARGIN.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return text
