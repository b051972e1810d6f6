"""Rule tables (YAML/JSONL data beside this file) and their validating loader."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from analyzer.taxonomy import BY_ID

RULES_DIR = Path(__file__).resolve().parent
EN_RULES = RULES_DIR / "en"  # the English tables (rules/zh holds the Chinese ones)
TERM_RULE_FILES = ("permissions.yaml", "conditions.yaml", "limitations.yaml")
RULE_KEYS = {
    "id",
    "anchors",
    "pattern",
    "terms",
    "modality",
    "exclude",
    "section",
    "not_section",
    "defines",
    "priority",
    "params",
    "example",
    "counter_example",
    "note",
    "in_definitions",
}
MODALITIES = ("any", "permission", "obligation", "prohibition", "affirmed", "limit", "condition")
PARAM_EXTRACTORS = ("threshold", "url", "jurisdiction", "regions")


# ASCII-only lowering and whitespace folding keep every offset (one char in, one char out).
FOLD = str.maketrans(
    {**{chr(c): chr(c + 32) for c in range(65, 91)}, "\n": " ", "\t": " ", "\r": " ", "\f": " "}
)


def fold(text: str) -> str:
    """The text anchors are looked up in: same length and offsets, ASCII lowercase, one-line."""
    return text.translate(FOLD)


class RuleError(ValueError):
    """A rule table entry that fails validation (names the file and the rule)."""


def compile_pattern(pattern: str) -> re.Pattern:
    """A rule pattern: a literal space matches any run of whitespace (texts are hard-wrapped)."""
    # Rules are matched clause by clause (find_hits passes the clause bounds), so a gap can
    # never run past a clause end; inside a clause a "." may be a decimal ("Section 3.2").
    pattern = pattern.replace("[^.;]", "[^;]").replace("[^.]", r"[\s\S]")
    return re.compile(pattern.replace(" ", r"\s+"), re.IGNORECASE)


@dataclass(frozen=True)
class TermRule:
    id: str
    pattern: re.Pattern
    anchors: tuple[str, ...]
    terms: dict[str, str] = field(hash=False)
    example: str
    modality: str = "any"
    exclude: re.Pattern | None = None
    section: re.Pattern | None = None
    not_section: re.Pattern | None = None
    defines: re.Pattern | None = None
    priority: int = 10
    params: str | None = None
    counter_example: str | None = None
    in_definitions: bool = False


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[TermRule, ...]
    skip_sections: re.Pattern
    restriction_sections: re.Pattern
    use_categories: tuple[tuple[str, re.Pattern], ...]
    regions: tuple[tuple[str, re.Pattern], ...]

    @functools.cached_property
    def anchor_automaton(self):
        """Every anchor of every rule in one Aho-Corasick automaton: one pass over a text
        finds them all (a str.find per anchor costs ten times more)."""
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for anchor in sorted({a for rule in self.rules for a in rule.anchors}):
            automaton.add_word(anchor, anchor)
        automaton.make_automaton()
        return automaton


def _rule(row: dict, where: str) -> TermRule:
    unknown = set(row) - RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in ("id", "anchors", "pattern", "terms", "example"):
        if not row.get(key):
            raise RuleError(f"{where}: missing {key!r}")
    where = f"{where} ({row['id']})"
    for term_id, status in row["terms"].items():
        if term_id not in BY_ID:
            raise RuleError(f"{where}: unknown term {term_id!r}")
        if status not in BY_ID[term_id].allowed or status == "silent":
            raise RuleError(f"{where}: status {status!r} not allowed for {term_id}")
    anchors = row["anchors"]
    if not isinstance(anchors, list) or not all(
        isinstance(a, str) and a == a.lower() and a.strip() for a in anchors
    ):
        raise RuleError(f"{where}: anchors must be a list of lowercase strings")
    if row.get("modality", "any") not in MODALITIES:
        raise RuleError(f"{where}: modality must be one of {MODALITIES}")
    if row.get("params") not in (None, *PARAM_EXTRACTORS):
        raise RuleError(f"{where}: params must be one of {PARAM_EXTRACTORS}")
    try:
        opt = {
            k: compile_pattern(row[k]) for k in ("exclude", "section", "not_section", "defines") if row.get(k)
        }
        return TermRule(
            id=row["id"],
            pattern=compile_pattern(row["pattern"]),
            anchors=tuple(anchors),
            terms=dict(row["terms"]),
            example=row["example"],
            modality=row.get("modality", "any"),
            priority=int(row.get("priority", 10)),
            params=row.get("params"),
            counter_example=row.get("counter_example"),
            in_definitions=bool(row.get("in_definitions", False)),
            **opt,
        )
    except re.error as exc:
        raise RuleError(f"{where}: bad regular expression ({exc})") from None


def _labelled_patterns(data: dict, where: str) -> tuple[tuple[str, re.Pattern], ...]:
    if not isinstance(data, dict):
        raise RuleError(f"{where}: expected a mapping of label -> pattern")
    return tuple((label, compile_pattern(p)) for label, p in data.items())


@functools.lru_cache(maxsize=1)
def load_rules(directory: Path = EN_RULES) -> RuleSet:
    """All term rules and vocabularies, validated; errors name the file and the rule."""
    rules: list[TermRule] = []
    seen: set[str] = set()
    for name in TERM_RULE_FILES:
        rows = yaml.safe_load((directory / name).read_text(encoding="utf-8"))
        if not isinstance(rows, list):
            raise RuleError(f"{name}: expected a list of rules")
        for n, row in enumerate(rows, 1):
            if not isinstance(row, dict):
                raise RuleError(f"{name}: rule #{n} is not a mapping")
            rule = _rule(row, f"{name}: rule #{n}")
            if rule.id in seen:
                raise RuleError(f"{name}: duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            rules.append(rule)
    settings = yaml.safe_load((directory / "settings.yaml").read_text(encoding="utf-8"))
    expected = {"skip_sections", "restriction_sections", "use_categories", "regions"}
    if set(settings) != expected:
        raise RuleError(f"settings.yaml: keys must be {sorted(expected)}")
    return RuleSet(
        rules=tuple(rules),
        skip_sections=compile_pattern(settings["skip_sections"]),
        restriction_sections=compile_pattern(settings["restriction_sections"]),
        use_categories=_labelled_patterns(settings["use_categories"], "settings.yaml use_categories"),
        regions=_labelled_patterns(settings["regions"], "settings.yaml regions"),
    )
