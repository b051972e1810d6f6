"""Whether an identification is the text itself, or only close to it.

A policy or license text names itself in its title ("Llama 3.1 Acceptable Use Policy"). When
the LicenseDB text it scores nearest is another version of the same product ("Llama 4
Acceptable Use Policy"), or, below a near-exact score, names another product in its title, the
file is not that text: it is reported as unknown, "close to" the nearest one, with the version
it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.scan.identify import UNKNOWN
from analyzer.scan.roles import title_lines

NEAR_EXACT = 0.95
TITLE_WORDS = re.compile(r"licen[cs]e|agreement|policy|terms", re.IGNORECASE)
VERSIONED = re.compile(r"\b([A-Za-z][A-Za-z-]{2,})[ -]?v?(\d+(?:\.\d+)?)\b")
GENERIC = {
    "license",
    "licence",
    "agreement",
    "policy",
    "community",
    "acceptable",
    "use",
    "version",
    "the",
    "and",
}


@dataclass(frozen=True)
class Honest:
    key: str
    close_to: str | None = None
    version: str | None = None  # "Llama 3.1": the product and version the text's title names


def _title(text: str) -> str | None:
    lines = [line for line in title_lines(text, 3) if TITLE_WORDS.search(line)]
    return lines[0] if lines else None


def named_version(title: str) -> tuple[str, str] | None:
    """('llama', '3.1') from 'Llama 3.1 Acceptable Use Policy'."""
    for m in VERSIONED.finditer(title):
        if m.group(1).lower() not in GENERIC:
            return m.group(1).lower(), m.group(2)
    return None


def check(text: str, key: str, score: float, entry_name: str | None) -> Honest:
    """The key when the text really is that entry, else unknown and close to it."""
    if key == UNKNOWN or not entry_name:
        return Honest(key)
    title = _title(text)
    if title is None:
        return Honest(key)
    mine, theirs = named_version(title), named_version(entry_name)
    version = f"{mine[0].capitalize()} {mine[1]}" if mine else None
    if mine and theirs and mine[0] == theirs[0] and mine[1] != theirs[1]:
        return Honest(UNKNOWN, key, version)
    if score < NEAR_EXACT:
        product = next((w for w in re.findall(r"[A-Za-z]{3,}", entry_name) if w.lower() not in GENERIC), None)
        if product and product.lower() not in title.lower():
            return Honest(UNKNOWN, key, version)
        if _missing_name_words(entry_name, text):
            return Honest(UNKNOWN, key, version)  # "Tencent Hunyuan 3D 2.0 ..." for a Hunyuan DiT license
    return Honest(key, None, version)


NAME_WORD = re.compile(r"[A-Za-z0-9]+(?:\.\d+)*")


def _missing_name_words(entry_name: str, text: str) -> bool:
    """Below a near-exact score: the entry's name has a product word ("3D", "2.0") the text's
    opening never says, so the text is another product's license of the same family."""
    head = " ".join(re.findall(r"[a-z0-9]+(?:\.\d+)*", text[:400].lower()))
    words = [  # a year in the entry's name ("... Agreement 2023") is the catalogue's, not the text's
        w.lower()
        for w in NAME_WORD.findall(entry_name.split("(")[0])
        if w.lower() not in GENERIC and not re.fullmatch(r"(?:19|20)\d\d", w)
    ]
    return any(re.search(rf"(?<![a-z0-9.]){re.escape(w)}(?![a-z0-9]|\.\d)", head) is None for w in words)
