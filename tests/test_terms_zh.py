"""One Chinese clause per term, written for this test (no licence text is quoted): each alone gets
the term's status."""

import pytest

from analyzer.extract_zh import analyze_chinese

CASES = [
    ("governing_law", "applies", "本协议适用中华人民共和国法律。"),
    ("governing_law", "applies", "因本协议引起的争议，提交北京仲裁委员会仲裁。"),
    ("governing_law", "applies", "本协议的订立、效力、解释和履行均适用中国法律。"),
    ("termination", "applies", "如您违反本协议，我们有权立即终止您的授权。"),
    ("termination", "applies", "若被许可方违反本协议任何条款，本许可自动终止。"),
    ("licensor_updates", "applies", "我们有权随时修改本协议，修改后的协议一经发布即生效。"),
    ("licensor_updates", "applies", "许可方保留随时更新本协议的权利。"),
    ("warranty_disclaimer", "applies", "本模型按“原样”提供，不附带任何形式的保证。"),
    ("warranty_disclaimer", "applies", "我们不对模型输出的准确性作任何保证。"),
    ("liability_limitation", "applies", "在任何情况下，许可方均不对因使用本模型导致的任何损失承担责任。"),
    ("liability_limitation", "applies", "对于因使用本模型所产生的任何直接或间接损失，我们概不负责。"),
    ("trademark_use", "prohibited", "本协议不授予您使用许可方商标的权利。"),
    ("trademark_use", "prohibited", "未经许可方书面同意，您不得使用许可方的名称、商标或标识。"),
    ("patent_grant", "granted", "许可方授予您永久的、全球性的专利许可。"),
    ("sublicense", "prohibited", "本许可不可再许可。"),
    ("sublicense", "prohibited", "您无权再许可他人使用本模型。"),
    ("sublicense", "granted", "您可以向第三方授予再许可。"),
    ("include_notice", "required", "您分发本模型时须保留原始版权声明。"),
    ("attribution", "required", "使用本模型的产品须在显著位置注明“基于某某模型开发”。"),
    ("use_restrictions", "applies", "您不得将本模型用于军事用途。"),
    ("use_restrictions", "applies", "不得利用本模型生成违法、暴力、色情内容。"),
    ("derivative_naming", "required", "基于本模型开发的衍生模型，其名称须以“某某”开头。"),
    ("modify", "granted", "您可以对本模型进行微调。"),
    ("distribute", "granted", "您可以将本模型及其衍生品再分发给第三方。"),
    ("output_use", "granted", "您对使用本模型生成的内容享有全部权利。"),
    ("output_use", "granted", "我们不主张对模型生成内容的任何权利。"),
    ("same_license", "required", "您分发衍生模型时，须采用与本协议相同的许可。"),
    ("train_other_models", "prohibited", "您不得使用本模型的输出训练其他大语言模型。"),
    ("geographic_restriction", "applies", "本许可不适用于欧盟境内的个人或实体。"),
    ("patent_retaliation", "applies", "如果您对任何实体提起专利侵权诉讼，则本协议授予您的专利许可将终止。"),
    ("aup_compliance", "required", "您对本模型的使用须遵守《可接受使用政策》。"),
    ("user_threshold", "conditional", "如果您的产品月活跃用户数超过1亿，您须向我们申请许可。"),
    (
        "train_other_models",
        "conditional",
        "1.3 “衍生模型”是指基于本模型修改而产生的模型，包括使用本模型的输出训练得到的模型。\n"
        "3.3 您不得使用本模型的输出改进任何其他大语言模型。",
    ),
    ("licensor_updates", "silent", "您可以将本模型或其修改版本分享给他人，但须附带本协议全文。"),
    ("distribute", "granted", "您可以免费使用、複製、修改及散布本模型。"),
    ("governing_law", "applies", "本條款以中華民國法律為準據法。"),
    ("use_restrictions", "applies", "您不得將本模型用於侵害他人隱私。"),
]


@pytest.mark.parametrize("term, want, text", CASES, ids=[f"{i}-{t}" for i, (t, _, _) in enumerate(CASES)])
def test_a_clause_decides_its_term(term, want, text):
    assert analyze_chinese(text)[term].status == want


