"""Plain-text reports for the terminal: fixed-width tables, the diff and the check reports.

Widths: `width` is the terminal's when the CLI writes to one (analyzer.cli), else None or a
default; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analyzer.export import cell_label
from analyzer.model import Evidence

if TYPE_CHECKING:
    import pandas as pd


def _fit(widths: list[int], floors: list[int], budget: int, first: set[int] = frozenset()) -> list[int]:
    """Narrow columns one character at a time until a row fits in budget: the wrapping columns
    (`first`) before the others, each pool in proportion to its widths, down to their floors;
    then, if that is not enough, every column down to 3 characters."""
    natural = list(widths)
    widths = list(widths)
    passes = ((sorted(first), floors), (range(len(widths)), floors), (range(len(widths)), [3] * len(widths)))
    for pool, low in passes:
        pool = [j for j in pool if widths[j] > low[j]]
        while pool and sum(widths) > budget:
            i = max(pool, key=lambda j: (widths[j] / natural[j], widths[j]))
            widths[i] -= 1
            if widths[i] <= low[i]:
                pool.remove(i)
    return widths


def text_table(
    frame: pd.DataFrame, max_width: int = 60, width: int | None = None, wrap: Sequence[str] = ()
) -> str:
    """A plain fixed-width table (no colour codes, so it pipes and diffs cleanly).

    Cells longer than `max_width` are cut with "…". With `width` (the terminal's), columns narrow
    until a line fits; the `wrap` columns then wrap onto continuation lines instead of being cut.
    """
    import textwrap

    import pandas as pd

    cols = list(frame.columns)
    cells = [[str(c) for c in cols]] + [
        ["" if pd.isna(v) else str(v) for v in row] for row in frame.itertuples(index=False)
    ]
    wrapped = {i for i, c in enumerate(cols) if c in wrap}
    cells = [
        [c if len(c) <= max_width or i in wrapped else c[: max_width - 1] + "…" for i, c in enumerate(row)]
        for row in cells
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cols))]
    if width:
        # the first column (the row's name) keeps its width; another keeps its header (or 6
        # characters); a wrapped one its longest word (or 10)
        longest = [
            max((len(w) for row in cells for w in row[i].split()), default=0) for i in range(len(cols))
        ]
        floors = [
            w if i == 0 else min(w, max(longest[i], 10) if i in wrapped else max(len(str(c)), 6))
            for i, (w, c) in enumerate(zip(widths, cols, strict=True))
        ]
        widths = _fit(widths, floors, width - 2 * (len(cols) - 1), wrapped)

    def lines_of(row: list[str]) -> list[str]:
        parts = []
        for i, (c, w) in enumerate(zip(row, widths, strict=True)):
            if i in wrapped:
                parts.append(textwrap.wrap(c, w, break_on_hyphens=False) or [""])
            else:
                parts.append([c if len(c) <= w else c[: max(w - 1, 0)] + "…"])
        height = max(len(p) for p in parts)
        return [
            "  ".join(
                (p[k] if k < len(p) else "").ljust(w) for p, w in zip(parts, widths, strict=True)
            ).rstrip()
            for k in range(height)
        ]

    out = lines_of(cells[0]) + ["  ".join("-" * w for w in widths)]
    for row in cells[1:]:
        out += lines_of(row)
    return "\n".join(out)


def verdicts_text(verdicts: Sequence, width: int | None = None) -> str:
    """A summary table (one line per license), then each license's blockers and obligations,
    each with its definition and the sentence that decides it (wrapped to `width` when given)."""
    import pandas as pd

    from analyzer.taxonomy import definition

    summary = pd.DataFrame(
        [(v.id, v.verdict, v.reason) for v in verdicts], columns=["license", "verdict", "reason"]
    )
    lines = [text_table(summary, 100, width, wrap=("reason",))]
    for v in verdicts:
        lines += ["", *_lines(f"{v.id}  {v.name}: {v.verdict}", width, "  ")]
        lines += _lines(f"  {v.reason}", width, "    ")
        for role, findings in (("blockers", v.blockers), ("obligations", v.obligations)):
            if findings:
                lines.append(f"  {role}:")
            for f in findings:
                lines += _lines(f"    {f.term} ({cell_label(f)}): {definition(f.term)}", width, " " * 6)
                if f.evidence:
                    e = f.evidence[0]
                    quote = _around_focus(e, max(40, width - 10) if width else 100)
                    lines += _lines(
                        f'      [{e.start}:{e.end}] {e.section or "-"}: "{quote}"', width, " " * 8
                    )
    return "\n".join(lines)


def _around_focus(evidence: Evidence, width: int) -> str:
    """About `width` characters of the evidence, centred on where the deciding rule matched."""
    text = evidence.text
    at = evidence.focus - evidence.start if evidence.start <= evidence.focus < evidence.end else 0
    lo = max(0, at - width // 3)
    hi = min(len(text), lo + width)
    lo = max(0, hi - width)
    quote = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + quote + ("…" if hi < len(text) else "")


def _lines(text: str, width: int | None, indent: str) -> list[str]:
    """One line as is, or wrapped to the terminal's width with a hanging indent."""
    import textwrap

    return (
        textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False) or [text]
        if width
        else [text]
    )


def diff_text(diff, width: int | None = None) -> str:
    """A readable report: each changed term with both statuses and both deciding sentences
    (with `width`, the terminal's, lines wrap to it)."""
    lines = [f"{diff.old.id}  ->  {diff.new.id}", ""]
    if not diff.changes:
        lines.append("No term changed.")
    for c in diff.changes:
        lines.append(f"{c.term}: {cell_label(c.old)}  ->  {cell_label(c.new)}")
        for side, r in (("old", c.old), ("new", c.new)):
            if r.evidence:
                e = r.evidence[0]
                quote = _around_focus(e, max(40, width - 10) if width else 100)
                lines += _lines(
                    f'    {side} [{e.start}:{e.end}] {e.section or "-"}: "{quote}"', width, " " * 8
                )
            else:
                lines.append(f"    {side}: (the text does not address it)")
    lines.append("")
    lines.append(
        f"clauses added: {len(diff.added)}, removed: {len(diff.removed)}, "
        f"changed: {sum(1 for s in diff.redline if s.kind == 'changed')}"
    )
    return "\n".join(lines)
