"""The deciding sentence of one term, highlighted inside the full license text with its section."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import streamlit as st

from analyzer.export import short_params
from analyzer.model import Evidence
from analyzer.taxonomy import term as term_of
from app.comparison import Column
from app.components import status_badges

TEXT_BOX_PX = 420


def _marked(text: str, lo: int, hi: int, marks: Sequence[tuple[int, int, str]]) -> str:
    """text[lo:hi] as HTML with the (start, end, html-tag-open) marks that fall inside it."""
    pieces, pos = [], lo
    for start, end, tag in marks:
        start, end = max(start, lo), min(end, hi)
        if start < pos or start >= end:  # overlapping or outside: keep the first
            continue
        closing = "</" + tag[1 : tag.index(" ")] + ">"
        pieces += [html.escape(text[pos:start]), tag, html.escape(text[start:end]), closing]
        pos = end
    pieces.append(html.escape(text[pos:hi]))
    return "".join(pieces)


def highlighted_text(text: str, evidence: Sequence[Evidence], current: int, height: int = TEXT_BOX_PX) -> str:
    """The full text as HTML: every span of the term marked, the current one strongest and its
    section heading underlined. The text before that section is folded, so the deciding span
    shows without scrolling (no script needed); unfolding it shows the whole text."""
    marks = [
        (
            e.start,
            e.end,
            '<mark class="mt-current" style="background:#ffb347;color:#1d1300">'
            if i == current
            else '<mark style="background:#fff1b8;color:#1d1300">',
        )
        for i, e in enumerate(evidence)
    ]
    split = 0
    if evidence:
        heading = _heading_span(text, evidence[current])
        if heading:
            marks.append((*heading, '<u class="mt-section" style="text-decoration-thickness:2px">'))
            split = heading[0]
        else:
            split = text.rfind("\n\n", 0, evidence[current].start) + 1
    marks.sort(key=lambda m: (m[0], m[1]))
    box = (
        f"height:{height}px;overflow-y:auto;white-space:pre-wrap;font-family:ui-monospace,Menlo,"
        "Consolas,monospace;font-size:0.8rem;line-height:1.45;border:1px solid "
        "rgba(128,128,128,.4);border-radius:6px;padding:10px 12px"
    )
    before = ""
    if split > 0:
        before = (
            f'<details class="mt-before"><summary style="cursor:pointer;opacity:.7;'
            f'font-family:sans-serif">{split:,} characters before this section (unfold)'
            f"</summary>{_marked(text, 0, split, marks)}</details>"
        )
    return f'<div class="mt-text" style="{box}">{before}{_marked(text, split, len(text), marks)}</div>'


def _heading_span(text: str, evidence: Evidence) -> tuple[int, int] | None:
    """Where the section heading of the evidence sits in the text (the last one before it)."""
    if not evidence.section:
        return None
    pattern = r"\s+".join(re.escape(w) for w in evidence.section.split())
    found = None
    for match in re.finditer(pattern, text[: evidence.start]):
        found = (match.start(), match.end())
    return found


def quote_card(column: Column, term: str, evidence: Evidence | None) -> str:
    """The status with its params and basis, what the term means, the section heading and the
    deciding sentence, as HTML."""
    result = column.profile.terms[term]
    badge = status_badges.html_badge(result.status, short_params(term, result.params))
    basis = status_badges.basis(result)
    basis_note = (
        f' <span class="mt-basis" title="explicit: a clause addresses this term; implied: it follows '
        f'from a general grant" style="opacity:.75">({html.escape(basis)})</span>'
        if basis
        else ""
    )
    head = (
        f'<div style="margin-bottom:4px"><code>{html.escape(term)}</code> in '
        f"<b>{html.escape(column.label)}</b> is {badge}{basis_note}</div>"
        f'<div class="mt-definition" style="font-size:0.85rem;opacity:.8;margin-bottom:6px">'
        f"{html.escape(term_of(term).label)}: {html.escape(term_of(term).definition)}</div>"
    )
    if evidence is None:
        return head + (
            '<div class="mt-quote"><i>The text does not address this term (silent): '
            "there is no deciding sentence.</i></div>"
        )
    section = html.escape(evidence.section or "(before the first heading)")
    return head + (
        f'<div class="mt-quote" style="border-left:4px solid #ffb347;padding:4px 10px">'
        f'<div style="font-size:0.85rem;opacity:.8">Section: <b>{section}</b> · characters '
        f"{evidence.start}–{evidence.end}</div>"
        f'<div style="font-size:0.95rem">{html.escape(" ".join(evidence.text.split()))}</div></div>'
    )


def show(column: Column, term: str, key: str, height: int = TEXT_BOX_PX) -> int:
    """Render the evidence of `term` in `column`; returns the index of the evidence shown."""
    result = column.profile.terms[term]
    evidence = result.evidence
    current = 0
    if len(evidence) > 1:
        current = st.radio(
            f"{len(evidence)} deciding spans",
            range(len(evidence)),
            horizontal=True,
            key=f"{key}.pick",
            format_func=lambda i: (
                f"{i + 1}. {(evidence[i].section or 'no heading')[:48]} · at {evidence[i].start:,}"
            ),
        )
    st.html(quote_card(column, term, evidence[current] if evidence else None))
    with st.expander(
        "Full license text" + (" (deciding span highlighted)" if evidence else ""),
        expanded=bool(evidence),
    ):
        st.html(highlighted_text(column.profile.text, evidence, current, height))
    return current