@pytest.mark.parametrize(
    "clause, jurisdiction",
    [
        ("本协议适用中华人民共和国香港特别行政区法律。", "中华人民共和国香港特别行政区"),
        ("本协议受中华人民共和国法律管辖。", "中华人民共和国"),
        ("本协议适用澳门特别行政区法律。", "澳门特别行政区"),
        ("本條款以中華民國法律為準據法。", "中华民国"),
    ],
)
def test_the_most_specific_jurisdiction_named(clause, jurisdiction):
    assert analyze_chinese(clause)["governing_law"].params["jurisdiction"] == jurisdiction


# Clauses that only look like a term (written for this test): an "applicable law" proviso is no
# governing law, a suit alleging infringement or a defined term restricts no use, the BY element
# of a CC licence restated is credit kept with copies (not attribution), and a ban that follows
# from an unmet condition leaves distribution granted after a grant. Also two copyleft duties.
GRANT = "许可方授予您非排他性、全球性、免版税的许可，以使用、复制、修改和分发本模型。\n"

NOT_THE_TERM = [
    ("governing_law", "silent", "附加条款只要在适用法律下有效，即视为本许可的一部分。"),
    ("governing_law", "silent", "在适用法律允许的范围内，我们不提供任何保证。"),
    ("use_restrictions", "silent", "您不得提起诉讼，指控使用本模型侵犯了您的专利。"),
    ("use_restrictions", "silent", "若专利许可禁止行使本许可授予的权利，则为歧视性的专利许可。"),
    ("attribution", "silent", "署名（BY）：使用者必须注明来源。"),
    ("same_license", "required", "您必须根据本许可证将修改后的整个作品许可给任何接收者。"),
    ("same_license", "required", "若你传播微调后的权重，你必须在本协议条款下传播这些权重。"),
    # a README's update steps and try-it lines say how to run the model, not what is allowed
    ("research_use", "silent", "新版本已发布，大家可以先删除旧的权重文件，再下载新权重，其余步骤不变。"),
    ("research_use", "silent", "部署完成后，你可以运行模型来体验一下！"),
    # a sample output that describes a city as a research base is no research use
    ("research_use", "silent", "成都是西南地区重要的中心城市，也是国家重要的科研、教育和商贸基地。"),
]


@pytest.mark.parametrize("term, want, text", NOT_THE_TERM)
def test_clauses_that_only_look_like_the_term(term, want, text):
    assert analyze_chinese(text)[term].status == want


def test_a_ban_after_an_unmet_condition_leaves_distribution_granted():
    text = GRANT + "若您无法向接收者提供所需的说明文件，则您不得传播相应的模型权重。"
    assert analyze_chinese(text)["distribute"].status == "granted"


# A README's tips grant nothing: under a heading that names no licence topic, a clause that names
# neither the licensee, the licensed work nor the licence is advice. The same words under a
# licence heading, or naming the licensee or the work, still grant.
README_TIPS = [
    ("## 关于浅扩散\n\n可以使用浅层扩散模型提升音质。\n", "silent"),
    # a how-to that only addresses the reader (after VisCPM's and EduChat's READMEs)
    ("## 模型微调\n\n用户可以在私有数据上进行微调和部署。\n", "silent"),
    ("## 网页Demo\n\n启动demo后，你可以使用链接与模型交互。\n", "silent"),
    ("## 注意\n\n建议可以考虑使用专业声音处理软件做响度匹配处理。\n", "silent"),
    ("## 使用许可\n\n可以使用浅层扩散模型提升音质。\n", "granted"),
    ("## 注意\n\n您可以免费使用本模型。\n", "granted"),
    ("## 模型简介\n\n可以将本模型用于任何目的。\n", "granted"),
]


@pytest.mark.parametrize("text, want", README_TIPS)
def test_a_readme_tip_is_no_grant(text, want):
    assert analyze_chinese(text)["private_use"].status == want


