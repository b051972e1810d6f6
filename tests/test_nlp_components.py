"""The license components as spaCy components: declared attributes, limits from the config,
derived values as Doc getters, and the segmenter's ordered heading detectors."""

from __future__ import annotations

import pytest
import spacy

from analyzer.nlp.pipeline import build_nlp, parse
from analyzer.nlp.segment import DEFAULT_DETECTORS, layout
from analyzer.textnorm import fold

THRESHOLD = "If you have more than 700 million monthly active users, you must request a license."
BOLD_HEADING = "**TERMS AND CONDITIONS**\n\nYou may use the Model.\n"


def test_every_component_declares_what_it_sets_and_nothing_is_missing(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(not problems for problems in analysis["problems"].values())
    for name in ("license_segmenter", "license_sections", "license_definitions", "license_quantities"):
        assert nlp.get_pipe_meta(name).assigns, name


def test_scope_limits_come_from_the_config():
    nlp = build_nlp()
    [quantity] = parse(nlp, THRESHOLD)._.quantities
    assert quantity.value == 700_000_000
    nlp.replace_pipe("license_quantities", "license_quantities", config={"chars_before": 5})
    assert parse(nlp, THRESHOLD)._.quantities == []


def test_a_definition_longer_than_the_configured_limit_is_a_quotation():
    nlp = build_nlp()
    text = '"Licensed Model Weights" means the weights.'
    assert list(parse(nlp, text)._.definitions.values()) == ["Licensed Model Weights"]
    nlp.replace_pipe("license_definitions", "license_definitions", config={"max_term_chars": 10})
    assert parse(nlp, text)._.definitions == {}


def test_heading_detectors_run_in_order_and_the_first_claim_wins():
    assert layout(BOLD_HEADING, ("lines", "markdown")).headings == ((0, 24, "**TERMS AND CONDITIONS**"),)
    assert layout(BOLD_HEADING, ("markdown", "lines")).headings == ((0, 24, "TERMS AND CONDITIONS"),)
    assert layout(BOLD_HEADING, ()).headings == ()
    assert layout(BOLD_HEADING).headings == layout(BOLD_HEADING, DEFAULT_DETECTORS).headings


def test_the_segmenter_takes_its_detectors_from_the_config():
    nlp = build_nlp()
    doc = parse(nlp, BOLD_HEADING)
    assert [s.text for s in doc.spans["headings"]] == ["**TERMS AND CONDITIONS**"]
    nlp.replace_pipe("license_segmenter", "license_segmenter", config={"heading_detectors": []})
    doc = parse(nlp, BOLD_HEADING)
    assert list(doc.spans["headings"]) == []
    with pytest.raises(ValueError, match="unknown heading detectors"):
        build_nlp().replace_pipe(
            "license_segmenter", "license_segmenter", config={"heading_detectors": ["bogus"]}
        )


def test_derived_values_are_doc_getters_computed_once(nlp):
    text = "1. Grant.\n\nYou MAY use\tthe Model. You may not sell it."
    doc = parse(nlp, text)
    assert doc._.source_text == text == doc.text
    assert doc._.folded_text == fold(text)
    assert doc._.clause_bounds is doc._.clause_bounds  # computed on first use, then kept
    assert [doc.text[s:e] for _, _, s, e in doc._.clause_bounds][-1] == "You may not sell it."
    assert doc._.section_starts == [start for start, _ in doc._.sections]


def test_a_plain_spacy_doc_gets_the_getters_too(nlp):
    doc = spacy.blank("en")("Plain text. Second sentence.")
    assert doc._.source_text == "Plain text. Second sentence."
    assert doc._.sections is None and doc._.section_starts == []


def test_the_vocabulary_computes_every_attribute_the_patterns_and_cues_read():
    """build_nlp keeps only the lexical attributes the engine reads (LEX_ATTRS); every rule and
    phrase pattern of both languages, and the cue matcher, read nothing else."""
    from spacy.attrs import IDS

    from analyzer.nlp.pipeline import LEX_ATTRS
    from analyzer.rules import load_rules

    nlp = build_nlp()
    kept = {name for name, i in IDS.items() if i in LEX_ATTRS}
    assert set(nlp.vocab.lex_attr_getters) == set(LEX_ATTRS)
    read = set()
    for lang in ("en", "zh"):
        rules = load_rules(lang=lang)
        for rule in rules.rules:
            for phrase in (*rule.phrases, *rule.unless, *rule.section, *rule.not_section, *rule.defines):
                read |= {key for pattern, _ in phrase.patterns() for token in pattern for key in token}
    assert read - {"OP", "ORTH"} <= kept  # ORTH is the word itself, never computed
    from analyzer.nlp.modality import BIT

    assert any(m & BIT["prohibition"] for m in parse(nlp, "You MAY NOT use it.")._.modality)  # by LOWER
    doc = nlp.make_doc("Licensee MAY  use")
    assert [t.norm_ for t in doc] == ["licensee", "may", " ", "use"]
    assert [t.lower_ for t in doc] == ["licensee", "may", " ", "use"]
    assert [t.is_space for t in doc] == [False, False, True, False]


def test_a_trained_base_pipeline_keeps_all_its_lexical_attributes(tmp_path):
    base = spacy.blank("en")
    base.to_disk(tmp_path / "base")
    nlp = build_nlp(str(tmp_path / "base"))
    assert len(nlp.vocab.lex_attr_getters) > 3
    assert nlp.make_doc("Twelve apples")[0].like_num
