"""The `license_terms` component: the rule tables matched over the clauses, one status per
term (doc._.terms), so that `nlp.pipe` gives profiles."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.match import RuleMatcher
from analyzer.rules import load_rules


@Language.factory(
    "license_terms",
    default_config={"tables": None, "lang": "en", "prefilter": True},
    requires=["doc._.modality", "doc._.definitions", "doc._.sections"],
    assigns=["doc._.terms"],
)
def create_terms(nlp: Language, name: str, tables: str | None, lang: str, prefilter: bool) -> LicenseTerms:
    return LicenseTerms(nlp, Path(tables) if tables else None, lang, prefilter)


class LicenseTerms:
    def __init__(self, nlp: Language, tables: Path | None, lang: str, prefilter: bool):
        self.rules = load_rules(tables, lang)
        self.matcher = RuleMatcher(self.rules, nlp.vocab, nlp.make_doc)
        self.prefilter = prefilter

    def __call__(self, doc: Doc) -> Doc:
        from analyzer.extract import analyze_doc

        doc._.terms = analyze_doc(doc, self.matcher, self.prefilter)
        return doc