# In a licence file (its title names a licence) every section is a licence section: a grant under
# "第三条 分发" counts though the heading names no licence topic and the clause names no licensee.
@pytest.mark.parametrize(
    "text",
    [
        "# 模型许可协议\n\n## 3. 分发\n\n可以复制、修改和再分发，无论是否修改。\n",
        "Acme 模型许可协议\n\n第三条 分发\n\n可以复制、修改和再分发，无论是否修改。\n",
    ],
)
def test_a_licence_file_section_grants(text):
    assert analyze_chinese(text)["distribute"].status == "granted"


# A purpose limit whose subject is an online demo or a hosted service limits that service, not the
# model (sentences written for this test, after BayLing's README): the model's own licence decides.
@pytest.mark.parametrize(
    "text, want",
    [
        ("在线演示系统仅作为研究预览，供非商业用途使用。", "granted"),
        ("在线演示不得用于商业用途。", "granted"),
        ("本模型仅供非商业用途使用。", "prohibited"),
        # the model named beside the demo: the limit is the model's too
        ("本模型及在线演示仅供研究使用。", "prohibited"),
        ("模型权重及演示仅限于学术研究，不得用于商业用途。", "prohibited"),
        ("本项目的模型和demo仅供学术研究使用，禁止用于商业用途。", "prohibited"),
        ("模型和演示不得用于商业用途。", "prohibited"),
    ],
)
def test_a_demo_only_limit_is_no_limit_on_the_model(text, want):
    licence = "## 许可\n\n本模型权重采用 Apache 2.0 许可证。"
    assert analyze_chinese(licence + text + "\n")["commercial_use"].status == want


# After CharacterGLM-6B's README (sentences written for this test): dissemination named among the
# banned purposes withholds distribution; the risks the project does not bear limit its liability;
# the accuracy of outputs it cannot guarantee is a warranty disclaimer.
@pytest.mark.parametrize(
    "text, term, want",
    [
        ("本模型仅供学术研究使用，不可用于任何商业和传播用途。", "distribute", "prohibited"),
        ("本模型不得用于传播有害信息。", "distribute", "silent"),
        ("本项目不承担开源模型导致的数据安全、舆情风险。", "liability_limitation", "applies"),
        ("用户须自行承担使用本模型的风险。", "liability_limitation", "silent"),
        ("受概率随机性因素影响，无法保证输出内容的准确。", "warranty_disclaimer", "applies"),
        ("显存较小时无法保证训练速度。", "warranty_disclaimer", "silent"),
    ],
)
def test_dissemination_ban_risks_not_borne_and_accuracy_not_guaranteed(text, term, want):
    assert analyze_chinese(text)[term].status == want


# A how-to that only addresses the reader grants nothing under a technical heading; the same
# sentence under a licence heading does (sentences written for this test, after VisCPM's and
# EduChat's READMEs).
@pytest.mark.parametrize(
    "heading, want",
    [("模型微调", "silent"), ("网页Demo", "silent"), ("使用许可", "granted")],
)
def test_a_how_to_addressing_the_user_is_no_grant(heading, want):
    text = f"## {heading}\n\n用户可以在私有数据上进行微调。你可以将链接分享给朋友。\n"
    terms = analyze_chinese(text)
    assert terms["modify"].status == want
    assert terms["distribute"].status == want


# A licence named for the model whose title ends in a non-commercial element withholds commercial
# use though a commercial licence may be negotiated by e-mail (TERMS.md "Gated commercial use"; after
# VisCPM's README); personal use allowed is private use; a hosted API's price is no research grant.
@pytest.mark.parametrize(
    "text, term, want",
    [
        (
            "本系列模型采用协议为“通用模型许可协议-来源说明-非商业化”，允许个人使用和研究用途。"
            "如需将模型用于商业用途，请联系我们洽谈商业授权事宜。",
            "commercial_use",
            "prohibited",
        ),
        ("本系列模型允许个人使用和研究用途。", "private_use", "granted"),
        ("您不得将本模型用于个人用途以外的目的。", "private_use", "silent"),
        ("chat api 对科研教育用户免费，对商用开发者保持价格不变。", "research_use", "silent"),
        ("本模型对科研用户完全开放。", "research_use", "granted"),
    ],
)
def test_noncommercial_licence_title_personal_use_and_api_pricing(text, term, want):
    assert analyze_chinese(text)[term].status == want


