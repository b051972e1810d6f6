"""Chinese text -> terms: the engine's own `license_terms` component with the Chinese tables
(analyzer/rules/zh) over the Chinese pipeline (analyzer/nlp/zh.py), then the params only a
Chinese reader can read: thresholds in 亿/万 and jurisdictions named in Chinese.

The rule language, the matcher, the pre-filter and the decision are the English ones; only the
tables, the cues, the clause segmentation and these readers of quantities are Chinese.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from analyzer.model import TermResult

DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMBER = re.compile(r"(\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(千万|百万|万|亿)?")
METRICS = (
    ("月活跃用户|月活|月度活跃用户|月均活跃用户|MAU", "monthly_active_users", "users"),
    ("日活跃用户|日活|日均用户活跃量|日均活跃用户|DAU", "daily_active_users", "users"),
    ("月访问量|月访问|访问量", "monthly_visits", "visits"),
    ("年收入|营业收入|营收|收入|营业额|销售额|收益", "annual_revenue", "CNY"),
    ("活跃用户|用户数|注册用户|用户规模|用户量|用户", "monthly_active_users", "users"),
)
MULTIPLIER = {"千万": 10**7, "百万": 10**6, "万": 10**4, "亿": 10**8, None: 1}
JURISDICTION = re.compile(
    r"(中华人民共和国香港特别行政区|中华人民共和国澳门特别行政区|中国香港|中国澳门|"
    r"中华人民共和国|中国大陆|中国|香港特别行政区|香港|澳门特别行政区|澳门|新加坡|"
    r"中华民国|台湾地区|台湾|美国[\u4e00-\u9fff]{0,4}州|美国|英国|日本)"
    r"(?:[（(][^）)]{0,30}[）)])?[^。；]{0,10}?法律"
)


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


def _trigger(clause: str, m: re.Match, metric: str, unit: str, numbers: list[re.Match]):
    """(params, the number read) of one metric named in a scale clause."""
    # the number that follows the metric ("日活低于100万"), the nearest one otherwise: in
    # "设备不超5000台，或日活低于100万" the users are counted by the second number
    after = [q for q in numbers if 0 <= q.start() - m.end() <= 20]
    n = after[0] if after else min(numbers, key=lambda q: abs(q.start() - m.start()))
    value = int(round(chinese_number(n.group(1)) * MULTIPLIER[n.group(2)]))
    around = clause[max(0, min(m.start(), n.start()) - 8) : max(m.end(), n.end()) + 6]
    operator = ">"
    if re.search(r"不超过|低于|少于|以下|以内|之内|未达到|未超过|不足", around):
        operator = "<"
    elif re.search(r"达到|及以上|或以上|不少于|以上", around):
        operator = ">="
    if metric == "annual_revenue":
        unit = "USD" if re.search(r"美元|USD|\$", clause) else "CNY"
    return {"metric": metric, "operator": operator, "value": value, "unit": unit}, n


def threshold_params(clause: str) -> dict[str, Any]:
    """{metric, operator, value, unit, consequence} of a Chinese scale clause, or {}; a second
    trigger in the same clause ("月活跃用户超过1亿或年收入超过10亿元") is listed in
    ``alternatives``, each of the same shape (TERMS.md "Params")."""
    numbers = [n for n in NUMBER.finditer(clause) if n.group(2) or n.group(1)[0].isdigit()]
    triggers: list[dict[str, Any]] = []
    seen: list[tuple[int, int]] = []  # metric spans read (月活跃用户 is not read again as 用户)
    used: set[int] = set()  # numbers read
    for words, metric, unit in METRICS:
        for m in re.finditer(words, clause):
            if any(s <= m.start() < e for s, e in seen):
                continue
            seen.append((m.start(), m.end()))
            if not numbers:
                return {}
            params, n = _trigger(clause, m, metric, unit, numbers)
            if n.start() not in used:
                used.add(n.start())
                triggers.append(params)
            break
    if not triggers:
        return {}
    tail = re.search(r"(?:须|必须|应当|应|需要|需)([^。；;]{2,60})", clause[max(used) :])
    consequence = tail.group(1).strip("，, ") if tail else ""
    first, *others = ({**t, "consequence": consequence} for t in triggers)
    return {**first, "alternatives": others} if others else first


CHINESE_PARAMS = {
    "user_threshold": threshold_params,
    "governing_law": lambda clause: (
        {"jurisdiction": m.group(1)} if (m := JURISDICTION.search(clause)) else {}
    ),
}


def chinese_params(terms: dict[str, TermResult], text: str) -> dict[str, TermResult]:
    """Thresholds and jurisdictions read from the evidence clauses in Chinese (the engine's
    own readers know English quantities and place names only)."""
    from analyzer.nlp.zh import simplified

    out = dict(terms)
    text = simplified(text)  # a traditional text's quantities and places read as simplified
    for term_id, read in CHINESE_PARAMS.items():
        r = terms[term_id]
        if r.status == "silent":
            continue
        params: dict[str, Any] = {}
        for e in r.evidence:
            params = read(text[e.start : e.end])
            if params:
                break
        out[term_id] = TermResult(term_id, r.status, params, r.evidence, r.basis)
    return out


@functools.lru_cache(maxsize=16)
def _english_terms_of(key: str) -> dict[str, TermResult] | None:
    """The terms of a LicenseDB license (English), as the English pipeline reads it."""
    from analyzer.corpus import licensedb
    from analyzer.nlp.pipeline import parse, shared_nlp

    entry = licensedb().get(key)
    if entry is None or not entry.text.strip():
        return None
    return parse(shared_nlp(), entry.text)._.terms


@functools.lru_cache(maxsize=1)
def _scope_matchers():
    """The settings' model-scope statement, in-scope naming clause and its vetoes, as matchers."""
    from analyzer.match import BoundedMatcher
    from analyzer.nlp.zh import shared_zh_nlp
    from analyzer.rules import load_rules

    rules, vocab = load_rules(lang="zh"), shared_zh_nlp().vocab
    parts = (rules.model_scope, rules.incorporation_in_scope, rules.incorporation_in_scope_unless)
    return tuple(BoundedMatcher(vocab, f"scope{i}", p) if p else None for i, p in enumerate(parts))


