"""A clause-level redline of two license texts, side by side and aligned by section."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable

import streamlit as st

from analyzer.compare import ClauseChange, ProfileDiff

DEL = "background:#f9c9cd;color:#6b0d16;text-decoration:line-through"
INS = "background:#cdeed6;color:#0b4a1f;text-decoration:none"


def word_diff(old: str, new: str) -> tuple[str, str]:
    """Both sides as HTML, deleted words struck through on the left, inserted ones on the right."""
    a, b = re.findall(r"\S+|\s+", old), re.findall(r"\S+|\s+", new)
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        old_part, new_part = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(f'<del style="{DEL}">{old_part}</del>')
        if new_part:
            right.append(f'<ins style="{INS}">{new_part}</ins>')
    return "".join(left), "".join(right)


def _cells(step: ClauseChange) -> tuple[str, str]:
    old = " ".join(step.old.text.split()) if step.old else ""
    new = " ".join(step.new.text.split()) if step.new else ""
    if step.kind == "changed":
        return word_diff(old, new)
    if step.kind == "removed":
        return f'<del style="{DEL}">{html.escape(old)}</del>', ""
    if step.kind == "added":
        return "", f'<ins style="{INS}">{html.escape(new)}</ins>'
    return (
        f'<span style="opacity:.55">{html.escape(old)}</span>',
        f'<span style="opacity:.55">{html.escape(new)}</span>',
    )


def _heading(step: ClauseChange, current: str | None) -> str:
    """The section a step is listed under: the new text's section; a removed clause stays under
    the heading it follows, so headings do not flip between the two texts."""
    if step.new:
        return step.new.section or "(before the first heading)"
    return current if current is not None else _old_section(step)


def _old_section(step: ClauseChange) -> str:
    return (step.old.section if step.old else "") or "(before the first heading)"


def redline_html(
    steps: Iterable[ClauseChange], old_label: str, new_label: str, show_equal: bool = False
) -> str:
    """An HTML table: a heading row per section of the new text, one row per aligned clause
    (old left, new right); runs of unchanged clauses fold into one row unless `show_equal`."""
    rows, section, folded, noted = [], None, 0, None

    def fold() -> None:
        nonlocal folded
        if folded:
            rows.append(
                f'<tr><td colspan="2" style="opacity:.6;font-style:italic">… {folded} '
                f"unchanged clause{'s' if folded > 1 else ''} …</td></tr>"
            )
            folded = 0

    for step in steps:
        if _heading(step, section) != section:
            fold()
            section = _heading(step, section)
            rows.append(
                f'<tr class="mt-sec"><td colspan="2" style="font-weight:600;'
                f'background:rgba(128,128,128,.12)">§ {html.escape(section)}</td></tr>'
            )
        if step.kind == "equal" and not show_equal:
            folded += 1
            continue
        fold()
        left, right = _cells(step)
        if step.old and _old_section(step) not in (section, noted):
            # where the old clause sat, when that is not the heading it is listed under
            noted = _old_section(step)
            note = f'<div style="font-size:0.75rem;opacity:.65">old § {html.escape(noted)}</div>'
            left = note + left
        rows.append(f'<tr class="mt-{step.kind}"><td>{left}</td><td>{right}</td></tr>')
    fold()
    head = (
        f"<tr><th style='width:50%'>{html.escape(old_label)} (old)</th>"
        f"<th style='width:50%'>{html.escape(new_label)} (new)</th></tr>"
    )
    return (
        '<div class="mt-redline" style="max-height:720px;overflow-y:auto;font-size:0.85rem">'
        '<table style="width:100%;border-collapse:collapse;table-layout:fixed">'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def show(diff: ProfileDiff, old_label: str, new_label: str, key: str) -> bool:
    """The redline with its counts; returns whether unchanged clauses are shown."""
    counts = {
        kind: sum(1 for s in diff.redline if s.kind == kind)
        for kind in ("changed", "added", "removed", "equal")
    }
    st.caption(
        f"{counts['changed']} clauses changed, {counts['added']} added, "
        f"{counts['removed']} removed, {counts['equal']} unchanged. "
        "Struck-through red: removed words; green: added words."
    )
    show_equal = st.toggle("Show unchanged clauses", key=f"{key}.equal")
    st.html(redline_html(diff.redline, old_label, new_label, show_equal))
    return show_equal
