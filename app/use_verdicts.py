"""The dashboard's "Your use": verdicts of `modelterms check` per column, the terms a use touches,
and the condition a conditional cell depends on (no Streamlit)."""

from __future__ import annotations

from collections.abc import Iterable

from analyzer.check import Use, Verdict, check
from analyzer.export import short_params
from analyzer.facets import FacetTable, facet_table
from analyzer.model import LicenseProfile
from analyzer.taxonomy import TERM_IDS, term

# verdict -> (symbol, background, text color, words); color is never the only signal.
VERDICT_STYLE: dict[str, tuple[str, str, str, str]] = {
    "allowed": ("✓", "#cdeed6", "#0b4a1f", "allowed"),
    "allowed_if": ("◐", "#ffe8a8", "#5c4000", "allowed if"),
    "needs_permission": ("⚑", "#ffd6b0", "#6b2e00", "needs permission"),
    "not_allowed": ("✕", "#f9c9cd", "#6b0d16", "not allowed"),
    "unclear": ("?", "#eceef1", "#3c4249", "unclear"),
}


def verdict_label(verdict: Verdict) -> str:
    """ "◐ allowed if · 4 obligations", "✕ not allowed · commercial_use"."""
    sym, _, _, words = VERDICT_STYLE[verdict.verdict]
    if verdict.blockers:
        extra = ", ".join(f.term for f in verdict.blockers[:2])
    elif verdict.verdict == "allowed_if":
        n = len(verdict.obligations)
        extra = f"{n} obligation{'s' * (n != 1)}"
    else:
        extra = ""
    return f"{sym} {words}" + (f" · {extra}" if extra else "")


def verdict_css(cell_text: str) -> str:
    for sym, background, color, words in VERDICT_STYLE.values():
        if str(cell_text).startswith(f"{sym} {words}"):
            return f"background-color: {background}; color: {color}; font-weight: 600"
    return ""


def verdicts(profiles: Iterable[LicenseProfile], use: Use) -> list[Verdict]:
    return [check(p, use) for p in profiles]


def use_terms(use: Use, table: FacetTable | None = None) -> list[str]:
    """The terms this use touches, in taxonomy order: the permissions it needs, the conditions
    that decide them, and the obligations it triggers."""
    table = table or facet_table()
    needs, groups, obliged = table.touched(use.facets())
    touched = {*needs, *(t for g in groups for t in g), *obliged}
    touched |= {table.conditional[t][0] for t in needs if t in table.conditional}
    return [t for t in TERM_IDS if t in touched]


def condition_note(profile: LicenseProfile, term_id: str, table: FacetTable | None = None) -> str:
    """For a conditional permission whose condition is another term, that condition in short:
    commercial_use "conditional" in Llama 2 gets "> 700M MAU" from user_threshold."""
    table = table or facet_table()
    result = profile.terms[term_id]
    if result.status != "conditional" or term_id not in table.conditional:
        return ""
    condition = profile.terms[table.conditional[term_id][0]]
    if condition.status == "silent":
        return ""
    return short_params(condition.term, condition.params) or f"if {term(condition.term).label.lower()}"


def describe(use: Use) -> str:
    """The use in words, for captions: "commercial, 800,000,000 users, modified"."""
    parts = [
        "commercial" if use.commercial else "",
        f"{use.users:,} users" if use.users is not None else "",
        f"revenue {use.revenue[1]} {use.revenue[0]:,}" if use.revenue else "",
        "modified" if use.modify else "",
        "distributed" if use.distribute else "",
        "hosted as a service" if use.host else "",
        "training other models" if use.train_other_models else "",
        f"in {use.region}" if use.region else "",
    ]
    return ", ".join(p for p in parts if p) or "any use (no facet chosen)"
