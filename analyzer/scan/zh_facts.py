"""Release facts in Chinese prose: parameters ("包含800亿参数", "总参数量800亿"), training tokens
("累计训练了超过 20T tokens") and context lengths ("上下文窗口长度为8192", "默认支持4K上下文").

The English prose readers (card_patterns.yaml) do not read a Chinese README; news lines and
tables are read in any language elsewhere. A sentence's fact goes to the releases it names, or
to those of the family it names ("Atom大模型" -> Atom-7B, Atom-7B-Chat); else it is the
document's own fact, shared out as the English ones are (not a size: "解码器结合了一个30亿参数的
语言模型" sizes a component). Activated counts ("激活130亿参数") and
extended contexts ("扩增到32K") are not read.
"""

from __future__ import annotations

import re
from typing import Any

from analyzer.scan.card import parse_count
from analyzer.scan.datementions import named_in
from analyzer.scan.mentions import Release, fold
from analyzer.scan.results import FactEvidence

SENTENCE = re.compile(r"[^。！？；\n]+")
PARAMS = re.compile(
    r"(?<!激活)(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<u>亿|[Bb](?![A-Za-z]))\s*(?:个)?参数(?!量)"
    r"|总?参数(?:量|规模)(?:为|达到|达|约|是)?\s*(?P<n2>\d+(?:\.\d+)?)\s*(?P<u2>亿|[Bb](?![A-Za-z]))"
)
TOKENS = re.compile(  # "**3.2** 万亿": emphasis around the number is no part of it
    r"(?:超过|约|近|逾)?\s*(?P<n>\d+(?:\.\d+)?)[*\s]*(?P<u>T|B|万亿|亿)\s*(?:个\s*)?(?:tokens?|词元)(?![A-Za-z])"
    # the count after its noun: "训练总 token 量达到 3.2 万亿"
    r"|(?:tokens?|词元)\s*(?:总)?(?:数|量|数量|规模)\s*(?:达到|达|为|约|超过|是)?[*\s]*"
    r"(?P<n2>\d+(?:\.\d+)?)[*\s]*(?P<u2>T|B|万亿|亿)(?![A-Za-z])",
    re.IGNORECASE,
)
TRAINED = re.compile(r"训练")
LINEAGE = re.compile(r"基础上|基于")
CONTEXT = re.compile(
    r"上下文(?:窗口)?(?:长度)?(?:为|是|达到|达)\s*(?P<a>\d+(?:\.\d+)?\s*[KkM]?)(?![\w.])"
    r"|(?:原生|默认)?支持\s*(?P<b>\d+\s*[KkM])\s*(?:的)?\s*上下文"
)
FAMILY = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9.-]{2,})")


def _size(n: str, unit: str) -> str | None:
    value = float(n) / 10 if unit == "亿" else float(n)  # 亿 is 100 million: 800亿 = 80B
    return f"{value:g}B" if value > 0 else None


def _tokens(n: str, unit: str) -> str | None:
    if unit.upper() in ("T", "B"):
        return f"{n}{unit.upper()}"
    value = float(n) * (1 if unit == "万亿" else 0.1)  # in B: 万亿 = T, 亿 = 0.1B
    return f"{value:g}T" if unit == "万亿" else f"{value:g}B"


def _named(sentence: str, releases: list[Release]) -> list[Release]:
    named = named_in(sentence, releases)
    if named:
        return named
    for m in FAMILY.finditer(sentence):  # "Atom大模型": the releases of that family
        key = fold(m.group(1))
        family = [r for r in releases if fold(r.name).startswith(key) and fold(r.name) != key]
        if family:
            return family
    return []


def zh_facts(file: str, text: str, releases: list[Release]) -> dict[str, tuple[Any, FactEvidence]]:
    """Give releases the facts of the Chinese sentences naming them; return the document's own."""
    general: dict[str, tuple[Any, FactEvidence]] = {}
    for s in SENTENCE.finditer(text):
        sentence = s.group()
        found: list[tuple[str, Any, re.Match]] = []
        m = PARAMS.search(sentence)
        if m and not LINEAGE.search(sentence):  # "在Step-1（1300亿参数）的基础上": the base's size
            n, unit = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
            size = _size(n, unit)
            if size:
                found.append(("parameters", (size,), m))
        m = TOKENS.search(sentence)
        if m and TRAINED.search(sentence):
            n, unit = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
            found.append(("training_tokens", _tokens(n, unit), m))
        m = CONTEXT.search(sentence)
        if m:
            value = parse_count((m.group("a") or m.group("b")).replace(" ", ""))
            if value:
                found.append(("context_length", value, m))
        if not found:
            continue
        named = _named(sentence, releases)
        for fact, value, m in found:
            start, end = s.start() + m.start(), s.start() + m.end()
            ev = FactEvidence(text[start:end], file, start, end)
            for release in named:
                release.set(fact, value, ev)
            if not named and fact != "parameters":  # a size naming no model is a component's
                general.setdefault(fact, (value, ev))
    return general