def _license_in_scope(doc, matcher):
    """A license named without naming the model ("……的贡献，以 CC BY-NC 4.0 提供") by a text that
    says it covers the model weights ("本文件只适用于模型权重"): the key and the naming clause."""
    from analyzer.model import Evidence
    from analyzer.nlp.sections import section_at
    from analyzer.nlp.segment import clause_bounds, text_of
    from analyzer.positions import NormIndex

    scope, naming, vetoes = _scope_matchers()
    if not scope or not naming or not scope(doc):
        return None
    text, words = text_of(doc), NormIndex(doc)
    for ts, te, cs, ce in clause_bounds(doc):
        clause = doc[ts:te]
        if not naming(clause) or (vetoes and vetoes(clause)):
            continue
        for key, names in matcher.incorporated:
            if names.in_span(doc, ts, te, words):
                return key, Evidence(text[cs:ce], cs, ce, section_at(doc, cs), f"incorporates:{key}", cs)
    return None


# A model named by its checkpoint, with its parameter count ("Mengzi3-13B-Base", "Foo-7B-Chat",
# "Bar 1.8B"), released under a license named right after the verb ("Mengzi3-13B-Base依照Apache
# 2.0协议开源", "Foo-7B 的模型权重采用 MIT 许可证", "Bar-1B 采用 CC BY-NC 4.0 协议"): the model's own
# license, so it carries over as a license named for "本模型" does. A code license named beside
# the model ("Foo-7B 的代码采用 Apache 2.0"), or a license named later in the clause than right
# after the verb, is not read here.
MODEL_CHECKPOINT = (
    r"(?<![A-Za-z0-9_.-])[A-Za-z][A-Za-z0-9_.]*(?:-[A-Za-z0-9_.]+)*?[-_ ]?"  # the name
    r"\d+(?:\.\d+)?[BbMmKkTt](?![A-Za-z])"  # its parameter count (13B, 1.8B, 350M)
    r"(?:[-_][A-Za-z0-9.]+)*"  # the variant (-Base, -Chat, -Instruct)
)
MODEL_NAMED_LICENSE = re.compile(
    MODEL_CHECKPOINT
    + r"\s*(?:的)?\s*(?:模型)?\s*(?:权重|参数)?\s*(?:依照|依据|按照|遵循|采用|基于|使用|以)\s*[《\[“\"]?\s*"
    + r"(?:(?P<apache>apache(?:[\s-]*license)?[\s,-]*(?:v(?:ersion)?\s*)?2(?:\.0)?)|(?P<mit>mit)(?![a-z])"
    + r"|(?:cc|creative[\s-]*commons)[\s-]*(?P<cc>by(?:[\s-]*(?:nc|sa|nd))*)[\s-]*4\.0)",
    re.IGNORECASE,
)


