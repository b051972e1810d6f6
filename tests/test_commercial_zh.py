"""Commercial readings of Chinese clauses written for this test (no licence text is quoted): each
sentence alone, and after a general grant, gets its commercial_use status. A limit or a gate is
never lifted by the grant before it (never more permissive than the text)."""

import pytest

from analyzer.extract_zh import analyze_chinese

GRANT = "许可方授予您非排他性、全球性、不可转让、免版税的许可，以使用、复制、修改和分发本模型。\n"

CASES = [
    ("granted", "本模型支持免费商用。"),
    ("granted", "您可以将本模型用于商业或非商业目的。"),
    ("granted", "用户可以免费将本模型用于商业用途，无需另行申请。"),
    ("granted", "允许商业使用。"),
    ("granted", "本模型权重对学术研究完全开放，并允许免费商业使用。"),
    ("granted", "个人和企业均可免费商用。"),
    ("conditional", "如需将本模型用于商业用途，请发送邮件至 x@example.com 申请商业授权。"),
    ("conditional", "本模型对学术研究完全开放，商业使用需填写问卷登记后方可免费使用。"),
    ("conditional", "若您希望商用，须事先获得我们的书面授权。"),
    ("conditional", "企业用户在完成登记后即可免费商用。"),
    ("conditional", "如果您的产品或服务的月活跃用户数超过一亿，您须向我们申请单独的许可。"),
    ("conditional", "商业使用须向许可方提交申请，经审核通过后方可使用。"),
    ("conditional", "您在将本模型用于商业目的之前，应当通过电子邮件向我们进行登记。"),
    ("conditional", "商用请联系我们获取授权。"),
    ("conditional", "日均活跃用户超过100万的，应另行取得许可方的书面授权。"),
    ("conditional", "年营业收入超过1亿元人民币的企业使用本模型需获得商业许可。"),
    ("conditional", "本模型可免费商用，商用前请填写申请表。"),
    ("conditional", "商业用途：请通过官网提交商用申请，获批后可免费商用。"),
    (
        "conditional",
        "若您计划将本模型或其衍生品用于商业目的，您需要通过邮箱提交申请，审核通过后，我们将授予您商用许可。",
    ),
    ("conditional", "本模型对学术研究完全开放，若需商用，请发送邮件申请，获得授权后可免费商用。"),
    ("prohibited", "本模型仅供学术研究使用，不得用于商业目的。"),
    ("prohibited", "您仅可出于非商业研究目的使用本模型。"),
    ("prohibited", "严禁将本模型用于任何商业用途。"),
    ("prohibited", "本模型仅限于个人学习和学术研究，如需商用请另行联系我们。"),
    ("prohibited", "本协议授予的许可仅适用于非商业用途；商业用途需另行签署商业许可协议。"),
    ("prohibited", "您不得将本模型或其衍生品用于盈利目的。"),
    ("prohibited", "本模型只能用于科研和教学。"),
    ("prohibited", "仅供研究使用。"),
    ("prohibited", "禁止商用。"),
    ("prohibited", "本模型仅用于学术研究目的，任何商业使用均需获得我们的书面许可。"),
    ("prohibited", "本项目仅供学习交流，请勿用于商业用途。"),
    ("prohibited", "本模型权重仅限非商业用途使用。"),
    ("conditional", "您可以将本模型用于商业用途，前提是您已向我们完成登记。"),
    ("conditional", "商业使用前，请先填写《商用登记表》并发送至指定邮箱。"),
    ("conditional", "若您需要将本模型用于商业目的，应当事先取得许可方的书面授权。"),
    ("conditional", "如您的产品月活跃用户超过1000万，请与我们联系以获取商业许可。"),
    ("conditional", "使用者在获得商业授权后方可将本模型用于商业用途。"),
    ("conditional", "对于商业用途，您需要向我们申请并获得许可。"),
    ("conditional", "经许可方书面同意后，被许可方可将模型用于商业用途。"),
    ("conditional", "本模型的商业使用需经过我们的授权。"),
    ("conditional", "商业授权：请发送邮件至 biz@example.com。"),
    ("conditional", "任何商业使用都需要单独获得商业许可证，请联系我们。"),
    ("conditional", "在满足本协议条件的情况下，您可以申请免费的商业使用许可。"),
    ("conditional", "免费商用需要提前申请。"),
    (
        "conditional",
        "如果您或您的关联方提供的产品或服务的日活跃用户数在任意一天超过100万，您应当向我们申请许可。",
    ),
    ("conditional", "企业用户如需商用，应当通过官方渠道进行备案。"),
    ("conditional", "本模型可用于商业目的，但您需要在使用前通过官网登记您的信息。"),
    ("granted", "本模型采用Apache 2.0许可证，可自由用于商业用途。"),
    ("granted", "任何个人或组织均可将本模型用于商业用途，无需向我们申请许可。"),
    ("granted", "您可以出于任何目的（包括商业目的）使用本模型。"),
    ("granted", "本模型完全开源，允许商用。"),
    ("granted", "无论是学术研究还是商业用途，您都可以免费使用本模型。"),
    ("prohibited", "本模型仅供非商业性质的学术研究使用。"),
    ("prohibited", "本模型仅授权用于学术研究，商业用途请另行联系。"),
    ("prohibited", "未经许可，本模型仅可用于研究目的。"),
    ("prohibited", "本模型不得用于任何商业产品或服务。"),
    ("prohibited", "您不得将本模型用于收费服务或其他商业活动。"),
    ("prohibited", "本模型不可用于商业目的。"),
    ("prohibited", "本模型仅可用于个人非商业用途。"),
    ("prohibited", "该模型仅供科研人员进行学术研究，不对商业用户开放。"),
    ("prohibited", "使用者不得利用本模型从事任何以营利为目的的活动。"),
    ("prohibited", "本模型的使用范围限定为学术研究。"),
    ("prohibited", "本模型仅供学术交流使用。"),
    ("conditional", "本模型权重对学术研究完全开放。\\n如需商业使用，请通过邮件联系我们获取授权。"),
    ("prohibited", "许可方授予您许可，仅用于非商业研究目的。\\n如需商业使用，请发送邮件申请商业授权。"),
    ("conditional", "学术研究可免费使用；商业使用需登记。"),
    ("conditional", "您可以免费使用本模型进行学术研究和商业应用，商业应用需在使用前完成登记。"),
    ("prohibited", "本模型僅供學術研究使用，不得用於商業目的。"),
    ("conditional", "如需商業使用，請聯繫我們取得授權。"),
    ("granted", "您可以將本模型用於商業用途。"),
    (
        "conditional",
        "三、商业授权\\n1. 您需要填写《商业授权申请表》；\\n2. 我们将在收到申请后十个工作日内答复。",
    ),
    ("conditional", "商业使用条件：\\n1. 向我们发送邮件完成登记；\\n2. 遵守本协议。"),
    (
        "conditional",
        "如果您或您的关联方使用本模型提供的产品或服务的日均用户活跃量（DAU）超过一百万，"
        "您需要向我们申请书面授权。",
    ),
    (
        "conditional",
        "本模型对学术研究完全开放，对于商业用途，在您提交登记信息后，我们将授予您免费的商业许可。",
    ),
    ("granted", "本模型以 Apache-2.0 许可证开源，您可以自由地将其用于任何目的，包括商业目的。"),
    ("prohibited", "本模型禁止用于任何商业目的，仅限学术研究使用。"),
    ("prohibited", "模型权重遵循 CC BY-NC 4.0 许可协议。"),
    ("prohibited", "本模型权重采用知识共享署名-非商业性使用 4.0 国际许可协议进行许可。"),
    ("conditional", "您可以将本模型用于商业用途，但在使用前须通过电子邮件向我们报备。"),
    ("granted", "任何人均可免费使用本模型，包括用于商业产品。"),
    ("prohibited", "本软件仅可用于非营利性的科研和教育目的。"),
    ("prohibited", "本协议仅授予您出于学术研究目的使用本模型的权利。"),
    ("conditional", "企业如需将本模型部署于生产环境，须事先取得我们的书面许可。"),
    ("prohibited", "您不得将本模型部署于任何生产环境或商业产品中。"),
    ("prohibited", "| 项 | 值 |\\n|----|----|\\n| 许可 | CC-BY-NC-4.0 |\\n| 商业用途 | 不允许 |"),
    ("granted", "| 项 | 值 |\\n|----|----|\\n| 商业用途 | ✅ |"),
    ("prohibited", "商业用途：不允许"),
    ("granted", "商业使用：允许"),
    ("conditional", "商用：需授权"),
    ("prohibited", "是否可商用：否"),
    ("granted", "是否可商用：是"),
    ("conditional", "商业使用：需登记"),
    ("prohibited", "商业用途：禁止"),
    ("granted", "可商用：是"),
    ("prohibited", "商用：❌"),
    ("granted", "商用：✅"),
    ("granted", "您可以将本模型用于商业用途，但须在产品说明中注明使用了本模型。"),
    ("granted", "您可将本模型用于商业用途，但须遵守我们的使用政策。"),
    ("granted", "本模型可免费商用，但须遵守本协议的各项条款。"),
    ("conditional", "如果您的月活跃用户数不超过1亿，您可以免费商用；超过的，须另行申请许可。"),
    ("conditional", "年收入低于100万元的个人和小企业可免费商用，其他企业需购买商业许可。"),
    ("conditional", "若您的产品日活跃用户超过一百万，则须取得我们的书面授权。"),
    ("conditional", "本模型可免费商用，但日活跃用户超过1000万的产品须另行获得授权。"),
    ("conditional", "您在进行商业使用前，须向我们发送邮件说明使用场景，经我们确认后方可使用。"),
    ("prohibited", "您不得将本模型用于商业目的，亦不得将其提供给第三方用于商业目的。"),
    ("conditional", "商业使用须签订商业许可协议。"),
    ("prohibited", "本模型仅授权给高校和科研院所用于非营利性研究。"),
    ("granted", "本模型免费开放商用授权。"),
    ("conditional", "商用需获得授权，授权免费。"),
    ("granted", "您无需获得授权即可商用。"),
    ("granted", "本模型可商用，无需登记。"),
    ("granted", "开发者可以在遵守本协议的情况下将模型用于商业产品。"),
    ("conditional", "商业用途请遵循《某某模型商用许可协议》。"),
    ("conditional", "如需更大规模的商用，请联系我们。"),
    ("conditional", "企业用户商用前须签署授权书。"),
    ("prohibited", "本模型不得商用，亦不接受商用申请。"),
    ("conditional", "个人开发者可免费商用；企业用户商用须购买许可证。"),
    # a registration to download opens no commercial use (商业用途 inside 非商业用途; reviewer's sentence)
    ("prohibited", "您仅能基于非商业用途使用本模型，请先在魔搭社区注册并登录后下载。"),
    ("conditional", "您仅能基于非商业用途使用本模型。如计划商用，应当事先向我们登记。"),
    # a licence's own section on installing and using is no README how-to (reviewer's sentence)
    (
        "prohibited",
        "一、许可范围\\n您可以使用、复制本软件。\\n二、软件的安装和使用\\n本软件不得用于任何商业用途。",
    ),
]


def test_a_use_allowed_to_students_and_teachers_grants_no_commercial_use():
    # reviewer's sentence: a class of academic users says nothing of commercial use
    assert analyze_chinese("高校师生可使用本模型并进行二次开发。")["commercial_use"].status == "silent"


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize("want, text", CASES, ids=[f"{i}-{w}" for i, (w, _) in enumerate(CASES)])
def test_commercial_reading(want, text, before):
    assert analyze_chinese(before + text.replace("\\n", "\n"))["commercial_use"].status == want


