"""Chinese text -> terms: the token-pattern tables of rules/zh run through spaCy's Matcher over
the Chinese pipeline, then the engine's shared decision step (extract.decide).

The rule language is the one of the English tables; only the tables, the cues, the clause
segmentation and the readers of Chinese quantities and jurisdictions are Chinese.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from analyzer.extract import PARAM_TERMS, ClauseIndex, Hit, _modality_ok, decide
from analyzer.model import TermResult
from analyzer.nlp.quantities import find_urls
from analyzer.nlp.sections import section_at
from analyzer.nlp.segment import clause_bounds, text_of
from analyzer.rules import RULES_DIR
from analyzer.rules.phrases import PhraseError, PhraseRule, build_matcher, load_tables

ZH_RULES = RULES_DIR / "zh"
TABLES = ("permissions.yaml", "conditions.yaml", "limitations.yaml")
GAP = re.compile(r"^\.\.\.(\d{0,2})$")


def phrase_regex(phrase: str) -> str:
    """A phrase as a regex over raw text, for vocabularies (section names, categories): in
    Chinese, where every character is a token, this matches exactly what the Matcher would."""
    parts = []
    for item in phrase.split():
        gap = GAP.match(item)
        if gap:
            parts.append(f"[^;；]{{0,{int(gap.group(1) or 5)}}}")
        else:
            words = [r"\s*".join(re.escape(ch) for ch in w) for w in item.split("|")]
            parts.append("(?:" + "|".join(words) + ")")
    return r"\s*".join(parts)


def vocabulary(phrases: list[str], where: str) -> re.Pattern:
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise PhraseError(f"{where}: expected a list of phrases")
    return re.compile("|".join(phrase_regex(p) for p in phrases) or r"(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class ChineseSettings:
    """The vocabularies extract.decide reads (same names as the English RuleSet's)."""

    skip_sections: re.Pattern
    restriction_sections: re.Pattern
    use_categories: tuple[tuple[str, re.Pattern], ...]
    regions: tuple[tuple[str, re.Pattern], ...] = ()


def load_settings() -> ChineseSettings:
    data = yaml.safe_load((ZH_RULES / "settings.yaml").read_text(encoding="utf-8"))
    expected = {"skip_sections", "restriction_sections", "use_categories"}
    if not isinstance(data, dict) or set(data) != expected:
        raise PhraseError(f"zh/settings.yaml: keys must be {sorted(expected)}")
    return ChineseSettings(
        skip_sections=vocabulary(data["skip_sections"], "zh/settings.yaml skip_sections"),
        restriction_sections=vocabulary(
            data["restriction_sections"], "zh/settings.yaml restriction_sections"
        ),
        use_categories=tuple(
            (label, vocabulary(p, f"zh/settings.yaml use_categories {label}"))
            for label, p in data["use_categories"].items()
        ),
    )


class ChineseEngine:
    """The Chinese rules compiled for one pipeline."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.rules = load_tables(ZH_RULES, TABLES)
        self.by_id = {r.id: r for r in self.rules}
        self.matcher, self.vetoes = build_matcher(nlp, self.rules)
        self.settings = load_settings()
        self.sections = {
            r.id: re.compile("|".join(phrase_regex(p) for p in r.section)) for r in self.rules if r.section
        }

    def hits(self, doc: Doc, index: ClauseIndex) -> list[Hit]:
        """Every (rule, clause) pair where a phrase matched and no veto, section or modality
        constraint stops it; one hit per rule and clause (its first match)."""
        clauses = clause_bounds(doc)
        token_starts = [c[0] for c in clauses]

        def clause_of(start: int, end: int) -> int:
            i = bisect.bisect_right(token_starts, start) - 1
            return i if i >= 0 and end <= clauses[i][1] else -1

        vetoed = {(key, clause_of(s, e)) for key, s, e in self.vetoes(doc)}
        seen: set[tuple[str, int]] = set()
        hits: list[Hit] = []
        for rule_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], m[2])):
            ci = clause_of(start, end)
            if ci < 0 or (rule_id, ci) in seen or (rule_id, ci) in vetoed:
                continue
            rule = self.by_id[rule_id]
            c_start, c_end = clauses[ci][2], clauses[ci][3]
            section = section_at(doc, c_start)
            if section and self.settings.skip_sections.search(section.rsplit(" / ", 1)[-1]):
                continue
            if rule.section and not self.sections[rule.id].search(section):
                continue
            if not _modality_ok(rule, index.mask[start] if start < len(index.mask) else 0):
                continue
            seen.add((rule_id, ci))
            hits.append(Hit(rule, c_start, c_end, doc[start].idx, section))
        return hits

    def analyze(self, text: str) -> dict[str, TermResult]:
        from analyzer.nlp.pipeline import parse

        doc = parse(self.nlp, text)
        index = ClauseIndex(doc)
        hits = self.hits(doc, index)
        terms = decide(doc, hits, self.settings, index)
        return chinese_params(terms, text_of(doc))


# -- params read from Chinese clauses ----------------------------------------------------------

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMBER = re.compile(r"(\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(千万|百万|万|亿)?")
METRICS = (
    ("月活跃用户|月活|月度活跃用户|月均活跃用户|MAU", "monthly_active_users", "users"),
    ("日活跃用户|日活|日均用户活跃量|日均活跃用户|DAU", "daily_active_users", "users"),
    ("月访问量|月访问|访问量", "monthly_visits", "visits"),
    ("年收入|营业收入|营收|收入|营业额|销售额", "annual_revenue", "CNY"),
    ("活跃用户|用户数|注册用户|用户规模|用户量|用户", "monthly_active_users", "users"),
)
MULTIPLIER = {"千万": 10**7, "百万": 10**6, "万": 10**4, "亿": 10**8, None: 1}


def chinese_number(digits: str) -> float:
    """1,000 / 1.5 / 一 / 十 / 五千 -> a number (units 万 and 亿 are read by the caller)."""
    if digits[0].isdigit():
        return float(digits.replace(",", "").replace("，", ""))
    total, current = 0, 0
    for ch in digits:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (current or 1) * SMALL_UNITS[ch]
            current = 0
    return total + current


def threshold_params(clause: str) -> dict[str, Any]:
    """{metric, operator, value, unit, consequence} of a Chinese scale clause, or {}."""
    for words, metric, unit in METRICS:
        m = re.search(words, clause)
        if not m:
            continue
        numbers = [n for n in NUMBER.finditer(clause) if n.group(2) or n.group(1)[0].isdigit()]
        if not numbers:
            return {}
        n = min(numbers, key=lambda q: abs(q.start() - m.start()))
        base = chinese_number(n.group(1))
        value = int(round(base * MULTIPLIER[n.group(2)]))
        around = clause[max(0, min(m.start(), n.start()) - 8) : max(m.end(), n.end()) + 6]
        operator = ">"
        if re.search(r"不超过|低于|少于|以下|以内|未达到|未超过|不足", around):
            operator = "<"
        elif re.search(r"达到|及以上|或以上|不少于|以上", around):
            operator = ">="
        tail = re.search(r"(?:须|必须|应当|应|需要|需)([^。；;]{2,60})", clause[n.end() :])
        consequence = tail.group(1).strip("，, ") if tail else ""
        if metric == "annual_revenue":
            unit = "USD" if re.search(r"美元|USD|\$", clause) else "CNY"
        return {
            "metric": metric,
            "operator": operator,
            "value": value,
            "unit": unit,
            "consequence": consequence,
        }
    return {}


REGIONS = (
    ("European Union", "欧盟|欧洲联盟"),
    ("United Kingdom", "英国"),
    ("South Korea", "韩国|大韩民国"),
    ("United States", "美国"),
    ("Japan", "日本"),
    ("Russia", "俄罗斯"),
)
JURISDICTION = re.compile(
    r"(中华人民共和国|中国大陆|中国|香港特别行政区|香港|新加坡|美国[\u4e00-\u9fff]{0,4}州|美国|英国|日本)"
    r"(?:[（(][^）)]{0,30}[）)])?[^。；]{0,10}?法律"
)


def chinese_params(terms: dict[str, TermResult], text: str) -> dict[str, TermResult]:
    """Params of the terms that have them, read from their evidence clauses in Chinese."""
    out = dict(terms)
    for term_id in PARAM_TERMS:
        r = terms[term_id]
        if r.status == "silent":
            continue
        params: dict[str, Any] = {}
        for e in r.evidence:
            clause = text[e.start : e.end]
            if term_id == "user_threshold":
                params = threshold_params(clause)
            elif term_id == "governing_law":
                m = JURISDICTION.search(clause)
                params = {"jurisdiction": m.group(1)} if m else {}
            elif term_id == "geographic_restriction":
                found = [label for label, names in REGIONS if re.search(names, clause)]
                params = {"regions": found} if found else {}
            elif term_id == "aup_compliance":
                urls = find_urls(clause)
                params = {"url": urls[0]} if urls else {}
            if params:
                break
        out[term_id] = TermResult(term_id, r.status, params, r.evidence)
    return out


@functools.lru_cache(maxsize=1)
def shared_engine() -> ChineseEngine:
    from analyzer.nlp.zh import shared_zh_nlp

    return ChineseEngine(shared_zh_nlp())


def analyze_chinese(text: str) -> dict[str, TermResult]:
    """The 29 terms of a Chinese text, with Chinese evidence."""
    return shared_engine().analyze(text)


@functools.lru_cache(maxsize=1)
def readable_terms() -> frozenset[str]:
    """The terms some Chinese rule can decide (the others are always silent in Chinese)."""
    rules: tuple[PhraseRule, ...] = load_tables(ZH_RULES, TABLES)
    return frozenset(t for r in rules for t in r.terms)
