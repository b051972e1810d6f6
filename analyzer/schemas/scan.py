"""Schemas of the scanner's tables: file names, file roles, Hugging Face license ids, card patterns."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from analyzer.schemas.base import NonEmpty, Strict, Text


class FileNames(Strict):
    """Which files `scan` reads, by name (analyzer/scan/files.yaml)."""

    policy: list[NonEmpty]
    license: list[NonEmpty]
    card: list[NonEmpty]
    skip_suffixes: list[NonEmpty]
    skip_dirs: list[NonEmpty]


ROLES = ("model", "code", "data", "use_policy", "other")


class RoleNameRow(Strict):
    """A file name pattern (or a folder on the path) that gives a license file its role."""

    role: Literal[ROLES]
    pattern: NonEmpty | None = None
    dir: NonEmpty | None = None
    example: NonEmpty

    @model_validator(mode="after")
    def _pattern_or_dir(self) -> RoleNameRow:
        if (self.pattern is None) == (self.dir is None):
            raise ValueError("give one of pattern or dir")
        return self


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"bad regular expression ({exc})") from None
    return value


class RoleTitleRow(Strict):
    """A regular expression over a license text's first line (case-insensitive)."""

    role: Literal[ROLES]
    pattern: NonEmpty
    example: NonEmpty

    _check_pattern = field_validator("pattern")(_regex)


class RoleReadme(Strict):
    model: list[NonEmpty]
    code: list[NonEmpty]


class RolesTable(Strict):
    """Roles of license-like files (analyzer/scan/roles.yaml)."""

    names: list[RoleNameRow]
    titles: list[RoleTitleRow]
    readme: RoleReadme


def _license_keys(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(value)
    raise ValueError("expected a LicenseDB key, a list of keys or null")


LicenseKeys = Annotated[tuple[str, ...], BeforeValidator(_license_keys)]


class HubLicenses(Strict):
    """Hugging Face `license:` ids and license names -> LicenseDB keys (rules/hf_licenses.yaml)."""

    identifiers: dict[Text, LicenseKeys]
    names: dict[Text, LicenseKeys]


FACT_FIELDS = (
    "release_date",
    "date_range",
    "parameters",
    "context_length",
    "training_tokens",
    "languages",
    "organization",
    "intended_use",
    "license",
)
DIRECTIONS = ("forward", "backward", "both")
TokenPattern = list[dict[str, Any]]


class ValueShapeRow(Strict):
    """A shape a fact value can take in a model card (a date, a size): spaCy token patterns."""

    id: NonEmpty
    label: NonEmpty
    pattern: TokenPattern
    example: NonEmpty


class FactCueRow(Strict):
    """A cue that gives the nearest value of its label a meaning (a fact field)."""

    id: NonEmpty
    field: Literal[FACT_FIELDS]
    value: NonEmpty
    pattern: TokenPattern
    direction: Literal[DIRECTIONS] = "forward"
    window: int = Field(default=0, ge=0, strict=True)
    multiple: bool = False
    example: NonEmpty


class CardPatternsTable(Strict):
    """Release facts in model-card prose (analyzer/scan/card_patterns.yaml)."""

    vocab: dict[str, Any] = {}
    values: list[ValueShapeRow]
    cues: list[FactCueRow] = []