# a checkpoint the text builds on ("基于 Qwen2-7B 进行微调", "在 Foo-7B 的基础上", "fine-tuned from X-7B")
BASE_NAMED = re.compile(
    r"(?:基于|基座(?:模型)?(?:为|是)?|底座(?:模型)?(?:为|是)?|微调自|based\s+on|fine-?tuned\s+from|在)\s*[《\[“\"]?\s*("
    + MODEL_CHECKPOINT
    + r")(?=\s*[》\]”\"]?\s*(?:的基础上|进行|之上|模型|,|，|。|\s|$))",
    re.IGNORECASE,
)


def _bases(text: str) -> set[str]:
    return {m.group(1).strip().lower() for m in BASE_NAMED.finditer(text)}


def _names_a_base(clause: str, bases: set[str]) -> bool:
    """The clause that names the licence names a checkpoint the text builds on (`bases`)."""
    return any(m.group(0).strip().lower() in bases for m in re.finditer(MODEL_CHECKPOINT, clause))


def _named_key(m: re.Match) -> str:
    """The LicenseDB key of the license MODEL_NAMED_LICENSE found."""
    if m.group("apache"):
        return "apache-2.0"
    if m.group("mit"):
        return "mit"
    parts = re.findall(r"nc|sa|nd", m.group("cc").lower())
    order = [p for p in ("nc", "nd", "sa") if p in parts]
    return "-".join(["cc", "by", *order, "4.0"])


def _model_named_license(doc, bases: set[str]):
    """A license named for a model checkpoint by name (MODEL_NAMED_LICENSE), not for one of the
    `bases` the text builds on: the key and the naming clause."""
    from analyzer.model import Evidence
    from analyzer.nlp.sections import section_at
    from analyzer.nlp.segment import clause_bounds, text_of

    text = text_of(doc)
    found: dict[str, Evidence] = {}
    for _ts, _te, cs, ce in clause_bounds(doc):
        for m in MODEL_NAMED_LICENSE.finditer(text, cs, ce):
            name = re.match(MODEL_CHECKPOINT, m.group(0))
            if name and name.group(0).strip().lower() in bases:
                continue  # the base model's licence, not this text's model's
            key = _named_key(m)
            found.setdefault(
                key, Evidence(text[cs:ce], cs, ce, section_at(doc, cs), f"incorporates:{key}", cs)
            )
    # one licence for the text's checkpoints; two (one size under each) leave it to the rules
    return next(iter(found.items())) if len(found) == 1 else None


