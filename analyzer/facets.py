"""analyzer/rules/use_facets.yaml: which terms each facet of a planned use touches, validated on load."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analyzer.schemas import UseFacetsTable, YamlTable
from analyzer.schemas import facets as schema
from analyzer.schemas.facets import FACET_NAMES, USE_FIELDS  # noqa: F401 (USE_FIELDS: for callers)
from analyzer.taxonomy import BY_ID

FACETS_FILE = Path(__file__).resolve().parent / "rules" / "use_facets.yaml"


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


def _example(row: schema.Example, where: str) -> Example:
    statuses = {t: {"status": e.status, "params": e.params} for t, e in row.statuses.items()}
    return Example(where, dict(row.use), statuses, row.verdict, tuple(row.obligations), tuple(row.blockers))


def load_facets(path: Path = FACETS_FILE) -> FacetTable:
    """Read and validate a facet table (analyzer.schemas.UseFacetsTable, term ids checked
    against the taxonomy); TableError names the file, the line and the field."""
    source = YamlTable(path)
    table = source.validate(UseFacetsTable, context={"terms": BY_ID})
    facets = {}
    for name in FACET_NAMES:
        row = getattr(table.facets, name)
        where = f"{source.name}:{source.line(('facets', name, 'example'))} facets.{name}"
        facets[name] = Facet(
            name, tuple(row.needs), tuple(row.needs_any), tuple(row.obligations), _example(row.example, where)
        )
    combinations = tuple(
        Combination(
            tuple(c.when),
            tuple(c.obligations),
            _example(c.example, f"{source.name}:{source.line(('combinations', i))} combinations[{i}]"),
        )
        for i, c in enumerate(table.combinations)
    )
    thresholds = table.thresholds
    return FacetTable(
        facets,
        combinations,
        {t: (c.condition, c.otherwise) for t, c in table.conditional.items()},
        {t: dict(statuses) for t, statuses in table.implied_by.items()},
        frozenset(table.carried_by_copies),
        {op: trigger.triggered_when for op, trigger in thresholds.operators.items()},
        frozenset(thresholds.users),
        frozenset(thresholds.revenue),
        {code: frozenset(labels) for code, labels in table.regions.items()},
    )


@functools.cache
def facet_table() -> FacetTable:
    """The bundled table, loaded and validated once."""
    return load_facets()
