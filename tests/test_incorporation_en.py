"""A text that incorporates another license by naming it (here CC BY-NC-SA 4.0, in the
LicenseDB) carries that license's statuses where it is silent, with the incorporating sentence
as evidence; a text that only mentions the license carries nothing. Texts written here."""

from __future__ import annotations

from analyzer.engine import Analyzer
from analyzer.model import Document

GRANT = "Acme grants you a license to use the Model solely for non-commercial research purposes.\n\n"
INCORPORATES = (
    "This license agreement incorporates the CC BY-NC-SA 4.0 license terms except as modified herein.\n"
)
MENTIONS = "Other models of ours are released under CC BY-NC-SA 4.0.\n"


def _terms(text: str):
    return Analyzer(cache_enabled=False).analyze(Document("t", "t", text, "test", {})).terms


def test_a_license_incorporated_by_name_carries_its_statuses():
    terms = _terms(GRANT + INCORPORATES)
    assert terms["commercial_use"].status == "prohibited"  # the text's own reading stays
    carried = {"same_license": "required", "state_changes": "required", "sublicense": "prohibited"}
    for term, status in carried.items():
        got = terms[term]
        assert (got.status, got.basis) == (status, "implied"), term
        assert got.evidence[0].rule == "incorporates:cc-by-nc-sa-4.0"


def test_a_license_only_mentioned_carries_nothing():
    terms = _terms(GRANT + MENTIONS)
    assert terms["same_license"].status == "silent"


def test_use_made_subject_to_a_named_license_carries_its_statuses():
    """A fine-tune's licence that makes use 'subject to the applicable terms and conditions of'
    a licence in the LicenseDB (here the Llama 2 Community License) carries what it leaves silent."""
    text = (
        "Acme grants you a license to use, reproduce and distribute the Model.\n\n"
        "The Model is derived from Llama 2, and you further agree that your use of the Model shall be "
        "subject to the applicable terms and conditions of the Llama 2 Community License Agreement.\n"
    )
    terms = _terms(text)
    for term, status in {"patent_retaliation": "applies", "aup_compliance": "required"}.items():
        got = terms[term]
        assert (got.status, got.basis) == (status, "implied"), term
        assert got.evidence[0].rule == "incorporates:llama-2-license-2023"
    assert (
        _terms(text.replace("Llama 2 Community License Agreement", "Acme Terms"))["patent_retaliation"].status
        == "silent"
    )


def test_a_split_license_naming_apache_carries_its_statuses():
    """'Works ... are licensed to You under the Apache License, Version 2.0 if' (a split licence,
    another licence above a revenue scale) carries Apache 2.0 where the text is silent; a component
    licensed 'under the terms of' a licence beside other terms does not."""
    text = (
        "Works are licensed to You under the Apache License, Version 2.0 if You are a company with "
        "less than 1M USD annual gross revenue.\n\nFor all other scenarios, Works are licensed to You "
        "under the Acme Commercial License.\n"
    )
    terms = _terms(text)
    for term, status in {
        "patent_grant": "granted",
        "patent_retaliation": "applies",
        "state_changes": "required",
    }.items():
        got = terms[term]
        assert (got.status, got.basis) == (status, "implied"), term
        assert got.evidence[0].rule == "incorporates:apache-2.0"
    assert terms["commercial_use"].status == "conditional"
    part = (
        "The source code is licensed to you under the terms of the Apache License, Version 2.0; "
        "the images are not.\n"
    )
    assert _terms(part)["patent_grant"].status == "silent"
