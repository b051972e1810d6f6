"""Hypothesis strategies for license-like and hostile inputs, and the profile invariants.

Shared by the property tests here and the long fuzz run in bench/fuzz/.
"""

from __future__ import annotations

from hypothesis import strategies as st

from analyzer.model import LicenseProfile
from analyzer.taxonomy import BY_ID, FAMILIES, TERM_IDS

WORDS = (
    "you",
    "may",
    "not",
    "use",
    "the",
    "Model",
    "Licensee",
    "Licensor",
    "shall",
    "must",
    "will",
    "commercial",
    "non-commercial",
    "research",
    "purposes",
    "distribute",
    "modify",
    "sublicense",
    "license",
    "Agreement",
    "except",
    "provided that",
    "unless",
    "including but not limited to",
    "solely",
    "only",
    "military",
    "surveillance",
    "warranty",
    "AS IS",
    "liability",
    "terminate",
    "patent",
    "trademark",
    "attribution",
    "notice",
    "derivative",
    "Derivatives",
    "outputs",
    "train",
    "improve",
    "any other large language model",
    "Acceptable Use Policy",
    "copy",
    "this License",
    "governed by the laws of the State of California",
    "courts of",
    "Section",
    "hereby",
    "grant",
    "royalty-free",
    "worldwide",
    "perpetual",
    "irrevocable",
    "same license",
    "source code",
    "network",
    "remotely",
    "restrict",
    "update",
    "from time to time",
    "Built with",
    "prominently display",
    "European Union",
    "export",
    "sanctions",
    "revenue",
    "monthly active users",
    "end users",
    "MAU",
)
CUES = (
    "may not",
    "shall not",
    "must not",
    "you will not",
    "is prohibited",
    "is permitted",
    "you may",
    "you must",
    "are required to",
    "except as",
    "provided that",
    "subject to",
    "solely for",
    "including but not limited to",
    "without limitation",
    "notwithstanding",
    "if",
    "but",
    "however",
)
MARKERS = (
    "1.",
    "2.",
    "10.",
    "1.1",
    "2.3.4",
    "(a)",
    "a)",
    "b.",
    "(iv)",
    "iii.",
    "Section 3.",
    "ARTICLE IV",
    "Section 2 --",
    "-",
    "*",
    "•",
    "#",
    "##",
    "**",
)
SEPARATORS = ("\n", "\n\n", " ", "\r\n", "\n\n\n", "\t", "\f", "\u2028", "", "\n \n", "\r")
TLDS = ("com", "ai", "org", "dev", "io", "cn")


def _join(parts: list[str]) -> str:
    return " ".join(parts)


number = st.one_of(
    st.integers(0, 10**13).map(str),
    st.integers(0, 10**12).map(lambda n: f"{n:,}"),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.text("0123456789,.", min_size=1, max_size=40),
    st.integers(300, 500).map(lambda n: "9" * n),  # past what a float holds
)
quantity = st.builds(
    lambda cur, n, scale, metric: f"{cur}{n}{scale} {metric}".strip(),
    st.sampled_from(("", "", "$", "US$", "€", "USD ")),
    number,
    st.sampled_from(("", " million", " billion", " thousand", "M", "k", "B", " bn")),
    st.sampled_from(
        (
            "monthly active users",
            "MAU",
            "daily active users",
            "users",
            "customers",
            "in annual revenue",
            "dollars",
            "euros",
            "",
            "end users in the preceding calendar month",
        )
    ),
)
url = st.builds(
    lambda scheme, host, tld, path: f"{scheme}{host}.{tld}/{path}",
    st.sampled_from(("https://", "http://", "www.", "")),
    st.text("abcdefghijklmnopqrstuvwxyz-0123456789", min_size=1, max_size=15),
    st.sampled_from(TLDS),
    st.text("abcdefghijklmnopqrstuvwxyz_-/.?=#%0123456789", max_size=30),
)
quoted = st.builds(
    lambda q, term, verb: f"{q[0]}{term}{q[1]} {verb}",
    st.sampled_from((('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"), ('"', ""))),
    st.sampled_from(("Model", "Licensee", "Derivatives", "Outputs", "Commercial Use", "You", "Materials")),
    st.sampled_from(("means", "shall mean", "refers to", "includes", "has the meaning", "")),
)
word = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(CUES),
    st.text(min_size=1, max_size=12),  # any Unicode at all
    quantity,
    url,
    quoted,
)
sentence = st.builds(
    lambda words, end: _join(words) + end,
    st.lists(word, min_size=1, max_size=25),
    st.sampled_from(("", ".", ".", ";", ":", ",", "!", "?", ". ", "...", " and")),
)
line = st.one_of(
    sentence,
    st.builds(lambda m, s: f"{m} {s}", st.sampled_from(MARKERS), sentence),
    sentence.map(str.upper),  # ALL CAPS lines ("THE SOFTWARE IS PROVIDED AS IS")
    st.builds(lambda m, s: f"{m} {s.title()[:60]}", st.sampled_from(MARKERS), sentence),  # headings
    st.text(max_size=80),
)


@st.composite
def license_texts(draw, max_lines: int = 30) -> str:
    """License-like text: numbered clauses, caps lines, quotes, cues, URLs, user thresholds, noise."""
    lines = draw(st.lists(line, max_size=max_lines))
    out = []
    for item in lines:
        out.append(item)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


def any_text() -> st.SearchStrategy[str]:
    """License-like text or arbitrary Unicode text."""
    return st.one_of(license_texts(), st.text(max_size=2000))


def check_profile(profile: LicenseProfile, text: str) -> None:
    """The invariants every profile keeps, whatever the text."""
    assert profile.text == text
    assert list(profile.terms) == list(TERM_IDS)
    assert profile.family in FAMILIES
    for term_id, result in profile.terms.items():
        assert result.term == term_id
        assert result.status in BY_ID[term_id].allowed, (term_id, result.status)
        assert (result.status == "silent") == (not result.evidence), (term_id, result)
        for ev in result.evidence:
            assert 0 <= ev.start < ev.end <= len(text), ev
            assert ev.text == text[ev.start : ev.end], ev
