"""Commercial readings of AI-model licence clauses new to the tables (found while labelling fresh5
and fresh6 and probing the phrasings around them), written for this test (no licence text is
quoted): each sentence alone, and after a general grant. A grant never outweighs a limit or a gate."""

import pytest

from analyzer.nlp.pipeline import parse, shared_nlp

GRANT = (
    "Subject to the terms of this License, the Licensor grants you a non-exclusive, worldwide, "
    "royalty-free copyright license to use, copy, modify and distribute the Model.\n"
)

CASES = [
    ("prohibited", "Permitted Use: Research and educational purposes only."),
    ("prohibited", "The Model may be used for research and education."),
    ("prohibited", "Research use is permitted."),
    ("prohibited", "Permission is granted to use the model for non-profit research."),
    ("prohibited", "The model is released for non-commercial purposes."),
    ("prohibited", "The Model is licensed for evaluation purposes."),
    ("prohibited", "The weights are available for non-commercial use."),
    ("prohibited", "The model is for non-commercial use."),
    ("prohibited", "Use of the Model is limited to non-commercial purposes."),
    ("prohibited", "You may use the Model in academic settings only."),
    ("prohibited", "Commercial entities may not use the Model."),
    ("prohibited", "You shall not supply the Model in the course of a commercial activity."),
    ("conditional", "For production use with an Acme Enterprise subscription, you may deploy the Model."),
    ("conditional", "The Software may only be used in production if you hold a valid Enterprise license."),
    (
        "conditional",
        "The rights granted for Commercial Use are conditioned upon You not exceeding the Threshold.",
    ),
    ("conditional", "Use in commercial products requires a license."),
    ("conditional", "Commercial usage is subject to a separate license."),
    ("conditional", "For commercial use, please contact sales@acme.example."),
    (
        "conditional",
        "You may not use the Model for commercial purposes unless you have obtained a commercial "
        "license from us.",
    ),
    ("conditional", "Commercial use is only allowed via our API."),
    ("conditional", "Commercial use is permitted only if you register your product with us."),
    ("conditional", "Enterprises must sign a commercial agreement before deploying the Model."),
    (
        "conditional",
        "Free for companies with revenues below 2 million dollars per year; others must buy a license.",
    ),
    ("conditional", "If you have raised more than $10 million in funding, a commercial license is required."),
    (
        "conditional",
        '"Commercial Use" means any use for commercial advantage where more than 1 million monthly active '
        "users of the Licensee use the Model.",
    ),
    ("granted", "Commercial usage permitted."),
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize("want, text", CASES, ids=[f"{i}-{w}" for i, (w, _) in enumerate(CASES)])
def test_commercial_reading(want, text, before):
    assert parse(shared_nlp(), before + text)._.terms["commercial_use"].status == want


@pytest.mark.parametrize(
    "text",
    [
        "You agree to indemnify and hold harmless Acme from any claims that may arise from your use "
        "of the Model.",
        "Third-party sites may collect, use and share your data.",
        "If you give feedback about the software to Acme, you give to Acme the right to use and "
        "commercialize your feedback for any purpose.",
        "Acme may amend or modify this License from time to time and will use reasonable efforts "
        "to notify you.",
    ],
)
def test_clauses_that_grant_nothing(text):
    assert parse(shared_nlp(), text)._.terms["commercial_use"].status == "silent"
