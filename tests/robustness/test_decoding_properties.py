"""Property-based tests of decoding and markup stripping: any bytes in, text or one clear reason out."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.markup import html_to_text, markdown_to_text
from analyzer.model import InputError
from analyzer.textio import LINE_BREAK, decode, license_text
from tests.robustness.strategies import license_texts

FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = st.sampled_from(["LICENSE", "LICENSE.txt", "terms.md", "terms.html", "-", "README"])
SIGNATURES = st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<!doctype html>", b"\x89PNG", b"PK"]
)


@FAST
@given(SIGNATURES, st.binary(max_size=3000), NAMES)
def test_any_bytes_give_text_or_one_line_reason(prefix, data, name):
    try:
        text, meta = license_text(prefix + data, name)
    except InputError as exc:
        assert exc.problem.source == name and exc.problem.reason
        assert "\n" not in exc.problem.reason
        return
    assert text.strip() and "\r" not in text and "\x00" not in text
    assert meta["markup"] in ("html", "markdown", "text")


@FAST
@given(st.one_of(license_texts(), st.text(max_size=500)))
def test_utf8_and_utf16_text_reads_back(text):
    expected = LINE_BREAK.sub("\n", text.removeprefix("\ufeff").replace("\x00", ""))
    for data in (text.encode("utf-8"), text.encode("utf-16")):
        try:
            got, _ = decode(data, "LICENSE")
        except InputError as exc:
            assert any(r in exc.problem.reason for r in ("empty", "whitespace", "control characters", "NUL"))
            continue
        assert got == expected


ASCII_WORDS = st.sampled_from(["you", "may", "use", "the", "Model", "license", "for", "any", "purpose"])
LATIN_WORDS = st.sampled_from(
    [
        "Lizenz",
        "für",
        "Société",
        "garantía",
        "ação",
        "Straße",
        "©",
        "naïve",
        "Ñandú",
        "§ 3",
        "«terms»",
        "½",
        "déjà",
        "œuvre",
        "€",
        "Llama™",
        "café",
    ]
)
# Western text as it is written: accented words among plain ones, never three accents in a row.
WESTERN = st.lists(st.tuples(ASCII_WORDS, LATIN_WORDS).map(" ".join), min_size=1, max_size=20).map(" ".join)


@FAST
@given(WESTERN, st.sampled_from(["latin-1", "cp1252"]))
def test_western_legacy_text_reads_as_written(text, codec):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:  # "€" and "œ" are not in Latin-1
        data = text.encode("cp1252")
    assert decode(data, "LICENSE")[0] == text


@FAST
@given(st.text(max_size=2000))
def test_markup_stripping_never_fails_on_any_text(text):
    for strip in (html_to_text, markdown_to_text):
        assert isinstance(strip(text), str)


PLAIN = st.text(
    st.characters(categories=["L", "N", "Zs"], exclude_characters="\u00a0") | st.sampled_from(".,;:()'\"\n"),
    max_size=400,
)


@FAST
@given(PLAIN)
def test_plain_text_keeps_its_words_through_either_stripper(text):
    import html

    assert markdown_to_text(text).split() == text.split()
    assert html_to_text("<html><body><p>" + html.escape(text) + "</p></body></html>").split() == text.split()