def incorporate(doc, terms: dict[str, TermResult]) -> dict[str, TermResult]:
    """A Chinese text that licenses its model under a license it names ("模型权重采用 CC BY-NC
    4.0 许可", rules/zh/settings.yaml) carries that license's statuses where it is silent; the
    named license is read in English, with the naming clause as evidence. Never more permissive
    than the text: a general grant of the text does not lift the named license's withholding of
    commercial use (the limit decides, both clauses are evidence)."""
    from analyzer.incorporation import carry_over, incorporated_license
    from analyzer.nlp.segment import text_of
    from analyzer.nlp.zh import shared_zh_nlp

    matcher = shared_zh_nlp().get_pipe("license_terms").matcher
    bases = _bases(text_of(doc))
    found = (
        incorporated_license(doc, matcher)
        or _license_in_scope(doc, matcher)
        or _model_named_license(doc, bases)
    )
    if found and _names_a_base(found[1].text, bases):
        found = None  # "基于 Qwen2-7B 微调……Qwen2-7B 的模型权重采用 Apache 2.0": the base's licence
    if not found:
        return terms
    out = carry_over(terms, *found, _english_terms_of)
    theirs, mine = _english_terms_of(found[0]), out["commercial_use"]
    if theirs and theirs["commercial_use"].status == "prohibited" and mine.status == "granted":
        evidence = (found[1], *mine.evidence)
        out["commercial_use"] = TermResult("commercial_use", "prohibited", {}, evidence, "explicit")
    return out


LEAD_IN_RULE = "zh.commercial.gated_section"
UNAUTHORISED_RULES = (
    "zh.commercial.unauthorised_lead_in",
    "zh.distribute.unauthorised_lead_in",
    "zh.train.unauthorised_lead_in",
)


@functools.lru_cache(maxsize=8)
def _lead_in_matchers(rule_id: str = LEAD_IN_RULE):
    """A rule read under a heading or a lead-in, as matchers: what the heading or lead-in must
    name (its `section`), what it must not (`not_section`), the items' phrases, the vetoes."""
    from analyzer.match import BoundedMatcher
    from analyzer.nlp.zh import shared_zh_nlp
    from analyzer.rules import load_rules

    rule = next(r for r in load_rules(lang="zh").rules if r.id == rule_id)
    vocab = shared_zh_nlp().vocab
    parts = (rule.section, rule.not_section, rule.phrases, rule.unless)
    return rule, tuple(BoundedMatcher(vocab, f"{rule_id}{i}", p) if p else None for i, p in enumerate(parts))


@functools.lru_cache(maxsize=1024)
def _rule_status(rule_id: str, term: str) -> str | None:
    """The status a Chinese rule sets on a term (None for a rule that sets none)."""
    from analyzer.rules import load_rules

    rule = next((r for r in load_rules(lang="zh").rules if r.id == rule_id), None)
    return rule.terms.get(term) if rule else None


def unauthorised_bans(doc, terms: dict[str, TermResult]) -> dict[str, TermResult]:
    """Bans listed under a lead-in that names the licensor's leave ("在未获得作者另行书面授权的
    情况下：- 禁止：将模型用于商业产品……；- 禁止：……再分发") are lifted by that leave: a right withheld
    only by such items, or left silent beside them, is gated (the rules zh.*.unauthorised_lead_in,
    one per term), as "未经授权不得商用" is. Commercial use is gated only where a ban was read."""
    out = dict(terms)
    for rule_id in UNAUTHORISED_RULES:
        rule, matchers = _lead_in_matchers(rule_id)
        ((term, status),) = rule.terms.items()
        current = out[term]
        allowed = ("prohibited",) if term == "commercial_use" else ("prohibited", "silent")
        if current.status not in allowed:
            continue
        found, items = _items_under_lead_ins(doc, rule, matchers)
        # only when every clause that withholds the right is such an item (a grant beside the
        # limit, cited with it, withholds nothing)
        withholding = [e for e in current.evidence if _rule_status(e.rule, term) != "granted"]
        if found and all(any(s <= e.start < t for s, t in items) for e in withholding):
            out[term] = TermResult(term, status, {}, tuple(found), "explicit")
    return out


