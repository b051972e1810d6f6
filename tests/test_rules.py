"""Every rule and cue has examples, and these tests run each one: an example makes its rule fire
and yields the rule's statuses, every phrase of a rule is matched by one of its examples, a
counter-example never fires. Bad tables are refused with the file and line."""

from __future__ import annotations

import shutil

import pytest

from analyzer.extract import find_hits
from analyzer.match import BoundedMatcher
from analyzer.nlp.modality import BIT, load_cues
from analyzer.rules import RuleError, language_dir, load_rules
from analyzer.rules.phrases import PhraseError, parse_phrase

RULES = load_rules().rules
CUES = load_cues()
EXAMPLES = [(r, ex) for r in RULES for ex in r.examples]
COUNTERS = [(r, ex) for r in RULES for ex in r.counter_examples]


@pytest.fixture(scope="module")
def matcher(nlp):
    return nlp.get_pipe("license_terms").matcher


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(EXAMPLES)])
def test_rule_example_fires_with_its_statuses(nlp, matcher, rule, example):
    doc = nlp(example)
    fired = {h.rule.id for h in find_hits(doc, matcher)}
    assert rule.id in fired, f"{rule.where} did not fire on its example {example!r}"
    # the rule's own statuses, unless a rule of higher priority decides that term on this sentence
    for term_id, status in rule.terms.items():
        got = doc._.terms[term_id]
        deciders = {e.rule for e in got.evidence}
        if got.status != status:
            winners = [r for r in RULES if r.id in deciders]
            assert winners and all(w.priority >= rule.priority for w in winners), (
                f"{rule.where}: {term_id} is {got.status} on its example, the rule says {status}"
            )


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_phrase_has_an_example(nlp, rule):
    for phrase in rule.phrases:
        one = BoundedMatcher(nlp.vocab, "p", [phrase])
        assert any(one(nlp.make_doc(ex)) for ex in rule.examples), (
            f"{rule.where}: phrase {phrase.source!r} is matched by none of its examples"
        )


@pytest.mark.parametrize("rule, example", COUNTERS, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(COUNTERS)])
def test_rule_counter_example_does_not_fire(nlp, matcher, rule, example):
    fired = {h.rule.id for h in find_hits(nlp(example), matcher)}
    assert rule.id not in fired, f"{rule.where} fired on its counter-example {example!r}"


def test_limiting_rules_have_counter_examples():
    for rule in RULES:
        if {"prohibited", "conditional"} & set(rule.terms.values()):
            assert rule.counter_examples, rule.where


@pytest.mark.parametrize("cue", CUES, ids=[c.id for c in CUES])
def test_cue_example_is_matched_by_that_cue(nlp, cue):
    doc = nlp(cue.example)
    labels = {span.label_ for span in doc._.cues}
    longer = {c.id for c in CUES if c.phrase != cue.phrase and cue.phrase.lower() in c.phrase.lower()}
    # a longer cue that contains this one may swallow it ("may" inside "may not"): then that one
    assert cue.id in labels or labels & longer, f"{cue.id} not matched in {cue.example!r}: {labels}"
    if cue.id in labels and cue.category not in ("pseudo", "terminate"):
        assert any(m & BIT[cue.category] for m in doc._.modality)


def _tokenize(text):
    return text.lower().split()


@pytest.mark.parametrize(
    "phrase, message",
    [
        ("...3 word", "gap must sit between"),
        ("a ...x b", "gap is"),
        ("[a]", "without any word"),
        ("a (b|c", "must end with"),
        ("a ...99 b", "1 to"),
        # a group glued to a word by '|' used to read "(not" and "uses)" as words
        ("forbidden|(not permitted|restricted uses)", "a group is its own item"),
        ("a b|[c d]", "a group is its own item"),
        ("license ,|( version 3", "a group is its own item"),  # read as ',' or '( version 3'
    ],
)
def test_bad_phrases_are_refused(phrase, message):
    with pytest.raises(PhraseError, match=message):
        parse_phrase(phrase, _tokenize)


def test_an_escaped_bar_is_a_literal_word():
    (seq,) = parse_phrase("\\| commercial use \\| no", _tokenize).expansions
    assert [sorted(w.norms) for w in seq] == [["|"], ["commercial"], ["use"], ["|"], ["no"]]


def test_phrase_alternatives_expand():
    p = parse_phrase("(make copies|reproduce) of the model|models", _tokenize)
    assert len(p.expansions) == 2
    words = [[sorted(w.norms) for w in req] for req in p.required()]
    assert any(["make"] in w and ["model", "models"] in w for w in words)


def test_line_wraps_and_case_do_not_matter(nlp):
    one = BoundedMatcher(nlp.vocab, "p", [parse_phrase("governed by ...3 law|laws", _tokenize)])
    assert one(nlp.make_doc("This Agreement is GOVERNED\n      by French law."))
    assert not one(nlp.make_doc("governed by; the law"))


