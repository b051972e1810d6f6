"""Which license a row reports and its terms: the model license file, else the license the card
or README declares (its LicenseDB text), else the README's own words when the license is only
named; and the READMEs read for a condition on commercial use.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from analyzer import api
from analyzer.licensedb import licensedb, licensedb_document
from analyzer.model import Document, LicenseProfile
from analyzer.scan.identify import UNKNOWN
from analyzer.scan.readmes import english_readmes, section_of
from analyzer.scan.results import CatalogMatch, Declared, LicenseFileMatch

if TYPE_CHECKING:
    from analyzer.scan.scanner import Folder


@dataclass(frozen=True)
class Chosen:
    """The license a row reports, where it came from, and its profile."""

    license_id: str = UNKNOWN
    basis: str | None = None
    score: float | None = None
    file: str | None = None
    profile: LicenseProfile | None = None


def choose_license(
    folder: Folder,
    primary: LicenseFileMatch | None,
    declared: Declared | None,
    catalog: CatalogMatch | None,
    catalog_terms: bool = True,
) -> Chosen:
    """The license file when there is one (profiled from its own text); else the card's declared
    license (the catalog's size variant when it is among the declared keys); else the catalog's,
    for a model folder (`catalog_terms`: a hub snapshot or a folder with a card). A source
    repository whose files name no license for its weights reports none: a catalog entry of the
    same family does not say which terms the repository's own releases carry."""
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
    if catalog_terms and catalog and catalog.license in db:
        return Chosen(catalog.license, "catalog", profile=api.analyze(licensedb_document(catalog.license)))
    return Chosen()


def readme_terms(folder: Folder, declared: Declared) -> Chosen:
    """A license the README only names, with no LicenseDB text: the terms its own License section
    states ("open to academic research; commercial use after registration"), evidence in place."""
    ev = declared.evidence
    offset, section = section_of(folder.readmes[ev.file], ev.start)
    profile = api.analyze(
        Document(f"readme:{ev.file}", declared.name or declared.identifier, section, f"file:{ev.file}")
    )
    terms = {
        t: replace(
            r, evidence=tuple(replace(e, start=e.start + offset, end=e.end + offset) for e in r.evidence)
        )
        for t, r in profile.terms.items()
    }
    return Chosen(UNKNOWN, "readme", None, None, replace(profile, terms=terms))


def same_file_name(link: str | None, file: str) -> bool:
    """A link whose last path segment is the file's name ("https://github.com/o/r/blob/main/LICENSE-MODEL")."""
    tail = PurePosixPath((link or "").split("#")[0].split("?")[0]).name
    return bool(tail) and tail.lower() == PurePosixPath(file).name.lower()


def commercial_readmes(folder: Folder, chosen: Chosen) -> list[tuple[str, str]]:
    """The READMEs read for a condition on commercial use: the English ones; all of them when the
    weights' license is only named (then the README's own words are its terms, in any language), or
    when no README is in English (a Chinese README alone is the repository's own word)."""
    english = english_readmes(folder)
    if chosen.basis != "readme" and english:
        return english
    return english + sorted((rel, t) for rel, t in folder.readmes.items() if (rel, t) not in english)


def catalog_profile(key: str) -> LicenseProfile | None:
    return api.analyze(licensedb_document(key)) if key in licensedb() else None
