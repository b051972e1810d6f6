"""The Chinese tables (analyzer/rules/zh): every rule fires on each of its examples, yields its
statuses there, never fires on its counter-examples, and every phrase is matched by an example;
the phrase compiler and the Chinese pipeline on short texts the tests write."""

import pytest

from analyzer.extract import find_hits
from analyzer.extract_zh import analyze_chinese, threshold_params
from analyzer.match import BoundedMatcher
from analyzer.nlp.modality import BIT, load_cues
from analyzer.nlp.pipeline import parse
from analyzer.nlp.zh import ZH_CUES, shared_zh_nlp, zh_layout
from analyzer.rules import load_rules
from analyzer.rules.phrases import parse_phrase

RULES = load_rules(lang="zh").rules
EXAMPLES = [(r, ex) for r in RULES for ex in r.examples]
COUNTERS = [(r, ex) for r in RULES for ex in r.counter_examples]


def _fired(text):
    nlp = shared_zh_nlp()
    doc = parse(nlp, text)
    return doc, {h.rule.id for h in find_hits(doc, nlp.get_pipe("license_terms").matcher)}


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(EXAMPLES)])
def test_rule_fires_on_each_example_with_its_statuses(rule, example):
    doc, fired = _fired(example)
    assert rule.id in fired, f"{rule.where} did not fire on {example!r}"
    for term, status in rule.terms.items():
        got = doc._.terms[term]
        if got.status != status:  # only a rule of higher priority may decide otherwise
            winners = [r for r in RULES if r.id in {e.rule for e in got.evidence}]
            assert winners and all(w.priority >= rule.priority for w in winners), (rule.id, example, term)


@pytest.mark.parametrize("rule, example", COUNTERS, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(COUNTERS)])
def test_rule_never_fires_on_its_counter_examples(rule, example):
    assert rule.id not in _fired(example)[1], f"{rule.where} fired on {example!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_phrase_has_an_example(rule):
    nlp = shared_zh_nlp()
    for phrase in rule.phrases:
        one = BoundedMatcher(nlp.vocab, "p", [phrase])
        assert any(one(nlp.make_doc(e)) for e in rule.examples), f"{rule.where}: {phrase.source!r}"


@pytest.mark.parametrize("cue", load_cues(ZH_CUES), ids=lambda c: c.id)
def test_each_chinese_cue_marks_its_example(cue):
    doc = parse(shared_zh_nlp(), cue.example)
    found = {span.label_ for span in doc._.cues}
    assert cue.id in found
    if cue.category not in ("pseudo", "terminate"):
        assert any(m & BIT[cue.category] for m in doc._.modality)


def _matches(phrase, text):
    nlp = shared_zh_nlp()
    tokenize = lambda t: [w.norm_ for w in nlp.make_doc(t) if not w.is_space]  # noqa: E731
    one = BoundedMatcher(nlp.vocab, "p", [parse_phrase(phrase, tokenize)])
    return one(nlp.make_doc(text))


@pytest.mark.parametrize(
    "phrase, text, hit",
    [
        ("商业 ...10 登记", "商业用途须向我们申请登记", True),
        # the engine bounds the whole match (words and gaps), so a gap may borrow a little
        ("商业 ...3 登记", "商业用途须在完成全部手续并经过我们的严格审查之后向我们申请登记", False),
        ("商业 ...10 登记", "商业用途；须登记", False),  # a gap never crosses a semicolon
        ("商业用途", "商业\n用途", True),  # a line wrap between characters does not matter
        ("[非] 商业 目的", "非商业目的", True),
        ("[非] 商业 目的", "商业目的", True),
        ("登记|申请", "须申请", True),
        ("许可*", "Licensed", False),
        ("Qwen*", "Qwen-7B模型", True),
    ],
)
def test_phrase_syntax(phrase, text, hit):
    assert bool(_matches(phrase, text)) == hit


def test_clauses_split_on_chinese_punctuation_and_numbering():
    text = "第一条 定义\n本协议。您可以使用；但不得商用！\n一、限制\n（一）不得用于军事"
    layout = zh_layout(text)
    clauses = [text[s:e].strip() for s, e in zip(layout.starts, [*layout.starts[1:], len(text)], strict=True)]
    assert "本协议。" in clauses and "您可以使用；" in clauses and "但不得商用！" in clauses
    assert "（一）不得用于军事" in clauses
    assert [h[2] for h in layout.headings][:1] == ["第一条 定义"]


