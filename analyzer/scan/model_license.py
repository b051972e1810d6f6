"""The license that governs a model's weights, among the license files of its folder.

Each license-like file gets a role (analyzer.scan.roles): by its name, by what the folder's
README says of it (a link to the file, or a license name that is the file's identified
license), by its title, else by default: `model` when nothing says otherwise (a model folder,
a card declaring a license, or a README saying the license covers the models without naming
it), `code` when the folder's README speaks of a repository but never ties the file to the
weights. With no model file, a README that names or links the weights' license gives a
declared license, with its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from analyzer.licensedb import licensedb
from analyzer.scan.declared import DeclaredTable
from analyzer.scan.honesty import check
from analyzer.scan.identify import LicenseIndex
from analyzer.scan.license_names import declared_keys
from analyzer.scan.results import FactEvidence
from analyzer.scan.roles import Statement, not_a_license, role_by_name, role_by_title


@dataclass(frozen=True)
class RoledFile:
    """One license-like file: its role, why (name/readme/title/default), its identification."""

    file: str
    role: str
    basis: str
    license_id: str
    score: float
    close_to: str | None = None
    note: str | None = None  # why it is no license (only a URL), or the version its title names
    evidence: FactEvidence | None = None


def _statement_for(
    rel: str, key: str, statements: Sequence[Statement], table: DeclaredTable
) -> Statement | None:
    """The README statement naming this file (by link) or its license (by name); model first."""
    name = PurePosixPath(rel).name
    hits = [s for s in statements if s.target and PurePosixPath(s.target).name == name]
    if not hits and key != "unknown":
        hits = [s for s in statements if s.name and key in declared_keys(s.name, s.link, table)]
    return min(hits, key=lambda s: s.role != "model") if hits else None


# "The usage of the checkpoints should comply with the base LLM's model license": the weights take
# their base model's license, which is none of this folder's files
BASE_DEFERS = re.compile(
    r"\bbase\s+(?:llm|model|language\s+model)s?(?:'s|’s|s')?\s+(?:model\s+)?licen[cs]es?"
    r"|\blicen[cs]es?\s+of\s+(?:the|their|its)\s+base\s+(?:llm|model|language\s+model)s?"
    # "released under the same license as the base model"
    r"|\bsame\s+licen[cs]es?\s+as\s+(?:the|their|its)\s+(?:respective\s+)?base\s+(?:llm|model|language\s+model)s?",
    re.IGNORECASE,
)
CODE_ONLY = frozenset({"code", "codes", "codebase", "source", "software", "library", "package", "scripts"})


def _whole_repository(said: Statement) -> bool:
    """A statement that gives a license to the repository as a whole, never to its code alone."""
    words = set(re.findall(r"[a-z]+", re.sub(r"\]\([^)]*\)", "]", said.evidence.text).lower()))
    return bool(words & {"repository", "repo", "project"}) and not words & CODE_ONLY


def assign_roles(
    licenses: Mapping[str, str],
    statements: Sequence[Statement],
    index: LicenseIndex,
    table: DeclaredTable,
    prefer: Sequence[str] = (),
    has_card: bool = False,
    has_readme: bool = False,
) -> list[RoledFile]:
    """Every license file of a folder with its role and identification."""
    out: list[RoledFile] = []
    unnamed_model = any(
        s.role == "model" and not s.target and not s.name and not BASE_DEFERS.search(s.evidence.text)
        for s in statements
    )
    for rel, text in sorted(licenses.items()):
        found = index.identify(text, prefer)
        entry = licensedb().get(found.key)
        honest = check(text, found.key, found.score, entry.name if entry else None)
        close = honest.close_to or (found.nearest if not found.known and found.score >= 0.6 else None)
        reason = not_a_license(text)
        if reason:
            out.append(RoledFile(rel, "other", "text", honest.key, found.score, close, reason))
            continue
        role, basis, evidence = role_by_name(rel), "name", None
        if role is None:
            said = _statement_for(rel, honest.key, statements, table)
            if said:
                role, basis, evidence = said.role, "readme", said.evidence
                if role == "code" and _whole_repository(said) and role_by_title(text) == "model":
                    # "Use of this repository and related resources are governed by the [X Research
                    # License]": the repository holds the weights too, and the text is a model license
                    role, basis = "model", "title"
        if role is None and (role := role_by_title(text)):
            basis = "title"
        if role is None:
            basis = "default"
            role = "model" if has_card or unnamed_model or not has_readme else "code"
        out.append(RoledFile(rel, role, basis, honest.key, found.score, close, honest.version, evidence))
    return out


def declared_model_license(
    statements: Sequence[Statement], licenses: Mapping[str, str], table: DeclaredTable
) -> Statement | None:
    """A README statement naming or linking the weights' license that no file of the folder is."""
    names = {PurePosixPath(rel).name for rel in licenses}
    found = [
        s
        for s in statements
        if s.role == "model"
        and (s.target or s.name or s.link)
        and (PurePosixPath(s.target).name if s.target else None) not in names
    ]
    if not found:
        return None
    first = found[0]
    if first.name is None and "![" in first.evidence.text and not declared_keys(None, first.link, table):
        # a badge linking a file the folder does not ship ("[![Model License](...)](MODEL_LICENSE)")
        # names no license; a sentence that names one ("The pretrained weights are released under
        # the [CC-BY-NC-SA-4.0 license](...)") says which
        named = next((s for s in found[1:] if s.name and declared_keys(s.name, s.link, table)), None)
        if named is not None:
            return named
    return first
