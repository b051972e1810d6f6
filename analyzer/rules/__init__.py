"""Rule tables (data beside this file, one folder per language) and their validating loader.

Each table is validated against analyzer.schemas on load: unknown keys, unknown terms,
statuses a term cannot take, phrases that do not compile and rules that yield `prohibited`
or `conditional` without a counter-example are errors that name the file and the line.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.rules.phrases import Phrase, PhraseError, Tokenize, parse_phrase
from analyzer.schemas import (
    CueRow,
    RuleRow,
    SettingsTable,
    TableError,
    load_jsonl_table,
    load_yaml_mapping,
    load_yaml_table,
)
from analyzer.taxonomy import BY_ID

RULES_DIR = Path(__file__).resolve().parent
TERM_RULE_FILES = ("permissions.yaml", "conditions.yaml", "limitations.yaml")
TABLE_FILES = (*TERM_RULE_FILES, "settings.yaml", "cues.jsonl")
NEEDS_COUNTER_EXAMPLE = {"prohibited", "conditional"}

# Kept for callers that import it from here; the errors are TableError.
RuleError = TableError


def language_dir(lang: str = "en") -> Path:
    return RULES_DIR / lang


@dataclass(frozen=True)
class TermRule:
    id: str
    where: str  # file:line of the entry
    terms: dict[str, str] = field(hash=False)
    phrases: tuple[Phrase, ...]
    examples: tuple[str, ...]
    when: str = "any"
    regex: re.Pattern | None = None
    unless: tuple[Phrase, ...] = ()
    unless_near: tuple[Phrase, ...] = ()
    section: tuple[Phrase, ...] = ()
    not_section: tuple[Phrase, ...] = ()
    defines: tuple[Phrase, ...] = ()
    in_definitions: bool = False
    priority: int = 10
    params: str | None = None
    counter_examples: tuple[str, ...] = ()
    implied: frozenset[str] = frozenset()
    title: bool = False


@dataclass(frozen=True)
class RuleSet:
    lang: str
    rules: tuple[TermRule, ...]
    skip_sections: tuple[Phrase, ...]
    restriction_sections: tuple[Phrase, ...]
    use_categories: tuple[tuple[str, tuple[Phrase, ...]], ...]
    regions: tuple[tuple[str, tuple[Phrase, ...]], ...]
    cues: tuple[CueRow, ...]
    digest: str
    grant_skip_sections: tuple[Phrase, ...] = ()
    grant_sections: tuple[Phrase, ...] = ()
    grant_words: tuple[Phrase, ...] = ()
    grant_titles: tuple[Phrase, ...] = ()
    incorporation: tuple[Phrase, ...] = ()
    incorporated_licenses: tuple[
        tuple[str, tuple[Phrase, ...]], ...
    ] = ()  # sha256 over the tables' bytes: part of the cache version
    model_scope: tuple[Phrase, ...] = ()
    incorporation_in_scope: tuple[Phrase, ...] = ()
    incorporation_in_scope_unless: tuple[Phrase, ...] = ()


@functools.lru_cache(maxsize=4)
def phrase_tokenizer(lang: str = "en") -> Tokenize:
    """Phrases are tokenized by the same blank tokenizer as the texts they match."""
    import spacy

    if lang == "zh":  # the Chinese pipeline's own tokenizer (one token per character, Latin runs whole)
        from analyzer.nlp.zh import blank_zh

        nlp = blank_zh()
    else:
        nlp = spacy.blank(lang)
    return lambda text: [t.norm_ for t in nlp.make_doc(text) if not t.is_space]


def _phrases(values: list[str], where: str, tokenize: Tokenize) -> tuple[Phrase, ...]:
    out = []
    for value in values:
        try:
            out.append(parse_phrase(value, tokenize))
        except PhraseError as exc:
            raise TableError(f"{where}: phrase {value!r}: {exc}") from None
    return tuple(out)


def _term_rule(row: RuleRow, where: str, tokenize: Tokenize) -> TermRule:
    where = f"{where} ({row.id})"
    for term_id, status in row.terms.items():
        if term_id not in BY_ID:
            raise TableError(f"{where}: unknown term {term_id!r}")
        if status not in BY_ID[term_id].allowed or status == "silent":
            raise TableError(f"{where}: status {status!r} not allowed for {term_id}")
    if set(row.implied) - set(row.terms):
        raise TableError(f"{where}: implied names terms the rule does not set")
    if bool(row.phrases) == bool(row.regex):
        raise TableError(f"{where}: give either phrases or (as an escape hatch) a regex")
    if NEEDS_COUNTER_EXAMPLE & set(row.terms.values()) and not row.counter_examples:
        raise TableError(f"{where}: a rule that yields prohibited or conditional needs counter_examples")
    regex = None
    if row.regex:
        try:
            regex = re.compile(row.regex, re.IGNORECASE)
        except re.error as exc:
            raise TableError(f"{where}: bad regular expression ({exc})") from None
    return TermRule(
        id=row.id,
        where=where,
        terms=dict(row.terms),
        phrases=_phrases(row.phrases, where, tokenize),
        examples=tuple(row.examples),
        when=row.when,
        regex=regex,
        unless=_phrases(row.unless, where, tokenize),
        unless_near=_phrases(row.unless_near, where, tokenize),
        section=_phrases(row.section, where, tokenize),
        not_section=_phrases(row.not_section, where, tokenize),
        defines=_phrases(row.defines, where, tokenize),
        in_definitions=row.in_definitions,
        priority=row.priority,
        params=row.params,
        counter_examples=tuple(row.counter_examples),
        implied=frozenset(row.implied),
        title=row.title,
    )


def load_rules(directory: Path | None = None, lang: str = "en") -> RuleSet:
    """All term rules, vocabularies and cues of one language, validated (loaded once per
    directory, however the caller names it)."""
    return _load_rules(Path(directory).resolve() if directory else language_dir(lang).resolve(), lang)


@functools.lru_cache(maxsize=8)
def _load_rules(directory: Path, lang: str) -> RuleSet:
    tokenize = phrase_tokenizer(lang)
    digest = hashlib.sha256()
    for name in TABLE_FILES:
        path = directory / name
        if not path.is_file():
            raise TableError(f"{path}: missing rule table")
        digest.update(name.encode() + b"\0" + path.read_bytes())
    rules: list[TermRule] = []
    seen: dict[str, str] = {}
    for name in TERM_RULE_FILES:
        for where, row in load_yaml_table(directory / name, RuleRow):
            if row.id in seen:
                raise TableError(f"{where}: duplicate rule id {row.id!r} (first at {seen[row.id]})")
            seen[row.id] = where
            rules.append(_term_rule(row, where, tokenize))
    settings = load_yaml_mapping(directory / "settings.yaml", SettingsTable)
    where = "settings.yaml"
    cues = tuple(cue for _, cue in load_jsonl_table(directory / "cues.jsonl", CueRow))
    return RuleSet(
        lang=lang,
        rules=tuple(rules),
        skip_sections=_phrases(settings.skip_sections, f"{where} skip_sections", tokenize),
        grant_skip_sections=_phrases(settings.grant_skip_sections, f"{where} grant_skip_sections", tokenize),
        grant_sections=_phrases(settings.grant_sections, f"{where} grant_sections", tokenize),
        grant_words=_phrases(settings.grant_words, f"{where} grant_words", tokenize),
        grant_titles=_phrases(settings.grant_titles, f"{where} grant_titles", tokenize),
        restriction_sections=_phrases(
            settings.restriction_sections, f"{where} restriction_sections", tokenize
        ),
        use_categories=tuple(
            (label, _phrases(p, f"{where} use_categories.{label}", tokenize))
            for label, p in settings.use_categories.items()
        ),
        regions=tuple(
            (label, _phrases(p, f"{where} regions.{label}", tokenize))
            for label, p in settings.regions.items()
        ),
        cues=cues,
        digest=digest.hexdigest(),
        incorporation=_phrases(settings.incorporation, f"{where} incorporation", tokenize),
        incorporated_licenses=tuple(
            (key, _phrases(p, f"{where} incorporated_licenses.{key}", tokenize))
            for key, p in settings.incorporated_licenses.items()
        ),
        model_scope=_phrases(settings.model_scope, f"{where} model_scope", tokenize),
        incorporation_in_scope=_phrases(
            settings.incorporation_in_scope, f"{where} incorporation_in_scope", tokenize
        ),
        incorporation_in_scope_unless=_phrases(
            settings.incorporation_in_scope_unless, f"{where} incorporation_in_scope_unless", tokenize
        ),
    )
