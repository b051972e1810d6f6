"""Schemas of the term rules, settings, cues (rules/<lang>/) and term definitions (rules/terms.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, RootModel, field_validator

from analyzer.schemas.base import NonEmpty, Strict, Text

MODALITIES = ("any", "permission", "obligation", "prohibition", "affirmed", "limit", "condition")
PARAM_EXTRACTORS = ("threshold", "url", "jurisdiction", "regions")


class RuleRow(Strict):
    """One term rule (analyzer/rules/<lang>/*.yaml)."""

    id: str = Field(min_length=1)
    terms: dict[str, str] = Field(min_length=1)
    # Terms this rule sets only by implication (a general grant), not by a clause about them.
    implied: list[str] = []
    when: Literal[MODALITIES] = "any"
    phrases: list[str] = []
    # The declared escape hatch: a regular expression, for what tokens cannot say.
    regex: str | None = None
    unless: list[str] = []
    # Vetoes that count only near the match (NEAR tokens either side of where it starts): words
    # that cancel a reading when they qualify it ("trademarks", "means") but not elsewhere in a
    # long clause ("You may not use it commercially, including selling goods bearing our marks").
    unless_near: list[str] = []
    section: list[str] = []
    not_section: list[str] = []
    defines: list[str] = []
    in_definitions: bool = False
    # Only in the title: the first clauses of the text, before the license proper begins.
    title: bool = False
    priority: int = 10
    params: Literal[PARAM_EXTRACTORS] | None = None
    examples: list[str] = Field(min_length=1)
    counter_examples: list[str] = []
    note: str | None = None

    @field_validator("unless", "unless_near", mode="before")
    @classmethod
    def _shared_lists(cls, value):
        """A veto list may hold another, shared by a YAML anchor (`unless: ["x", *shared]`): its
        entries count as if written here, so that a rule with one veto more than another shares
        the rest instead of copying it."""
        if not isinstance(value, list):
            return value
        return [v for item in value for v in (item if isinstance(item, list) else [item])]

    @field_validator("phrases", "unless", "unless_near", "section", "not_section", "defines", "examples")
    @classmethod
    def _non_empty_strings(cls, value: list[str]) -> list[str]:
        if any(not isinstance(v, str) or not v.strip() for v in value):
            raise ValueError("entries must be non-empty strings")
        return value


class SettingsTable(Strict):
    """Vocabularies shared by the rules (analyzer/rules/<lang>/settings.yaml)."""

    # `model_scope` is a table key, not pydantic's: pydantic 2.0 (the floor) refuses fields named
    # model_* unless the protected namespace is lifted
    model_config = ConfigDict(extra="forbid", frozen=True, protected_namespaces=())

    skip_sections: list[str]
    # sections that grant nothing (a README's how-to and news): a rule whose every status is
    # `granted` is skipped there; limits, gates and duties stated there still count
    grant_skip_sections: list[str] = []
    # a grant under a heading that names no licence topic (a README's "## Notes", "## About
    # v4.0") counts only where its clause names who or what is licensed, or the licence
    # ("可以使用浅层扩散模型提升音质" is a tip, "您可以免费使用本模型" a grant): the headings that
    # name a licence topic, and the clause words that make a grant one anywhere
    grant_sections: list[str] = []
    grant_words: list[str] = []
    # a text whose first heading names a licence ("模型许可协议") is a licence file: every section of it
    # is a licence section, whatever its heading ("第三条 分发"), and the filter above does not apply
    grant_titles: list[str] = []
    restriction_sections: list[str]
    use_categories: dict[str, list[str]]
    regions: dict[str, list[str]]
    incorporation: list[str] = []
    incorporated_licenses: dict[str, list[str]] = {}
    # a text that says it covers the model weights ("本文件只适用于模型权重") names its license
    # without naming the model again: the naming clause, and what it must not be about
    model_scope: list[str] = []
    incorporation_in_scope: list[str] = []
    incorporation_in_scope_unless: list[str] = []


class CueRow(Strict):
    """One modality cue (analyzer/rules/<lang>/cues.jsonl)."""

    id: str
    phrase: str
    category: str
    direction: str
    example: str


class TermDefinitionRow(Strict):
    """A term's plain-language definition (rules/terms.yaml); category and statuses repeat the
    taxonomy's, so that a reader of the file sees them (the loader checks they agree)."""

    category: NonEmpty
    statuses: list[NonEmpty]
    label: Text
    definition: Text


class TermDefinitions(RootModel[dict[str, TermDefinitionRow]]):
    """rules/terms.yaml: term id -> its definition."""