RESEARCH = [
    "本模型对学术研究完全开放。",
    "学术研究可免费使用本模型。",
    "您可以将本模型用于学术研究。",
    "本模型权重对学术研究完全开放，商业使用需登记。",
    "本模型可免费用于科研和教学。",
    "研究人员可以免费下载本模型进行研究。",
    "欢迎学术界使用本模型开展研究工作。",
    "本模型仅供非商业研究使用。",
    "您可以出于研究目的使用、复制和修改本模型。",
    "本模型向学术研究人员免费开放。",
    "非商业用户可免费将本模型用于学术研究和个人学习。",
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize("text", RESEARCH)
def test_research_is_granted(text, before):
    assert analyze_chinese(before + text)["research_use"].status == "granted"


# After a general grant, clauses that only look like limits or gates leave commercial use
# granted: "only" inside a description of data or of one way to meet a duty, a right to charge
# for copies, and a separate licence offered only to escape the open licence's duties (dual
# licensing). Sentences written for this test.
AFTER_GRANT_STILL_GRANTED = [
    "只有在偶尔和非商业性的情况下，才允许这种交付方式。",
    "仅用于测试的样本数据无需随模型提供。",
    "您可以对每份副本收取任何费用。",
    "若您希望在不承担开源义务的情况下商用，请与我们另行签订商业许可协议。",
    "如需在闭源产品中商用而不公开源代码，可购买商业授权。",
]


@pytest.mark.parametrize("text", AFTER_GRANT_STILL_GRANTED)
def test_commercial_stays_granted_after_grant(text):
    assert analyze_chinese(GRANT + text)["commercial_use"].status == "granted"


def test_charging_for_copies_grants_commercial_use():
    terms = analyze_chinese("您可以对每份副本收取任何费用，也可以免费提供。")
    assert terms["commercial_use"].status == "granted"


@pytest.mark.parametrize("text", ["不允许转授权。", "本许可不准再许可。"])
def test_sublicensing_not_allowed(text):
    assert analyze_chinese(GRANT + text)["sublicense"].status == "prohibited"


# Gates said with other words for the commercial use (商业部署, 企业使用, 商用协议) and an
# academic-only limit said as 学术目的. Sentences written for this test.
MORE_CASES = [
    ("conditional", "商业部署须经我们同意。"),
    ("conditional", "企业使用本模型须获得我方书面许可。"),
    ("conditional", "如果您是企业用户，请在使用前签署商用协议。"),
    ("prohibited", "本模型仅授权用于学术目的。"),
    ("granted", "企业用户可免费使用本模型，无需申请授权。"),
    ("conditional", "研究以外的用途须获得我们的书面许可。"),
    ("conditional", "本模型对学术研究免费开放，商业客户请购买授权。"),
    ("conditional", "商业用户须在部署前向我们备案。"),
    ("conditional", "非商业用途免费，商业用途需购买许可。"),
    ("prohibited", "本模型不可用于生产系统。"),
    ("prohibited", "营利组织不得使用本模型。"),
    ("granted", "商业公司不得使用本模型生成违法内容。"),
    ("granted", "商业客户的个人信息须获得其本人同意后方可处理。"),
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize("want, text", MORE_CASES)
def test_more_commercial_readings(want, text, before):
    got = analyze_chinese(before + text)["commercial_use"].status
    # a sentence that grants nothing alone stays silent without the grant before it
    assert got == want or (not before and want == "granted" and got == "silent")


# A checklist with the mark before the label (written for this test).
@pytest.mark.parametrize(
    "want, text",
    [
        ("granted", "## 使用许可\n\n- ✅ 学术研究\n- ✅ 商业使用\n"),
        ("prohibited", "## 使用许可\n\n- ✅ 学术研究\n- ❌ 商业使用\n"),
    ],
)
def test_a_checklist_mark_before_the_label(want, text):
    assert analyze_chinese(text.replace("\\n", "\n"))["commercial_use"].status == want


# research_use read from sentences written for this test: research itself gated, research open
# to academia, and a commercial gate beside open research that leaves research granted.
@pytest.mark.parametrize(
    "want, text",
    [
        ("conditional", "科研用途须事先向我们登记。"),
        ("conditional", "学术使用需发邮件申请许可。"),
        ("granted", "本模型对学界免费开放。"),
        ("granted", "学术研究完全开放，商业用途须申请授权。"),
        ("granted", "学术研究以外的用途需获得我们的书面授权。"),
    ],
)
def test_research_readings(want, text):
    assert analyze_chinese(text)["research_use"].status == want


# Round 2 (issue 13): gates and limits said in other words, written for this test (no licence
# text is quoted): 商业化/营利/盈利/商业运营, 须/需/应当 + 取得/获得/征得 + 书面同意, 收费服务 with an
# agreement to sign, a long object before the ban, 可用于 as "may be used for", a purpose defined
# in a definition, user thresholds and traditional characters. (want commercial, want research)
ROUND2 = [
    ("conditional", None, "商业化使用本模型前，应当取得我们的书面同意。"),
    ("conditional", None, "若要将本模型商业化，需获得发布方的书面许可。"),
    ("conditional", None, "将本模型用于营利性产品的，须事先向我方申请授权。"),
    ("conditional", None, "如需商用，请发送邮件至 license@example.com 说明您的用途。"),
    ("conditional", None, "商用请先发邮件告知我们，获得回复后即可使用。"),
    ("conditional", None, "企业若想在收费服务中使用本模型，必须先与我们签订授权协议。"),
    ("conditional", None, "个人开发者可免费商用；月活跃用户超过五百万的产品须另行申请许可。"),
    ("conditional", None, "当您的应用月活跃用户数达到一千万时，应当向许可方申请商业授权。"),
    ("conditional", None, "产品月活跃用户不足一百万的，可以免费商用，否则须联系我们。"),
    ("conditional", None, "在完成商用登记之后，您即可将本模型用于盈利目的。"),
    ("conditional", None, "本模型允许商业化应用，但须先通过官网完成备案。"),
    ("conditional", None, "如您希望将本模型集成到商业产品中，请与我们联系以取得许可。"),
    ("conditional", None, "商業用途須事先取得我們的書面授權。"),
    ("conditional", None, "如需將本模型用於營利目的，請來信申請許可。"),
    ("conditional", "granted", "学术研究可直接使用本模型；商业用途须另行获得授权。"),
    ("prohibited", "granted", "本模型只能用于学术研究，禁止任何形式的商业化。"),
    ("prohibited", "granted", "本模型仅限于非营利的学术研究用途。"),
    ("prohibited", None, "不得将本模型或基于本模型的衍生模型用于任何盈利活动。"),
    ("prohibited", None, "严禁将本模型用于商业化运营。"),
    ("prohibited", "granted", "本模型權重僅供學術研究，不得用於商業用途。"),
    ("prohibited", None, "本模型不允許用於任何營利用途。"),
    ("prohibited", "granted", "本协议下的许可仅限于学术研究目的，商业用途不在许可范围之内。"),
    ("prohibited", None, "“许可用途”指非商业用途。您仅可将本模型用于许可用途。"),
    ("prohibited", "granted", "本模型仅供高校及科研机构的研究人员进行学术研究使用。"),
    ("prohibited", None, "本模型只可用于个人非营利性质的学习。"),
    ("granted", None, "本模型可以用于商业化产品，无需另行取得授权。"),
    ("granted", "granted", "学术研究和商业用途均可免费使用本模型，无需登记。"),
    ("granted", None, "任何企业均可将本模型免费商用。"),
    ("granted", None, "本模型可以自由商用。"),
    ("granted", None, "本模型允许用于营利目的。"),
    ("granted", None, "您可以将本模型用于盈利性产品。"),
    ("granted", None, "本模型可免費用於商業用途。"),
    ("conditional", None, "商用需要事先获得作者同意。"),
    ("conditional", None, "商业使用应当取得许可方书面授权。"),
    ("prohibited", None, "本模型只能用于非商业目的。"),
    ("conditional", None, "使用本模型进行商业化部署的，应当事先以书面形式通知许可方并取得其同意。"),
    ("conditional", None, "凡将本模型投入商业运营者，均应事先征得权利人的书面同意。"),
    ("conditional", None, "本模型开放商用，商用前需在官网填写登记表。"),
    ("conditional", None, "您如计划将本模型用于营利，须发送电子邮件向我们申请并获得许可。"),
    ("conditional", None, "如果您的产品的月活跃用户超过2亿，您必须向我们申请许可，我们可自行决定是否授予。"),
    ("conditional", None, "使用本模型的商业服务，其月活跃用户数超过一亿的，应当另行取得书面许可。"),
    ("conditional", None, "用於商業目的前，應當以電子郵件向我們登記。"),
    ("conditional", None, "月活躍用戶超過一億的產品，須另行申請授權。"),
    ("conditional", None, "希望商用的用户请发送邮件至 biz@example.com，经确认后即可免费使用。"),
    ("prohibited", None, "本模型仅可用于非商业目的，如需商业授权请另行洽谈。"),
    ("prohibited", "granted", "本模型只供学术研究之用。"),
    ("prohibited", None, "本模型禁止商业化使用。"),
    ("prohibited", None, "您不可将本模型用作任何营利用途。"),
    ("prohibited", "granted", "本模型僅限於非商業性的學術研究。"),
    ("prohibited", None, "本模型不可用於任何商業目的。"),
    ("prohibited", "granted", "使用者只能在学术研究范围内使用本模型。"),
    ("granted", None, "本模型可用于商业目的，且无需向我们付费。"),
    ("granted", "granted", "本模型对学术研究和商业使用均完全开放。"),
    ("granted", None, "您可以在商业产品中自由使用本模型。"),
    ("granted", None, "本模型允許商業使用。"),
    ("conditional", None, "学术研究免费，商业用途需付费。"),
    ("conditional", None, "商用需支付授权费用。"),
    ("conditional", "granted", "本模型可免费用于学术研究；如用于商业目的，须向我们购买商业许可。"),
    ("prohibited", "granted", "本模型仅限学术研究使用，商业使用请联系 biz@example.com 洽谈。"),
    ("conditional", None, "若贵公司拟将本模型商业化，请先与我们取得联系并获得书面授权。"),
    ("conditional", None, "用户数量超过一百万的企业，应当另行获得我们的授权。"),
    ("conditional", None, "您的产品在任一自然月内的活跃用户超过1亿时，须向我们申请许可。"),
    ("conditional", None, "商业用途：须经书面授权。"),
    ("conditional", None, "商業使用：需登記。"),
    ("prohibited", None, "商業用途：不允許"),
    ("prohibited", None, "本模型仅供非营利组织使用。"),
    ("prohibited", None, "任何营利性使用均被禁止。"),
    ("prohibited", None, "本模型不得被用于任何以营利为目的的场景。"),
    ("prohibited", "granted", "本模型的授权范围仅限于教学与科研。"),
    ("granted", None, "本模型允许任何形式的商业使用。"),
    ("granted", None, "我们允许您将本模型用于商业产品和服务。"),
    ("granted", None, "商业使用无需取得我们的许可。"),
    ("conditional", None, "在取得书面授权之前，您不得将本模型用于商业用途。"),
    ("conditional", None, "除非事先取得我们的书面同意，否则您不得商用本模型。"),
    ("conditional", None, "商业化使用前，请务必完成商用登记。"),
    ("prohibited", None, "本模型不支持商用。"),
    ("prohibited", None, "本模型暂不开放商用。"),
    ("prohibited", "granted", "本模型为研究用途发布，不得商业使用。"),
    ("conditional", None, "有意商用者，请邮件联系我们。"),
    ("conditional", None, "商业化部署需获得我们的授权许可，学术研究无需授权。"),
    ("conditional", None, "商业使用需授权，学术研究无需授权。"),
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize(
    "want, research, text", ROUND2, ids=[f"{i}-{w}" for i, (w, _, _) in enumerate(ROUND2)]
)
def test_commercial_reading_round2(want, research, text, before):
    terms = analyze_chinese(before + text)
    assert terms["commercial_use"].status == want
    if research:
        assert terms["research_use"].status == research


# Never more permissive than the text (the Chinese counterpart of NEVER_GRANTED in
# tests/test_readings.py): each of these read granted before its fix. README how-tos grant
# nothing; a licence given after a review is a gate; a purpose defined as non-commercial limits
# the grant that names it; a ban with a long object, an agreement to sign before use in a paid
# service and consent before commercial operation are not lifted by a general grant.
NEVER_GRANTED_ZH = [
    # a scale in any metric above which leave is needed (Chinese review)
    (
        "许可方授予您使用本模型的许可。\n单日调用次数超过一千万次的，须另行获得授权。",
        "commercial_use",
        {"conditional"},
    ),
    # questions and answers, 非经 gates, scope, items (Chinese review)
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n问：可以商用吗？\n答：不可以。",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\nQ：本模型能否用于盈利？\nA：不能。",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。"
        "\n问：可以商用吗？\n答：可以，但需要先发送邮件申请授权。",
        "commercial_use",
        {"conditional"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n非经我们同意，不得将本模型用于商业用途。",
        "commercial_use",
        {"conditional"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n商业用途不属于本协议的授权范围。",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。"
        "\n您不可：\n一、将本模型用于违法用途；\n二、以本模型牟取商业利益。",
        "commercial_use",
        {"prohibited"},
    ),
    # commerce as a verb or bare noun, scope limits, exclusions, a research title (Chinese review)
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n您不得利用本模型牟利。",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n本模型不得用于任何经营性活动。",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n本模型的使用以科学研究为限。",
        "commercial_use",
        {"prohibited"},
    ),
    ("许可方授予您使用、复制、修改和分发本模型的许可。\n但商业用途除外。", "commercial_use", {"prohibited"}),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n本许可排除一切商业使用。",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "# 研究用途许可协议\n\n许可方授予您使用、复制、修改和分发本模型的许可。",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "许可方授予您使用、复制、修改和分发本模型的许可。\n将本模型用于商业目的是被禁止的。",
        "commercial_use",
        {"prohibited"},
    ),
    # a sentence hard-wrapped over short lines is one sentence, not headings (written for this test)
    ("许可方授予您使用本模型的许可。\n本模型严禁用于\n商业用途。", "commercial_use", {"prohibited"}),
    ("许可方授予您使用本模型的许可。\n本模型仅限\n学术研究\n使用。", "commercial_use", {"prohibited"}),
    ("许可方授予您使用本模型的许可。\n如需商用，须\n事先取得\n书面授权。", "commercial_use", {"conditional"}),
    ("你可以使用 Python 脚本或命令行快速下载模型权重。", "commercial_use", {"silent"}),
    ("你可以使用 Python 脚本或命令行快速下载模型权重。", "private_use", {"silent"}),
    ("开发者可以使用本模型快速生成代码，提升开发效率。", "commercial_use", {"silent"}),
    ("开发者可以使用本模型快速生成代码，提升开发效率。", "research_use", {"silent"}),
    ("您可以使用以下命令下载模型权重。", "commercial_use", {"silent"}),
    ("本模型是由某大学实验室研发的代码大模型。", "research_use", {"silent"}),
    ("经审核通过后，我们将授予您一项全球的、不可转让的商业版权许可。", "commercial_use", {"conditional"}),
    ("经审核通过后，我们将授予您一项全球的、不可转让的商业版权许可。", "research_use", {"silent"}),
    ("“许可用途”指非商业用途。\n您仅可将本模型用于许可用途。", "commercial_use", {"prohibited"}),
    (GRANT + "“许可用途”指非商业用途。\n您仅可将本模型用于许可用途。", "commercial_use", {"prohibited"}),
    (GRANT + "不得将本模型或基于本模型的衍生模型用于任何盈利活动。", "commercial_use", {"prohibited"}),
    (GRANT + "企业若想在收费服务中使用本模型，必须先与我们签订授权协议。", "commercial_use", {"conditional"}),
    (GRANT + "凡将本模型投入商业运营者，均应事先征得权利人的书面同意。", "commercial_use", {"conditional"}),
    (GRANT + "本模型不可用于商业目的。", "commercial_use", {"prohibited"}),
]


@pytest.mark.parametrize(
    "text, term, allowed", NEVER_GRANTED_ZH, ids=[f"{t}:{x[-30:]}" for x, t, _ in NEVER_GRANTED_ZH]
)
def test_never_more_permissive_than_the_text_zh(text, term, allowed):
    assert analyze_chinese(text.replace("\\n", "\n"))[term].status in allowed


@pytest.mark.parametrize(
    "text",
    [
        "本模型不仅对学术研究完全开放，也支持商用。",
        "本模型不但可用于研究，也可用于教学。",
        "本模型可免费用于产品研发。",
    ],
)
def test_not_only_is_no_negation(text):
    assert analyze_chinese(text)["research_use"].status == "granted"


@pytest.mark.parametrize(
    "text",
    [
        "我们强烈警告不要将本模型用于制造或传播有害信息。",
        "我们强烈呼吁使用者不要利用本模型进行任何损害国家和社会安全的行为。",
    ],
)
def test_harm_said_as_sunhai_or_youhai_restricts_use(text):
    assert analyze_chinese(text)["use_restrictions"].status == "applies"


# Sample dialogues and technical notes of a model README grant nothing (sentences written for
# this test): money for product R&D, research funds, compatibility with a library, editing
# JSON data or a loading method.
README_NOISE = [
    ("需要投入足够的资金用于产品研发和市场推广。", "research_use"),
    ("可以考虑申请政府的科研基金。", "research_use"),
    ("本模型还可以与加速库配合使用，将模型的推理速度提升约20%。", "private_use"),
    ("本模型还可以与加速库配合使用，将模型的推理速度提升约20%。", "commercial_use"),
    ("你可以使用 Python 的内置模块来解析和修改 JSON 数据。", "modify"),
    ("开发者可以按照自己的需求修改模型的加载方式。", "modify"),
    ("超市A的月销售额为1000万元，利润率为10%；超市B的月销售额为1200万元。", "commercial_use"),
    ("超市A的月销售额为1000万元，利润率为10%；超市B的月销售额为1200万元。", "user_threshold"),
]


@pytest.mark.parametrize("text, term", README_NOISE, ids=[f"{t}:{x[:12]}" for x, t in README_NOISE])
def test_readme_noise_grants_nothing(text, term):
    assert analyze_chinese(text)[term].status == "silent"


# Round 4: research said to researchers and academia, commercial terms defined before they are
# gated, banned or granted, and traditional characters (sentences written for this test).
ROUND4 = [
    ("research_use", "granted", "科研人员可以免费使用本模型。"),
    ("research_use", "granted", "本模型面向学术界免费开放。"),
    ("research_use", "granted", "本模型可供高校师生用于教学和科研。"),
    ("research_use", "granted", "我们欢迎研究者基于本模型开展学术研究。"),
    ("research_use", "conditional", "学术研究用途亦须事先向我们申请授权。"),
    ("research_use", "granted", "本模型權重對學術研究完全開放。"),
    ("commercial_use", "conditional", "“商业用途”指以营利为目的的使用。商业用途须事先取得我们的书面授权。"),
    ("commercial_use", "prohibited", "“商业用途”指以营利为目的的使用。您不得将本模型用于商业用途。"),
    ("commercial_use", "granted", "“商业用途”指以营利为目的的使用。您可以将本模型用于商业用途。"),
    (
        "commercial_use",
        "conditional",
        "“商业用途”指以营利为目的的使用，包括将本模型集成到付费产品中。如需商业用途，请联系我们获取授权。",
    ),
    (
        "commercial_use",
        "conditional",
        "如需將本模型用於商業用途，請發送電子郵件至 biz@example.com 申請授權。",
    ),
    ("commercial_use", "conditional", "若貴公司產品月活躍用戶數超過一億，須另行取得我們的書面授權。"),
    ("commercial_use", "prohibited", "本模型僅供非營利用途。"),
    ("commercial_use", "conditional", "欢迎商用，商用前请发送邮件告知我们。"),
    ("commercial_use", "conditional", "本模型可在获得我们的许可后用于商业目的。"),
    ("commercial_use", "conditional", "仅在取得许可方书面授权的情况下，方可将本模型用于商业用途。"),
    ("commercial_use", "prohibited", "许可方仅授予您非商业性的使用许可。"),
    ("commercial_use", "conditional", "对于年营业收入超过五千万元的企业，商用须另行签订协议。"),
    # round 5: a written notice before commercial use, a commercial licence granted separately,
    # paid services (有偿服务) banned, purpose limits with 同意/允许
    ("commercial_use", "conditional", "如果您希望将本模型用于商业用途，您应当按照附件所列的方式完成登记。"),
    ("commercial_use", "conditional", "被许可人在商业使用本模型前，应当向许可人发送书面通知。"),
    ("commercial_use", "conditional", "本协议项下的商业使用授权将以书面形式另行授予。"),
    ("commercial_use", "conditional", "对于以商业目的使用本模型的，许可方另行收取许可费。"),
    ("commercial_use", "prohibited", "您同意仅将本模型用于非商业性的科学研究。"),
    ("commercial_use", "prohibited", "本模型不得用于向第三方提供有偿服务。"),
    ("commercial_use", "granted", "本模型可以免费用于商业用途，但您需要在产品中显著标注基于本模型开发。"),
    ("commercial_use", "prohibited", "許可方同意被許可方在非商業目的範圍內使用本模型。"),
    ("commercial_use", "prohibited", "本模型及其衍生品仅允许在学术研究范围内使用与传播。"),
    ("commercial_use", "conditional", "您只有在完成登记后才可将本模型用于商业用途。"),
    ("commercial_use", "conditional", "用于盈利的，须向许可方支付许可费。"),
    ("commercial_use", "conditional", "营利性机构使用本模型须取得授权。"),
    ("commercial_use", "conditional", "商业机构使用本模型须事先获得我们的许可。"),
    ("commercial_use", "prohibited", "本模型仅向个人开发者开放，且仅限于非商业用途。"),
    ("commercial_use", "conditional", "本模型可以免费商用，但需要事先在官网注册并签署商用协议。"),
    ("research_use", "granted", "您同意仅将本模型用于非商业性的科学研究。"),
    ("research_use", "granted", "本模型及其衍生品仅允许在学术研究范围内使用与传播。"),
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize(
    "term, want, text", ROUND4, ids=[f"{i}-{t}-{w}" for i, (t, w, _) in enumerate(ROUND4)]
)
def test_reading_round4(term, want, text, before):
    assert analyze_chinese(before + text)[term].status == want


# Round 6: the same readings inside numbered clauses, lists under a ban lead-in (with and without
# the licensor's leave), Markdown tables and check-mark lists; the second text after a numbered
# general grant (sentences written for this test).
GRANT_CLAUSE = (
    "1. 许可授予\n许可方授予您非排他性、全球性、不可转让、免版税的许可，以使用、复制、修改和分发本模型。\n"
)
ROUND6 = [
    (
        "commercial_use",
        "prohibited",
        "2. 使用限制\n您不得：\n（一）将本模型用于军事用途；\n（二）将本模型用于任何商业目的。",
    ),
    (
        "commercial_use",
        "conditional",
        "2. 使用限制\n未经许可方书面同意，您不得：\n（一）将本模型用于商业目的；\n（二）再分发本模型。",
    ),
    ("commercial_use", "conditional", "3. 商业授权\n被许可方如拟开展商业使用，须按照第五条的规定完成登记。"),
    (
        "commercial_use",
        "conditional",
        "第三条 商业使用\n1. 被许可方须向许可方提交商用申请；\n2. 许可方将在收到申请后予以答复。",
    ),
    ("commercial_use", "prohibited", "第二条 许可范围\n本许可仅限于非商业目的的使用。"),
    (
        "commercial_use",
        "prohibited",
        "第四条\n本协议授予的许可不包括商业使用的权利，商业使用须另行取得许可方的书面授权。",
    ),
    ("commercial_use", "prohibited", "第四条\n本协议授予的许可不包括商业使用的权利。"),
    (
        "commercial_use",
        "conditional",
        "| 使用场景 | 是否允许 |\n|---|---|\n| 学术研究 | 允许 |\n| 商业使用 | 需申请授权 |",
    ),
    (
        "commercial_use",
        "prohibited",
        "| 使用场景 | 是否允许 |\n|---|---|\n| 学术研究 | 允许 |\n| 商业使用 | 不允许 |",
    ),
    (
        "research_use",
        "granted",
        "| 使用场景 | 是否允许 |\n|---|---|\n| 学术研究 | 允许 |\n| 商业使用 | 不允许 |",
    ),
    ("commercial_use", "conditional", "- 学术研究：✅ 免费\n- 商业使用：⚠️ 需要书面授权"),
    ("commercial_use", "prohibited", "- 学术研究：✅\n- 商业使用：❌"),
]


@pytest.mark.parametrize("before", ["", GRANT_CLAUSE], ids=["alone", "after-grant"])
@pytest.mark.parametrize(
    "term, want, text", ROUND6, ids=[f"{i}-{t}-{w}" for i, (t, w, _) in enumerate(ROUND6)]
)
def test_reading_round6(term, want, text, before):
    assert analyze_chinese(before + text.replace("\\n", "\n"))[term].status == want


@pytest.mark.parametrize("text", ["您可以将本模型用于任何目的。", "本模型可用于任何合法用途。"])
def test_use_for_any_purpose_is_a_general_grant(text):
    terms = analyze_chinese(text)
    assert [terms[t].status for t in ("research_use", "commercial_use", "private_use")] == ["granted"] * 3


def test_any_purpose_but_commercial_stays_withheld():
    terms = analyze_chinese("您可以将本模型用于任何目的，但不得用于商业用途。")
    assert terms["commercial_use"].status == "prohibited"


# The round's readings in traditional characters (sentences written for this test).
TRADITIONAL_ROUND = [
    ("commercial_use", "granted", "本模型可用於商業目的。"),
    ("commercial_use", "prohibited", "本模型不可用於商業目的。"),
    ("commercial_use", "granted", "商業使用無需取得我們的許可。"),
    ("commercial_use", "prohibited", "任何營利性使用均被禁止。"),
    ("commercial_use", "prohibited", "您不得：\n（一）將本模型用於任何商業目的。"),
    ("research_use", "granted", "本模型面向學術界免費開放。"),
    ("commercial_use", "prohibited", "“許可用途”指非商業用途。"),
]


@pytest.mark.parametrize("term, want, text", TRADITIONAL_ROUND, ids=[t[2][:10] for t in TRADITIONAL_ROUND])
def test_traditional_round(term, want, text):
    assert analyze_chinese(text)[term].status == want


# Experimentation and academic work are research; a use offered to non-profit users only leaves
# commercial use out (sentences written for this test).
@pytest.mark.parametrize(
    "text",
    ["研究人员可下载本模型进行实验。", "本模型可用于学术论文中的实验对比。", "本模型可供学术评测使用。"],
)
def test_experiments_are_research(text):
    assert analyze_chinese(text)["research_use"].status == "granted"


def test_describing_experiments_grants_no_research():
    assert analyze_chinese("我们在多个数据集上进行了实验。")["research_use"].status == "silent"


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
def test_use_offered_to_nonprofits_only(before):
    terms = analyze_chinese(before + "非营利的研究机构可免费使用本模型。")
    assert terms["commercial_use"].status == "prohibited" and terms["research_use"].status == "granted"


def test_use_offered_to_profit_and_nonprofit_users():
    assert analyze_chinese("营利与非营利组织均可免费使用本模型。")["commercial_use"].status == "granted"


def test_a_short_title_line_stays_a_heading():
    """The wrapped-sentence check leaves real headings alone: a title over a grant, numbered headings."""
    from analyzer.nlp.zh import zh_layout

    text = "许可范围\n您可以将本模型用于商业用途。\n第二条 限制\n您不得将本模型用于违法用途。"
    titles = [t for _, _, t in zh_layout(text).headings]
    assert titles == ["许可范围", "第二条 限制"]


# Round 7 (issue 13): adversarial probes written for this test (no licence text is quoted), read
# end to end by analyzer.reading.read_text (the language split included): grants, gates (登记/申请/
# 书面授权/邮件, 月活/日活), non-commercial limits, bans and their exceptions, FAQ answers, bilingual
# pairs, and clauses that only look like limits. (term, alone, after a general grant, text); None:
# not checked (a sentence that grants nothing alone, or a bilingual pair a grant would unbalance).
G, C, P, S = "granted", "conditional", "prohibited", "silent"
CU, RU = "commercial_use", "research_use"
ROUND7 = [
    (CU, G, G, "本模型支持免费商用，不需要申请授权。"),
    (CU, G, G, "模型权重完全开放，可免费用于商业用途，无需登记。"),
    (CU, G, G, "您可自由地将本模型用于商业及非商业目的。"),
    (CU, G, G, "本模型允许商用，商用时无需通知我们。"),
    (CU, G, G, "开发者可将本模型集成到商业产品中并对外销售。"),
    (CU, G, G, "问：本模型可以商用吗？\n答：可以，且无需申请。"),
    (CU, G, G, "Q：能否商用？\nA：可以免费商用。"),
    (CU, G, G, "本模型采用 MIT 许可证发布，允许商业使用、修改和再分发。"),
    (CU, G, G, "您可以销售基于本模型开发的产品。"),
    (CU, G, G, "我们不限制本模型的商业使用。"),
    (CU, G, G, "本模型在商业用途上不设任何限制。"),
    (CU, G, G, "商业用途：允许，无需授权"),
    (CU, G, G, "本协议允许被许可方将本模型用于商业目的，但须遵守附件中的使用限制。"),
    (CU, G, G, "本模型可免费商用，商用时请注明来源。"),
    (CU, G, G, "商用不需要申请，也无需付费。"),
    (CU, G, G, "无需申请商业授权，即可商用。"),
    (CU, G, G, "只要遵守本协议，您无需另行取得授权即可将本模型用于商业目的。"),
    (CU, G, G, "您可以将衍生模型以商业或非商业方式分发，但须附带本协议副本。"),
    (CU, G, G, "无需登记即可免费商用。"),
    (CU, C, C, "模型权重对学术研究完全开放，在填写问卷进行登记后亦允许免费商业使用。"),
    (CU, C, C, "若需将模型用于商业用途，请联系 cpm@example.com 来获取书面授权，在登记后亦允许免费商业使用。"),
    (CU, C, C, "代码以 Apache-2.0 协议开源，模型权重对学术研究完全开放，也可申请免费的商业使用授权。"),
    (CU, C, C, "模型权重对学术研究完全开放，并且支持免费商用。如需申请商业许可证，请填写申请表。"),
    (
        CU,
        C,
        C,
        "本模型支持商用。如果您要将本模型用作商业用途，请向 biz@example.com 发邮件申请，审核通过后方可商用。",
    ),
    (
        CU,
        C,
        C,
        "在符合以上条件的前提下，您需要通过联系邮箱提交申请材料。审核通过后，"
        "我们将授予您一个非排他性、全球性、不可转让、不可再许可、可撤销的商用版权许可。",
    ),
    (CU, C, C, "如果您或您的关联方的服务或产品的日均用户活跃量（DAU）低于100万，您可以免费商用。"),
    (
        CU,
        C,
        C,
        "如您的商业产品月活跃用户数超过五千万，"
        "则需另行向我们申请商业许可，我们可自行决定是否向您授予该许可。",
    ),
    (CU, C, C, "商用前请发送邮件至 x@example.com，邮件中注明公司名称与用途；我们将回复确认。"),
    (CU, C, C, "商用需签署《商业授权协议》，个人研究者无需签署。"),
    (CU, C, C, "问：可以商用吗？\n答：可以，但需填写登记表。"),
    (CU, C, C, "Q：是否支持商用？\nA：支持，请先通过邮件申请商用许可。"),
    (CU, C, C, "本模型向企业开放商用授权，申请方式见官网。"),
    (CU, C, C, "年收入超过10亿元人民币的企业，商用前须与我们签订单独协议。"),
    (CU, C, C, "本模型的商业使用以取得我们的书面授权为前提。"),
    (CU, C, C, "经我们书面授权后，您方可将本模型用于商业目的。"),
    (CU, C, C, "商用须报备。"),
    (CU, C, C, "任何商业用途均应事先向许可方提出申请，许可方同意后方可使用。"),
    (CU, C, C, "您在首次商用前，应通过官网提交企业信息进行登记，登记完成即视为获得免费商用授权。"),
    (CU, C, C, "企业商用需获得授权，个人商用免费。"),
    (CU, C, C, "对于商业用途，请遵循以下流程：\n1. 填写申请表；\n2. 等待审核。"),
    (CU, C, C, "除非您已取得我们的商业授权，否则不得将本模型用于商业目的。"),
    (CU, C, C, "未经书面授权，禁止商用。"),
    (CU, C, C, "未经我方许可不得商用。"),
    (CU, C, C, "如需商业使用本模型，请与我们联系。"),
    (CU, C, C, "商业使用前须获得许可方的明确同意。"),
    (CU, C, C, "本模型对商业使用开放，但需提前通过问卷进行登记。"),
    (CU, C, C, "商用无需付费，但需登记。"),
    (CU, C, C, "商用不需要付费，但需要申请。"),
    (CU, C, C, "我们不会向商业用户收取费用，但商业用户须先完成注册。"),
    (CU, C, C, "只需登记即可免费商用。"),
    (CU, C, C, "仅需邮件告知即可商用。"),
    (CU, C, C, "问：本模型可以商用吗？ 答：可以，但需事先发送邮件登记。"),
    (CU, C, C, "常见问题\n1. 是否可以商用？\n可以。商用前需在官网登记。"),
    (CU, C, C, "月活跃用户不超过一亿的产品可免费商用。"),
    (CU, C, C, "若您的产品日活超过一百万，须向我们申请许可；否则无需申请。"),
    (CU, C, C, "云服务提供商将本模型作为服务对外提供的，须事先取得我们的书面授权。"),
    (CU, C, C, "不得将本模型用于商业目的，但经我们书面授权的除外。"),
    (CU, C, C, "您不得将本模型用于商业用途，除非获得我们的事先书面许可。"),
    (CU, C, C, "不得将本模型用于商业目的，除非您已按照第四条完成登记。"),
    (CU, C, C, "除经登记的商业用途外，您不得将本模型用于任何营利目的。"),
    (CU, C, C, "本模型禁止商用，但经授权的合作伙伴除外。"),
    (CU, P, P, "本项目相关资源仅供学术研究之用，严禁用于商业用途。"),
    (CU, P, P, "本模型仅允许研究用途，不得用于商业或其他可能对社会带来危害的用途。"),
    (CU, P, P, "该模型遵循原始模型的非商用协议，仅可用于非商业用途。"),
    (CU, P, P, "除学术研究外，不得将本模型用于其他任何目的。"),
    (CU, P, P, "本模型及其衍生模型仅用于研究目的，不得用于商业用途及其他可能对社会带来危害的用途。"),
    (CU, P, P, "使用本模型须遵守非商业许可，任何商业用途均不被允许。"),
    (CU, P, P, "问：可以商用吗？\n答：不可以，本模型仅限学术研究。"),
    (CU, P, P, "Q：能否用于商业产品？\nA：否。"),
    (CU, P, P, "本模型不得用于任何商业场景，包括但不限于付费API、商业产品集成。"),
    (CU, P, P, "您不得出售、出租本模型或利用本模型提供付费服务。"),
    (CU, P, P, "本模型仅可用于个人学习、学术研究等非商业目的。"),
    (CU, P, P, "本模型的使用仅限于非营利性质的科研活动。"),
    (CU, P, P, "禁止将本模型用于商业目的，但学术研究不受此限。"),
    (CU, P, P, "本模型仅面向学术研究人员，企业用户不得使用。"),
    (CU, P, P, "本模型暂不支持商业用途，后续将开放商用授权。"),
    (CU, P, P, "不允许将本模型用于任何商业目的，除非用于学术研究。"),
    (CU, P, P, "本模型为非商业许可，商业授权请联系我们另行洽谈。"),
    (CU, P, P, "本模型不得用于商业目的，但您可以将其用于个人学习和学术研究。"),
    (CU, P, P, "许可仅限于非商业性研究用途；任何其他用途均须事先获得许可方的书面同意。"),
    (CU, P, P, "模型权重遵循 CC BY-NC-SA 4.0 协议，仅限非商业使用。"),
    (CU, P, P, "任何商业性质的使用均不在本许可范围内。"),
    (CU, P, P, "本许可不授予任何商业使用的权利。"),
    (CU, P, P, "本模型不对商业用途开放。"),
    (CU, P, P, "本模型只用于研究，严禁商用。"),
    (CU, P, P, "您同意不将本模型用于任何商业目的。"),
    (CU, P, P, "您承诺不会将本模型用于盈利。"),
    (CU, P, P, "禁止任何形式的商业化利用，包括但不限于出售、出租和提供付费服务。"),
    (CU, P, P, "问：是否允许商业使用？\n答：不允许。"),
    (CU, P, P, "本模型是一个研究原型，不适合也不允许用于商业部署。"),
    (CU, P, P, "本模型仅限于非商业用途，如需商用，请与我们联系获取商业许可。"),
    (CU, S, G, "您不得将本模型用于违法的商业活动。"),
    (CU, S, G, "您不得利用本模型进行不正当竞争等违反商业道德的行为。"),
    (CU, S, G, "您不得在商业宣传中使用许可方的名称或商标。"),
    (CU, S, G, "许可方不对本模型的商业适用性作任何保证。"),
    (CU, S, G, "许可方不承担因您商业使用本模型造成的任何损失。"),
    (CU, S, G, "本协议中“商业用途”是指以获取经济利益为目的使用本模型。"),
    (CU, S, G, "企业在使用本模型时应当遵守相关法律法规。"),
    (CU, S, G, "如您需要技术支持或商务合作，请联系 biz@example.com。"),
    (CU, S, G, "您在商业使用本模型时，须遵守使用政策中的限制。"),
    (RU, G, G, "科研机构和高校可免费使用本模型开展研究。"),
    (RU, G, G, "本模型可用于学术研究，但须在论文中引用我们的工作。"),
    (RU, C, C, "学术研究使用需先填写申请表，经审核后开放下载。"),
    (RU, G, G, "本模型仅供学术研究使用。"),
    (RU, G, G, "禁止将本模型用于学术研究以外的任何用途。"),
    (RU, P, P, "本模型不得用于科学研究。"),
    (RU, C, C, "研究人员需申请方可获取模型权重。"),
    (RU, S, None, "我们的研究团队开发了本模型。"),
    (RU, S, None, "本研究得到国家自然科学基金资助。"),
    (RU, S, None, "本模型在多个学术基准测试上取得了领先成绩。"),
    (RU, G, G, "问：可以用于学术研究吗？\n答：可以。"),
    (RU, G, G, "学术用途免费，无需申请。"),
    (RU, G, G, "本项目相关资源仅供学术研究之用，严禁用于商业用途。"),
    (RU, G, G, "本模型的使用仅限于非营利性质的科研活动。"),
    (RU, G, G, "模型权重对学术研究完全开放，在填写问卷进行登记后亦允许免费商业使用。"),
    (
        CU,
        C,
        None,
        "如需商用，请发送邮件申请授权。\n\nFor commercial use, please apply to us by e-mail for a license.",
    ),
    (CU, G, None, "本模型可免费商用。\n\nThe Model is free for commercial use."),
    (
        CU,
        P,
        None,
        "本模型仅供学术研究使用。"
        "\n\nThis Model is for academic research only and may not be used for commercial purposes.",
    ),
    (
        CU,
        C,
        None,
        "本模型可免费商用，商用前须向我们登记。\n\nYou may use the Model commercially free of charge.",
    ),
    (CU, C, C, "商用免费，登记即可。"),
    (CU, C, C, "使用本模型进行商业活动的，应当在使用前七日内书面告知许可方。"),
    (CU, C, C, "商业使用：填写表单后即可"),
    (CU, C, C, "本模型的商业许可需另行购买。"),
    (CU, C, C, "本模型仅对签署了商业合作协议的企业开放商用。"),
    (CU, C, C, "企业用户每年须支付授权费后方可商用。"),
    (CU, C, C, "学术研究：免费\n商业使用：付费"),
    (CU, C, C, "商业使用须遵守单独的商业许可协议。"),
    (CU, C, C, "对于超过 100 万月活跃用户的商业产品，须单独取得许可。"),
    (CU, C, C, "如果您的产品注册用户数超过一千万，您须在30日内通知我们并申请许可。"),
    (CU, G, G, "本模型可商用，但不得用于开发具有竞争关系的大模型。"),
    (CU, C, C, "免费商用须满足以下条件：产品月活不超过100万。"),
    (CU, C, C, "商用？可以！只需在官网登记。"),
    (CU, C, C, "是否需要授权才能商用？\n需要。请发送邮件至 x@example.com。"),
    (CU, G, G, "可以商用吗？\n可以，无需授权。"),
    (CU, G, G, "本模型可以商用吗？当然可以，且完全免费。"),
    (CU, C, C, "我们鼓励商业应用，但商业应用须事先报备。"),
    (CU, G, G, "欢迎企业将本模型用于生产环境。"),
    (CU, G, G, "本模型可部署于生产环境。"),
    (CU, P, P, "本模型仅用于演示目的，请勿用于生产环境。"),
    (CU, P, P, "本模型不得用于生产环境，仅可用于评估和测试。"),
    (CU, P, P, "本模型仅供评估使用。"),
    (CU, P, P, "本模型的试用版仅可用于内部评估，正式商用须购买许可。"),
    (CU, C, C, "第五条 商业使用\n您可在完成登记后将本模型用于商业用途。"),
    (CU, G, G, "第五条 商业使用\n您可将本模型用于商业用途。"),
    (CU, P, P, "第五条 商业使用\n本模型不可用于商业用途。"),
    (CU, P, P, "您不得将本模型用于商业目的，也不得将本模型用于研究以外的目的。"),
    (CU, P, P, "| 用途 Use | 是否允许 Allowed |\n|---|---|\n| 商业 Commercial | 否 No |"),
    (CU, G, G, "本模型可用于商业用途（commercial use），无需另行授权（no additional license required）。"),
    (CU, C, C, "仅限于中国大陆地区商用。"),
    (CU, C, C, "本模型可商用，但仅限于中国境内。"),
    (CU, C, C, "7B 模型可免费商用，70B 模型需申请商业授权。"),
    (CU, C, C, "本系列中较小的模型允许商用，最大的模型仅供研究。"),
    (CU, P, P, "本模型不得用于任何研究或商业目的。"),
    (RU, P, P, "本模型不得用于任何研究或商业目的。"),
    (RU, G, G, "学术研究和非商业用途可免费使用本模型。"),
    (RU, G, G, "本模型可用于教学和科研。"),
    (RU, G, G, "研究者可在遵守本协议的前提下使用本模型。"),
    (RU, C, C, "学术研究须经许可方书面同意。"),
    (RU, C, C, "学术研究需事先登记。"),
    (RU, S, None, "我们在研究中发现本模型存在偏见。"),
    (RU, S, None, "研究表明，大模型可能产生有害内容。"),
    (CU, C, C, "商用需授权，无需付费。"),
    (CU, C, C, "商业使用需登记，且无需支付费用。"),
    (CU, G, G, "商用无需授权，无需付费。"),
    # the forms of formal licence clauses: gates with a purpose of record, conditions before an
    # application, two versions of one model, bans with their scope
    (
        CU,
        C,
        C,
        "如需将本项目所含模型用于商业用途或公开部署，"
        "请签署本文件并发送至 x@example.com 取得授权，商用情况仅用于记录，不会收取任何费用。",
    ),
    (
        CU,
        C,
        C,
        "若您或您的关联方的服务或产品的日均用户活跃量低于100万，且您不是云服务提供商，"
        "在符合以上条件的前提下，您需要通过联系邮箱提交申请材料。",
    ),
    (
        CU,
        C,
        C,
        "如需将本模型或其衍生品用作商业用途，应通过联系邮箱提交授权申请材料，"
        "审核通过后，将授予您一个非排他性、可撤销的商用版权许可。",
    ),
    (CU, G, G, "本模型可以免费用于商业目的，但需遵守本许可协议。"),
    (CU, G, G, "使用本模型须遵守《某某模型许可协议》，该协议允许商业使用。"),
    (CU, C, C, "如需商用，请遵守《某某模型商用许可协议》并完成登记。"),
    (CU, P, P, "本模型基于 LLaMA 训练，使用须遵循 LLaMA 的非商业许可。"),
    (
        CU,
        C,
        C,
        "在遵守本协议的前提下，被许可方可将本模型用于商业用途，但应当在商业使用前向许可方提交登记信息。",
    ),
    (CU, C, C, "被许可方的商业使用行为以向许可方完成登记为前提。"),
    (CU, C, C, "商业使用的，被许可方应当另行与许可方签订书面协议。"),
    (CU, P, P, "本许可协议项下的许可仅为非商业性许可。"),
    (CU, C, C, "本模型的 Base 版本允许商用，Chat 版本仅供研究。"),
    (
        CU,
        P,
        P,
        "本模型及其衍生模型仅供学术研究之用，不得用于商业用途；"
        "对于因使用本模型产生的任何问题，我们不承担责任。",
    ),
    (
        CU,
        C,
        C,
        "二、商业使用\n如果您计划将本模型用于商业目的，您需要按照以下步骤操作：\n1. 填写《商用授权申请表》；"
        "\n2. 将申请表发送至 x@example.com；\n3. 在收到我们的书面授权后方可商用。",
    ),
    (CU, C, C, "本模型代码遵循 Apache-2.0 协议，模型权重对学术研究完全开放，商业使用请先通过邮件进行登记。"),
    (CU, C, C, "模型权重对学术研究完全开放，同时在提交申请并获得授权后，亦允许免费商用。"),
    (CU, C, C, "如果您希望将本模型用于商业用途，请您向我们发送邮件，我们将在审核后授予您免费的商用许可。"),
    (CU, C, C, "本模型可免费用于商业目的，但如您的产品月活跃用户超过一亿，则须向我们另行申请许可。"),
    (CU, P, P, "您理解并同意，本模型仅被许可用于非商业目的的研究。"),
    (CU, P, P, "您不得将本模型用于任何直接或间接的商业用途。"),
    (CU, P, P, "您不得出于商业目的对本模型进行再分发、出售或出租。"),
    (CU, P, P, "本模型的任何商业化使用均须被禁止。"),
    (CU, C, C, "被许可方在将本模型用于商业用途前，应当取得许可方的书面许可；未取得书面许可的，不得商用。"),
    (CU, C, C, "使用者如需将本模型用于商业目的，应事先与我们取得联系并达成书面协议。"),
    (CU, C, C, "本模型向所有开发者开放商用，但您需要在官网注册账号并同意本协议。"),
    (CU, G, G, "本模型以宽松许可发布，允许任何个人和企业免费使用、修改并商业化。"),
    (CU, G, G, "我们允许您将本模型及其衍生品用于商业目的，无需另行获得我们的许可。"),
    (CU, P, P, "本模型权重仅可用于非商业的科学研究，严禁任何形式的商业使用，包括但不限于提供付费服务。"),
    (CU, C, C, "若您是企业或组织，在使用本模型前须通过邮件向我们申请书面授权；个人开发者可直接使用。"),
    (CU, C, C, "如果您的年收入超过100万美元，则须与我们签订商业许可协议。"),
    (RU, G, G, "本模型权重对学术研究完全开放。如需商用，请联系我们。"),
    (RU, G, G, "我们鼓励学术研究人员使用本模型开展研究并发表论文。"),
    (CU, P, P, "本模型遵循 CC BY-NC 4.0 协议，不得用于商业目的。"),
    (CU, G, G, "本模型权重采用 Apache 2.0 许可证。"),
    (CU, P, P, "模型权重：仅限研究使用\n代码：Apache 2.0"),
    # clauses that only look like limits or gates, traditional characters, lists under a heading
    (CU, S, G, "如需商业合作或技术支持，请发送邮件至 x@example.com。"),
    (CU, S, G, "商业使用本模型时，您应当遵守适用的法律法规并自行承担风险。"),
    (CU, S, G, "若您将本模型用于商业用途，因此产生的任何责任由您自行承担。"),
    (CU, S, G, "本模型的训练数据仅用于学术研究。"),
    (CU, S, G, "本模型的评测结果仅供参考。"),
    (CU, S, G, "本模型仅在中文语料上训练。"),
    (CU, S, G, "本模型只支持中文和英文。"),
    (CU, S, G, "本许可仅适用于本模型的权重，不适用于训练代码。"),
    (CU, S, G, "以下仅为示例代码，仅用于演示如何加载模型。"),
    (CU, S, G, "如果您在学术论文中使用了本模型，请引用我们的论文。"),
    (CU, S, G, "商业用户可以通过我们的 API 平台获得更稳定的服务。"),
    (CU, S, G, "我们同时提供商业版本，可享受更多功能与技术支持，详情请联系销售。"),
    (CU, S, G, "企业用户请注意遵守数据安全相关法规。"),
    (CU, S, G, "商用时请注意模型可能产生的偏见。"),
    (CU, S, G, "未经许可，不得使用许可方的商标进行商业宣传。"),
    (CU, S, G, "您不得去除本模型中的版权声明，包括在商业产品中。"),
    (CU, S, G, "非商业用途与商业用途的分发，均须附带本协议。"),
    (CU, S, G, "许可方可就商业支持服务另行收费。"),
    (CU, S, G, "本模型仅提供推理代码，训练代码暂不开源。"),
    (CU, S, G, "模型输出仅代表模型本身，不代表开发者立场。"),
    (CU, S, G, "我们仅对官方发布的模型版本提供支持。"),
    (CU, S, G, "本模型的部分训练数据来自仅限研究使用的公开数据集。"),
    (CU, P, P, "本模型僅供學術研究使用，如需商業授權，請聯繫我們。"),
    (CU, C, C, "商業使用須事先登記。"),
    (CU, G, G, "本模型可免費商用，無需申請。"),
    (CU, C, C, "月活躍用戶超過一億者，須另行申請授權。"),
    (CU, C, C, "若您計劃將本模型用於商業目的，請先填寫申請表，經審核通過後即可免費商用。"),
    (CU, P, P, "本模型不得用於任何商業目的，亦不得提供給第三方用於商業目的。"),
    (
        CU,
        C,
        C,
        "二、商业许可\n1. 您在将本模型用于商业用途前，应当向我们发送邮件，"
        "说明贵司名称及使用场景；\n2. 我们确认后，您即可免费商用。",
    ),
    (CU, P, P, "三、使用限制\n您不得将本模型：\n1. 用于任何违法活动；\n2. 用于商业目的；\n3. 用于军事用途。"),
    (
        CU,
        S,
        G,
        "三、使用限制\n您不得将本模型：\n1. 用于任何违法活动；\n2. 用于生成虚假信息；\n3. 用于军事用途。",
    ),
    (
        CU,
        C,
        C,
        "本模型的使用须遵守以下规定：\n（一）学术研究：可免费使用；\n（二）商业使用：须取得书面授权。",
    ),
    (CU, P, P, "本模型的使用须遵守以下规定：\n（一）学术研究：可免费使用；\n（二）商业使用：不允许。"),
    (CU, G, G, "本模型的使用须遵守以下规定：\n（一）学术研究：可免费使用；\n（二）商业使用：可免费使用。"),
    (CU, C, C, "您可以在用户规模达到五百万之前免费商用本模型。"),
    (CU, C, C, "本模型允许商用，但是当您的注册用户数超过一千万时，须重新获得授权。"),
    (RU, G, G, "本模型僅供學術研究使用。"),
    (RU, C, C, "学术机构使用本模型前，须签署研究使用协议。"),
    # answers without 答, company use behind leave, verification before use
    (CU, P, P, "本模型是否可以商用？不可以。"),
    (CU, P, P, "是否可以商用？\n不能，本模型仅供研究。"),
    (CU, C, C, "是否可以商用？\n需要，请先申请授权。"),
    (CU, G, G, "本模型能否商用？能，且无需授权。"),
    (
        CU,
        C,
        C,
        "如您的产品或服务月活跃用户数超过一亿，您应向许可方申请许可，"
        "许可方可自行决定是否授予。在许可方明确授予前，您无权行使本协议项下的任何权利。",
    ),
    (CU, P, P, "本模型不可商用，仅可用于学术研究和个人学习。"),
    (CU, C, C, "商用须知：使用前请在官网完成企业认证。"),
    (CU, C, C, "企业或机构使用本模型，须事先取得我们的书面授权；个人用户可免费使用。"),
    (CU, P, P, "除非用于非商业目的，您不得使用本模型。"),
    (CU, P, P, "本模型的许可范围不包括任何形式的商业使用。"),
    (CU, C, C, "将本模型用于商业用途的，须事先通过官方渠道进行登记，登记免费。"),
    (CU, G, G, "本模型允许用于商业用途，您无需就此取得我们的额外授权，但须遵守本协议的使用限制。"),
    (CU, C, C, "本模型允许商用，商用前需签署《商用许可协议》，签署后免费。"),
    (CU, P, P, "本模型只能用于非营利用途，禁止任何营利性使用。"),
    (CU, C, C, "商业化使用须经书面授权，否则视为侵权。"),
    (RU, G, G, "本模型可自由用于教学、科研和个人学习。"),
    (RU, P, P, "本模型禁止用于学术研究。"),
    # headings about commercial use over a contact or a form, labels for research, CC NC by name
    (CU, C, C, "二、商业使用\n请发送邮件至 biz@example.com 与我们联系。"),
    (CU, C, C, "## 商用授权\n\n请扫描下方二维码填写信息。"),
    (CU, P, P, "## 许可\n\n本模型采用 CC BY-NC 4.0 协议发布。"),
    (CU, P, P, "模型权重使用许可：知识共享署名-非商业性使用 4.0 国际许可协议"),
    (CU, C, C, "对于商业使用，您需要：\n1. 注册账号；\n2. 提交公司信息；\n3. 等待审核通过。"),
    (CU, S, G, "对于商业使用，您需要：\n1. 在产品中注明使用了本模型；\n2. 遵守本协议。"),
    (CU, C, C, "商业用户须知\n商业用户在使用本模型前须完成实名登记。"),
    (CU, P, P, "本模型权重以非商业许可发布。"),
    (CU, P, P, "本模型仅用于非商业性质的研究和评估，禁止用于生产环境。"),
    (CU, C, C, "本模型的权重可用于商业用途，但需事先获得许可方的书面授权。"),
    (CU, C, C, "欲将本模型用于商业目的者，请与许可方签订商业授权合同。"),
    (CU, C, C, "在您的产品的日活跃用户数达到一百万之前，您可以免费商用本模型。"),
    (CU, P, P, "本模型禁止用于商业用途；违反者将承担法律责任。"),
    (CU, C, C, "本模型在获得授权后可商用；未获授权的商用行为将被视为侵权。"),
    (RU, G, G, "本模型的科研使用不受限制。"),
    (RU, G, G, "研究用途：允许"),
    (RU, P, P, "研究用途：不允许"),
    (CU, S, G, "我们可以向您出售商业版本。"),
    (CU, C, C, "许可方可以出售本模型的商业授权。"),
]


# zh9: the parts of model READMEs around their licence sections that grant, bind or disclaim
# nothing, and disclaimers said without 责任 (sentences written for this test).
AFTER_REVIEW = "如需商用，请发邮件申请；经过审批后，我们将授予您一项不可转让的商业许可。"
ZH9_README = [
    # a grant made after a review is what a gate opens: no general grant of research or private use
    ("research_use", "silent", AFTER_REVIEW),
    ("private_use", "silent", AFTER_REVIEW),
    ("commercial_use", "conditional", AFTER_REVIEW),
    # a caption and where to download from
    ("private_use", "silent", "下图展示了一个可以使用手机App离线运行本模型的示例。"),
    ("private_use", "silent", "您可以在 Hugging Face Hub 下载全部模型权重。"),
    # "it can be seen" is no permission
    ("modify", "silent", "从表中可以看出，微调后的模型在数学任务上提升明显。"),
    ("modify", "silent", "可以发现，增量训练后的模型更稳定。"),
    # a request to cite
    ("attribution", "silent", "如果本项目对您有帮助，请引用我们的论文。"),
    # a list of links to tools defines no derivative
    (
        "train_other_models",
        "silent",
        "相关工具：[知识蒸馏工具](https://example.com/a) | [模型压缩工具](https://example.com/b)",
    ),
    # a guarantee withheld from a demo sample
    ("warranty_disclaimer", "silent", "示例数据仅为了演示使用，不保证效果。"),
    ("warranty_disclaimer", "applies", "我们不保证模型输出的准确性。"),
    # the losses or consequences not borne
    ("liability_limitation", "applies", "开发者不承担任何因使用本模型导致的损失。"),
    ("liability_limitation", "applies", "我们不承担因用户传播生成内容而导致的任何后果。"),
    ("liability_limitation", "silent", "如不遵守本协议，您将承担由此导致的一切损失。"),
    # harmful content named before the ban on spreading it
    ("use_restrictions", "applies", "生成结果可能含有歧视等有害信息，切勿传播。"),
    ("use_restrictions", "silent", "生成结果可能含有错误信息，请自行核实。"),
    # a research-only limit that names what is generated reaches the outputs
    ("output_use", "conditional", "请只将本项目的模型及其生成的数据用于学术研究。"),
    ("output_use", "silent", "请只将本项目的模型用于学术研究。"),
    # a line that introduces code, sales as a noun, a model's refusal in a sample dialogue
    ("private_use", "silent", "你可以先升级推理库，再使用如下代码调用量化后的模型："),
    ("commercial_use", "silent", "从这些数据可以看到销售收入逐季上升。"),
    ("commercial_use", "silent", "由此可以比较各季度的销售收入。"),
    ("use_restrictions", "silent", "抱歉，我无法协助任何涉及暴力的请求。"),
    # tips, settings, advice and the cost of fine-tuning grant nothing
    ("private_use", "silent", "如果访问速度较慢，可以从镜像站手动下载模型文件后使用。"),
    ("private_use", "silent", "也可以使用环境变量 CACHE_DIR 指定模型权重的存放位置。"),
    ("private_use", "silent", "以下是调用接口的示例，你也可以使用自己的代码发送请求。"),
    ("modify", "silent", "借助该工具，只需一张 24GB 显存的显卡即可微调模型。"),
    ("modify", "silent", "训练脚本的参数配置可以按需自行修改。"),
    ("distribute", "silent", "在论坛里你可以和其他开发者分享心得。"),
    # a non-profit platform described, a duty to follow another licence's commercial terms
    ("commercial_use", "silent", "这是一个非营利性的开源学习社区。"),
    ("research_use", "silent", "这是一个非营利性的开源学习社区。"),
    ("commercial_use", "silent", "模型不得用于危害他人的用途，且须遵守基座模型的商业许可。"),
    ("research_use", "silent", "据科学研究，多喝水有益健康。"),
    ("research_use", "silent", "掌握科学研究方法很重要。"),
    ("distribute", "silent", "读者可以在网站上分享新闻和评论。"),
    ("private_use", "silent", "若下载时遇到网络问题，可以使用备用链接中的模型文件。"),
    # 勿 alone bans a use
    ("use_restrictions", "applies", "请大家勿将本模型用于危害他人的活动。"),
]


@pytest.mark.parametrize("term, want, text", ZH9_README, ids=[f"{t}:{x[:10]}" for t, _, x in ZH9_README])
def test_readme_parts_zh9(term, want, text):
    assert analyze_chinese(text)[term].status == want


# A model named by its checkpoint (with its parameter count) released under a licence named
# right after the verb carries that licence over; a code licence named for it, or a licence named
# beside its own model licence, does not (sentences written for this test).
CHECKPOINT_LICENSED = [
    (
        "Foo-7B-Chat依照Apache 2.0协议开源，对学术研究完全开放。",
        {"modify": "granted", "trademark_use": "prohibited"},
    ),
    ("Bar 1.8B 的模型权重采用 MIT 许可证发布。", {"distribute": "granted", "warranty_disclaimer": "applies"}),
    ("Foo-7B 的代码采用 Apache 2.0 协议开源。", {"modify": "silent", "trademark_use": "silent"}),
    (
        "本项目代码依照 Apache 2.0 协议开源，Foo-13B 模型权重的使用须遵循《Foo 模型许可协议》。",
        {"patent_grant": "silent"},
    ),
    ("Bar-1B 采用 CC BY-NC 4.0 协议发布。", {"commercial_use": "prohibited", "distribute": "granted"}),
    ("Bar-1B 基于 Llama 训练，数据采用 CC BY-NC 4.0 协议。", {"commercial_use": "silent"}),
    # two checkpoints under two licences: neither carries over to the whole text
    (
        "Foo-7B 采用 Apache 2.0 协议开源，Foo-70B 采用 CC BY-NC 4.0 协议。",
        {"commercial_use": "silent", "patent_grant": "silent"},
    ),
    # the base model's licence is not the fine-tune's
    (
        "本项目基于 Qwen2-7B 进行微调。Qwen2-7B 的模型权重采用 Apache 2.0 许可证。",
        {"commercial_use": "silent", "patent_grant": "silent"},
    ),
    # the gate of the text decides over the carried-over grant
    (
        "Foo-13B-Base依照Apache 2.0协议开源。如需商用，请填写申请表申请商业许可证。",
        {"commercial_use": "conditional", "distribute": "granted"},
    ),
]


@pytest.mark.parametrize("text, want", CHECKPOINT_LICENSED, ids=[t[:14] for t, _ in CHECKPOINT_LICENSED])
def test_licence_named_for_a_checkpoint(text, want):
    got = analyze_chinese(text)
    assert {t: got[t].status for t in want} == want


# Table rows whose key is a use and whose value says yes, no or "needs leave", in Chinese or
# glossed in English, alone and after a Chinese grant (rows written for this test).
TABLE_HEAD = "| 用途 | 是否允许 |\n|---|---|\n"
TABLE_ROWS = [
    ("commercial_use", "prohibited", "| 商业 | 否 |"),
    ("commercial_use", "prohibited", "| 商用 | ❌ |"),
    ("commercial_use", "prohibited", "| 商业 Commercial | 否 No |"),
    ("commercial_use", "granted", "| 商业使用 | 是 |"),
    ("commercial_use", "conditional", "| 商业 | 需授权 |"),
    ("commercial_use", "conditional", "| 商用 | 需要先申请 |"),
    ("research_use", "prohibited", "| 学术研究 | 不允许 |"),
    ("research_use", "prohibited", "| 研究 Research | 否 No |"),
    ("research_use", "granted", "| 研究 | 是 |"),
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize("term, want, row", TABLE_ROWS, ids=[f"{t}:{r}" for t, _, r in TABLE_ROWS])
def test_table_rows_zh(term, want, row, before):
    assert analyze_chinese(before + TABLE_HEAD + row)[term].status == want


@pytest.mark.parametrize(
    "row", ["| 商业 Commercial | No restrictions 无限制 |", "| 商业 | 无需授权 |", "| 非商业 | 否 |"]
)
def test_table_rows_that_withhold_nothing(row):
    assert analyze_chinese(TABLE_HEAD + row)["commercial_use"].status != "prohibited"


# A row answers its header's question: under "是否需要授权" / "是否收费" a yes is a gate and a no
# withholds nothing (tables written for this test).
LEAVE_TABLES = [
    ("", "| 用途 | 是否需要授权 |\n|---|---|\n| 商业使用 | 是 |", "commercial_use", "conditional"),
    ("", "| 场景 | 是否需要申请 |\n| --- | --- |\n| 学术研究 | 否 |", "research_use", "silent"),
    (GRANT, "| 场景 | 是否需要申请 |\n| --- | --- |\n| 学术研究 | 否 |", "research_use", "granted"),
    (GRANT, "| 用途 | 是否收费 |\n|---|---|\n| 商业使用 | 是 |", "commercial_use", "conditional"),
    ("", "| 场景 | 是否需要申请 |\n|---|---|\n| 学术研究 | 是 |", "research_use", "conditional"),
    (GRANT, "| 用途 | 是否需要授权 |\n|---|---|\n| 商业 | 否 |", "commercial_use", "granted"),
    # in traditional characters
    ("", "| 用途 | 是否需要申請 |\n|---|---|\n| 商業使用 | 是 |", "commercial_use", "conditional"),
    # a header that asks what is allowed keeps the plain reading
    (GRANT, "| 用途 | 是否允许 |\n|---|---|\n| 商业 | 否 |", "commercial_use", "prohibited"),
    # a table that asks both questions: its "否" under 是否允许 is a ban, whatever the last column says
    (
        GRANT,
        "| 用途 | 是否允许 | 是否需要申请 |\n|---|---|---|\n| 学术研究 | 是 | 否 |\n| 商业使用 | 否 | 是 |",
        "commercial_use",
        "prohibited",
    ),
]


@pytest.mark.parametrize(
    "before, table, term, want", LEAVE_TABLES, ids=[f"{i}" for i in range(len(LEAVE_TABLES))]
)
def test_a_row_answers_its_header(before, table, term, want):
    assert analyze_chinese(before + table)[term].status == want


# Round 8 (issue 13): a new round of Chinese and bilingual probes written for this test (no
# licence text is quoted), expectations decided from docs/TERMS.md before any run, read end to end
# by analyzer.reading.read_text like ROUND7: gates said with 登记/申请/审核/授权/备案/邮件/问卷/签署/
# 付费 in other orders, free commercial use with and without a gate, 万/亿 thresholds, purpose
# limits in grants, titles and notes, double negations, exceptions, licences named for the
# weights, code and weights licensed apart, glossed table rows and key-value lines, FAQ answers.
# (term, alone, after a general grant, text); None: not checked in that setting.
ROUND8 = [
    # free commercial use, no gate
    (CU, G, G, "本模型可直接用于商业项目，不需要向我们报备。"),
    (CU, G, G, "商业使用完全免费，也不需要填写任何表格。"),
    (CU, None, G, "我们不要求商业用户进行登记或申请。"),
    (CU, G, G, "免费商用，无须授权。"),
    (CU, G, G, "无论个人还是企业，均可免费将本模型用于商业场景。"),
    (CU, G, G, "本模型不限制商业用途。"),
    (CU, G, G, "本模型对商业用途不作任何限制，亦不收取费用。"),
    (CU, G, G, "商业应用无需获得额外许可。"),
    (CU, G, G, "您可以将基于本模型构建的服务提供给付费客户。"),
    (CU, G, G, "问：商用需要付费吗？\n答：不需要，可直接免费商用。"),
    (CU, G, G, "商用：允许（无需申请）"),
    (
        CU,
        G,
        G,
        "| 使用场景 Scenario | 说明 Notes |\n|---|---|"
        "\n| 商业 Commercial | 可免费商用 Free for commercial use |",
    ),
    (CU, G, G, "权重采用 Apache-2.0 许可证，可用于商业目的。"),
    (CU, G, G, "模型权重采用 MIT 协议，代码采用 Apache-2.0 协议。"),
    (CU, G, G, "用户无需取得授权，即可在商业产品中使用本模型。"),
    (CU, G, G, "本模型可供商业使用，唯须保留版权声明。"),
    (CU, G, G, "商业使用不受限制，但须遵守使用政策。"),
    (CU, G, G, "我们并不禁止商业使用。"),
    (CU, G, G, "非商业与商业用途均可，且不收费。"),
    (CU, G, G, "商用无须事先取得许可方同意。"),
    (CU, G, G, "代码与权重均采用 Apache-2.0 许可证，可自由商用。"),
    (CU, G, G, "模型权重许可证：Apache-2.0"),
    (CU, G, G, "商用 Commercial use：✅ 免费 Free"),
    # commercial use behind a gate
    (CU, C, C, "商用须先向我们提交书面申请并获得批准。"),
    (CU, C, C, "商业使用须经我方审核同意。"),
    (CU, C, C, "凡用于商业目的者，须事先备案。"),
    (CU, C, C, "企业商用请先签署授权协议，签署后即可免费使用。"),
    (CU, C, C, "商用前，请填写问卷并等待审核结果。"),
    (CU, C, C, "非经许可方书面授权，任何人不得将本模型用于商业目的。"),
    (CU, C, C, "不得未经登记将本模型商用。"),
    (CU, C, C, "未经申请并获批准，不得商用。"),
    (CU, C, C, "若要商用，须按年支付许可费。"),
    (CU, C, C, "商用授权可通过邮件申请，我们将在五个工作日内回复。"),
    (CU, C, C, "如拟商用，请将单位名称、联系人和用途发送至 biz@example.com。"),
    (CU, C, C, "商用前须在我们的平台完成实名认证与备案。"),
    (CU, C, C, "申请并获得授权后，企业即可将本模型用于商业产品。"),
    (CU, C, C, "商业应用须待审核通过后方可开展。"),
    (CU, C, C, "获得商用许可的前提是签署《模型使用承诺书》。"),
    (CU, C, C, "商业用途：需申请"),
    (CU, C, C, "商用：须邮件报备"),
    (CU, C, C, "商业使用 Commercial use：需授权 License required"),
    (CU, C, C, "| 用途 | 是否允许 |\n|---|---|\n| 商业 Commercial | 需授权 License required |"),
    (
        CU,
        C,
        C,
        "| 场景 Scenario | 许可 License |\n|---|---|\n| 学术研究 Research | 免费 Free |"
        "\n| 商业 Commercial | 需申请 Apply first |",
    ),
    (
        RU,
        G,
        G,
        "| 场景 Scenario | 许可 License |\n|---|---|\n| 学术研究 Research | 免费 Free |"
        "\n| 商业 Commercial | 需申请 Apply first |",
    ),
    (CU, C, C, "问：我能把模型用在公司产品里吗？\n答：可以，但要先提交商用申请。"),
    (CU, C, C, "Q: 商用需要授权吗？\nA: 需要，请发邮件给我们。"),
    (CU, C, C, "问：个人开发者可以商用吗？\n答：可以，登记后即可。"),
    (CU, C, C, "商用无需付费，但请通过问卷告知我们您的使用情况。"),
    (CU, C, C, "商用 Commercial use：需邮件申请 (apply by e-mail)"),
    # thresholds in 万 and 亿
    (CU, C, C, "月活跃用户超过3000万的产品，须另行取得商用许可。"),
    (CU, C, C, "若您的应用日活跃用户数超过五十万，请联系我们获取授权。"),
    (CU, C, C, "年营收超过五亿元的公司，须购买企业许可证。"),
    (CU, C, C, "月活低于1万的个人项目可免费商用。"),
    (CU, C, C, "用户数在一千万以内的，可免费商用；超出的须另行协商。"),
    (CU, C, C, "如贵司年收入不足1000万元，则无需申请即可商用。"),
    (CU, C, C, "服务的月活跃用户达到或超过2亿的，须重新申请许可。"),
    (CU, C, C, "商用免费，但月活超过五百万需获得额外授权。"),
    (CU, C, C, "对于月活跃用户数（MAU）超过 1 亿的被许可方，许可方保留是否授予许可的权利。"),
    (CU, C, C, "若年营业收入超过十亿美元，须另行申请许可。"),
    # exceptions, negations and double negations that gate
    (CU, C, C, "除获得我们书面授权的情形外，本模型不得用于商业目的。"),
    (CU, C, C, "除已完成商用登记的企业外，任何人不得将本模型商用。"),
    (CU, C, C, "非经备案，不得将本模型投入商业使用。"),
    (CU, C, C, "本模型禁止商用，经书面许可的除外。"),
    (CU, C, C, "并非不能商用，只需提前登记即可。"),
    (CU, C, C, "本模型不是不可以商用，但需要先获得授权。"),
    (CU, C, C, "商业使用并非免费，须购买许可。"),
    # non-commercial, research, education or personal study only
    (CU, P, P, "本模型仅供个人学习使用。"),
    (CU, P, P, "本模型仅限教育用途。"),
    (CU, P, P, "仅限学术研究，商用请另行申请授权。"),
    (RU, G, G, "仅限学术研究，商用请另行申请授权。"),
    (CU, P, P, "本模型权重仅向学术机构开放，不提供商用授权。"),
    (CU, P, P, "本项目为非商业项目，模型权重不得用于商业用途。"),
    (CU, P, P, "# 某某模型非商业许可协议\n\n您可以使用、复制和修改本模型。"),
    (CU, P, P, "## 非商用许可\n\n许可方授予您使用本模型的权利。"),
    (CU, P, P, "权重采用 CC BY-NC-ND 4.0 许可。"),
    (CU, P, P, "权重采用《某某非商业研究许可》。"),
    (CU, P, P, "本模型可用于除商业用途以外的任何目的。"),
    (CU, P, P, "除商业用途外，您可以任意使用本模型。"),
    (CU, P, P, "除学术研究和个人学习外，本模型不得用于其他用途。"),
    (CU, P, P, "非学术用途一律禁止。"),
    (CU, P, P, "严禁以本模型牟取任何经济利益。"),
    (CU, P, P, "本模型不可被用于任何收费产品。"),
    (CU, P, P, "问：可以把模型部署到付费 App 里吗？\n答：不行，本模型仅供非商业使用。"),
    (CU, P, P, "Q：能商用吗？\nA：暂不支持。"),
    (CU, P, P, "商用：不支持"),
    (CU, P, P, "| 用途 | 是否允许 |\n|---|---|\n| 商业 Commercial | 不允许 Not allowed |"),
    (CU, P, P, "商业使用 Commercial use：禁止 Prohibited"),
    (CU, P, P, "商用 Commercial use：❌"),
    (CU, P, P, "本模型仅用于科研目的（research purposes only）。"),
    (CU, P, P, "本模型仅授权用于教学与非营利研究，企业如需使用请另签协议。"),
    (CU, P, P, "许可方仅授予您出于个人学习目的使用本模型的权利。"),
    (CU, P, P, "本模型只可在学术论文的实验中使用。"),
    (RU, G, G, "本模型只可在学术论文的实验中使用。"),
    (CU, P, P, "本模型仅供个人学习与研究。"),
    (RU, G, G, "本模型仅供个人学习与研究。"),
    (CU, P, P, "模型许可证：非商业研究许可"),
    # code and weights under different licences in one README
    (CU, P, P, "代码采用 Apache-2.0 许可证；模型权重仅供学术研究使用。"),
    (CU, C, C, "本仓库代码遵循 MIT 协议，模型权重的商业使用须另行申请授权。"),
    (CU, C, C, "代码：MIT\n模型权重：需登记后商用"),
    (CU, P, P, "代码采用 MIT 协议开源。模型权重遵循 CC BY-NC 4.0，禁止商用。"),
    # clauses that grant or gate nothing
    (CU, S, G, "商用部署时建议使用量化版本以降低成本。"),
    (CU, S, G, "如需商用级别的技术支持，请联系我们的商务团队。"),
    (CU, S, G, "我们的商业客户包括多家金融机构。"),
    (CU, S, G, "本模型可能不适合直接用于商业决策。"),
    (CU, S, G, "以下为商用部署的推荐配置，仅供参考。"),
    (CU, S, G, "申请 API 密钥请访问官网。"),
    (CU, S, G, "本模型的商用版本将于下月发布。"),
    # research use
    (RU, G, G, "学术界与工业界均可免费使用本模型开展研究。"),
    (RU, C, C, "高校用户须在签署研究协议后使用本模型。"),
    (RU, G, G, "学术研究：无需申请"),
    # bilingual pairs
    (CU, C, None, "商用需申请授权。\n\nCommercial use requires a license from us."),
    (CU, P, None, "本模型不得商用。\n\nThe Model may not be used commercially."),
]


# Written after ROUND8's first run, while checking its fixes on other wordings (so not part of the
# round's first-run figure): a ban negated with 不会, glossed table rows that gate research or send
# commercial users to the licensor, a README licence line naming a non-commercial licence.
# (term, alone, after a general grant, text); None: not checked in that setting.
ROUND8_FOLLOWUP = [
    (CU, G, G, "我们不会禁止您将本模型用于商业目的。"),
    (CU, P, P, "您不会将本模型用于商业目的。"),
    (RU, C, C, "| 研究 Research | 需申请 Apply |"),
    (RU, S, G, "| 研究 Research | 无需申请 No application |"),
    (CU, C, C, "| 商用 Commercial | 联系我们 Contact us |"),
    (CU, P, P, "许可证：CC BY-NC 4.0"),
    (CU, P, P, "License 许可：CC BY-NC 4.0"),
    (CU, None, P, "| 许可 | cc-by-nc-nd-4.0 |"),
    (CU, S, G, "数据集许可证：CC BY-NC 4.0"),
    (CU, C, C, "非经审核，不得商用。"),
    (CU, C, C, "月活跃用户在1亿以内的企业可以免费商用。"),
]


# Round 8b: a second, smaller batch written before its own first run, after ROUND8's fixes
# (same structure, sentences written for this test).
ROUND8B = [
    (CU, C, C, "| 类别 Category | 条款 Terms |\n|---|---|\n| 商用 Commercial | 需备案 Filing required |"),
    (CU, P, P, "| 类别 Category | 条款 Terms |\n|---|---|\n| 商用 Commercial | 禁止 Prohibited |"),
    (CU, G, G, "| 类别 Category | 条款 Terms |\n|---|---|\n| 商用 Commercial | 允许 Allowed |"),
    (CU, C, C, "商用须知：须先签署《商用承诺函》。"),
    (CU, C, C, "若贵单位的年营业收入超过三亿元，则商用前须取得书面许可。"),
    (CU, C, C, "日活在二十万以上的应用须单独申请商业许可。"),
    (CU, P, P, "代码：Apache-2.0\n模型权重：CC BY-NC-SA 4.0"),
    (CU, C, C, "代码：Apache-2.0\n模型权重：商用需申请"),
    (CU, P, P, "本模型为学术研究版本，不得商用。"),
    (CU, P, P, "仅供教学演示，禁止任何商业用途。"),
    (CU, G, G, "本模型允许免费商用，且您不必告知我们。"),
    (CU, C, C, "商用请先完成问卷登记，登记通过后即视为获得商用授权。"),
    (CU, C, C, "问：商用要不要授权？\n答：要，请发邮件申请。"),
    (CU, G, G, "问：商用要不要授权？\n答：不要，直接用即可。"),
    (CU, P, P, "问：能否在收费产品中使用？\n答：不能。"),
    (CU, C, C, "非经许可方事先书面同意，被许可方不得将本模型用于任何营利目的。"),
    (CU, P, P, "除个人学习外，本模型不得用于任何其他目的。"),
    (CU, S, G, "商用场景下的推理延迟见下表。"),
    (CU, S, G, "商业版提供更长的上下文窗口。"),
    (RU, G, G, "学术研究：✅ 免费，无需申请"),
    (RU, C, C, "学术研究：需邮件申请"),
]


def test_a_question_invitation_after_a_grant_leaves_the_grant():
    """如有任何问题请联系我们 is no download tip: the grant before it stands."""
    got = analyze_chinese("您可以在遵守本协议的前提下免费使用本模型，如有任何问题请联系我们。")
    assert got["commercial_use"].status == "granted"


# Rounds 7 and 8 (each list above says when it was written), read end to end by read_text:
# (term, alone, after a general grant, text); None: not checked in that setting.
ROUNDS_7_8 = [
    (f"{tag}{i}-{term[:2]}-{alone}", term, alone, after, text)
    for tag, batch in (("", ROUND7), ("r8-", ROUND8), ("r8f-", ROUND8_FOLLOWUP), ("r8b-", ROUND8B))
    for i, (term, alone, after, text) in enumerate(batch)
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize(
    "term, alone, after, text", [r[1:] for r in ROUNDS_7_8], ids=[r[0] for r in ROUNDS_7_8]
)
def test_reading_rounds_7_and_8(term, alone, after, text, before):
    from analyzer.reading import read_text

    want = after if before else alone
    if want is None:
        pytest.skip("not checked in this setting")
    got = read_text(before + text.replace("\\n", "\n"))[0][term].status
    assert got == want


# A README's how-to and news sections grant nothing (a "you can fine-tune it" there is no licence),
# but a limit stated there still counts: the limit is never lost to a skipped section.
HOWTO_AND_NEWS = [
    ("## 参数说明\n\n您可以使用本模型并修改参数。\n", "modify", "silent"),
    ("## 更新日志\n\n- 2024-01 新增微调脚本，可以基于本模型微调。\n", "modify", "silent"),
    ("## 更新日志\n\n2024-05 许可证更新：本模型禁止商业使用。\n", "commercial_use", "prohibited"),
    ("## 参数说明\n\n本模型仅供学术研究使用。\n", "commercial_use", "prohibited"),
]


@pytest.mark.parametrize("text, term, want", HOWTO_AND_NEWS, ids=[t[:20] for t, _, _ in HOWTO_AND_NEWS])
def test_a_how_to_or_news_section_grants_nothing_but_limits(text, term, want):
    assert analyze_chinese(text)[term].status == want
    if want == "silent":  # the same sentence under a licence heading is a grant
        licence = text.replace(text[3 : text.index("\n")], "许可")
        assert analyze_chinese(licence)[term].status == "granted"
