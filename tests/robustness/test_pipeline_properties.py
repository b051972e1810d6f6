"""Property-based tests: for any text the pipeline returns a complete, self-consistent profile.

Example counts are kept small so the suite stays fast; bench/fuzz/ runs the same properties
with many more examples.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer import export
from analyzer.extract import analyze_document
from analyzer.model import Document
from analyzer.nlp.pipeline import parse, shared_nlp
from analyzer.nlp.segment import clause_bounds, layout
from tests.robustness.strategies import any_text, check_profile, license_texts

FAST = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def profile_of(text: str):
    return analyze_document(Document(id="t", name="t", text=text, source="text:t"))


@FAST
@given(any_text())
def test_any_text_gives_all_29_terms_with_allowed_statuses_and_exact_evidence(text):
    profile = profile_of(text)
    check_profile(profile, text)
    json.dumps(export.profile_to_dict(profile), ensure_ascii=False)


@FAST
@given(license_texts())
def test_analysis_is_deterministic(text):
    first, second = profile_of(text), profile_of(str(text))
    assert first.terms == second.terms and first.family == second.family
    assert export.profile_to_dict(first) == export.profile_to_dict(second)


@FAST
@given(any_text())
def test_layout_and_clauses_stay_inside_the_text(text):
    found = layout(text)
    assert list(found.starts) == sorted(set(found.starts))
    assert all(0 <= s < len(text) for s in found.starts)
    assert all(0 <= s <= e <= len(text) for s, e, _ in found.headings)
    doc = parse(shared_nlp(), text)
    previous_end = 0
    for first, end, start_char, end_char in clause_bounds(doc):
        assert previous_end <= start_char < end_char <= len(text)
        assert doc[first:end].text == text[start_char:end_char]
        previous_end = end_char


@settings(max_examples=10, deadline=None, database=None)
@given(st.sampled_from(["\n", "\r\n"]), license_texts(max_lines=8))
def test_another_pipeline_gives_the_same_profile(nlp, newline, text):
    """``nlp`` (tests/conftest.py) is a second pipeline, built apart from the shared one."""
    doc = Document(id="t", name="t", text=text.replace("\n", newline), source="text:t")
    assert analyze_document(doc).terms == analyze_document(doc, nlp).terms