def test_gaps_share_the_length_of_the_whole_match(nlp):
    """As the README says: on one line `a ...8 b` reaches 12 tokens between its words (two per
    element are room for line wraps), and two gaps share what the match may add up to."""

    def reaches(phrase: str, words_between: int, lead: str = "alpha") -> bool:
        one = BoundedMatcher(nlp.vocab, "p", [parse_phrase(phrase, _tokenize)])
        return bool(one(nlp.make_doc(f"{lead} {' '.join(['x'] * words_between)} omega")))

    assert reaches("alpha ...8 omega", 12)
    assert not reaches("alpha ...8 omega", 13)
    assert reaches("alpha ...3 beta ...3 omega", 13, lead="alpha beta")
    assert not reaches("alpha ...3 beta ...3 omega", 14, lead="alpha beta")


def _copy_tables(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(language_dir("en"), target)
    return target


@pytest.mark.parametrize(
    "change, message",
    [
        ("  colour: red\n", r"permissions.yaml:\d+ \(grant.general_use\): colour: unknown key"),
        ("  params: nope\n", r"permissions.yaml:\d+ \(grant.general_use\): params"),
        ("  when: permission\n", r"permissions.yaml:\d+ \(grant.general_use\): when"),
    ],
)
def test_invalid_rule_tables_are_rejected_with_file_and_line(tmp_path, change, message):
    directory = _copy_tables(tmp_path)
    path = directory / "permissions.yaml"
    text = path.read_text()
    marker = "- id: grant.general_use\n"
    if change.startswith("  when"):  # an existing key made invalid
        text, marker, change = text.replace("  when: permission\n", "  when: maybe\n", 1), "", ""
    path.write_text(text.replace(marker, marker + change, 1) if marker else text)
    with pytest.raises(RuleError, match=message):
        load_rules(directory)


@pytest.mark.parametrize(
    "old, new, message",
    [
        (
            "{research_use: granted, private_use: granted, commercial_use: granted}",
            "{no_such_term: granted}",
            "unknown term",
        ),
        (
            "{research_use: granted, private_use: granted, commercial_use: granted}",
            "{commercial_use: required}",
            "not allowed",
        ),
        ('phrases: ["use|used|run|usage",', 'phrases: ["(use|used",', "must end with"),
    ],
)
def test_invalid_rule_content_is_rejected(tmp_path, old, new, message):
    directory = _copy_tables(tmp_path)
    path = directory / "permissions.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(RuleError, match=message):
        load_rules(directory)


def test_a_limiting_rule_without_counter_example_is_refused(tmp_path):
    directory = _copy_tables(tmp_path)
    path = directory / "permissions.yaml"
    text = path.read_text()
    old = '  counter_examples: ["Commercial use is permitted under this license."]\n'
    assert old in text
    path.write_text(text.replace(old, "", 1))
    with pytest.raises(RuleError, match="counter_examples"):
        load_rules(directory)


def test_tables_injected_through_the_config_are_used(study_tables):
    from analyzer.nlp.pipeline import build_nlp

    directory = study_tables
    nlp = build_nlp(tables=str(directory))
    research = nlp("You may use the Model for study.")._.terms["research_use"]
    assert "research.grant" in {e.rule for e in research.evidence}


def test_cue_table_rejects_unknown_keys(tmp_path):
    path = tmp_path / "cues.jsonl"
    path.write_text(
        '{"id": "x", "phrase": "may", "category": "permission", '
        '"direction": "forward", "example": "You may.", "weight": 2}\n'
    )
    with pytest.raises(ValueError, match=r"cues.jsonl:1.*weight: unknown key"):
        load_cues(path)


def _needless_groups(phrase: str) -> list[str]:
    """Top-level groups of single words, '(a|b|c)': each alternative becomes a Matcher
    pattern of its own, where 'a|b|c' is one token test (the same matches)."""
    found, depth = [], 0
    for i, ch in enumerate(phrase):
        if ch == "(" and depth == 0 and (i == 0 or phrase[i - 1] == " "):
            j = phrase.find(")", i)
            inner = phrase[i + 1 : j] if j > 0 else ""
            alone = j > 0 and (j + 1 == len(phrase) or phrase[j + 1] == " ")
            if alone and "|" in inner and not any(c in inner for c in " ()[]\\"):
                found.append(phrase[i : j + 1])
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
    return found


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_no_rule_multiplies_its_patterns_needlessly(rule):
    phrases = [
        p.source for p in (*rule.phrases, *rule.unless, *rule.section, *rule.not_section, *rule.defines)
    ]
    needless = {p: g for p in phrases if (g := _needless_groups(p))}
    assert not needless, f"{rule.where}: write a|b for a group of single words: {needless}"
