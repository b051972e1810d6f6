"""The spaCy components on short texts written here: layout, sections, definitions, scope."""

from __future__ import annotations

import pytest

from analyzer.nlp.modality import BIT
from analyzer.nlp.quantities import find_jurisdiction, find_urls, parse_quantity
from analyzer.nlp.sections import section_at
from analyzer.nlp.segment import clause_spans

LICENSE = """ACME MODEL LICENSE

"Model" means the weights released by Acme.
"Licensee" or "you" means the person using the Model.

1. Grant of Rights. You may use the Model. You may not sublicense it.

2. Restrictions.
You will not, and will not permit any third party to:
a. use the Model for military purposes;
b. use the Model for surveillance.

3. GOVERNING LAW
This Agreement is governed by the laws of the State of New York.
"""


def test_clauses_follow_the_layout(nlp):
    doc = nlp(LICENSE)
    texts = [c.text for c in clause_spans(doc)]
    assert "You may use the Model." in texts
    assert "You may not sublicense it." in texts
    assert "a. use the Model for military purposes;" in texts
    assert "b. use the Model for surveillance." in texts


def test_every_clause_carries_its_section_heading(nlp):
    doc = nlp(LICENSE)
    by_text = {c.text: section_at(doc, c.start_char) for c in clause_spans(doc)}
    assert by_text["You may use the Model."] == "1. Grant of Rights"
    assert by_text["b. use the Model for surveillance."] == "2. Restrictions"
    assert by_text["This Agreement is governed by the laws of the State of New York."] == "3. GOVERNING LAW"


def test_a_numbered_title_line_ends_the_preamble(nlp):
    """'1. Definitions' alone on its line (its '. ' is the number's) is a heading, so the
    definitions after it are not read as part of the preamble."""
    doc = nlp(
        "Section I: PREAMBLE\nThis license strives for open and responsible use.\n"
        "NOW THEREFORE, You and Licensor agree as follows:\n1. Definitions\n"
        '(a) "Output" means the results of operating the Model.\n'
    )
    clause = next(c for c in clause_spans(doc) if c.text.startswith("(a)"))
    assert section_at(doc, clause.start_char).endswith("1. Definitions")


def test_agreeing_as_follows_ends_the_preamble(nlp):
    """Definitions listed right after 'NOW THEREFORE, ... agree as follows:' with no numbered
    title of their own are operative text, not part of the preamble (whose clauses are skipped)."""
    doc = nlp(
        "PREAMBLE\nThis license strives for open and responsible use.\n\n"
        "NOW THEREFORE, You and Licensor agree as follows:\n\n"
        '* "Commercial Usage" a usage of the Model that earns more than 1,000 USD a year.\n'
    )
    clause = next(c for c in clause_spans(doc) if "Commercial Usage" in c.text)
    assert "PREAMBLE" not in section_at(doc, clause.start_char)


def test_a_company_form_in_capitals_does_not_end_the_sentence(nlp):
    doc = nlp("IN NO EVENT SHALL ACME, INC. OR ITS CONTRIBUTORS BE LIABLE FOR ANY DAMAGES.")
    assert len(clause_spans(doc)) == 1


def test_a_list_marker_followed_by_a_no_break_space_opens_a_clause(nlp):
    doc = nlp('"Data" is not licensed.\u202f\n    (e)\u202f“Output” means the results of the Model.\n')
    assert any(c.text.startswith("(e)") for c in clause_spans(doc))
    assert "Output" in doc._.definitions.values()


def test_defined_terms_are_recorded(nlp):
    doc = nlp(LICENSE)
    assert set(doc._.definitions.values()) == {"Model", "Licensee"}


def _mask_of(doc, word):
    token = next(t for t in doc if t.text == word)
    return doc._.modality[token.i]


@pytest.mark.parametrize(
    ("clause", "term"),
    [
        ("h.\u201cModel Derivatives\u201d shall mean any model trained on the Model.", "Model Derivatives"),
        ('(b)"Outputs" means what the Model generates.', "Outputs"),
        ("\u201cUse\u201d: means to run, copy or distribute the Model.", "Use"),
        ('"Licensee" means you.', "Licensee"),
    ],
)
def test_definitions_after_a_tight_list_marker_or_a_colon(nlp, clause, term):
    from analyzer.nlp.pipeline import parse

    assert term in parse(nlp, clause)._.definitions.values()


def test_a_numbered_term_set_off_by_a_dash_is_a_definition(nlp):
    """'2.3 Derivatives of the Model – Any model ...': an unquoted term after a sub-numbered
    marker, set off by a dash from its meaning; a dash in a sentence is none."""
    from analyzer.nlp.pipeline import parse

    doc = parse(nlp, "2.3 Derivatives of the Model \u2013 Any model trained on synthetic data.")
    assert "Derivatives of the Model" in doc._.definitions.values()
    assert not parse(nlp, "You may use the Model \u2013 for any purpose.")._.definitions
    assert not parse(nlp, "5.1. DISCLAIMER \u2013 The Documentation is provided as is.")._.definitions


