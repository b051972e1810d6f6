"""Model cards kept in a `model_cards/` folder beside the README: evidence about the releases
the README names, not models of their own.

A card belongs to the release whose name its file stem or its title is ("model_cards/Acme-7B.md"
or "# Acme 7B" for the README's "Acme-7B"): the card's facts fill what the README leaves empty
for that release, with the card as evidence. A card naming no release of the README is a release
of its own (a folder of cards is a list of releases).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePosixPath

from analyzer.scan import card as cards
from analyzer.scan.mentions import clean_name
from analyzer.scan.releases import name_key
from analyzer.scan.results import FactEvidence, ReleaseFacts

CARD_DIRS = frozenset({"model_cards", "model_card", "modelcards", "model-cards"})


def in_card_dir(rel: str) -> bool:
    """A Markdown file directly inside a model-cards folder."""
    path = PurePosixPath(rel)
    return path.suffix.lower() == ".md" and path.parent.name.lower() in CARD_DIRS


def owner_folder(rel: str) -> str:
    """The folder a model-cards folder's card belongs to (the folder holding model_cards/)."""
    return str(PurePosixPath(rel).parent.parent)


def _names(rel: str, facts: ReleaseFacts) -> list[str]:
    names = [PurePosixPath(rel).stem]
    if facts.model and (clean := clean_name(facts.model)):
        names.append(clean)
    return names


def with_cards(
    per_release: list[tuple[ReleaseFacts, list[str] | None]], card_texts: dict[str, str], listed: bool
) -> list[tuple[ReleaseFacts, list[str] | None]]:
    """The releases, each completed by its own card; cards naming none of them added as releases.
    `listed`: the README named these releases (else the one release is the folder's own, and a
    folder of cards replaces it)."""
    if not card_texts:
        return per_release
    out = list(per_release) if listed else []
    keys = [name_key(f.model or "") for f, _ in out]
    for rel in sorted(card_texts):
        facts = cards.card_facts(cards.parse_card(rel, card_texts[rel]))
        names = _names(rel, facts)
        at = next((i for i, k in enumerate(keys) if k and k in {name_key(n) for n in names}), None)
        if at is None:
            name = names[-1]
            head = card_texts[rel][:80]
            ev = facts.evidence.get("model") or FactEvidence(head, rel, 0, len(head))
            out.append((replace(facts, model=name, evidence={**facts.evidence, "model": ev}), None))
            keys.append(name_key(name))
            continue
        own, home = out[at]
        merged = own.merged(replace(facts, model=own.model))
        out[at] = (replace(merged, model=own.model), home)
    return out or per_release
