"""Carries section headings onto every clause: ``doc._.sections`` and ``section_at``."""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp.extensions import memo_key

MARKS = re.compile(r"^#{1,6}\s+|\*\*")  # Markdown heading and bold marks, not the title
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a Markdown backslash escape ("1\\." reads "1.")
STARTS_KEY = memo_key("section_starts")  # doc._.section_starts keeps its value here
SUBLEVEL = re.compile(r"^\s*(?:\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}\.|\d{1,2}\.\d)")


@Language.factory(
    "license_sections",
    # A numbered heading under a heading that starts with one of these words is a sub-section
    # of it ("Section 3" / "3.1 Grants"), as are lettered and roman-numbered headings.
    default_config={"nesting_words": ["Section", "SECTION", "Article", "ARTICLE"]},
    requires=["doc.spans"],
    assigns=["doc._.sections"],
)
def create_sections(nlp: Language, name: str, nesting_words: list[str]) -> LicenseSections:
    return LicenseSections(tuple(nesting_words))


class LicenseSections:
    """Turns the ``headings`` span group into (start offset, section label) pairs."""

    def __init__(self, nesting_words: tuple[str, ...] = ("Section", "SECTION", "Article", "ARTICLE")):
        self.nesting_words = nesting_words

    def __call__(self, doc: Doc) -> Doc:
        sections: list[tuple[int, str]] = []
        top = ""
        for span in doc.spans.get("headings", []):
            heading = ESCAPE.sub(r"\1", MARKS.sub("", " ".join(span.text.split()))).rstrip(".:")
            nested = top.startswith(self.nesting_words) and heading[:1].isdigit()
            if (SUBLEVEL.match(heading) or nested) and top:
                label = f"{top} / {heading}"
            else:
                top = heading
                label = heading
            sections.append((span.start_char, label))
        doc._.sections = sections
        return doc


def section_at(doc: Doc, char: int) -> str:
    """The label of the section that holds this character offset ('' before any heading)."""
    sections = doc._.sections or []
    starts = doc.user_data.get(STARTS_KEY)
    if starts is None or len(starts) != len(sections):
        starts = doc._.section_starts
    i = bisect.bisect_right(starts, char) - 1
    return sections[i][1] if i >= 0 else ""