def test_a_line_underlined_with_dashes_is_a_heading(nlp):
    doc = nlp("Licence\n=======\n\nWhat you may do\n---------------\n\n* Redistribute the weights.\n")
    clause = next(c for c in clause_spans(doc) if "Redistribute" in c.text)
    assert section_at(doc, clause.start_char).endswith("What you may do")


def test_a_quoted_word_followed_by_a_colon_is_not_a_definition(nlp):
    from analyzer.nlp.pipeline import parse

    assert not parse(nlp, "The label \u201cUse\u201d: see the policy.")._.definitions


def test_including_but_not_limited_to_is_not_a_negation(nlp):
    doc = nlp("You may use the Model for any purpose, including but not limited to research.")
    assert not _mask_of(doc, "research") & BIT["negation"]
    assert _mask_of(doc, "research") & BIT["permission"]


def test_except_closes_a_negation_scope(nlp):
    doc = nlp("No rights are granted to use the marks except as needed to describe the origin.")
    assert _mask_of(doc, "marks") & BIT["negation"]
    assert not _mask_of(doc, "origin") & BIT["negation"]
    assert _mask_of(doc, "origin") & BIT["exception"]


def test_lead_in_prohibition_reaches_list_items(nlp):
    doc = nlp(LICENSE)
    assert _mask_of(doc, "military") & BIT["prohibition"]
    assert _mask_of(doc, "surveillance") & BIT["prohibition"]


def test_lead_in_reaches_items_written_without_markers(nlp):
    doc = nlp(
        "Restrictions\nThe following actions are strictly prohibited:\n\n"
        "Forking the weights to a local environment.\nServing the Model via other infrastructure.\n"
    )
    assert _mask_of(doc, "Forking") & BIT["prohibition"]
    assert _mask_of(doc, "Serving") & BIT["prohibition"]


def test_a_company_form_ending_a_line_ends_the_item(nlp):
    doc = nlp(
        "The following actions are prohibited:\n\n"
        "Forking: copying the weights to any place not controlled by Acme Inc.\n"
        "Unauthorized Distribution: sharing or selling the model files.\n"
    )
    assert _mask_of(doc, "sharing") & BIT["prohibition"]
    assert "Unauthorized" in [t.text for t in doc if t.is_sent_start]


def test_a_sentence_explaining_an_item_does_not_end_the_list(nlp):
    doc = nlp(
        "You are prohibited from:\n\n"
        "a. Commercial use: using the Model for profit. This includes paid services.\n\n"
        "b. Harmful use: using the Model for surveillance.\n"
    )
    assert _mask_of(doc, "surveillance") & BIT["prohibition"]


def test_the_text_after_an_items_label_is_the_item(nlp):
    doc = nlp("You are prohibited from:\n\na. Redistribution: Selling or sublicensing the Model.\n")
    assert _mask_of(doc, "sublicensing") & BIT["prohibition"]


def test_a_sentence_of_its_own_after_an_item_ends_the_list(nlp):
    doc = nlp(
        "You are prohibited from:\n\n"
        "a. selling the Model. Others may reach the Model on our site.\n\n"
        "b. Reselling the Model is a thing.\n"
    )
    assert not _mask_of(doc, "Others") & BIT["prohibition"]


@pytest.mark.parametrize(
    "text",
    [
        # a heading between the lead-in and the line ends the list
        "You may not:\n\nsell the Model;\nGENERAL\nReselling the Model is fine.\n",
        # a heading line is not an item, nor is a wrapped paragraph
        "You agree not to:\nsell the Model;\nSection 10: General Provisions\nReselling the Model is fine.\n",
        "You may not:\n\nsell the Model.\nReselling the Model is a thing\nthat is fine, as is all else.\n",
        # a definition's colon opens no scope, and a quoted term starts a definition
        '"Contribution" means:\n\nReselling the Model is fine.\n',
        'You may not:\n\nsell the Model.\n"Reselling" means reselling the Model.\n',
    ],
)
def test_lines_without_markers_that_are_not_items(nlp, text):
    assert not _mask_of(nlp(text), "Reselling") & BIT["prohibition"]


def test_prohibition_does_not_leak_into_the_next_clause(nlp):
    doc = nlp("You may not sublicense the Model. You may distribute the Model.")
    assert not _mask_of(doc, "distribute") & BIT["prohibition"]


@pytest.mark.parametrize(
    "text, value, metric",
    [
        ("greater than 700 million monthly active users in the month", 700_000_000, "monthly_active_users"),
        ("more than 100,000,000 monthly active users", 100_000_000, "monthly_active_users"),
        ("more than 1 million MUUs", 1_000_000, "monthly_unique_users"),
        ("more than USD $1,000,000 in annual revenue", 1_000_000, "annual_revenue"),
        ("exceeds 2.5 billion daily active users", 2_500_000_000, "daily_active_users"),
        ("a use that generates more than 50,000 USD within a year", 50_000, "annual_revenue"),
    ],
)
def test_quantities_become_numbers(text, value, metric):
    q = parse_quantity(text)
    assert q is not None and (q.value, q.metric) == (value, metric)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("annual revenue of 20 million RUB (~$200K USD) or more", 20_000_000, "RUB"),
        ("annual revenue above 300 million rubles", 300_000_000, "RUB"),
        ("annual revenue above €2 million", 2_000_000, "EUR"),
        ("turnover (approx. $2M) of 10 million euros", 10_000_000, "EUR"),
    ],
)
def test_currencies_and_restated_amounts(text, value, unit):
    """A parenthetical restatement ("(~$200K USD)") never wins over the amount it restates."""
    q = parse_quantity(text)
    assert q is not None and (q.value, q.unit, q.metric) == (value, unit, "annual_revenue")


