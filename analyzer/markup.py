"""HTML and Markdown license pages to the text a reader sees (what modelterms analyzes).

HTML goes through the standard library's ``html.parser``: scripts, styles, the head,
navigation and footers are dropped, blocks become line and paragraph breaks, list items
keep a visible bullet or number. Markdown loses its emphasis, code, quote, table and link
syntax. In both, a link keeps an absolute target in parentheses ("Acceptable Use Policy
(https://...)"), so a policy URL the license points to is not lost.

Headings are the one mark kept: a heading line reads "## Title" (HTML <h2> included), and a
line that is all bold ("**1. Grant of Rights.**") stays as it is. The segmenter reads those
as section headings (a plain "Title" line is only a guess) and drops the marks from section
labels; heading lines are clauses of their own, so the marks never appear inside the
evidence of a term. YAML front matter (model-card metadata) is kept verbatim.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from analyzer.textnorm import FRONT_MATTER

SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "svg", "math", "nav", "footer"}
SKIP_TAGS |= {"button", "select", "iframe", "object", "canvas", "dialog"}
PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table"}
PARAGRAPH_TAGS |= {"hr", "section", "article", "header", "main", "aside", "figure", "address", "details"}
PARAGRAPH_TAGS |= {"form", "fieldset", "body"}
LINE_TAGS = {"div", "li", "tr", "dt", "dd", "br", "summary", "figcaption", "caption", "center"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


class _HTMLText(HTMLParser):
    """Collects the text a browser would show, with line and paragraph breaks for blocks."""

    def __init__(self, skip: set[str]):
        super().__init__(convert_charrefs=True)
        self.skip = skip
        self.out: list[str] = []
        self.hidden: list[str] = []  # open skipped elements
        self.pending = 0  # line breaks owed before the next text
        self.pre = 0
        self.lists: list[list[int]] = []  # per open list: [next number] for <ol>, [] for <ul>
        self.links: list[tuple[str, int]] = []

    def _break(self, n: int) -> None:
        self.pending = max(self.pending, n)

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.hidden = [t for t in self.hidden if t != "head"]
        if tag in self.skip:
            self.hidden.append(tag)
            return
        if self.hidden:
            return
        if tag in PARAGRAPH_TAGS:
            self._break(2)
        elif tag in LINE_TAGS:
            self._break(1)
        if tag == "pre":
            self.pre += 1
        elif tag in HEADINGS:
            self._text("#" * int(tag[1]) + " ")
        elif tag in ("ol", "ul"):
            self.lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            marker = "•"
            if self.lists and self.lists[-1]:
                marker = f"{self.lists[-1][0]}."
                self.lists[-1][0] += 1
            self._text(marker + " ")
        elif tag in ("td", "th"):
            self._text(" ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href.strip(), len(self.out)))

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr") and not self.hidden:
            self._break(1 if tag == "br" else 2)

    def handle_endtag(self, tag):
        if tag in self.hidden:
            while self.hidden and self.hidden.pop() != tag:
                pass
            return
        if self.hidden:
            return
        if tag in PARAGRAPH_TAGS:
            self._break(2)
        elif tag in LINE_TAGS:
            self._break(1)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        elif tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        elif tag in ("td", "th"):
            self._text(" ")
        elif tag == "a" and self.links:
            href, at = self.links.pop()
            shown = "".join(self.out[at:])
            if href.lower().startswith(("http://", "https://")) and href not in shown and shown.strip():
                self._text(f" ({href})")

    def handle_data(self, data):
        if self.hidden:
            return
        if not self.pre:
            data = HTML_SPACE.sub(" ", data)
        self._text(data)

    def _text(self, data: str) -> None:
        if not data:
            return
        if self.pending:
            if self.out:
                self.out.append("\n" * self.pending)
            self.pending = 0
        if not self.out or self.out[-1].endswith("\n"):
            data = data.lstrip(" ")
        if data:
            self.out.append(data)


def defuse(text: str) -> str:
    """The page without comments, each '<' that no '>' closes before the next '<' escaped.

    html.parser (Python 3.11) rescans the rest of the page for every unclosed '<a', '</' or
    '<!--': quadratic, hours for a few MB of them. This pass is linear; a browser shows
    such a '<' as text too, and an unclosed comment hides the rest of the page.
    """
    out: list[str] = []
    pos, gt = 0, -2  # gt: the next '>' after the current '<' (-1: none left, -2: not looked yet)
    while (i := text.find("<", pos)) >= 0:
        out.append(text[pos:i])
        if text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return "".join(out)
            pos = end + 3
            continue
        if gt != -1 and gt <= i:
            gt = text.find(">", i + 1)
        if gt < 0 or text.find("<", i + 1, gt) >= 0:
            out.append("&lt;")
            pos = i + 1
        else:
            out.append(text[i : gt + 1])
            pos = gt + 1
    out.append(text[pos:])
    return "".join(out)


def _html_pass(text: str, skip: set[str]) -> tuple[str, bool]:
    """(shown text, whether a skipped element was left unclosed)."""
    parser = _HTMLText(skip)
    parser.feed(defuse(text))
    parser.close()
    return "".join(parser.out), bool(set(parser.hidden) - {"head"})


def html_to_text(text: str) -> str:
    """The visible text of an HTML page (scripts, styles, head, navigation and footer dropped)."""
    shown, unclosed = _html_pass(text, SKIP_TAGS)
    if unclosed or not shown.strip():  # an unclosed <nav> or <head> must not hide the page
        shown = _html_pass(text, {"script", "style", "template"})[0]
    return _tidy(shown.replace("\xa0", " "))


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# Markdown: block syntax line by line, then inline syntax. Every repeated part is bounded, so
# a hostile line cannot make a pattern backtrack for long.
FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
ATX = re.compile(r"^[ \t]{0,3}(#{1,6})(?:[ \t]+(.*)|[ \t]*$)")
BOLD_LINE = re.compile(r"^([ \t]*)\*\*(?=\S)([^*\n]{2,200}?)\*\*[ \t]*$")
ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
HRULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
PLUS_BULLET = re.compile(r"^([ \t]*)\+(?=[ \t])")
INLINE = (
    (re.compile(r"`{1,3}([^`\n]{1,500})`{1,3}"), r"\1"),
    (re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]"), r"\1"),
    (re.compile(r"<((?:https?|ftp)://[^>\s]{1,1000}|[\w.+-]{1,100}@[\w-]{1,100}\.[\w.-]{1,100})>"), r"\1"),
    (
        re.compile(
            r"</?(?:a|abbr|b|br|center|code|del|details|div|em|font|i|img|ins|kbd|p|span|small|strong|"
            r"sub|summary|sup|u|mark|hr|h[1-6])\b[^>\n]{0,500}>",
            re.I,
        ),
        "",
    ),
    (re.compile(r"(?<![\w*])\*\*(?=\S)([^*\n]{0,500}?\S)\*\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])__(?=\S)([^_\n]{0,500}?\S)__(?![\w_])"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{0,500}?[^\s*])?\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{0,500}?[^\s_])?_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)([^~\n]{0,500}?\S)~~"), r"\1"),
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),
)
IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\(\s*<?([^()\s<>]{0,1000})>?(?:\s+[\"'(][^\n]{0,300}?[\"')])?\s*\)")
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
MARKDOWN_SIGNS = re.compile(
    r"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S|\]\((?:https?://|#|/)|\*\*\S[^*\n]{0,80}\*\*|^```"
)


def looks_like_markdown(text: str) -> bool:
    """At least three Markdown constructs (headings, links, bold, fences) in the first 20 KB,
    in a text that is not a comment block of '#' lines (a script's licence header)."""
    from analyzer.textnorm import comment_block

    head = text[:20000]
    return len(MARKDOWN_SIGNS.findall(head)) >= 3 and comment_block(head) != "line"


def _link(m: re.Match) -> str:
    label, url = m.group(1), m.group(2)
    if url.lower().startswith(("http://", "https://")) and url not in label:
        return f"{label} ({url})" if label.strip() else url
    return label


def _inline(line: str) -> str:
    line = LINK.sub(_link, IMAGE.sub(r"\1", line))
    for pattern, repl in INLINE:
        line = pattern.sub(repl, line)
    if "&" in line:
        line = ENTITY.sub(lambda m: html.unescape(m.group(0)), line)
    return line


def _setext_title(out: list[str]) -> bool:
    """The line before a '===' or '---' underline is a one-line paragraph: a heading."""
    return bool(out and out[-1].strip() and len(out[-1]) <= 120 and (len(out) < 2 or not out[-2].strip()))


def markdown_to_text(text: str) -> str:
    """The text a rendered Markdown page shows, headings marked (see the module docstring)."""
    out: list[str] = []
    front = FRONT_MATTER.match(text)
    if front:
        out.append(front.group(0).rstrip("\r\n"))
        text = text[front.end() :]
    fence = ""
    for line in text.split("\n"):
        m = FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = ""
            else:
                out.append(line)
            continue
        if m:
            fence = m.group(1)
            continue
        line = QUOTE.sub("", line)
        if SETEXT.match(line) and _setext_title(out):
            out[-1] = ("# " if "=" in line else "## ") + out[-1].strip()
        elif HRULE.match(line) or SETEXT.match(line):
            out.append("")
        elif TABLE_RULE.match(line) and "-" in line and "|" in line:
            continue
        elif h := ATX.match(line):
            title = _inline(ATX_CLOSE.sub("", h.group(2) or "")).strip()
            out.extend(["", f"{h.group(1)} {title}" if title else "", ""])
        elif b := BOLD_LINE.match(line):
            out.append(f"{b.group(1)}**{_inline(b.group(2))}**")
        else:
            line = PLUS_BULLET.sub(r"\1-", line)
            if line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 2:
                line = "  ".join(c.strip() for c in line.strip()[1:-1].split("|"))
            out.append(_inline(line))
    return _tidy("\n".join(out))
