"""Dated news in a README: the lines a date opens, as one reading for every news reader.

Two layouts:
- a news line: "- [2024.03.01] We release Acme-7B", "2024-03-01: ...", "**[2023/07/31]** ...",
  a checked road-map item ("- [x] 2024/12" over its "- [x] Acme-7B released" items),
  a table row opening with its date ("| 2023-09-16 | [Acme-1B-Chat](...) |");
- a date on a line of its own (a heading "#### 07/07/2023", or "*September 29, 2023*"): the
  lines after it, up to the next such date or heading, are that date's news.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from analyzer.scan.card import parse_date
from analyzer.scan.results import FactEvidence

DATE = (
    r"\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|\d{1,2}/\d{1,2}/\d{4}"
    r"|[A-Z][a-z]{2,8}\.?,? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|[A-Z][a-z]{2}-\d{1,2}-\d{2}(?!\d)"  # "Feb-25-24"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? \d{4}"  # "20 May 2024"
    r"|[A-Z][a-z]{2,8}\.?,? \d{4}(?![\d./-])"  # "May 2024", "[Sep 2024]" (a month)
    r"|\d{4}年\d{1,2}月(?:\d{1,2}[日号])?"  # "2023年8月28日"
)
NEWS = re.compile(
    rf"^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?:\[[xX]\][ \t]+)?"  # a quote, a list item, a checked item
    rf"(?:<(?:summary|li|p|div)>[ \t]*)?"  # "<summary>✅ <b>2024-03-11</b>: ...": a collapsible news item
    rf"[^\w\n]{{0,12}}(?:\*\*[A-Za-z ]{{1,20}}\*\*:?[ \t]*"  # "**Update**:"
    rf"|\([^\w\n]{{0,4}}[A-Za-z]{{1,10}}\)[ \t]*|【[^】\n]{{1,6}}】"  # "(🔥 New)", "【最新】"
    rf"|(?:Update[sd]?|News)[ \t]+(?=\d))?[^\w\n]{{0,6}}"  # "**Update 2025/08/28:** ..."
    rf"(?:<(?:b|strong)>)?(?P<date>{DATE})(?:</(?:b|strong)>)?[^\w\n\[]{{0,8}}(?P<rest>.*)$",
    re.MULTILINE,
)
HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t]")
UNCHECKED = re.compile(r"^[ \t]*[-*+][ \t]+\[ \]")
BLOCK_LINES = 15  # a date's own lines at most (a date that opens a section is not that long)


WORDY = re.compile(r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.?,? \d{4}")


def parse_news_date(text: str) -> str | None:
    """'2024.03.01', '2024/3/1', '04/24/2024' (US order), 'March 1, 2024' -> ISO date."""
    nums = re.findall(r"\d+", text)
    short = re.fullmatch(r"([A-Z][a-z]{2})-(\d{1,2})-(\d{2})", text.strip())
    if short:  # "Feb-25-24": month, day, two-digit year
        return parse_date(f"{short.group(1)} {short.group(2)}, 20{short.group(3)}")
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text.strip()):
        if int(nums[0]) > 12 >= int(nums[1]):  # "25/05/2024": the day first
            return parse_date(f"{nums[2]}-{nums[1]}-{nums[0]}")
        return parse_date(f"{nums[2]}-{nums[0]}-{nums[1]}")
    if "年" in text:  # "2023年8月28日"
        return parse_date("-".join(nums[:3]))
    if WORDY.fullmatch(text.strip()):  # "20 May 2024", "May 2024": no dots to read as separators
        return parse_date(text.strip())
    return parse_date(text.replace(".", "-").replace("/", "-"))


@dataclass(frozen=True)
class DatedLine:
    """One line of news: its date, the date's evidence, the line's text after the date, where."""

    date: str
    evidence: FactEvidence
    rest: str
    start: int  # offset of `rest` in the document


def dated_lines(file: str, text: str) -> Iterator[DatedLine]:
    """Every news line with its date; a date alone on its line dates the lines after it."""
    for m in NEWS.finditer(text):
        date = parse_news_date(m.group("date"))
        if date is None:
            continue
        end = m.start("date") + len(m.group(0)[m.start("date") - m.start() :].rstrip())
        ev = FactEvidence(text[m.start("date") : end], file, m.start("date"), end)
        rest = m.group("rest")
        if re.sub(r"[\W_]+", "", rest):
            yield DatedLine(date, ev, rest + _continuation(text, m.end()), m.start("rest"))
            if rest.rstrip(" *").endswith(":"):  # "We release two new checkpoints:" over its list
                yield from _items_after(text, m.end(), date, ev)
            continue
        pos, seen = m.end() + 1, 0
        while pos < len(text) and seen < BLOCK_LINES:
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if HEADING_LINE.match(line) or NEWS.match(line):
                break
            if UNCHECKED.match(line):  # "- [ ] Acme-70B": a plan item, not news
                pos = nl + 1
                continue
            if line.strip():
                seen += 1
                yield DatedLine(date, ev, line, pos)
            pos = nl + 1


ITEM_LINE = re.compile(r"\n[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])[ \t]+(?P<item>[^\n]+)")


def _items_after(text: str, end: int, date: str, ev: FactEvidence) -> Iterator[DatedLine]:
    """The list items right under a news line that ends with a colon: that date's news too."""
    pos = end
    for _ in range(BLOCK_LINES):
        m = ITEM_LINE.match(text, pos)
        if not m or NEWS.match(text, m.start() + 1):
            return
        yield DatedLine(date, ev, m.group("item"), m.start("item"))
        pos = m.end()


