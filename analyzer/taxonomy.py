"""The 29 terms of TERMS.md, their categories and allowed statuses (a public contract)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from analyzer.schemas import TermDefinitions, YamlTable

PERMISSION = "permission"
CONDITION = "condition"
LIMITATION = "limitation"

ALLOWED = {
    PERMISSION: ("granted", "conditional", "prohibited", "silent"),
    CONDITION: ("required", "conditional", "silent"),
    LIMITATION: ("applies", "silent"),
}

FAMILIES = (
    "permissive",
    "copyleft",
    "weak-copyleft",
    "public-domain",
    "responsible-ai",
    "community",
    "non-commercial",
    "research-only",
    "proprietary",
    "unknown",
)


@dataclass(frozen=True)
class Term:
    id: str
    category: str
    about: str

    @property
    def allowed(self) -> tuple[str, ...]:
        return ALLOWED[self.category]

    @property
    def definition(self) -> str:
        """One or two plain-language sentences (analyzer/rules/terms.yaml)."""
        return definitions()[self.id].definition

    @property
    def label(self) -> str:
        """A short human name for the term ("Commercial use")."""
        return definitions()[self.id].label


_TERMS = [
    (PERMISSION, "research_use", "using the material for research, study, experimentation"),
    (PERMISSION, "commercial_use", "using it in commercial or production settings, for profit"),
    (PERMISSION, "private_use", "using and modifying it privately, without distributing"),
    (PERMISSION, "modify", "modifying it, creating derivative works, fine-tuning"),
    (PERMISSION, "distribute", "redistributing the original or derivatives"),
    (PERMISSION, "sublicense", "granting sublicenses"),
    (PERMISSION, "patent_grant", "an express patent license"),
    (PERMISSION, "trademark_use", "using the licensor's trademarks or names"),
    (PERMISSION, "train_other_models", "using the model or its outputs to train other models"),
    (PERMISSION, "output_use", "using the generated outputs"),
    (CONDITION, "include_license", "distributions must include a copy of the license"),
    (CONDITION, "include_notice", "copyright, attribution or NOTICE-file notices kept in copies"),
    (CONDITION, "attribution", 'credit shown to the public ("Built with X")'),
    (CONDITION, "derivative_naming", "derivatives must carry, or must not use, a given name"),
    (CONDITION, "state_changes", "modified files must state the changes"),
    (CONDITION, "disclose_source", "source must be made available when distributing"),
    (CONDITION, "network_disclose", "network use counts as distribution (AGPL-style)"),
    (CONDITION, "same_license", "derivatives must be licensed under the same license"),
    (CONDITION, "flow_down_restrictions", "recipients must be bound by the use restrictions"),
    (CONDITION, "aup_compliance", "use must follow a separate acceptable use policy"),
    (CONDITION, "user_threshold", "above N users or a revenue, a separate license is needed"),
    (LIMITATION, "use_restrictions", "use restricted by purpose or field"),
    (LIMITATION, "liability_limitation", "the licensor limits or excludes its liability"),
    (LIMITATION, "warranty_disclaimer", 'provided "as is", warranties disclaimed'),
    (LIMITATION, "termination", "the license ends on breach or at the licensor's option"),
    (LIMITATION, "patent_retaliation", "the license ends if the licensee sues over patents/IP"),
    (LIMITATION, "licensor_updates", "the licensor may change the terms or restrict use remotely"),
    (LIMITATION, "geographic_restriction", "rights withheld for some regions"),
    (LIMITATION, "governing_law", "a governing-law or jurisdiction clause"),
]

TERMS: tuple[Term, ...] = tuple(Term(tid, cat, about) for cat, tid, about in _TERMS)
TERM_IDS: tuple[str, ...] = tuple(t.id for t in TERMS)
BY_ID: dict[str, Term] = {t.id: t for t in TERMS}
CATEGORY_LABEL = {PERMISSION: "permissions", CONDITION: "conditions", LIMITATION: "limitations"}


def term(term_id: str) -> Term:
    """The term with this id; KeyError names the unknown id."""
    try:
        return BY_ID[term_id]
    except KeyError:
        raise KeyError(f"unknown term {term_id!r}") from None


TERMS_FILE = Path(__file__).resolve().parent / "rules" / "terms.yaml"


@dataclass(frozen=True)
class Definition:
    term: str
    label: str
    definition: str


def load_definitions(path: Path = TERMS_FILE) -> dict[str, Definition]:
    """Read and validate a terms file (analyzer.schemas.TermDefinitionRow): every taxonomy term
    once, nothing else, the same category and statuses; TableError names file:line and field."""
    source = YamlTable(path)
    rows = source.validate(TermDefinitions).root
    unknown = [t for t in rows if t not in BY_ID]
    if unknown:
        raise source.error((unknown[0],), "unknown term")
    missing = [t for t in TERM_IDS if t not in rows]
    if missing:
        raise source.error((), f"missing terms {missing}")
    out = {}
    for term_id in TERM_IDS:
        entry, known = rows[term_id], BY_ID[term_id]
        if entry.category != known.category:
            raise source.error((term_id, "category"), f"{entry.category!r}, taxonomy says {known.category!r}")
        if tuple(entry.statuses) != known.allowed:
            raise source.error(
                (term_id, "statuses"), f"{entry.statuses}, taxonomy says {list(known.allowed)}"
            )
        out[term_id] = Definition(term_id, entry.label.strip(), " ".join(entry.definition.split()))
    return out


@functools.cache
def definitions() -> dict[str, Definition]:
    """The bundled definitions, loaded and validated once."""
    return load_definitions()


def definition(term_id: str) -> str:
    """The plain-language definition of a term; KeyError names an unknown id."""
    return term(term_id).definition
