"""build_nlp(): spacy.blank("en") plus our license components; nothing is downloaded."""

from __future__ import annotations

import functools
import os
import re

import spacy
from spacy.attrs import IS_SPACE, LOWER, NORM
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# Importing the modules registers their factories with spaCy.
from analyzer.nlp import definitions, modality, quantities, sections, segment, terms  # noqa: F401
from analyzer.nlp.extensions import register_extensions, remember_text
from analyzer.nlp.tokenizer import chunk_cached

_ensure_extensions = register_extensions  # the name nlp/zh.py imports

LONG_RUN = re.compile(r"\S{200,}")
WRAPPED_HYPHEN = r"(?<=[A-Za-z])-"
# Invisible format characters that web pages leave inside words ("Policies\u2060", a soft hyphen
# in "pro\u00adhibited"): the word's NORM and LOWER ignore them, its text keeps them (offsets).
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# The lexical attributes the engine reads: NORM and IS_SPACE in the rule patterns (ORTH is the
# word itself), LOWER in the cue matcher. spacy.blank("en") computes 23 for every word the
# vocabulary has not seen (shape, stop word, like_num, ...): only these are computed.
LEX_ATTRS = (LOWER, NORM, IS_SPACE)
COMPONENTS = (
    "license_segmenter",
    "license_sections",
    "license_definitions",
    "license_modality",
    "license_quantities",
    "license_terms",
)


def without_invisible(getter):
    """The lexical attribute of the word without its invisible characters."""

    def attr(word: str):
        return getter(word.translate(INVISIBLE) or word)

    return attr


def build_nlp(base: str | None = None, tables: str | None = None, prefilter: bool = True) -> Language:
    """A fresh pipeline: blank English (or a trained pipeline the user installed) + ours.

    A trained base keeps its tokenizer and components, but our segmenter decides the
    clause boundaries, so its parser/senter are disabled.
    """
    register_extensions()
    nlp = spacy.load(base, exclude=["parser", "senter", "sentencizer"]) if base else spacy.blank("en")
    if not base:  # a trained pipeline's components may read any attribute: its vocab is left alone
        getters = nlp.vocab.lex_attr_getters
        nlp.vocab.lex_attr_getters = {attr: without_invisible(getters[attr]) for attr in LEX_ATTRS}
        # A word cut at a hyphen where a hard-wrapped line ends ('non-' / 'sublicensable') is
        # the compound: the hyphen comes off as in 'non-sublicensable', so the phrase
        # 'non [-] sublicensable' reads across the line break.
        suffixes = [*nlp.Defaults.suffixes, WRAPPED_HYPHEN]
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.max_length = 20_000_000
    if nlp.tokenizer.token_match is None:
        # spaCy splits affixes off a space-free run one character at a time, each step a regex
        # search over the rest: quadratic. A run this long ('"' * 20000, a base64 blob) is one token.
        nlp.tokenizer.token_match = LONG_RUN.fullmatch
    if type(nlp.tokenizer) is Tokenizer:  # a custom tokenizer class is kept as it is
        nlp.tokenizer = chunk_cached(nlp.tokenizer)
    configs: dict[str, dict] = {"license_terms": {"prefilter": prefilter}}
    if tables:  # another set of rule tables (tests inject them through the config)
        configs = {
            "license_modality": {"cues_path": f"{tables}/cues.jsonl"},
            "license_terms": {"tables": str(tables), "prefilter": prefilter},
        }
    for name in COMPONENTS:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


def make_doc(nlp: Language, text: str) -> Doc:
    """A tokenized Doc that remembers its text (doc._.source_text, never rebuilt from tokens)."""
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    return doc


def parse(nlp: Language, text: str) -> Doc:
    return nlp(make_doc(nlp, text))


def shared_nlp(base: str | None = None) -> Language:
    """One pipeline per process (building it loads the rule tables).

    A trained pipeline the user installed can serve as the base: pass its name or path, or
    set MODELTERMS_SPACY_MODEL. The default is spacy.blank("en"); nothing is downloaded.
    """
    return _shared(base or os.environ.get("MODELTERMS_SPACY_MODEL") or None)


@functools.lru_cache(maxsize=2)
def _shared(base: str | None) -> Language:
    return build_nlp(base)
