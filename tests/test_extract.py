"""Decisions analyzer/extract.py takes over the rule hits, on short texts written here."""

from __future__ import annotations

INCORPORATES = (
    "1. Grant. You may use, copy and distribute the Model for any purpose.\n\n"
    "2. Use. You must adhere to the Acceptable Use Policy, which is hereby incorporated by "
    "reference into this Agreement.\n\n"
)
POLICY = (
    "EXHIBIT A\n\nACCEPTABLE USE POLICY\n\n"
    "You agree not to use the Model:\n"
    "1. for military purposes;\n"
    "2. to harass any person.\n"
)


def test_a_use_policy_kept_elsewhere_must_be_complied_with(nlp):
    terms = nlp(INCORPORATES)._.terms
    assert terms["aup_compliance"].status == "required"


def test_a_use_policy_carried_in_the_text_is_use_restrictions_only(nlp):
    terms = nlp(INCORPORATES + POLICY)._.terms
    assert terms["aup_compliance"].status == "silent"
    assert terms["use_restrictions"].status == "applies"


def test_a_carried_policy_that_pulls_in_another_document_still_counts(nlp):
    pulls_in = "This Acceptable Use Policy incorporates by reference the restrictions of the Acme License.\n"
    terms = nlp(INCORPORATES + POLICY + pulls_in)._.terms
    assert terms["aup_compliance"].status == "required"


def test_a_limit_decides_over_a_grant_for_commercial_use(nlp):
    text = (
        "1. Grant. You may use the Model for any purpose.\n\n"
        "2. Limits. You may use the Model solely for non-commercial research purposes.\n"
    )
    terms = nlp(text)._.terms
    assert terms["commercial_use"].status == "prohibited"
    assert {e.rule for e in terms["commercial_use"].evidence} >= {"commercial.noncommercial_only"}


def test_a_user_metric_named_before_its_number_gives_the_threshold(nlp):
    text = (
        "If the daily active users of your service exceed 1 million, you must apply for a separate license."
    )
    got = nlp(text)._.terms["user_threshold"]
    assert got.status == "conditional"
    assert (got.params["metric"], got.params["value"]) == ("daily_active_users", 1_000_000)


def test_clause_numbers_mark_each_token_with_its_clause_and_gaps_with_minus_one():
    from analyzer.extract import clause_numbers

    bounds = [(1, 3, 0, 0), (3, 4, 0, 0), (6, 8, 0, 0)]  # a gap before, adjacent clauses, a gap between
    assert clause_numbers(9, bounds).tolist() == [-1, 0, 0, 1, -1, -1, 2, 2, -1]
    assert clause_numbers(0, []).tolist() == []
