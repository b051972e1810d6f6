"""What a scan finds, one frozen row per model folder (analyzer.scan.output turns them into JSON/CSV)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analyzer.model import Evidence, InputProblem, LicenseProfile


@dataclass(frozen=True)
class FactEvidence:
    """Where a release fact was read: file_text[start:end] == text (file relative to the root)."""

    text: str
    file: str
    start: int
    end: int


@dataclass(frozen=True)
class ReleaseFacts:
    """Release metadata from a model card; None (or empty) where the card is silent."""

    model: str | None = None
    organization: str | None = None
    release_date: str | None = None
    date_range: tuple[str, str] | None = None
    parameters: tuple[str, ...] = ()
    context_length: int | None = None
    training_tokens: str | None = None
    languages: tuple[str, ...] = ()
    intended_use: str | None = None
    license: str | None = None
    base_model: str | None = None
    evidence: dict[str, FactEvidence] = field(default_factory=dict, hash=False)

    def merged(self, other: ReleaseFacts) -> ReleaseFacts:
        """These facts, with fields this card is silent on filled from another card."""
        values: dict[str, Any] = {}
        evidence = dict(self.evidence)
        for name in FACT_FIELDS:
            mine = getattr(self, name)
            if mine in (None, ()) and getattr(other, name) not in (None, ()):
                values[name] = getattr(other, name)
                if name in other.evidence:
                    evidence[name] = other.evidence[name]
            else:
                values[name] = mine
        return ReleaseFacts(**values, evidence=evidence)


FACT_FIELDS = (
    "model",
    "organization",
    "release_date",
    "date_range",
    "parameters",
    "context_length",
    "training_tokens",
    "languages",
    "intended_use",
    "license",
    "base_model",
)


@dataclass(frozen=True)
class Declared:
    """The license a model card names: the Hub identifier as written and the keys it maps to."""

    identifier: str
    name: str | None = None
    link: str | None = None
    keys: tuple[str, ...] = ()
    evidence: FactEvidence | None = None  # where a README names it (None: card front matter)


@dataclass(frozen=True)
class CatalogMatch:
    """The catalog release a model folder belongs to, the size it names, and that size's license."""

    release: str
    family: str
    size: str | None
    license: str


@dataclass(frozen=True)
class LicenseFileMatch:
    """One license (or policy) file and which LicenseDB text it is."""

    file: str
    license_id: str
    score: float
    close_to: str | None = None  # the nearest known text when this one is not it
    version: str | None = None  # the product and version its title names ("Llama 3.1")


@dataclass(frozen=True)
class SourcedEvidence:
    """An evidence span and the file its offsets point into (None: the LicenseDB text)."""

    file: str | None
    evidence: Evidence


@dataclass(frozen=True)
class RowTerm:
    """One term's status in a row: the license's, merged with any linked use policy."""

    status: str
    params: dict[str, Any] = field(hash=False)
    evidence: tuple[SourcedEvidence, ...] = ()
    basis: str = ""  # as TermResult.basis: "explicit", "implied", or "" when silent


@dataclass(frozen=True)
class ModelRow:
    """One model folder: the license it carries, what its card declares, its release facts."""

    path: str
    license_file: str | None
    license_id: str
    license_score: float | None
    license_basis: str | None  # "file", "declared" (card), "catalog" (size variant) or None
    declared: Declared | None
    declared_agrees: bool | None
    catalog: CatalogMatch | None
    repo_id: str | None
    release: ReleaseFacts
    profile: LicenseProfile | None
    terms: dict[str, RowTerm] = field(hash=False)
    policies: tuple[LicenseFileMatch, ...] = ()
    other_licenses: tuple[LicenseFileMatch, ...] = ()
    cards: tuple[str, ...] = ()
    license_files: tuple[Any, ...] = ()  # analyzer.scan.model_license.RoledFile, every license-like file
    inherited: Any = None  # analyzer.scan.lineage.Inherited: terms taken from the base model's license

    @property
    def family(self) -> str:
        return self.profile.family if self.profile else "unknown"

    def status(self, term_id: str) -> str | None:
        term = self.terms.get(term_id)
        return term.status if term else None


@dataclass(frozen=True)
class ScanResult:
    """Every model found under a root, and every file or directory that could not be read."""

    root: str
    rows: tuple[ModelRow, ...]
    problems: tuple[InputProblem, ...] = ()
    seconds: float = 0.0
