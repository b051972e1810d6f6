"""scan_directory(): a tree in, one ModelRow per model folder and every problem out.

A model is a folder holding a license file or a model card (a README.md with front matter, or
MODEL_CARD*.md); a Hugging Face snapshot (models--ORG--NAME/snapshots/REV/) is one. Use policies
link to the model in their folder, else to the nearest enclosing model folder.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from analyzer import api
from analyzer.catalog import load_catalog
from analyzer.files import read_bytes, read_file_document
from analyzer.licensedb import licensedb, licensedb_document
from analyzer.model import Document, InputError, InputProblem, LicenseProfile
from analyzer.scan import card as cards
from analyzer.scan.declared import load_table
from analyzer.scan.discover import FoundFile, discover
from analyzer.scan.identify import UNKNOWN, default_index
from analyzer.scan.policy import LinkedPolicy, link_policies, profile_terms
from analyzer.scan.results import (
    CatalogMatch,
    Declared,
    LicenseFileMatch,
    ModelRow,
    ReleaseFacts,
    ScanResult,
)
from analyzer.scan.variants import match_catalog
from analyzer.textio import decode

Progress = Callable[[int, int, str], None]  # (done, total, path of the model just scanned)


@dataclass
class Folder:
    """What one folder holds (read texts by relative path), while rows are being built."""

    path: str
    licenses: dict[str, str] = field(default_factory=dict)
    policies: dict[str, str] = field(default_factory=dict)
    cards: dict[str, cards.Card] = field(default_factory=dict)

    @property
    def is_model(self) -> bool:
        return bool(self.licenses or self.cards)


def _read(found: FoundFile) -> str:
    """A card's decoded text as is (evidence offsets point into the file); a license's or a
    policy's analyzed text (markup removed, as `analyze` reads it). Stat first: FIFOs, devices
    and files over the size limit are refused without being opened."""
    if found.kind == "card":
        return decode(read_bytes(found.path, found.rel), found.rel)[0]
    return read_file_document(found.path, found.rel).text


def _collect(root: Path) -> tuple[dict[str, Folder], list[InputProblem]]:
    found = discover(root)
    problems = list(found.problems)
    folders: dict[str, Folder] = {}
    for item in found.files:
        try:
            text = _read(item)
        except InputError as exc:
            problems.append(exc.problem)
            continue
        folder = folders.setdefault(item.folder, Folder(item.folder))
        if item.kind == "card":
            if item.path.name.lower() == "readme.md" and not cards.has_front_matter(text):
                continue  # a plain README, not a model card
            card = cards.parse_card(item.rel, text)
            if card.meta_error:
                problems.append(InputProblem(item.rel, card.meta_error))
            folder.cards[item.rel] = card
        elif item.kind == "license":
            folder.licenses[item.rel] = text
        else:
            folder.policies[item.rel] = text
    return folders, problems


def _link_orphan_policies(folders: dict[str, Folder], problems: list[InputProblem]) -> None:
    """Policies in a folder without a model go to the nearest enclosing model folder."""
    for folder in list(folders.values()):
        if folder.is_model or not folder.policies:
            continue
        parent, target = PurePosixPath(folder.path), None
        while target is None and str(parent) != ".":
            parent = parent.parent
            candidate = folders.get(str(parent))
            target = candidate if candidate and candidate.is_model else None
        for rel, text in folder.policies.items():
            if target is None:
                problems.append(InputProblem(rel, "use policy with no license or model card to link to"))
            else:
                target.policies[rel] = text


def _card_order(rel: str) -> tuple[int, str]:
    return (0 if PurePosixPath(rel).name.upper().startswith(("MODEL_CARD", "MODELCARD")) else 1, rel)


def _license_order(rel: str, score: float) -> tuple[int, float, str]:
    """MODEL_LICENSE first (the weights' license beside a code LICENSE), then LICENSE*, then others."""
    name = PurePosixPath(rel).name.upper()
    rank = 0 if name.startswith("MODEL_LICENSE") else 1 if name.startswith(("LICENSE", "LICENCE")) else 2
    return (rank, -score, rel)


def repo_id_of(path: str) -> str | None:
    """'models--meta-llama--Llama-2-7b-hf/snapshots/REV' -> 'meta-llama/Llama-2-7b-hf'."""
    parts = PurePosixPath(path).parts
    for i, part in enumerate(parts[:-1]):
        if part.startswith("models--") and parts[i + 1] == "snapshots":
            return "/".join(part.split("--")[1:3]) if part.count("--") >= 2 else part[8:]
    return None


def _facts(folder: Folder) -> tuple[ReleaseFacts, Declared | None]:
    table = load_table(licensedb().keys())
    facts, declared = ReleaseFacts(), None
    for rel in sorted(folder.cards, key=_card_order):
        card = folder.cards[rel]
        facts = facts.merged(cards.card_facts(card))
        if declared is None:
            declared, _ = cards.declared_of(card, table)
    if declared is None and facts.license:
        declared = Declared(facts.license, keys=table.keys_for(facts.license))
    return facts, declared


@dataclass(frozen=True)
class Chosen:
    """The license a row reports, where it came from, and its profile."""

    license_id: str = UNKNOWN
    basis: str | None = None
    score: float | None = None
    file: str | None = None
    profile: LicenseProfile | None = None


def choose_license(
    folder: Folder, primary: LicenseFileMatch | None, declared: Declared | None, catalog: CatalogMatch | None
) -> Chosen:
    """The license file when there is one (profiled from its own text); else the card's declared
    license (the catalog's size variant when it is among the declared keys); else the catalog's."""
    db = licensedb()
    if primary:
        entry = db.get(primary.license_id)
        doc = Document(
            id=primary.license_id if entry else primary.file,
            name=entry.name if entry else PurePosixPath(primary.file).name,
            text=folder.licenses[primary.file],
            source=f"file:{primary.file}",
        )
        return Chosen(primary.license_id, "file", primary.score, primary.file, api.analyze(doc))
    if declared and declared.keys:
        key = catalog.license if catalog and catalog.license in declared.keys else declared.keys[0]
        return Chosen(key, "declared", profile=api.analyze(licensedb_document(key)))
    if catalog and catalog.license in db:
        return Chosen(catalog.license, "catalog", profile=api.analyze(licensedb_document(catalog.license)))
    return Chosen()


def build_row(folder: Folder) -> ModelRow:
    """One model folder -> its row (identification, card facts, catalog variant, terms)."""
    index = default_index()
    facts, declared = _facts(folder)
    prefer = declared.keys if declared else ()
    matches = sorted(
        (
            LicenseFileMatch(rel, (f := index.identify(text, prefer)).key, f.score)
            for rel, text in folder.licenses.items()
        ),
        key=lambda m: _license_order(m.file, m.score),
    )
    primary = matches[0] if matches else None
    repo_id = repo_id_of(folder.path)
    names = [repo_id.split("/")[-1] if repo_id else PurePosixPath(folder.path).name, facts.model or ""]
    catalog = match_catalog(names, facts.parameters, load_catalog())
    chosen = choose_license(folder, primary, declared, catalog)
    agrees = None
    if declared and declared.keys and primary and primary.license_id != UNKNOWN:
        agrees = primary.license_id in declared.keys
    policies = [
        LinkedPolicy(rel, text, api.analyze(Document(rel, PurePosixPath(rel).name, text, f"file:{rel}")))
        for rel, text in sorted(folder.policies.items())
    ]
    return ModelRow(
        path=folder.path,
        license_file=chosen.file,
        license_id=chosen.license_id,
        license_score=chosen.score,
        license_basis=chosen.basis,
        declared=declared,
        declared_agrees=agrees,
        catalog=catalog,
        repo_id=repo_id,
        release=facts,
        profile=chosen.profile,
        terms=link_policies(profile_terms(chosen.profile, chosen.file), policies),
        policies=tuple(
            LicenseFileMatch(p.file, (f := index.identify(p.text)).key, f.score) for p in policies
        ),
        other_licenses=tuple(matches[1:]),
        cards=tuple(sorted(folder.cards, key=_card_order)),
    )


def scan_directory(root: Path, progress: Progress | None = None) -> ScanResult:
    """Every model under root (sorted by path) and every file that could not be read.

    Raises InputError when root is not a readable directory; never for a file inside it.
    """
    started = time.perf_counter()
    if not root.exists():
        raise InputError(str(root), "no such directory")
    if not root.is_dir():
        raise InputError(str(root), "not a directory")
    folders, problems = _collect(root)
    _link_orphan_policies(folders, problems)
    models = [f for _, f in sorted(folders.items()) if f.is_model]
    rows = []
    if progress and models:
        progress(0, len(models), "")
    for done, folder in enumerate(models, 1):
        try:
            rows.append(build_row(folder))
        except Exception as exc:  # one odd folder must not end a scan of hundreds; it is reported
            problems.append(InputProblem(folder.path, f"could not be analyzed ({type(exc).__name__}: {exc})"))
        if progress:
            progress(done, len(models), folder.path)
    return ScanResult(str(root), tuple(rows), tuple(problems), round(time.perf_counter() - started, 3))
