"""`modelterms check`: may I use this model for what I plan? One verdict per license.

A planned use (`Use`) is a set of facets; analyzer/rules/use_facets.yaml says which permissions
each facet needs and which conditions it triggers (analyzer/facets.py loads it). The verdict is
read from the profile's term statuses and params alone, never from the license id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from analyzer.facets import FacetTable, facet_table
from analyzer.model import Evidence, LicenseProfile, TermResult
from analyzer.textnorm import currency_code

VERDICTS = ("allowed", "allowed_if", "needs_permission", "not_allowed", "unclear")
# Which verdict wins when a use meets several blockers: a prohibition beats a gate beats silence.
SEVERITY = {"not_allowed": 4, "needs_permission": 3, "unclear": 2, "allowed_if": 1, "allowed": 0}
BLOCKING = frozenset({"not_allowed", "needs_permission"})

THRESHOLD_TERM = "user_threshold"
REGION_TERM = "geographic_restriction"


@dataclass(frozen=True)
class Use:
    """A planned use of a model, as `modelterms check` flags describe it."""

    commercial: bool = False
    users: int | None = None
    revenue: tuple[int, str] | None = None  # (amount, currency code)
    modify: bool = False
    distribute: bool = False
    host: bool = False
    train_other_models: bool = False
    region: str | None = None

    def facets(self) -> list[str]:
        """The facets this use switches on, `use` (any use at all) first."""
        on = ["use"]
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and value is not False:
                on.append(f.name)
        return on


@dataclass(frozen=True)
class Finding:
    """One term that matters for the use: an obligation to meet or a blocker, with its evidence."""

    term: str
    status: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    evidence: tuple[Evidence, ...] = ()

    @classmethod
    def of(cls, result: TermResult) -> Finding:
        return cls(result.term, result.status, result.params, result.evidence)


@dataclass(frozen=True)
class Verdict:
    source: str
    id: str
    name: str
    use: Use
    verdict: str
    obligations: tuple[Finding, ...]
    blockers: tuple[Finding, ...]
    reason: str


# --- parsing --users / --revenue --------------------------------------------------------------

_SUFFIX = {"": 1, "K": 10**3, "M": 10**6, "B": 10**9}
_AMOUNT = re.compile(
    r"^\s*(?P<cur>[A-Za-z]{3}|[$€£¥₽])?\s*(?P<num>\d[\d,_]*(?:\.\d+)?)\s*(?P<suf>[KkMmBb])?"
    r"\s*(?P<cur2>[A-Za-z]{3})?\s*$"
)


def parse_amount(text: str, money: bool) -> tuple[int, str | None]:
    """'800M' -> (800000000, None); 'USD 1M', '$1M', '1.5B EUR' -> (amount, currency).

    ValueError says what is wrong; a currency is required for money and refused for counts.
    """
    m = _AMOUNT.match(text or "")
    if not m or (m.group("cur") and m.group("cur2")):
        expected = "an amount with a currency, e.g. 'USD 1M'" if money else "a count, e.g. 800M or 1500000"
        raise ValueError(f"expected {expected} (suffixes K, M, B)")
    try:
        value = (
            Decimal(m.group("num").replace(",", "").replace("_", ""))
            * _SUFFIX[(m.group("suf") or "").upper()]
        )
    except InvalidOperation:
        raise ValueError("not a number") from None
    if value != value.to_integral_value():
        raise ValueError(f"{value} is not a whole number")
    currency = m.group("cur") or m.group("cur2")
    currency = currency_code(currency) if currency else None
    if money and not currency:
        raise ValueError("give a currency, e.g. 'USD 1M'")
    if not money and currency:
        raise ValueError("a count takes no currency")
    return int(value), currency


def parse_users(text: str) -> int:
    return parse_amount(text, money=False)[0]


def parse_revenue(text: str) -> tuple[int, str]:
    amount, currency = parse_amount(text, money=True)
    return amount, currency or ""


# --- the verdict ------------------------------------------------------------------------------


def _readable(profile: LicenseProfile) -> str | None:
    """None when the analyzer read the text (English, Chinese or both); else the name of the
    language it could not read (profile.language 'unread:<code>')."""
    from analyzer.language import LANGUAGE_NAMES

    if not profile.language.startswith("unread:"):
        return None
    code = profile.language.split(":", 1)[1]
    return LANGUAGE_NAMES.get(code, code)


@dataclass
class _Tally:
    obligations: list[Finding] = field(default_factory=list)
    blockers: list[tuple[str, Finding, str]] = field(default_factory=list)  # (verdict, finding, why)

    def oblige(self, result: TermResult) -> None:
        if all(f.term != result.term for f in self.obligations):
            self.obligations.append(Finding.of(result))

    def block(self, verdict: str, result: TermResult, why: str) -> None:
        self.blockers.append((verdict, Finding.of(result), why))


def _compare(left: int, op: str, right: int) -> bool:
    return {">": left > right, ">=": left >= right, "<": left < right, "<=": left <= right}[op]


def _threshold(result: TermResult, use: Use, table: FacetTable, tally: _Tally) -> None:
    """Compare the use with each trigger of a scale threshold (the params and their alternatives)."""
    triggers = [result.params, *result.params.get("alternatives", ())] if result.params else []
    unknown = not triggers
    for trigger in triggers:
        metric, value, op = trigger.get("metric"), trigger.get("value"), trigger.get("operator", ">")
        mine = None
        if metric in table.user_metrics:
            mine = use.users
        elif metric in table.revenue_metrics and use.revenue and use.revenue[1] == trigger.get("unit"):
            mine = use.revenue[0]
        if mine is None or not isinstance(value, int) or op not in table.operators:
            unknown = True
            continue
        when = table.operators[op]
        if _compare(mine, when, value):
            unit = f" {trigger['unit']}" if trigger.get("unit") not in (None, "", "users") else ""
            consequence = trigger.get("consequence") or "ask the licensor for a separate license"
            what = str(metric).replace("_", " ")
            why = f"{THRESHOLD_TERM}: {mine:,}{unit} {what} {when} {value:,}{unit}: {consequence}"
            tally.block("needs_permission", result, why)
            return
    if unknown:
        tally.oblige(result)


def _region(result: TermResult, use: Use, table: FacetTable, tally: _Tally) -> None:
    withheld = set(result.params.get("regions", ()))
    mine = table.regions_of(use.region) if use.region else set()
    if withheld & mine:
        tally.block(
            "not_allowed", result, f"{REGION_TERM}: rights withheld in {', '.join(sorted(withheld & mine))}"
        )
    elif not (withheld and mine):
        tally.oblige(result)  # no region given, or the text or the region cannot be told apart


def _obligation(result: TermResult, use: Use, table: FacetTable, tally: _Tally) -> None:
    if result.status == "silent":
        return
    if result.term == THRESHOLD_TERM:
        _threshold(result, use, table, tally)
    elif result.term == REGION_TERM:
        _region(result, use, table, tally)
    else:
        tally.oblige(result)


def _need(profile: LicenseProfile, term_id: str, table: FacetTable, tally: _Tally) -> str | None:
    """Judge one needed permission; returns the condition term that decides it, if any."""
    result = profile.terms[term_id]
    if result.status == "prohibited":
        tally.block("not_allowed", result, f"{term_id} is prohibited")
    elif result.status == "silent":
        implied = table.implied_by.get(term_id, {})
        if not implied or any(profile.status(t) != s for t, s in implied.items()):
            tally.block("unclear", result, f"the text does not address {term_id}")
    elif result.status == "conditional":
        condition, otherwise = table.conditional.get(term_id, (None, "allowed_if"))
        if condition and profile.status(condition) != "silent":
            return condition
        if otherwise == "allowed_if":
            tally.oblige(result)
        else:
            tally.block(otherwise, result, f"{term_id} is conditional: {otherwise.replace('_', ' ')}")
    return None


def check(profile: LicenseProfile, use: Use, table: FacetTable | None = None) -> Verdict:
    """The verdict of one license for one planned use, with the obligations and the blockers."""
    table = table or facet_table()

    def verdict(kind: str, obligations=(), blockers=(), reason: str = "") -> Verdict:
        return Verdict(
            profile.source, profile.id, profile.name, use, kind, tuple(obligations), tuple(blockers), reason
        )

    language = _readable(profile)
    if language:
        return verdict("unclear", reason=f"the text is in a language the analyzer does not read ({language})")
    if all(r.status == "silent" for r in profile.terms.values()):
        return verdict("unclear", reason="no license language found in the text")
    tally = _Tally()
    needs, groups, obliged = table.touched(use.facets())
    for group in groups:
        statuses = [profile.status(t) for t in group]
        if any(s in ("granted", "conditional") for s in statuses):
            continue
        if "prohibited" in statuses:
            t = group[statuses.index("prohibited")]
            tally.block("not_allowed", profile.terms[t], f"{t} is prohibited")
        else:
            tally.block("unclear", profile.terms[group[0]], f"the text does not address {' or '.join(group)}")
    obliged = list(obliged)
    for term_id in needs:
        condition = _need(profile, term_id, table, tally)
        if condition and condition not in obliged:
            obliged.append(condition)
    for term_id in obliged:
        _obligation(profile.terms[term_id], use, table, tally)
    obligations = tuple(tally.obligations)
    if tally.blockers:
        worst = max(tally.blockers, key=lambda b: SEVERITY[b[0]])
        ordered = sorted(tally.blockers, key=lambda b: -SEVERITY[b[0]])
        return verdict(worst[0], obligations, [b[1] for b in ordered], worst[2])
    duties = [f for f in obligations if f.term not in table.carried_by_copies]
    if duties:
        n = len(duties)
        terms = ", ".join(f.term for f in duties)
        return verdict(
            "allowed_if", obligations, (), f"allowed if you meet {n} obligation{'s' * (n != 1)}: {terms}"
        )
    why = "nothing is asked beyond what every copy carries" if obligations else "no term limits this use"
    return verdict("allowed", obligations, (), why)


def worst_exit(verdicts: list[Verdict]) -> int:
    """1 when any verdict blocks the use (not_allowed, needs_permission): a CI gate."""
    return 1 if any(v.verdict in BLOCKING for v in verdicts) else 0