def _items_under_lead_ins(doc, rule, matchers):
    """The items (list entries) under a lead-in the rule's `section` names that its phrases
    match, with each such lead-in, as evidence; and the spans of every item under those lead-ins."""
    from analyzer.model import Evidence
    from analyzer.nlp.sections import section_at
    from analyzer.nlp.segment import clause_bounds, text_of
    from analyzer.nlp.zh import ITEM_START, LEAD_IN_END

    leave, _, phrases, vetoes = matchers
    text, bounds = text_of(doc), clause_bounds(doc)
    found: list = []
    items: list[tuple[int, int]] = []
    for i, (ts, te, cs, ce) in enumerate(bounds):
        if not LEAD_IN_END.search(text, cs, ce) or not leave(doc[ts:te]):
            continue
        before = len(found)
        for its, ite, ics, ice in bounds[i + 1 :]:
            if not ITEM_START.match(text, ics, ice):
                break
            items.append((ics, ice))
            item = doc[its:ite]
            if phrases(item) and not (vetoes and vetoes(item)):
                found.append(Evidence(text[ics:ice], ics, ice, section_at(doc, ics), rule.id, ics))
        if len(found) > before:
            found.append(Evidence(text[cs:ce], cs, ce, section_at(doc, cs), rule.id, cs))
    return found, items


def lead_in_gates(doc, terms: dict[str, TermResult]) -> dict[str, TermResult]:
    """A lead-in about commercial use that lists its conditions ("您可以将本模型用于商业目的，但须
    满足以下条件：（一）向我们发送邮件完成登记；……", "商业使用条件：- 提交申请；……") gates commercial
    use when one of its items is a gate: the items read as under a heading about commercial
    use (the rule zh.commercial.gated_section), since they do not repeat the word."""
    from analyzer.model import Evidence
    from analyzer.nlp.sections import section_at
    from analyzer.nlp.segment import clause_bounds, text_of
    from analyzer.nlp.zh import ITEM_START, LEAD_IN_END

    current = terms["commercial_use"]
    if current.status not in ("granted", "silent"):
        return terms
    rule, (names, not_names, gates, vetoes) = _lead_in_matchers()
    text, bounds = text_of(doc), clause_bounds(doc)
    for i, (ts, te, cs, ce) in enumerate(bounds):
        lead = doc[ts:te]
        if not LEAD_IN_END.search(text, cs, ce) or not names(lead) or (not_names and not_names(lead)):
            continue
        if vetoes and vetoes(lead):  # a list of banned uses ("您不得将本模型用于以下商业目的：")
            continue
        for its, ite, ics, ice in bounds[i + 1 :]:
            if not ITEM_START.match(text, ics, ice):
                break
            item = doc[its:ite]
            if gates(item) and not (vetoes and vetoes(item)):
                found = Evidence(text[ics:ice], ics, ice, section_at(doc, ics), rule.id, ics)
                lead_ev = Evidence(text[cs:ce], cs, ce, section_at(doc, cs), rule.id, cs)
                evidence = (found, lead_ev, *current.evidence)
                return {
                    **terms,
                    "commercial_use": TermResult("commercial_use", "conditional", {}, evidence, "explicit"),
                }
    return terms


