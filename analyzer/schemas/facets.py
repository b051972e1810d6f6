"""Schema of the use facets (rules/use_facets.yaml): what each facet of a planned use touches.

Term ids are checked against the taxonomy passed as validation context ({"terms": BY_ID}):
whether the id exists, whether its category fits the place, whether a status is allowed.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, field_validator, model_validator

from analyzer.schemas.base import NonEmpty, Strict

USE_FIELDS = (
    "commercial",
    "users",
    "revenue",
    "modify",
    "distribute",
    "host",
    "train_other_models",
    "region",
)
FACET_NAMES = ("use", *USE_FIELDS)
OPERATORS = (">", ">=", "<", "<=")
OUTCOMES = ("allowed", "allowed_if", "needs_permission", "not_allowed", "unclear")
EVERY = ("permission", "condition", "limitation")


def check_terms(ids: list[str], info: ValidationInfo, categories: tuple[str, ...] = EVERY) -> list[str]:
    """The ids, each a known term of one of these categories (when the taxonomy is given)."""
    terms = (info.context or {}).get("terms")
    for t in ids if terms is not None else ():
        if t not in terms:
            raise ValueError(f"unknown term {t!r}")
        if terms[t].category not in categories:
            raise ValueError(f"{t} is a {terms[t].category}, expected {' or '.join(categories)}")
    return ids


def check_statuses(statuses: dict[str, str], info: ValidationInfo) -> None:
    """Each term known and each status one the taxonomy allows for it."""
    check_terms(list(statuses), info)
    terms = (info.context or {}).get("terms")
    for t, status in statuses.items() if terms is not None else ():
        if status not in terms[t].allowed:
            raise ValueError(f"{t} cannot be {status!r}")


class StatusEntry(Strict):
    status: NonEmpty
    params: Annotated[dict[str, Any], BeforeValidator(lambda v: v or {})] = {}


def _status_entry(value: Any) -> Any:
    return {"status": value} if isinstance(value, str) else value


class Example(Strict):
    """A tested example: a use, the statuses of a profile (others silent), what check must say."""

    use: dict[Literal[USE_FIELDS], Any]
    statuses: dict[str, Annotated[StatusEntry, BeforeValidator(_status_entry)]]
    verdict: Literal[OUTCOMES]
    obligations: list[str] = []
    blockers: list[str] = []

    @field_validator("statuses")
    @classmethod
    def _statuses(cls, value: dict[str, StatusEntry], info: ValidationInfo) -> dict[str, StatusEntry]:
        check_statuses({t: e.status for t, e in value.items()}, info)
        return value

    @field_validator("obligations", "blockers")
    @classmethod
    def _terms(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_terms(value, info)


class FacetRow(Strict):
    """The permissions a facet exercises (all of `needs`, one of `needs_any`) and what it triggers."""

    needs: list[str] = []
    needs_any: list[str] = []
    obligations: list[str] = []
    example: Example

    @field_validator("needs", "needs_any")
    @classmethod
    def _permissions(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_terms(value, info, ("permission",))

    @field_validator("obligations")
    @classmethod
    def _obligations(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_terms(value, info, ("condition", "limitation"))


class Facets(Strict):
    """One entry per facet of `modelterms check`: `use` (always on) and each use flag."""

    use: FacetRow
    commercial: FacetRow
    users: FacetRow
    revenue: FacetRow
    modify: FacetRow
    distribute: FacetRow
    host: FacetRow
    train_other_models: FacetRow
    region: FacetRow


class Combination(Strict):
    """Obligations that only two or more facets together trigger."""

    when: list[Literal[FACET_NAMES]] = Field(min_length=2)
    obligations: list[str]
    example: Example

    @field_validator("obligations")
    @classmethod
    def _obligations(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_terms(value, info, ("condition", "limitation"))


class Conditional(Strict):
    """A conditional permission: the condition that states it, and the verdict otherwise."""

    condition: NonEmpty
    otherwise: Literal[OUTCOMES]

    @field_validator("condition")
    @classmethod
    def _condition(cls, value: str, info: ValidationInfo) -> str:
        return check_terms([value], info, ("condition",))[0]


class Trigger(Strict):
    triggered_when: Literal[OPERATORS]


class Thresholds(Strict):
    """How a recorded threshold operator compares with the planned use, and the metric names."""

    operators: dict[Literal[OPERATORS], Trigger]
    users: list[NonEmpty]
    revenue: list[NonEmpty]

    @model_validator(mode="after")
    def _every_operator(self) -> Thresholds:
        missing = [op for op in OPERATORS if op not in self.operators]
        if missing:
            raise ValueError(f"operators missing {missing}")
        return self


def _region_code(value: Any) -> Any:
    # YAML 1.1 reads a bare NO as false: a code must be quoted when it looks like a boolean
    if not isinstance(value, str) or value != value.upper():
        raise ValueError(f"code {value!r} must be an upper-case string (quote it)")
    return value


class UseFacetsTable(Strict):
    """analyzer/rules/use_facets.yaml."""

    facets: Facets
    combinations: list[Combination]
    conditional: dict[str, Conditional]
    implied_by: dict[str, dict[str, str]]
    carried_by_copies: list[str]
    thresholds: Thresholds
    regions: dict[Annotated[str, BeforeValidator(_region_code)], list[NonEmpty]]

    @field_validator("conditional")
    @classmethod
    def _conditional(cls, value: dict[str, Conditional], info: ValidationInfo) -> dict[str, Conditional]:
        check_terms(list(value), info, ("permission",))
        return value

    @field_validator("implied_by")
    @classmethod
    def _implied(cls, value: dict[str, dict[str, str]], info: ValidationInfo) -> dict[str, dict[str, str]]:
        check_terms(list(value), info)
        for statuses in value.values():
            check_statuses(statuses, info)
        return value

    @field_validator("carried_by_copies")
    @classmethod
    def _carried(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_terms(value, info, ("condition",))

    @field_validator("regions")
    @classmethod
    def _labels(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if any(not labels for labels in value.values()):
            raise ValueError("each code needs a list of region labels")
        return value