@pytest.mark.parametrize(
    "clause, value, operator, metric",
    [
        ("如果您的产品月活跃用户数超过1亿，须申请许可。", 100_000_000, ">", "monthly_active_users"),
        ("月活超过一亿的，须另行申请授权。", 100_000_000, ">", "monthly_active_users"),
        ("日活跃用户超出100万的，须另行申请。", 1_000_000, ">", "daily_active_users"),
        ("月活跃用户不超过五千万的，可以免费商用。", 50_000_000, "<", "monthly_active_users"),
        ("月活跃用户达到1.5亿的，须申请。", 150_000_000, ">=", "monthly_active_users"),
        ("日均用户活跃量（DAU）低于100万的，可申请免费商用。", 1_000_000, "<", "daily_active_users"),
        ("如果您的年收入超过1亿元人民币，须另行申请授权。", 100_000_000, ">", "annual_revenue"),
        ("年营业收入在人民币1亿元以上的，须另行申请。", 100_000_000, ">=", "annual_revenue"),
        # two scales in one clause: the users are counted by the number after their metric
        ("若部署设备不超5000台，或日活低于100万，可登记后商用。", 1_000_000, "<", "daily_active_users"),
        ("在部署设备不超过3000台且月活跃用户数超过1亿时，须申请。", 100_000_000, ">", "monthly_active_users"),
    ],
)
def test_thresholds_with_chinese_multipliers(clause, value, operator, metric):
    params = threshold_params(clause)
    assert (params["value"], params["operator"], params["metric"]) == (value, operator, metric)


def test_a_second_trigger_in_the_clause_is_an_alternative():
    params = threshold_params(
        "如果您的产品月活跃用户数超过1亿，或者年营业收入超过10亿元人民币，您须向我们申请许可。"
    )
    assert (params["metric"], params["value"]) == ("monthly_active_users", 100_000_000)
    [alt] = params["alternatives"]
    assert (alt["metric"], alt["value"], alt["unit"], alt["operator"]) == (
        "annual_revenue",
        10**9,
        "CNY",
        ">",
    )
    assert alt["consequence"] == params["consequence"] == "向我们申请许可"
    assert "alternatives" not in threshold_params("月活超过一亿的，须另行申请授权。")


GRANT = "许可方授予您非排他性的、免版税的许可，以使用、复制、修改和分发本模型。\n"


@pytest.mark.parametrize(
    "items, status",
    [
        ("（一）向我们发送邮件完成登记；\n（二）在产品中注明来源。", "conditional"),
        ("（一）遵守适用法律；\n（二）在产品中注明来源。", "granted"),
    ],
)
def test_a_lead_in_about_commercial_use_is_gated_by_its_items(items, status):
    text = GRANT + "您可以将本模型用于商业目的，但须满足以下条件：\n" + items
    result = analyze_chinese(text)["commercial_use"]
    assert result.status == status
    if status == "conditional":
        assert [e.text for e in result.evidence[:2]] == [
            "（一）向我们发送邮件完成登记；",
            "您可以将本模型用于商业目的，但须满足以下条件：",
        ]


def test_a_short_lead_in_line_and_a_non_commercial_one():
    assert (
        analyze_chinese(GRANT + "商业使用条件：\n- 通过官网提交申请；\n- 审核通过后签署协议。")[
            "commercial_use"
        ].status
        == "conditional"
    )
    nc = analyze_chinese(GRANT + "非商业使用条件：\n- 通过官网提交申请；\n- 注明来源。")
    assert nc["commercial_use"].status != "conditional"


@pytest.mark.parametrize(
    "lead, status",
    [
        ("在未获得作者另行书面授权的情况下：", "conditional"),  # the bans are lifted by the leave
        ("使用本模型时：", "prohibited"),  # a plain list of bans
    ],
)
def test_bans_under_a_lead_in_naming_the_licensors_leave_are_a_gate(lead, status):
    items = "\n- 允许：随本软件正常安装、运行、使用；\n- 禁止：将模型用于闭源或开源商业产品的核心功能。"
    result = analyze_chinese(GRANT + lead + items)["commercial_use"]
    assert result.status == status


def test_redistribution_and_training_banned_under_the_lead_in_are_gated_too():
    text = "在未获得作者书面授权的情况下：\n- 禁止：将模型提取出来，用于训练或再分发。"
    terms = analyze_chinese(text)
    assert terms["distribute"].status == "conditional"
    assert terms["train_other_models"].status == "conditional"
    plain = analyze_chinese("使用本模型时：\n- 禁止：将模型提取出来，用于训练或再分发。")
    assert plain["distribute"].status != "conditional"


def test_a_limit_elsewhere_is_not_lifted_by_a_lead_in():
    text = "本模型仅供非商业研究使用。\n在未获得作者书面授权的情况下：\n- 禁止：将模型用于商业产品。"
    assert analyze_chinese(text)["commercial_use"].status == "prohibited"