# A table row read as a key and its value ("| 商业使用 | 是 |") answers the question its header
# asks. Under a header that asks whether leave, an application or a fee is needed ("| 用途 |
# 是否需要授权 |"), a yes is a gate (conditional) and a no withholds nothing: the row rules,
# written for headers that ask what is allowed ("是否允许", "Allowed"), are read that way there.
ROW_RULES = (
    "zh.commercial.label_granted",
    "zh.commercial.label_withheld",
    "zh.research.label_granted",
    "zh.research.label_withheld",
)
LEAVE_HEADER = re.compile(
    r"需要|需|须|申请|登记|备案|收费|付费|费用|\b(?:required|needed|need|apply|application|registration|fees?|paid|charge)\b",
    re.IGNORECASE,
)
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def _table_header(text: str, start: int) -> str:
    """The header row of the table whose row starts at `start`, or "" (not in a table)."""
    lines = text[:start].split("\n")[:-1]  # the lines above the row
    block = []
    for line in reversed(lines):
        if not line.strip().startswith("|"):
            break
        block.append(line)
    block.reverse()
    if len(block) >= 2 and TABLE_RULE.match(block[1]):
        return block[0]
    return ""


ROW_YES = re.compile(r"(?:\*\*)?\s*(?:是|需|须|要|yes|✅|√|✓)", re.IGNORECASE)


def _row_value(row: str) -> str:
    """The last cell of a table row ("| 学术研究 | 是 |" -> "是")."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    return cells[-1] if cells else ""


ALLOWED_HEADER = re.compile(r"是否允许|允许|可否|能否|allowed|permitted", re.IGNORECASE)


def _asks_for_leave(header: str) -> bool:
    """The table's answer column asks whether leave or a fee is needed: its last column does, and
    no column asks whether the use is allowed at all ("| 用途 | 是否允许 | 是否需要申请 |" answers
    two questions, and its "否" may be the ban)."""
    cells = [c.strip() for c in header.strip().strip("|").split("|")]
    if len(cells) < 2 or not LEAVE_HEADER.search(cells[-1]):
        return False
    return not any(ALLOWED_HEADER.search(c) for c in cells[1:-1])


def row_answers(doc, terms: dict[str, TermResult]) -> dict[str, TermResult]:
    """Table rows under a header that asks whether leave or a fee is needed (LEAVE_HEADER): a
    row that says yes gates the use, whatever rule read it; a row the row rules read as a ban
    that says no withholds nothing, and the rest of the text decides (read again with those rows
    blanked)."""
    from analyzer.nlp.segment import text_of
    from analyzer.nlp.zh import simplified

    text = text_of(doc)
    out = dict(terms)
    for term in ("commercial_use", "research_use"):
        r = out[term]
        rows = [
            e
            for e in r.evidence
            if text[e.start : e.end].lstrip().startswith("|")
            and _asks_for_leave(simplified(_table_header(text, e.start)))
        ]
        if not rows:
            continue
        if r.status == "granted":
            if any(ROW_YES.match(_row_value(text[e.start : e.end])) for e in rows):
                out[term] = TermResult(term, "conditional", {}, r.evidence, "explicit")
            continue
        bans = [e for e in rows if e.rule in ROW_RULES]
        if r.status != "prohibited" or not bans:
            continue
        if any(_rule_status(e.rule, term) == "prohibited" for e in r.evidence if e not in bans):
            continue
        blanked = text
        for e in bans:
            blanked = blanked[: e.start] + " " * (e.end - e.start) + blanked[e.end :]
        out[term] = analyze_chinese(blanked)[term]
    return out


def analyze_chinese(text: str) -> dict[str, TermResult]:
    """The 29 terms of a Chinese text (or of a text whose other parts are blanked), with
    Chinese evidence."""
    from analyzer.nlp.pipeline import parse
    from analyzer.nlp.zh import shared_zh_nlp

    doc = parse(shared_zh_nlp(), text)
    terms = row_answers(doc, lead_in_gates(doc, unauthorised_bans(doc, incorporate(doc, doc._.terms))))
    return chinese_params(terms, text)


@functools.lru_cache(maxsize=1)
def readable_terms() -> frozenset[str]:
    """The terms some Chinese rule can decide (the others are always silent in Chinese)."""
    from analyzer.rules import load_rules

    return frozenset(t for r in load_rules(lang="zh").rules for t in r.terms)
