"""Release facts from model cards: every pattern's example, evidence spans, silence stays null."""

from __future__ import annotations

import pytest
import spacy
import yaml

from analyzer.scan.card import card_facts, declared_of, parse_card, parse_count, parse_date, parse_tokens
from analyzer.scan.declared import load_table
from analyzer.scan.facts import SPAN_KEY, CardFacts, load_patterns
from analyzer.schemas import TableError

PATTERNS = load_patterns()


@pytest.fixture(scope="module")
def card_nlp():
    from analyzer.scan.facts import build_card_nlp

    return build_card_nlp()


@pytest.mark.parametrize("cue", PATTERNS.cues, ids=lambda c: c.id)
def test_every_cue_example_yields_its_field(card_nlp, cue):
    doc = card_nlp(cue.example)
    fields = {span.label_ for span in doc.spans[SPAN_KEY]}
    assert cue.field in fields


@pytest.mark.parametrize("shape", PATTERNS.values, ids=lambda v: v.id)
def test_every_value_example_is_found_whole(shape):
    nlp = spacy.blank("en")
    component = CardFacts(nlp.vocab, PATTERNS)
    doc = nlp(shape.example)
    spans = component.find_values(doc)
    assert [(s.label_, s.text) for s in spans] == [(shape.label, shape.example)]


CARD = """---
license: other
license_name: qwen
license_link: LICENSE
language:
- en
- zh
---
# Model Card for Qwen2.5-72B-Instruct

Developed by: Alibaba Cloud

Qwen2.5 was released on September 19, 2024 in sizes from 0.5B to 72B.
It supports a context length of 131,072 tokens and was pretrained on 18T tokens.
"""


def test_a_card_gives_facts_each_with_its_evidence_span():
    card = parse_card("m/README.md", CARD)
    facts = card_facts(card)
    assert facts.model == "Qwen2.5-72B-Instruct"
    assert facts.organization == "Alibaba Cloud"
    assert facts.release_date == "2024-09-19"
    assert facts.context_length == 131072
    assert facts.training_tokens == "18T"
    assert facts.languages == ("en", "zh")
    assert facts.license == "qwen"
    assert set(facts.evidence) >= {"model", "organization", "release_date", "context_length", "languages"}
    for ev in facts.evidence.values():
        assert CARD[ev.start : ev.end] == ev.text and ev.file == "m/README.md"


def test_other_with_license_name_maps_to_keys():
    declared, evidence = declared_of(parse_card("c.md", CARD), load_table())
    assert (declared.identifier, declared.name, declared.link) == ("other", "qwen", "LICENSE")
    assert declared.keys == ("qwen-2024",)
    assert evidence.text == "license: other"


def test_a_silent_card_leaves_every_field_empty():
    facts = card_facts(parse_card("c.md", "Some notes about this folder, no facts at all.\n"))
    assert facts.model is None and facts.release_date is None and facts.parameters == ()
    assert facts.context_length is None and facts.training_tokens is None and facts.evidence == {}


def test_cues_do_not_reach_across_paragraphs(card_nlp):
    doc = card_nlp("The context length is described below.\n\n4096 people use it.")
    assert not [s for s in doc.spans[SPAN_KEY] if s.label_ == "context_length"]


def test_a_bad_front_matter_is_reported_not_raised():
    card = parse_card("c.md", "---\nlicense: [unclosed\n---\n# X\n")
    assert card.meta is None and "invalid YAML" in card.meta_error


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("July 18, 2023", "2023-07-18"),
        ("23 July 2024", "2024-07-23"),
        ("2024-07-23", "2024-07-23"),
        ("April 2024", "2024-04"),
        ("Sept. 3rd, 2024", "2024-09-03"),
        ("February 30, 2024", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "value"), [("4096", 4096), ("131,072", 131072), ("128K", 131072), ("8 k", 8192)]
)
def test_parse_count(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize(("text", "value"), [("2.0T tokens", "2.0T"), ("~15 trillion tokens", "15T")])
def test_parse_tokens(text, value):
    assert parse_tokens(text) == value


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"values": [{"id": "a", "label": "X", "pattern": [{}], "example": "x", "bogus": 1}]},
            r"^card_patterns.yaml:7: values.0.bogus: unknown key$",
        ),
        (
            {
                "values": [],
                "cues": [{"id": "c", "field": "nope", "value": "X", "pattern": [{}], "example": "x"}],
            },
            r"^card_patterns.yaml:\d+: cues.0.field: Input should be 'release_date'",
        ),
        (
            {
                "values": [],
                "cues": [{"id": "c", "field": "license", "value": "NOPE", "pattern": [{}], "example": "x"}],
            },
            r"cues.0.value: unknown value label 'NOPE' \(c\)",
        ),
        (
            {"values": [{"id": "a", "label": "X", "pattern": "text", "example": "x"}]},
            r"values.0.pattern: Input should be a valid list",
        ),
        (
            {"values": [{"id": "a", "label": "X", "pattern": [{}], "example": "x"}] * 2},
            r"^card_patterns.yaml:\d+: values.1.id: duplicate id 'a'",
        ),
        ({"other": []}, r"^card_patterns.yaml:1: values: missing \(and 1 more\)"),
    ],
)
def test_pattern_table_validation(tmp_path, data, message):
    path = tmp_path / "card_patterns.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(TableError, match=message):
        load_patterns(str(path))