CONTINUES = re.compile(r"\n(?![ \t]*(?:[-*+>|#]|\d+[.)]|\n|$))[^\n]+")


def _continuation(text: str, end: int) -> str:
    """The lines a news item wraps onto ("Please check [Acme-v1.1](...) and\n[Acme-Fast-v1.1](...)"):
    up to three, until a blank line, a list item, a heading, a table or another dated line."""
    out, pos = "", end
    for _ in range(3):
        m = CONTINUES.match(text, pos)
        if not m or NEWS.match(text, m.start() + 1):
            break
        out += m.group()
        pos = m.end()
    return out


NAME = r"[A-Z][\w.\-]*\d[\w.\-]*"  # a model's name has a digit: "Qwen3", "Acme2.5-Coder"
RELEASED = re.compile(
    rf"\b(?:[Rr]elease[sd]?|[Rr]eleasing|[Ll]aunch(?:ed|es)?|[Ii]ntroduc(?:e|ed|ing)|[Oo]pen-?sourc(?:e|ed))"
    rf"\s+(?:(?:the|our|a|an|new|latest)\s+)*(?P<a>{NAME})"
    rf"|(?P<b>{NAME})(?:\s+(?:series|models?|family))?\s+(?:is|are|was|were|has been|have been)\s+"
    rf"(?:now\s+|officially\s+)?(?:released|open-?sourced|out)\b"
)


# "Acme-TTS v1 base model", "Acme-TTS & E2 TTS base models": names a news line opens with, before
# "(base|chat|...) model(s)"; a name may take an all-caps word ("E2 TTS") and a version ("v1")
MODEL_NAME = rf"{NAME}(?:\s[A-Z]{{2,}}\b)?(?:\s[vV]\d+(?:\.\d+)*)?"
NAMED_MODELS = re.compile(
    rf"^[^\w\n]*(?P<a>{MODEL_NAME})(?:\s*(?:&|and|,)\s*(?P<b>{MODEL_NAME}))?"
    rf"\s+(?:(?:base|chat|instruct|pre-?trained|fine-?tuned)\s+)?models?\b"
)


def released_names(rest: str) -> list[tuple[int, str]]:
    """(offset, name) of the models a news line says are released ("We released the Qwen3
    series", "Acme2.5 is released", "Acme-TTS v1 base model ..."), names written plainly,
    without markup or a size."""
    out = []
    for m in RELEASED.finditer(rest):
        group = "a" if m.group("a") else "b"
        out.append((m.start(group), m.group(group).rstrip(".,;:")))
    m = NAMED_MODELS.match(rest)
    if m:
        out += [(m.start(g), m.group(g).rstrip(".,;:")) for g in ("a", "b") if m.group(g)]
    return out
