"""Commercial readings of English clauses as bilingual Chinese model licences word them, written for
this test (no licence text is quoted): each sentence alone, and after a general grant."""

import pytest

from analyzer.nlp.pipeline import parse, shared_nlp

GRANT = (
    "Subject to the terms of this License, the Licensor grants you a non-exclusive, worldwide, "
    "royalty-free copyright license to use, copy, modify and distribute the Model.\n"
)

CASES = [
    ("conditional", "Registration is required for commercial use."),
    (
        "conditional",
        "If you intend to use the Model for commercial purposes, you need to complete the registration.",
    ),
    (
        "conditional",
        "You may use the Software for commercial purposes after completing the registration form.",
    ),
    (
        "conditional",
        "The weights are fully open to academic research, and free commercial use is permitted "
        "after registration.",
    ),
    ("conditional", "Any commercial use of the Model requires prior written authorization from us."),
    ("conditional", "You may not use the Model for commercial purposes without our prior written consent."),
    (
        "conditional",
        "If the monthly active users of your products or services exceed 100 million, "
        "you must request a license from us.",
    ),
    ("conditional", "For commercial use, please contact us by email to obtain a commercial license."),
    ("conditional", "Commercial use is allowed after filling out the questionnaire."),
    ("conditional", "To use the Model commercially, you must apply to us and obtain our approval."),
    ("prohibited", "This Model is licensed for non-commercial use only."),
    ("prohibited", "Use of the Model for commercial purposes is strictly prohibited."),
    ("prohibited", "The Model may only be used for academic research."),
    ("prohibited", "You shall not use the Model for any commercial purpose."),
    ("granted", "The Model can be used commercially for free."),
    ("granted", "You may use the Model for both commercial and non-commercial purposes."),
    ("granted", "Free commercial use is supported."),
    (
        "conditional",
        "The model weights are fully open for academic research, and free commercial use is also "
        "allowed after filling out a questionnaire.",
    ),
    ("conditional", "Commercial use requires registration via the form on our website."),
    (
        "conditional",
        "If you want to use the Model for commercial purposes, please send an email to us to apply "
        "for a license.",
    ),
    (
        "conditional",
        "You must obtain written authorization from the Licensor before using the Model commercially.",
    ),
    (
        "conditional",
        "Enterprises need to apply for a commercial license before deploying the Model in products.",
    ),
    (
        "prohibited",
        "The Model is released for non-commercial research purposes only; please contact us for "
        "commercial licensing.",
    ),
    ("prohibited", "Commercial use is not permitted."),
    ("prohibited", "You may not use the Model for profit."),
    ("prohibited", "The Model shall not be used for any commercial activities."),
    ("granted", "The Model is open for both academic research and commercial use."),
    ("granted", "Commercial use is permitted free of charge."),
    (
        "conditional",
        "Commercial use by entities with annual revenue above USD 10 million requires a separate license.",
    ),
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize("want, text", CASES, ids=[f"{i}-{w}" for i, (w, _) in enumerate(CASES)])
def test_commercial_reading(want, text, before):
    assert parse(shared_nlp(), before + text)._.terms["commercial_use"].status == want
