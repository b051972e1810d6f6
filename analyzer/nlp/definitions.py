"""Defined terms: '"Llama Materials" means ...' clauses, recorded in ``doc._.definitions``."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.nlp.segment import clause_spans

DEFINITION = re.compile(
    r"""^\W{0,6}(?:\(?[a-z0-9]{1,3}[.)]\s*)?["“']([^"”'\n]{1,80})["”']"""
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
        for clause in clause_spans(doc):
            m = DEFINITION.match(clause.text)
            if m:
                defined[clause.start_char] = " ".join(m.group(1).split())
        doc._.definitions = defined
        return doc