# After OpenBuddy's and MindChat's disclaimers (sentences written for this test): the model kept out
# of critical or high-risk settings restricts a use; "不对……承担责任" around a long list of claims
# limits liability.
@pytest.mark.parametrize(
    "text, term, want",
    [
        ("用户在关键或高风险场景中应谨慎行事，不要使用模型作为最终决策参考。", "use_restrictions", "applies"),
        ("高风险场景中的表现已经过评估。", "use_restrictions", "silent"),
        # after EmoLLM's: the outputs as a final decision basis, said as something to avoid
        (
            "在关键或高风险场景中，用户需保持审慎，避免将模型的输出作为最终决策依据。",
            "use_restrictions",
            "applies",
        ),
        ("在关键场景中，我们通过内容过滤避免将有害信息输出给用户。", "use_restrictions", "silent"),
        (
            "作者或版权所有者均不对因软件或使用而产生的任何索赔、损害赔偿或其他责任（无论是合同、侵权还是"
            "其他原因）承担责任。",
            "liability_limitation",
            "applies",
        ),
    ],
)
def test_high_risk_settings_and_liability_around_long_claims(text, term, want):
    assert analyze_chinese(text)[term].status == want


# After Lawyer LLaMA's, CPM-Bee's and DISC-MedLLM's READMEs (sentences written for this test): what
# a legal model does and its sample answers name no governing law; an output format in a prompt
# limits no use; a data set named is no naming rule.
@pytest.mark.parametrize(
    "text, term, want",
    [
        ("本模型能够以通俗易懂的语言解释法律概念，涵盖中国法律实务。", "governing_law", "silent"),
        ("您好，根据中国的法律规定，法定继承人按顺序继承遗产。", "governing_law", "silent"),
        ("本协议条款之解释及适用，均应按照中华人民共和国法律。", "governing_law", "applies"),
        ("输出内容必须使用<ans>作为键值来组织。", "output_use", "silent"),
        ("输出结果应当标识为人工智能生成。", "output_use", "conditional"),
        ("我们构建了一个数据集，命名为 Foo-SFT，其中包含了超过47万个样本。", "derivative_naming", "silent"),
        ("衍生模型的名称须包含“模型”字样。", "derivative_naming", "required"),
    ],
)
def test_readme_noise_zh13(text, term, want):
    assert analyze_chinese(text)[term].status == want


# After Bert-VITS2's, PULSE's, Taoli's, Chinese-BERT-wwm's and XuanYuan's READMEs (sentences written
# for this test): a ban on political uses and the answers kept out of diagnosis restrict a use; a
# contrast that names the means to avoid in a sample answer does not; accuracy not guaranteed,
# said with the accuracy first, disclaims a warranty; a source described as marked and a table of
# contents row are no credit duty; a use granted "within the licence" leaves commerce to that
# licence.
@pytest.mark.parametrize(
    "text, term, want",
    [
        ("严禁将本项目用于任何政治相关用途。", "use_restrictions", "applies"),
        ("本模型可用于政治学研究。", "use_restrictions", "silent"),
        ("模型的回答仅供参考，不能作为诊断或治疗的依据。", "use_restrictions", "applies"),
        ("模型的回答可作为医生诊断的参考。", "use_restrictions", "silent"),
        (
            "我不能鼓励这种做法：\n（一）遇到纠纷时应该协商解决，而不是通过暴力手段。",
            "use_restrictions",
            "silent",
        ),
        ("本项目无法对模型输出的准确性作出保证。", "warranty_disclaimer", "applies"),
        ("数据目录下的说明文件标明了数据来源。", "attribution", "silent"),
        ("| [常见问题](#常见问题) | 答疑 |\n| [引用](#引用) | 本目录的技术报告 |", "attribution", "silent"),
        ("使用者可以在许可证范围内自由使用该模型。", "commercial_use", "silent"),
        ("使用者可以在许可证范围内自由使用该模型。", "research_use", "granted"),
        ("使用者可以在许可证范围内自由使用该模型。", "private_use", "granted"),
        ("使用者可以在本协议规定的范围内使用本模型。", "commercial_use", "granted"),
    ],
)
def test_readme_noise_zh14(text, term, want):
    assert analyze_chinese(text)[term].status == want
