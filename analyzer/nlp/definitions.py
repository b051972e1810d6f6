"""Defined terms: '"Llama Materials" means ...' clauses, recorded in ``doc._.definitions``."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp.segment import clause_bounds, text_of

DEFINITION = re.compile(
    r"""\W{0,6}(?:\(?[a-z0-9]{1,3}(?:\.[0-9]{1,2})*[.)]?\s+)?["“']([^"”'\n]{1,80})["”']"""
    r"""(?:\s*(?:\(|or|and|,)[^.]{0,120}?["”'])?\s*(?:form\s+)?(?:shall\s+)?"""
    r"""(?:means?|refers?\s+to|shall\s+have|includes?|is\s+defined|has\s+the\s+meaning)\b""",
    re.IGNORECASE,
)


@Language.factory("license_definitions")
def create_definitions(nlp: Language, name: str) -> LicenseDefinitions:
    return LicenseDefinitions()


class LicenseDefinitions:
    """Maps each defining clause's start offset to the term it defines."""

    def __call__(self, doc: Doc) -> Doc:
        defined: dict[int, str] = {}
        text = text_of(doc)
        for _, _, start, end in clause_bounds(doc):
            m = DEFINITION.match(text, start, end)
            if m:
                defined[start] = " ".join(m.group(1).split())
        doc._.definitions = defined
        return doc