LICENSE = (
    "模型许可协议\n\n"
    "第一条 许可\n我们授予您非排他性、全球性、免版税的版权许可，以使用、复制、修改和分发本模型。\n\n"
    "第二条 商业使用\n如需将本模型用于商业用途，须向我们申请登记，获得书面授权后方可商用。\n\n"
    "第三条 法律适用\n本协议受中华人民共和国法律管辖。\n"
)


def test_a_chinese_license_gets_commercial_and_research_right_with_chinese_evidence():
    terms = analyze_chinese(LICENSE)
    assert terms["commercial_use"].status == "conditional"
    assert terms["research_use"].status == "granted"
    assert terms["governing_law"].params == {"jurisdiction": "中华人民共和国"}
    for term in ("commercial_use", "research_use"):
        e = terms[term].evidence[0]
        assert LICENSE[e.start : e.end] == e.text and "本模型" in e.text
    assert terms["commercial_use"].evidence[0].section == "第二条 商业使用"


def test_a_research_only_chinese_license_withholds_commercial_use():
    terms = analyze_chinese("我们授予您版权许可，仅用于您的非商业研究目的。")
    assert (terms["commercial_use"].status, terms["research_use"].status) == ("prohibited", "granted")


def test_a_definition_is_never_read_as_a_limit():
    text = (
        "第一条 定义\n1. “非商业用途”是指不以营利为目的的使用。\n"
        "第二条 许可\n我们授予您使用、复制和修改本模型的许可。如需将本模型用于商业用途，须向我们申请登记。"
    )
    terms = analyze_chinese(text)
    assert terms["commercial_use"].status == "conditional"
    assert all("是指" not in e.text for e in terms["commercial_use"].evidence)


@pytest.mark.parametrize(
    "clause, defined",
    [
        ("“非商业用途”是指不以营利为目的的使用。", "非商业用途"),
        ("1.1 “模型衍生品”（以下简称“衍生品”）指基于本模型的修改。", "模型衍生品"),
        ("- **源模型**：是指发布者发布的模型参数。", "源模型"),
        ("使用者：指根据本协议使用源模型的单位或个人。", "使用者"),
        ("您可以指定用途。", None),  # 指 inside a sentence defines nothing
        ("- **来源说明**：使用者须附上来源。", None),  # a labelled duty, not a definition
    ],
)
def test_chinese_definitions(clause, defined):
    from analyzer.nlp.zh import zh_definitions

    assert zh_definitions(clause, [0]).get(0) == defined


def test_a_bare_non_commercial_mention_yields_to_a_gate_elsewhere():
    gated = analyze_chinese("学术研究等非商业用途可免费使用；商业用途须通过邮件向我们申请。")
    assert gated["commercial_use"].status == "conditional"
    alone = analyze_chinese("您可以将本模型用于非商业用途。")
    assert alone["commercial_use"].status == "prohibited"


def test_grant_qualifiers_are_not_negations():
    terms = analyze_chinese(
        "我们授予您永久的、非独占的、无偿的、不可再许可、不可撤回的许可，以使用、复制、修改和分发本模型。"
    )
    assert {t: terms[t].status for t in ("modify", "distribute", "sublicense")} == {
        "modify": "granted",
        "distribute": "granted",
        "sublicense": "prohibited",
    }


def test_a_lead_in_lends_its_modality_to_its_items():
    terms = analyze_chinese("您可以：\n（一）修改本模型；\n（二）分发本模型。")
    assert (terms["modify"].status, terms["distribute"].status) == ("granted", "granted")
    # an item with a cue of its own keeps it: a duty listed under a grant is no grant
    terms = analyze_chinese(
        "我们授予您许可，但应基于以下前提条件：\n- 相同方式再许可：使用者须以相同方式授权。"
    )
    assert terms["sublicense"].status == "silent"


def test_an_inset_condition_does_not_end_a_permission():
    terms = analyze_chinese("使用者有权在不违反本协议的前提下使用经本模型推理得到的结果。")
    assert terms["output_use"].status == "granted"


def test_regions_a_license_carves_out():
    terms = analyze_chinese("本协议的许可地域不包括欧盟、英国和韩国。")
    assert terms["geographic_restriction"].params == {
        "regions": ["European Union", "United Kingdom", "South Korea"]
    }


def test_the_prefilter_never_hides_a_chinese_match():
    from analyzer.nlp.zh import build_zh_nlp

    # each rule's examples and counter-examples as one text (paragraphs), read both ways
    fast, full = shared_zh_nlp(), build_zh_nlp(prefilter=False)
    for rule in RULES:
        text = "\n\n".join((*rule.examples, *rule.counter_examples))
        assert parse(fast, text)._.terms == parse(full, text)._.terms, rule.id
