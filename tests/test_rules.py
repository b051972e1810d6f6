"""Every rule and cue has an example sentence, and these tests run each one."""

from __future__ import annotations

import shutil

import pytest
import yaml

from analyzer.extract import find_hits
from analyzer.nlp.modality import BIT, load_cues
from analyzer.rules import EN_RULES, RuleError, load_rules

RULES = load_rules().rules
CUES = load_cues()


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_example_fires(nlp, rule):
    doc = nlp(rule.example)
    fired = {h.rule.id for h in find_hits(doc, load_rules())}
    assert rule.id in fired, f"{rule.id} did not fire on its example: {rule.example!r}"


COUNTERS = [r for r in RULES if r.counter_example]


@pytest.mark.parametrize("rule", COUNTERS, ids=[r.id for r in COUNTERS])
def test_rule_counter_example_does_not_fire(nlp, rule):
    doc = nlp(rule.counter_example)
    fired = {h.rule.id for h in find_hits(doc, load_rules())}
    assert rule.id not in fired, f"{rule.id} fired on its counter-example {rule.counter_example!r}"


@pytest.mark.parametrize("cue", CUES, ids=[c.id for c in CUES])
def test_cue_example_is_matched(nlp, cue):
    doc = nlp(cue.example)
    labels = {span.label_ for span in doc.spans["cues"]}
    # a longer cue of the same category may legitimately swallow this one ("are permitted")
    same_category = {c.id for c in CUES if c.category == cue.category}
    assert cue.id in labels or labels & same_category
    if cue.category not in ("pseudo", "terminate"):
        assert any(m & BIT[cue.category] for m in doc._.modality)


def _copy_rules(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(EN_RULES, target)
    return target


def _edit_first_rule(path, **changes):
    rows = yaml.safe_load(path.read_text())
    rows[0].update(changes)
    path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True))


@pytest.mark.parametrize(
    "change, message",
    [
        ({"colour": "red"}, "unknown key"),
        ({"terms": {"commercial_use": "required"}}, "not allowed"),
        ({"terms": {"no_such_term": "granted"}}, "unknown term"),
        ({"pattern": "(unclosed"}, "bad regular expression"),
        ({"modality": "maybe"}, "modality"),
    ],
)
def test_invalid_rule_tables_are_rejected_on_load(tmp_path, change, message):
    directory = _copy_rules(tmp_path)
    _edit_first_rule(directory / "permissions.yaml", **change)
    load_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match=message):
            load_rules(directory)
    finally:
        load_rules.cache_clear()


def test_cue_table_rejects_unknown_keys(tmp_path):
    path = tmp_path / "cues.jsonl"
    path.write_text(
        '{"id": "x", "phrase": "may", "category": "permission", '
        '"direction": "forward", "example": "You may.", "weight": 2}\n'
    )
    with pytest.raises(ValueError, match="keys must be"):
        load_cues(path)
