"""Defined terms: '"Llama Materials" means ...' clauses, recorded in ``doc._.definitions``."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp.segment import clause_bounds, text_of


def definition_pattern(max_term_chars: int) -> re.Pattern:
    """'"Term" means ...' (and 'refers to', 'shall have', 'includes', ...) at a clause start,
    after a list marker with or without a space ('h."Term" shall mean') and with or without a
    colon ('"Term": means'); a quoted term longer than ``max_term_chars`` is a quotation, not a
    defined term."""
    return re.compile(
        r"""\W{0,6}(?:\(?[a-z0-9]{1,3}(?:\.[0-9]{1,2})*(?:[.)]\s*|\s+))?["“']([^"”'\n]{1,"""
        + str(max_term_chars)
        + r"""})["”']"""
        r"""(?:\s*(?:\(|or|and|,)[^.]{0,120}?["”'])?\s*:?\s*(?:form\s+)?(?:shall\s+)?"""
        r"""(?:means?|refers?\s+to|shall\s+have|includes?|is\s+defined|has\s+the\s+meaning)\b""",
        re.IGNORECASE,
    )


@Language.factory(
    "license_definitions",
    default_config={"max_term_chars": 80},
    requires=["token.is_sent_start"],
    assigns=["doc._.definitions"],
)
def create_definitions(nlp: Language, name: str, max_term_chars: int) -> LicenseDefinitions:
    return LicenseDefinitions(max_term_chars)


# "2.3 Derivatives of the Model – Any model ... derived from ...": a numbered item whose
# unquoted, capitalised term is set off by a dash (en or em dash, or " - ") from a meaning that
# opens as definitions do ("Any ...", "The ...", "Refers to ..."); a run-in title in capitals
# ("5.1. DISCLAIMER – The Documentation ...") is a heading, not a defined word
DASH_DEFINITION = re.compile(
    r"\W{0,6}\d{1,2}(?:\.\d{1,2})+\.?\s+((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|or|to)){0,5})"
    r"\s+[–—-]\s+(?=(?:Any|The|A|An|This|These|That|All|Each|Every|Refers?|Means?|Includes?)\b)"
)


class LicenseDefinitions:
    """Maps each defining clause's start offset to the term it defines."""

    def __init__(self, max_term_chars: int = 80):
        self.pattern = definition_pattern(max_term_chars)

    def __call__(self, doc: Doc) -> Doc:
        defined: dict[int, str] = {}
        text = text_of(doc)
        for _, _, start, end in clause_bounds(doc):
            m = self.pattern.match(text, start, end)
            if not m:
                m = DASH_DEFINITION.match(text, start, end)
                m = m if m and not m.group(1).isupper() else None
            if m:
                defined[start] = " ".join(m.group(1).split())
        doc._.definitions = defined
        return doc
