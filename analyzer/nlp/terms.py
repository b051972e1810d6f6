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
    default_config={"tables": None, "lang": "en", "prefilter": True, "incorporate": True},
    requires=["doc._.modality", "doc._.definitions", "doc._.sections"],
    assigns=["doc._.terms"],
)
def create_terms(
    nlp: Language, name: str, tables: str | None, lang: str, prefilter: bool, incorporate: bool
) -> LicenseTerms:
    return LicenseTerms(nlp, Path(tables) if tables else None, lang, prefilter, incorporate)


class LicenseTerms:
    def __init__(self, nlp: Language, tables: Path | None, lang: str, prefilter: bool, incorporate: bool):
        self.nlp = nlp
        self.rules = load_rules(tables, lang)
        self.matcher = RuleMatcher(self.rules, nlp.vocab, nlp.make_doc, prefilter)
        self.prefilter = prefilter
        self.incorporate = incorporate
        self._incorporated: dict[str, dict | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        from analyzer.extract import ClauseIndex, analyze_doc
        from analyzer.incorporation import carry_over, incorporated_license

        index = ClauseIndex(doc)
        terms = analyze_doc(doc, self.matcher, self.prefilter, index)
        found = incorporated_license(doc, self.matcher, index.words) if self.incorporate else None
        if found:
            terms = carry_over(terms, *found, self._terms_of_licensedb)
        doc._.terms = terms
        return doc

    def _terms_of_licensedb(self, key: str):
        """The terms of an incorporated LicenseDB license (one level deep, memoised)."""
        if key not in self._incorporated:
            from analyzer.corpus import licensedb
            from analyzer.nlp.pipeline import make_doc

            entry = licensedb().get(key)
            self._incorporated[key] = None  # no loop, even if it incorporates itself
            if entry is not None and entry.text.strip():
                self.incorporate, saved = False, self.incorporate
                try:
                    self._incorporated[key] = self.nlp(make_doc(self.nlp, entry.text))._.terms
                finally:
                    self.incorporate = saved
        return self._incorporated[key]
