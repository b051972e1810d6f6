"""Schemas of the data tables (pydantic, unknown keys forbidden) and a loader whose errors
name the file and the line of the offending entry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

MODALITIES = ("any", "permission", "obligation", "prohibition", "affirmed", "limit", "condition")
PARAM_EXTRACTORS = ("threshold", "url", "jurisdiction", "regions")


class TableError(ValueError):
    """A data table entry that fails validation; the message starts with `file:line`."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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

    @field_validator("phrases", "unless", "section", "not_section", "defines", "examples")
    @classmethod
    def _non_empty_strings(cls, value: list[str]) -> list[str]:
        if any(not isinstance(v, str) or not v.strip() for v in value):
            raise ValueError("entries must be non-empty strings")
        return value


class SettingsTable(Strict):
    """Vocabularies shared by the rules (analyzer/rules/<lang>/settings.yaml)."""

    skip_sections: list[str]
    restriction_sections: list[str]
    use_categories: dict[str, list[str]]
    regions: dict[str, list[str]]
    incorporation: list[str] = []
    incorporated_licenses: dict[str, list[str]] = {}


class CueRow(Strict):
    """One modality cue (analyzer/rules/<lang>/cues.jsonl)."""

    id: str
    phrase: str
    category: str
    direction: str
    example: str


class LicenseVariantRow(Strict):
    """A size-dependent license of a release (licenses/*.yaml, `license_variants`)."""

    parameters: list[str] | None = None
    license: str = Field(min_length=1)
    note: str | None = None


class ReleaseRow(Strict):
    """One release of the bundled catalog (licenses/<id>.yaml)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    model: str = Field(min_length=1)
    family: str = Field(min_length=1)
    version: str | None = None
    organization: str = Field(min_length=1)
    release_date: str = Field(pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    parameters: list[str] | None = None
    context_length: int | None = None
    training_tokens: str | None = None
    license: str = Field(min_length=1)
    license_variants: list[LicenseVariantRow] | None = None
    source_url: str = Field(min_length=1)
    notes: str | None = None


Model = TypeVar("Model", bound=BaseModel)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"])
        msg = err["msg"].replace("Extra inputs are not permitted", "unknown key")
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def yaml_rows(path: Path) -> list[tuple[int, object]]:
    """The items of a YAML list with the line each starts on (1-based)."""
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TableError(f"{path.name}: not valid YAML ({exc})") from None
    if not isinstance(data, list) or node is None:
        raise TableError(f"{path.name}:1: expected a list of entries")
    return [(item.start_mark.line + 1, row) for item, row in zip(node.value, data, strict=True)]


def validate(model: type[Model], row: object, where: str) -> Model:
    if not isinstance(row, dict):
        raise TableError(f"{where}: expected a mapping")
    try:
        return model.model_validate(row)
    except ValidationError as exc:
        ident = f" ({row['id']})" if isinstance(row.get("id"), str) else ""
        raise TableError(f"{where}{ident}: {_describe(exc)}") from None


def load_yaml_table(path: Path, model: type[Model]) -> list[tuple[str, Model]]:
    """Every entry of a YAML list validated, each with its `file:line`."""
    return [
        (f"{path.name}:{line}", validate(model, row, f"{path.name}:{line}")) for line, row in yaml_rows(path)
    ]


def load_yaml_mapping(path: Path, model: type[Model]) -> Model:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise TableError(f"{path.name}: not valid YAML ({exc})") from None
    return validate(model, data, f"{path.name}:1")


def load_jsonl_table(path: Path, model: type[Model]) -> list[tuple[str, Model]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TableError(f"{where}: not valid JSON ({exc.msg})") from None
        out.append((where, validate(model, row, where)))
    return out