def test_numbers_without_a_metric_are_not_thresholds():
    assert parse_quantity("Section 2 of this Agreement applies for 30 days.") is None


@pytest.mark.parametrize(
    "text, place",
    [
        ("governed and construed under the laws of the State of California without regard", "California"),
        ("will be governed by the laws of China, without regard", "China"),
        ("under the laws of England and Wales.", "England and Wales"),
    ],
)
def test_jurisdictions(text, place):
    assert find_jurisdiction(text) == place


def test_policy_urls_are_kept_as_written():
    text = (
        "adhere to the policy (available at https://ai.example.com/llama/use-policy), and ai.example.dev/p."
    )
    assert find_urls(text) == ["https://ai.example.com/llama/use-policy", "ai.example.dev/p"]


def test_text_without_any_punctuation_still_gets_clauses(nlp):
    doc = nlp("you may use it you may not sell it " * 50)
    assert clause_spans(doc)


def test_a_user_installed_trained_pipeline_can_be_the_base(tmp_path):
    import spacy

    from analyzer.extract import analyze_doc
    from analyzer.nlp.pipeline import build_nlp, parse

    trained = spacy.blank("en")
    trained.add_pipe("sentencizer")
    trained.to_disk(tmp_path / "my_pipeline")
    nlp = build_nlp(str(tmp_path / "my_pipeline"))
    assert "sentencizer" not in nlp.pipe_names  # our segmenter decides the clauses
    assert nlp.pipe_names[-1] == "license_terms"
    terms = analyze_doc(parse(nlp, "You may not sublicense the Model. You may distribute the Model."))
    assert terms["sublicense"].status == "prohibited"
    assert terms["distribute"].status == "granted"


def test_comment_margins_are_not_bullets(nlp):
    from analyzer.extract import analyze_doc
    from analyzer.nlp.pipeline import parse

    text = (
        "/*\n"
        " * Redistribution and use in source and binary forms, with or without\n"
        " * modification, are permitted provided that the above copyright notice\n"
        " * is retained.\n"
        " */\n"
    )
    doc = parse(nlp, text)
    [clause] = [c for c in clause_spans(doc) if "Redistribution" in c.text]
    assert "are permitted" in clause.text
    assert analyze_doc(doc)["commercial_use"].status == "granted"


def test_comment_margins_inside_a_wrapped_sentence(nlp):
    """A sentence wrapped in a comment goes on after the margin with a capitalised word or after
    a company's "Inc." at a line end; a margin after a line that ends a sentence starts a clause."""
    from analyzer.nlp.pipeline import parse

    text = (
        "/*\n"
        " * You may distribute the Program as part of a larger work, provided that such\n"
        " *     (i)   works are designed to work solely with Acme, Inc.\n"
        " *           products, and (ii) contain a copy of this license along with the\n"
        " *           Program, and the notices that refer to this License.\n"
        " * You may not sell the Program on its own.\n"
        " */\n"
    )
    clauses = [c.text for c in clause_spans(parse(nlp, text))]
    [item] = [c for c in clauses if "(i)" in c]
    assert "products, and (ii)" in item and "the notices that refer" in item
    [ban] = [c for c in clauses if "may not sell" in c]
    assert "notices" not in ban


def test_markdown_items_without_full_stops_stay_apart(nlp):
    """Outside a C comment, a "* " item that opens with a capital is the next item, even after an
    item that ends without a full stop."""
    from analyzer.nlp.pipeline import parse

    text = (
        "* You may use the Model for research and for evaluating its outputs in your organisation\n"
        "* Commercial use requires a separate licence from Acme\n"
    )
    clauses = [c.text for c in clause_spans(parse(nlp, text))]
    assert not any("organisation" in c and "Commercial" in c for c in clauses)


def test_invisible_characters_inside_words_do_not_hide_them():
    """Web pages leave word joiners and soft hyphens in words; the rules still read the word,
    and the evidence still quotes the text as it is."""
    from analyzer.api import analyze_text

    text = "You must comply with our Usage Policies\u2060 at all times. Commercial use is pro\u00adhibited."
    profile = analyze_text(text)
    aup = profile.terms["aup_compliance"]
    assert aup.status == "required"
    assert text[aup.evidence[0].start : aup.evidence[0].end] == aup.evidence[0].text
    assert "Policies\u2060" in aup.evidence[0].text
    assert profile.terms["commercial_use"].status == "prohibited"
