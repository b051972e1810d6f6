"""The verdict row on top of the comparison, and the panel's list of what a verdict rests on."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import partial

import pandas as pd
import streamlit as st

from analyzer.check import Finding, Verdict
from analyzer.export import short_params
from analyzer.taxonomy import term as term_of
from app import session
from app.comparison import Column
from app.components import matrix, status_badges
from app.use_verdicts import VERDICT_STYLE, verdict_css, verdict_label

LAST_PICK = "mt.last_verdict_pick"


def verdict_frame(columns: Sequence[Column], verdicts: Sequence[Verdict]) -> pd.DataFrame:
    data = {c.label: [verdict_label(v)] for c, v in zip(columns, verdicts, strict=True)}
    index = pd.Index(["verdict"], name="your use")
    return pd.DataFrame(data, index=index, columns=[c.label for c in columns])


def first_finding(verdict: Verdict) -> str | None:
    """The term to show first for a verdict: its worst blocker, else its first obligation."""
    findings = (*verdict.blockers, *verdict.obligations)
    return findings[0].term if findings else None


def show_row(
    columns: Sequence[Column], verdicts: Sequence[Verdict], use_words: str, key: str, linked: Sequence[str]
) -> None:
    """The row; a click on a verdict shows that column's blockers and obligations in the panel."""
    frame = verdict_frame(columns, verdicts)
    event = st.dataframe(
        frame.style.map(verdict_css),
        key=key,
        on_select=partial(matrix.clear_others, key, (key, *linked)),
        selection_mode="single-cell",
        height=matrix.table_height(1),
        width="stretch",
        column_config=matrix.column_config(
            columns, "your use", f"The verdict of each license for: {use_words}. Click one to see why."
        ),
    )
    cells = event.selection.get("cells", []) if event else []
    pick = None
    if cells:
        labels = {c.label: i for i, c in enumerate(columns)}
        i = labels.get(cells[0][1])
        if i is not None:
            pick = (columns[i].source, first_finding(verdicts[i]))
    if pick and pick != session.get(LAST_PICK):
        session.put(session.FOCUS_SOURCE, pick[0])
        if pick[1]:
            session.put(session.FOCUS_TERM, pick[1])
    session.put(LAST_PICK, pick)


def verdict_badge(verdict: str) -> str:
    sym, background, color, words = VERDICT_STYLE[verdict]
    return (
        f'<span class="mt-verdict" style="background:{background};color:{color};font-weight:600;'
        f'padding:2px 10px;border-radius:10px;white-space:nowrap">{html.escape(f"{sym} {words}")}</span>'
    )


def _finding_label(finding: Finding) -> str:
    extra = short_params(finding.term, finding.params)
    sym = status_badges.symbol(finding.status)
    return f"{sym} {term_of(finding.term).label}" + (f" · {extra}" if extra else "")


def _buttons(title: str, findings: Sequence[Finding], column: Column, focus: str, key: str) -> None:
    if not findings:
        return
    st.markdown(f"**{title}** · click one to read its sentence")
    with st.container(horizontal=True, gap="small"):
        for f in findings:
            st.button(
                _finding_label(f),
                key=f"{key}.{f.term}",
                help=f"`{f.term}`: {term_of(f.term).definition}",
                type="primary" if f.term == focus else "secondary",
                on_click=session.set_focus,
                args=(f.term, column.source),
            )


def show_findings(column: Column, verdict: Verdict, focus: str, key: str) -> None:
    """The verdict of the panel's column, why, and its blockers and obligations as buttons."""
    st.html(
        f'<div class="mt-verdict-head"><b>{html.escape(column.label)}</b> for your use: '
        f"{verdict_badge(verdict.verdict)}"
        f'<div style="font-size:0.85rem;opacity:.8;margin-top:4px">{html.escape(verdict.reason)}</div></div>'
    )
    _buttons("Blockers", verdict.blockers, column, focus, f"{key}.blocker")
    _buttons("Obligations", verdict.obligations, column, focus, f"{key}.obligation")
