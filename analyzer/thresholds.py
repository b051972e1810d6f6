"""The params of a scale threshold (user_threshold): metric, operator, value, unit, consequence."""

from __future__ import annotations

import re
from typing import Any

from analyzer.nlp.quantities import parse_quantity

# A user metric named before its number ("the daily active users of your service exceed 1 million").
METRIC_FIRST = re.compile(
    r"\b(?P<metric>monthly active users|daily active users|monthly users|active users|MAUs?|"
    r"(?<=number of )(?:end[ -]users|users|customers|subscribers))\b[^.;]{0,60}?"
    r"\b(?:exceeds?|over|above|more than|greater than)\s+"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|billion)?\b",
    re.IGNORECASE,
)
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def _metric_first(clause: str) -> dict[str, Any]:
    m = METRIC_FIRST.search(clause)
    if not m:
        return {}
    value = float(m.group("num").replace(",", "")) * SCALES.get((m.group("scale") or "").lower(), 1)
    name = m.group("metric").lower()
    metric = "daily_active_users" if name.startswith("daily") else "monthly_active_users"
    if not name.startswith(("monthly", "daily", "mau")):
        metric = "users"
    return {"metric": metric, "operator": ">", "value": int(value), "unit": "users"}


def _consequence(clause: str) -> str:
    m = re.search(r"\b(?:must|shall|will need to|are required to|need to)\s+([^.;:]{3,120})", clause, re.I)
    return re.split(r",\s*(?:which|and)\b", " ".join(m.group(1).split()))[0] if m else ""


def _after(clause: str, end: int) -> str:
    """The words after an amount, past a parenthetical restatement ("20 million RUB (~$200K
    USD) or more")."""
    return re.sub(r"^\s*\([^)]{0,40}\)", "", clause[end : end + 60]).lower()[:12]


def threshold_params(clause: str) -> dict[str, Any]:
    quantities = []
    pos = 0
    while (q := parse_quantity(clause[pos:], pos)) is not None:
        quantities.append(q)
        pos = q.end
    if not quantities:
        params = _metric_first(clause)
        if params:
            params["consequence"] = _consequence(clause)
        return params
    consequence = _consequence(clause)

    def shape(q):
        before = clause[max(0, q.start - 60) : q.start].lower()
        op = ">"
        if re.search(r"(?:less|fewer)\s+than\s*$|below\s*$|under\s*$|up\s+to\s*$", before):
            op = "<"
        elif re.search(r"at\s+least\s*$|or\s+more", before + _after(clause, q.end)):
            op = ">="
        return {
            "metric": q.metric,
            "operator": op,
            "value": q.value,
            "unit": q.unit,
            "consequence": consequence,
        }

    users = [q for q in quantities if q.unit == "users"]
    first = users[0] if users else quantities[0]
    params = shape(first)
    others = [shape(q) for q in quantities if q is not first]
    if others:
        params["alternatives"] = others
    return params
