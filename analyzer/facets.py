"""analyzer/rules/use_facets.yaml: which terms each facet of a planned use touches, validated on load."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analyzer.taxonomy import BY_ID, CONDITION, LIMITATION, PERMISSION

FACETS_FILE = Path(__file__).resolve().parent / "rules" / "use_facets.yaml"
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
TOP_KEYS = {
    "facets",
    "combinations",
    "conditional",
    "implied_by",
    "carried_by_copies",
    "thresholds",
    "regions",
}


class FacetTableError(ValueError):
    """use_facets.yaml is malformed; the message names the entry and the problem."""


@dataclass(frozen=True)
class Example:
    """A tested example: a use, the statuses of a profile (others silent), what check must say."""

    where: str
    use: dict[str, Any]
    statuses: dict[str, dict[str, Any]]  # term -> {"status", "params"}
    verdict: str
    obligations: tuple[str, ...] = ()
    blockers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facet:
    name: str
    needs: tuple[str, ...]
    needs_any: tuple[str, ...]
    obligations: tuple[str, ...]
    example: Example


@dataclass(frozen=True)
class Combination:
    when: tuple[str, ...]
    obligations: tuple[str, ...]
    example: Example


@dataclass(frozen=True)
class FacetTable:
    facets: dict[str, Facet] = field(hash=False)
    combinations: tuple[Combination, ...]
    conditional: dict[str, tuple[str, str]] = field(hash=False)  # permission -> (condition, otherwise)
    implied_by: dict[str, dict[str, str]] = field(hash=False)
    carried_by_copies: frozenset[str]
    operators: dict[str, str] = field(hash=False)  # recorded operator -> how the use must compare
    user_metrics: frozenset[str]
    revenue_metrics: frozenset[str]
    regions: dict[str, frozenset[str]] = field(hash=False)

    def touched(self, active: list[str]) -> tuple[list[str], list[tuple[str, ...]], list[str]]:
        """(needed permissions, groups of which one is needed, triggered obligations), in order."""
        needs: list[str] = []
        groups: list[tuple[str, ...]] = []
        obliged: list[str] = []
        parts = [self.facets[f] for f in active]
        for facet in parts:
            needs += [t for t in facet.needs if t not in needs]
            if facet.needs_any:
                groups.append(facet.needs_any)
            obliged += [t for t in facet.obligations if t not in obliged]
        for combo in self.combinations:
            if set(combo.when) <= set(active):
                obliged += [t for t in combo.obligations if t not in obliged]
        return needs, groups, obliged

    def regions_of(self, code: str) -> set[str]:
        """The region labels a --region code falls in (a label itself is accepted too)."""
        if code.upper() in self.regions:
            return set(self.regions[code.upper()])
        labels = {label for labels in self.regions.values() for label in labels}
        return {label for label in labels if label.lower() == code.strip().lower()}


def _terms(value: Any, where: str, categories: tuple[str, ...]) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise FacetTableError(f"{where}: expected a list of term ids")
    for t in value:
        if t not in BY_ID:
            raise FacetTableError(f"{where}: unknown term {t!r}")
        if BY_ID[t].category not in categories:
            raise FacetTableError(
                f"{where}: {t} is a {BY_ID[t].category}, expected {' or '.join(categories)}"
            )
    return tuple(value)


def _keys(row: Any, where: str, required: set[str], optional: set[str] = frozenset()) -> dict:
    if not isinstance(row, dict):
        raise FacetTableError(f"{where}: expected a mapping")
    missing, unknown = required - set(row), set(row) - required - optional
    if missing or unknown:
        raise FacetTableError(f"{where}: missing keys {sorted(missing)}, unknown keys {sorted(unknown)}")
    return row


def _example(row: Any, where: str) -> Example:
    where = f"{where} example"
    row = _keys(row, where, {"use", "statuses", "verdict"}, {"obligations", "blockers"})
    use = _keys(row["use"], f"{where} use", set(), set(USE_FIELDS))
    statuses = {}
    for t, value in _keys(row["statuses"], f"{where} statuses", set(), set(BY_ID)).items():
        entry = value if isinstance(value, dict) else {"status": value, "params": {}}
        entry = _keys(entry, f"{where} {t}", {"status"}, {"params"})
        if entry["status"] not in BY_ID[t].allowed:
            raise FacetTableError(f"{where}: {t} cannot be {entry['status']!r}")
        statuses[t] = {"status": entry["status"], "params": entry.get("params") or {}}
    if row["verdict"] not in OUTCOMES:
        raise FacetTableError(f"{where}: verdict must be one of {list(OUTCOMES)}")
    every = (PERMISSION, CONDITION, LIMITATION)
    return Example(
        where,
        use,
        statuses,
        row["verdict"],
        _terms(row.get("obligations", []), f"{where} obligations", every),
        _terms(row.get("blockers", []), f"{where} blockers", every),
    )


def _facet(name: str, row: Any) -> Facet:
    where = f"use_facets.yaml facets.{name}"
    row = _keys(row, where, {"example"}, {"needs", "needs_any", "obligations"})
    return Facet(
        name,
        _terms(row.get("needs", []), f"{where} needs", (PERMISSION,)),
        _terms(row.get("needs_any", []), f"{where} needs_any", (PERMISSION,)),
        _terms(row.get("obligations", []), f"{where} obligations", (CONDITION, LIMITATION)),
        _example(row["example"], where),
    )


def _combination(i: int, row: Any) -> Combination:
    where = f"use_facets.yaml combinations[{i}]"
    row = _keys(row, where, {"when", "obligations", "example"})
    if not isinstance(row["when"], list) or len(row["when"]) < 2 or set(row["when"]) - set(FACET_NAMES):
        raise FacetTableError(f"{where}: when must list two or more of {list(FACET_NAMES)}")
    obligations = _terms(row["obligations"], f"{where} obligations", (CONDITION, LIMITATION))
    return Combination(tuple(row["when"]), obligations, _example(row["example"], where))


def _thresholds(row: Any) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    where = "use_facets.yaml thresholds"
    row = _keys(row, where, {"operators", "users", "revenue"})
    operators = _keys(row["operators"], f"{where}.operators", set(OPERATORS))
    compare = {}
    for op, spec in operators.items():
        spec = _keys(spec, f"{where}.operators {op}", {"triggered_when"})
        if spec["triggered_when"] not in OPERATORS:
            raise FacetTableError(f"{where}.operators {op}: triggered_when must be one of {list(OPERATORS)}")
        compare[op] = spec["triggered_when"]
    metrics = []
    for key in ("users", "revenue"):
        if not isinstance(row[key], list) or not all(isinstance(m, str) and m for m in row[key]):
            raise FacetTableError(f"{where}.{key}: expected a list of metric names")
        metrics.append(frozenset(row[key]))
    return compare, metrics[0], metrics[1]


def _regions(row: Any) -> dict[str, frozenset[str]]:
    if not isinstance(row, dict):
        raise FacetTableError("use_facets.yaml regions: expected a mapping of code to region labels")
    out = {}
    for code, labels in row.items():
        # YAML 1.1 reads a bare NO as false: a code must be quoted when it looks like a boolean
        if not isinstance(code, str) or code != code.upper():
            raise FacetTableError(f"use_facets.yaml regions: code {code!r} must be an upper-case string")
        if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
            raise FacetTableError(f"use_facets.yaml regions.{code}: expected a list of region labels")
        out[code] = frozenset(labels)
    return out


def load_facets(path: Path = FACETS_FILE) -> FacetTable:
    """Read and validate a facet table; FacetTableError names the first bad entry."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FacetTableError(f"{path.name}: cannot read ({exc})") from None
    data = _keys(data, path.name, TOP_KEYS)
    facets = _keys(data["facets"], "use_facets.yaml facets", set(FACET_NAMES))
    if not isinstance(data["combinations"], list):
        raise FacetTableError("use_facets.yaml combinations: expected a list")
    conditional = {}
    for t, spec in _keys(data["conditional"], "use_facets.yaml conditional", set(), set(BY_ID)).items():
        where = f"use_facets.yaml conditional.{t}"
        _terms([t], where, (PERMISSION,))
        spec = _keys(spec, where, {"condition", "otherwise"})
        _terms([spec["condition"]], where, (CONDITION,))
        if spec["otherwise"] not in OUTCOMES:
            raise FacetTableError(f"{where}: otherwise must be one of {list(OUTCOMES)}")
        conditional[t] = (spec["condition"], spec["otherwise"])
    implied = {}
    for t, spec in _keys(data["implied_by"], "use_facets.yaml implied_by", set(), set(BY_ID)).items():
        where = f"use_facets.yaml implied_by.{t}"
        spec = _keys(spec, where, set(), set(BY_ID))
        for other, status in spec.items():
            if status not in BY_ID[other].allowed:
                raise FacetTableError(f"{where}: {other} cannot be {status!r}")
        implied[t] = dict(spec)
    regions = _regions(data["regions"])
    return FacetTable(
        {name: _facet(name, row) for name, row in facets.items()},
        tuple(_combination(i, row) for i, row in enumerate(data["combinations"])),
        conditional,
        implied,
        frozenset(_terms(data["carried_by_copies"], "use_facets.yaml carried_by_copies", (CONDITION,))),
        *_thresholds(data["thresholds"]),
        regions,
    )


@functools.cache
def facet_table() -> FacetTable:
    """The bundled table, loaded and validated once."""
    return load_facets()
