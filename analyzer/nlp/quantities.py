"""Quantities ("700 million monthly active users" -> 700000000), URLs and jurisdictions."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp.segment import folded_of, text_of
from analyzer.textnorm import currency_code

SCALE = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "m": 10**6,
    "mm": 10**6,
    "billion": 10**9,
    "b": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "t": 10**12,
}
NUMBER = re.compile(
    r"(?P<cur>US\s?\$|USD\s?|\$|€|EUR\s?|£|GBP\s?|RMB\s?|CNY\s?|¥|₽|RUB\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mm|[kKmMbBtT])\b)?"
    r"(?:\s*(?P<cur2>(?:US\s)?dollars|USD|euros?|EUR|RMB|CNY|RUB|rubles?|roubles?|₽))?",
)
METRICS = (
    ("monthly_active_users", re.compile(r"^\s*(?:\w+\s+){0,2}?monthly\s+active\s+users", re.I)),
    ("daily_active_users", re.compile(r"^\s*(?:\w+\s+){0,2}?daily\s+active\s+users", re.I)),
    ("monthly_unique_users", re.compile(r"^\s*(?:\w+\s+){0,2}?monthly\s+unique\s+users", re.I)),
    ("monthly_visits", re.compile(r"^\s*(?:\w+\s+){0,2}?monthly\s+(?:unique\s+)?visit(?:s|ors)", re.I)),
    ("daily_visits", re.compile(r"^\s*(?:\w+\s+){0,2}?daily\s+(?:unique\s+)?visit(?:s|ors)", re.I)),
    ("visits", re.compile(r"^\s*(?:\w+\s+){0,3}?(?:visits|visitors|page\s+views)", re.I)),
    ("monthly_active_users", re.compile(r"^\s*MAUs?\b")),
    ("monthly_unique_users", re.compile(r"^\s*MUUs?\b")),
    ("users", re.compile(r"^\s*(?:\w+\s+){0,3}?(?:users|end[ -]users|customers)", re.I)),
    ("employees", re.compile(r"^\s*(?:total\s+)?(?:individuals|employees|people|persons)\b", re.I)),
    # a scale counted in what the software runs on ("limited to 100,000 devices")
    ("devices", re.compile(r"^\s*(?:\w+\s+){0,2}?(?:devices|installations|endpoints|nodes|servers)\b", re.I)),
    ("seats", re.compile(r"^\s*(?:\w+\s+){0,2}?(?:seats|named\s+users|licensed\s+users)\b", re.I)),
)
UNITS = {
    "monthly_visits": "visits",
    "daily_visits": "visits",
    "visits": "visits",
    "employees": "individuals",
    "devices": "devices",
    "seats": "seats",
}
# "100.000 devices", "1.000.000 users": dots that group thousands (a count is never a fraction)
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# a restatement of the number in words between it and its unit: "100.000 (one hundred thousand) devices"
WORDS_RESTATED = re.compile(r"^\s*\([^()]{1,40}\)")
METRIC_HINTS = (
    "user",
    "device",
    "seat",
    "installation",
    "individuals",
    "employees",
    "visit",
    "page view",
    "mau",
    "muu",
    "revenue",
    "turnover",
    "$",
    "usd",
    "eur",
    "€",
    "£",
    "gbp",
    "rmb",
    "cny",
    "¥",
    "rub",
    "₽",
    "dollar",
)
# "(~$200K USD)", "(approx. EUR 1M)": an amount restated in another currency beside the one
# that counts; the restatement is never the threshold.
RESTATED = re.compile(r"\(\s*(?:~|≈|approx\.?|approximately|about|around|roughly|circa|ca\.)\s*$", re.I)
# The leading character class lets the regex engine skip ahead to an h or a w (3x faster than
# an alternation of two case-insensitive words, with the same matches).
SCHEME_URL = re.compile(r"""[hHwW](?:(?<=[hH])[tT][tT][pP][sS]?://|(?<=[wW])[wW][wW]\.)[^\s<>"'“”)\]]+""")
# A bare domain counts only when a path follows its top-level domain ("ai.google.dev/gemma/...").
TLD_PATH = re.compile(r"""\.(?:com|ai|dev|org|net|io|ae|co|cn)/[^\s<>"'“”)\]]*""", re.IGNORECASE)
DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every URL, with or without a scheme, kept as written."""
    spans = [(m.start(), m.end()) for m in SCHEME_URL.finditer(text)]
    for m in TLD_PATH.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in DOMAIN_CHARS:
            start -= 1
        if start < m.start() and text[start].isalnum() and not any(s <= start < e for s, e in spans):
            spans.append((start, m.end()))
    return sorted(spans)


JURISDICTION = re.compile(
    r"\blaws\s+of\s+(?:the\s+)?(?P<place>(?:State\s+of\s+|Commonwealth\s+of\s+|Republic\s+of\s+|"
    r"People['’]?s\s+Republic\s+of\s+|Federal\s+Republic\s+of\s+|Kingdom\s+of\s+)?"
    r"[A-Z][A-Za-z]+(?:\s+(?:and\s+)?[A-Z][A-Za-z]+){0,3})",
)
JURISDICTION_TRIM = re.compile(r"\s+(?:and|without|excluding|Without|Excluding|The|This|In)$")


# Words that make an amount of money a revenue ("generates more than 50,000 USD within a year").
REVENUE_WORDS = re.compile(
    r"revenue|turnover|income|sales|\bearn(?:s|ed|ing)?\b|\bgenerat(?:e|es|ed|ing)\b", re.I
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: int
    unit: str
    metric: str


def parse_quantity(text: str, start: int = 0) -> Quantity | None:
    """The first quantity in ``text`` with its metric, offsets relative to ``start``."""
    for m in NUMBER.finditer(text):
        num = m.group("num")
        value = float(num.replace(",", "") if num.count(".") < 2 else num.replace(".", ""))
        scale = (m.group("scale") or "").lower()
        if scale in ("m", "b", "t", "k") and not (m.group("cur") or m.group("cur2")):
            tail = text[m.end() : m.end() + 30].lower()
            if "user" not in tail:
                continue
        value *= SCALE.get(scale, 1)
        if not math.isfinite(value):
            continue  # hundreds of digits overflow a float: not an amount anyone wrote
        currency = m.group("cur") or m.group("cur2")
        rest = text[m.end() : m.end() + 80]
        if currency and RESTATED.search(text, max(0, m.start() - 20), m.start()):
            continue
        if not currency:
            rest = WORDS_RESTATED.sub("", rest)
            if not scale and DOTTED_THOUSANDS.fullmatch(m.group("num")):
                value = float(m.group("num").replace(".", ""))
        if currency:
            unit = (
                "USD"
                if "$" in currency or "us" in currency.lower() or "dollar" in currency.lower()
                else currency.strip().upper()
            )
            unit = currency_code(unit)
            metric = (
                "annual_revenue"
                if REVENUE_WORDS.search(text)
                else "funding"
                if re.search(r"\bfunding\b|\braised\b", text, re.I)
                else "amount"
            )
            return Quantity(start + m.start(), start + m.end(), int(value), unit, metric)
        for metric, pattern in METRICS:
            if pattern.match(rest):
                return Quantity(
                    start + m.start(),
                    start + m.end(),
                    int(value),
                    UNITS.get(metric, "users"),
                    metric,
                )
    return None


MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def find_urls(text: str) -> list[str]:
    """URLs as written, less Markdown's backslash escapes (a URL never holds a backslash)."""
    return [MARKDOWN_ESCAPE.sub(r"\1", text[s:e].rstrip(".,;:")) for s, e in url_spans(text)]


def find_jurisdiction(text: str) -> str | None:
    m = JURISDICTION.search(text)
    if not m:
        return None
    place = " ".join(m.group("place").split())
    while JURISDICTION_TRIM.search(place):
        place = JURISDICTION_TRIM.sub("", place)
    for prefix in ("State of ", "Commonwealth of "):
        if place.startswith(prefix):
            place = place[len(prefix) :]
    return place


@Language.factory(
    "license_quantities",
    # How far before and after a metric word ("users", "revenue", "$") a number is looked for.
    default_config={"chars_before": 60, "chars_after": 40},
    assigns=["doc._.quantities"],
)
def create_quantities(nlp: Language, name: str, chars_before: int, chars_after: int) -> LicenseQuantities:
    return LicenseQuantities(chars_before, chars_after)


class LicenseQuantities:
    """Records every quantity with a known metric (users, revenue) in ``doc._.quantities``."""

    def __init__(self, chars_before: int = 60, chars_after: int = 40):
        self.chars_before, self.chars_after = chars_before, chars_after

    def __call__(self, doc: Doc) -> Doc:
        found: dict[int, Quantity] = {}
        text = text_of(doc)
        # Only numbers near a metric or a currency can be thresholds; look there alone.
        folded = folded_of(doc)
        for hint in METRIC_HINTS:
            at = folded.find(hint)
            while at >= 0:
                lo = max(0, at - self.chars_before)
                window = text[lo : at + self.chars_after]
                pos = 0
                while (q := parse_quantity(window[pos:], lo + pos)) is not None:
                    found.setdefault(q.start, q)
                    pos = q.end - lo
                at = folded.find(hint, at + len(hint))
        doc._.quantities = [found[k] for k in sorted(found)]
        return doc
