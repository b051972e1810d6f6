"""scan_directory(): a tree in, one ModelRow per model folder and every problem out.

A model is a folder holding a license file or a model card (a README.md with front matter, or
MODEL_CARD*.md); a Hugging Face snapshot (models--ORG--NAME/snapshots/REV/) is one. Use policies
link to the model in their folder, else to the nearest enclosing model folder.
"""

from __future__ import annotations

import functools
import io
import posixpath
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from analyzer import api
from analyzer.catalog import load_catalog
from analyzer.files import read_bytes, read_file_document
from analyzer.licensedb import licensedb
from analyzer.model import Document, InputError, InputProblem
from analyzer.scan import card as cards
from analyzer.scan import releases
from analyzer.scan.card import parse_date
from analyzer.scan.card_folder import in_card_dir, owner_folder, with_cards
from analyzer.scan.declared import load_table
from analyzer.scan.discover import FoundFile, discover
from analyzer.scan.honesty import check
from analyzer.scan.identify import UNKNOWN, default_index
from analyzer.scan.layouts import linked_model_docs
from analyzer.scan.license_names import declared_keys
from analyzer.scan.licensing import (
    Chosen,
    catalog_profile,
    choose_license,
    commercial_readmes,
    readme_terms,
    same_file_name,
)
from analyzer.scan.lineage import inheritance
from analyzer.scan.model_license import assign_roles
from analyzer.scan.policy import LinkedPolicy, link_policies, profile_terms
from analyzer.scan.readme_terms import stricter_commercial
from analyzer.scan.readmes import (
    claim_linked_licenses,
    folder_name,
    linked_model_file,
    not_about_others,
    readme_declared,
    readme_facts,
    readme_releases,
    readmes_name_releases,
    single_release,
    sized_models,
    specific_statement,
    statements_by_file,
    table_license,
)
from analyzer.scan.results import (
    Declared,
    FactEvidence,
    LicenseFileMatch,
    ModelRow,
    ReleaseFacts,
    ScanResult,
)
from analyzer.scan.roles import role_by_name, title_lines
from analyzer.scan.use_notes import own_note
from analyzer.scan.variants import match_catalog, sizes_in
from analyzer.textio import decode

Progress = Callable[[int, int, str], None]  # (done, total, path of the model just scanned)


@dataclass
class Folder:
    """What one folder holds (read texts by relative path), while rows are being built."""

    path: str
    licenses: dict[str, str] = field(default_factory=dict)
    policies: dict[str, str] = field(default_factory=dict)
    cards: dict[str, cards.Card] = field(default_factory=dict)
    readmes: dict[str, str] = field(default_factory=dict)
    model_cards: dict[str, str] = field(default_factory=dict)  # model_cards/*.md beside the README
    root_name: str = ""  # the scanned directory's own name (a checkout is named after its repo)

    @property
    def is_model(self) -> bool:
        """A license file, a model card, or a README naming releases (news lines, model tables)."""
        return bool(self.licenses or self.cards or self.model_cards or self.names_releases)

    @functools.cached_property
    def names_releases(self) -> bool:
        return readmes_name_releases(self.readmes)


def _read(found: FoundFile) -> str:
    """A card's decoded text as is (evidence offsets point into the file); a license's or a
    policy's analyzed text (markup removed, as `analyze` reads it). Stat first: FIFOs, devices
    and files over the size limit are refused without being opened."""
    if found.kind == "card":
        return decode(read_bytes(found.path, found.rel), found.rel)[0]
    if found.path.suffix.lower() == ".pdf":
        return pdf_text(read_bytes(found.path, found.rel), found.rel)
    return read_file_document(found.path, found.rel).text


# pdfminer often sets each printed line in a box of its own, with a blank line between boxes: a
# line that ends mid-sentence ("... non-commercial license that can") and a next line that goes on
# in lower case ("be terminated at any time.") are one paragraph, not two
PDF_WRAP = re.compile(r"(?<=[^\s.:;!?。：；！？])\n(?:[ \t]*\n)+(?=[ \t]*[a-z])")


def pdf_text(data: bytes, label: str) -> str:
    """The text of a license shipped as a PDF ("Skywork Community License.pdf"), via pdfminer
    (installed with scancode-toolkit); evidence offsets then point into this extracted text."""
    try:
        from pdfminer.high_level import extract_text
    except ImportError:  # pragma: no cover - pdfminer comes with scancode-toolkit
        raise InputError(label, "PDF document; extract its text first, e.g. with pdftotext") from None
    try:
        text = extract_text(io.BytesIO(data), maxpages=60)
    except Exception as exc:  # pdfminer raises many types for a damaged file
        raise InputError(label, f"unreadable PDF ({type(exc).__name__})") from None
    text = "\n".join(line.rstrip() for line in text.replace("\x0c", "\n").splitlines())
    text = PDF_WRAP.sub("\n", text)
    if not text.strip():
        raise InputError(label, "PDF without a text layer (a scan?)")
    return text


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
        if item.kind == "card" and in_card_dir(item.rel):  # evidence for the enclosing folder's releases
            home = owner_folder(item.rel)
            folders.setdefault(home, Folder(home, root_name=root.resolve().name)).model_cards[item.rel] = text
            continue
        folder = folders.setdefault(item.folder, Folder(item.folder, root_name=root.resolve().name))
        if item.kind == "card":
            if item.path.name.lower().startswith("readme") and not cards.has_front_matter(text):
                folder.readmes[item.rel] = text  # a plain README: read for releases, not a card
                continue
            card = cards.parse_card(item.rel, text)
            if card.meta_error:
                problems.append(InputProblem(item.rel, card.meta_error))
            folder.cards[item.rel] = card
        elif item.kind == "license":
            folder.licenses[item.rel] = text
        else:
            folder.policies[item.rel] = text
    for folder in list(folders.values()):
        _read_model_docs(root, folder, problems)
    return folders, problems


def _read_model_docs(root: Path, folder: Folder, problems: list[InputProblem]) -> None:
    """The Markdown pages a README's Models section links ("* [MusicGen](./docs/MUSICGEN.md)") are
    read as that folder's READMEs: they list the family's checkpoints. Only files inside the tree."""
    base = root.resolve()
    for rel, text in list(folder.readmes.items()):
        for target in linked_model_docs(text):
            doc = posixpath.normpath(posixpath.join(posixpath.dirname(rel), target))
            path = (root / doc).resolve()
            if (
                doc.startswith("..")
                or doc in folder.readmes
                or not path.is_relative_to(base)
                or not path.is_file()
            ):
                continue
            try:
                folder.readmes[doc] = _read(FoundFile(path, doc, "card"))
            except InputError as exc:
                problems.append(exc.problem)


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
    """A file whose name says it is the model's license first (MODEL_LICENSE, LICENSE-MODEL, "Acme
    LICENSE AGREEMENT", model_licenses/: the weights' license beside a code LICENSE), then LICENSE*,
    then others."""
    name = PurePosixPath(rel).name.upper()
    by_name = name.startswith("MODEL_LICENSE") or role_by_name(rel) == "model"
    rank = 0 if by_name else 1 if name.startswith(("LICENSE", "LICENCE")) else 2
    return (rank, -score, rel)


def _file_named(said, model_files):
    """The model license file a statement names without linking it: "the weights must comply with
    the Model License" beside MODEL_LICENSE.txt (the name is the file's, words for separators)."""
    if said.target or not said.name:
        return None
    name = re.sub(r"[^a-z0-9]+", "", said.name.lower())
    found = [f for f in model_files if re.sub(r"[^a-z0-9]+", "", PurePosixPath(f.file).stem.lower()) == name]
    return found[0] if len(found) == 1 else None


def _file_of_named_license(said, model_files, licenses):
    """The one model license file whose identified license a statement names without linking it
    ("Acme-7B is licensed under CC-BY-NC-4.0" beside a LICENSE that is CC BY-NC 4.0), or whose title
    starts with the name ("the Acme Community License" beside "ACME COMMUNITY LICENSE AGREEMENT")."""
    if said.target or not said.name:
        return None
    keys = declared_keys(said.name, said.link, load_table(licensedb().keys()))
    found = [f for f in model_files if f.license_id in keys]
    if not found:
        name = re.sub(r"[^a-z0-9]+", "", re.sub(r"^\s*the\s+", "", said.name.lower()))
        if len(name) >= 10 and re.search(r"licen[cs]e$", name):
            found = [
                f
                for f in model_files
                if any(
                    re.sub(r"[^a-z0-9]+", "", line.lower()).startswith(name)
                    for line in title_lines(licenses.get(f.file, ""), 2)
                )
            ]
    return found[0] if len(found) == 1 else None


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
    return _sized_by_name(folder, facts), declared


BARE_SIZE = re.compile(r"\d+(?:\.\d+)?[BM]", re.IGNORECASE)


def _sized_by_name(folder: Folder, facts: ReleaseFacts) -> ReleaseFacts:
    """A folder named by a size ("86M") holds that size's model when its card names that size: the name gets
    the size, and the size is the row's when the card (shared by the sizes: "Acme 2 22M, a 22 million
    parameter model") states another. (A card's title size is no statement: silent cards stay silent.)"""
    if not folder.cards or not facts.model:
        return facts
    size = PurePosixPath(folder.path).name
    if BARE_SIZE.fullmatch(size):
        size = size.upper()
        for rel in sorted(folder.cards, key=_card_order):
            text = folder.cards[rel].text
            m = re.search(rf"(?<![\w.]){re.escape(size)}(?![\w.])", text, re.IGNORECASE)
            if m is None:
                continue
            model = facts.model if sizes_in(facts.model) else f"{facts.model} {size}"
            stated = [_size_value(p) for p in facts.parameters]
            if any(v and abs(v - _size_value(size)) <= 0.15 * _size_value(size) for v in stated):
                return replace(facts, model=model)  # the card's own statement of that size stays
            ev = FactEvidence(text[m.start() : m.end()], rel, m.start(), m.end())
            evidence = {**facts.evidence, "parameters": ev}
            return replace(facts, model=model, parameters=(size,), evidence=evidence)
        return facts
    return facts


def _size_value(size: str) -> float:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([BM])", size.strip().upper())
    return float(m.group(1)) * (1e9 if m.group(2) == "B" else 1e6) if m else 0.0


def build_rows(folder: Folder) -> list[ModelRow]:
    """One model folder -> one row per release it names (identification, facts, terms)."""
    index = default_index()
    facts, declared = _facts(folder)
    found = readme_releases(folder) if folder.readmes else []
    by_file = statements_by_file(folder, [r.name for r in found])
    statements = [s for found in by_file.values() for s in found]
    roled = assign_roles(
        folder.licenses,
        statements,
        index,
        load_table(licensedb().keys()),
        prefer=declared.keys if declared else (),
        has_card=bool(folder.cards),
        has_readme=bool(folder.readmes),
    )
    if (
        not folder.cards
        and not folder.model_cards
        and not folder.names_releases
        and not any(f.role != "other" for f in roled)
    ):
        return []  # only notices, headers or URLs: not a model
    model_files = sorted(
        (f for f in roled if f.role == "model"),
        key=lambda f: (
            f.basis == "default",
            _license_order(f.file, f.score)[0],
            f.basis != "readme",
            -f.score,
            f.file,
        ),
    )
    primary = (
        LicenseFileMatch(model_files[0].file, model_files[0].license_id, model_files[0].score)
        if model_files
        else None
    )
    shared = facts if folder.cards else readme_facts(folder)
    if folder.cards and len(found) < 2:  # a model card is the release, unless the README lists several
        found = []
    repo_id = repo_id_of(folder.path)
    if found:
        if len(found) > 1:  # the README's release facts were shared out by releases.read_releases
            drop = ("release_date", "date_range", "parameters", "context_length", "training_tokens")
            evidence = {k: v for k, v in shared.evidence.items() if k not in drop}
            blank = {k: (() if k == "parameters" else None) for k in drop}
            shared = replace(shared, **blank, evidence=evidence)
        per_release = [(releases.to_facts(r, shared), sorted(r.files)) for r in found]
    else:
        per_release = [(f, None) for f in sized_models(folder, single_release(folder, shared, repo_id))]
    per_release = with_cards(per_release, folder.model_cards, listed=bool(found))
    rows, chosen_by = [], {}
    release_names = [r.model or "" for r, _ in per_release]
    lineage = _sibling_lineage([r for r, _ in per_release])
    for release, home in per_release:
        row_declared, row_primary = declared, primary
        if (
            primary
            and len(per_release) > 1
            and _named_for_others(primary, model_files, statements, release, release_names, folder)
        ):
            row_primary = None  # "Acme-7B's weights are ... under an Apache 2.0 license": Acme-7B's only
        own = table_license(release, folder) if found else None  # a model table's License cell
        if own is None and len(per_release) > 1:
            own = specific_statement(release, statements, release_names, folder.root_name)
        if own is None and len(model_files) > 1:  # which of the model files covers this release
            said = not_about_others(statements, release, release_names, folder)
            own = linked_model_file(release, said, [f.file for f in model_files])
        if own is not None:  # "the 70B models are under the [70B License](...)": this release's
            match = (
                next(
                    (
                        f
                        for f in roled
                        if own.target and PurePosixPath(f.file).name == PurePosixPath(own.target).name
                    ),
                    None,
                )
                or _file_named(own, model_files)
                or _file_of_named_license(own, model_files, folder.licenses)
            )
            if match is not None:
                row_primary = LicenseFileMatch(match.file, match.license_id, match.score)
            elif primary and same_file_name(own.link, primary.file):
                pass  # a link to the upstream copy of the file the folder ships (".../LICENSE-MODEL")
            elif declared is None:
                row_primary, row_declared = None, readme_declared([own], folder)
        if row_declared is None and row_primary is None:
            # a README's statement covers the releases it names (another README may name others)
            said = [s for rel in _with_readme(home) for s in by_file.get(rel, [])] if home else statements
            row_declared = readme_declared(not_about_others(said, release, release_names, folder), folder)
        names = [release.model or ""] if found else [folder_name(folder, repo_id), release.model or ""]
        catalog = match_catalog(names, release.parameters, load_catalog())
        key = (row_primary, row_declared, catalog.license if catalog else None)
        if key not in chosen_by:
            if row_primary is None and row_declared and row_declared.evidence and not row_declared.keys:
                chosen_by[key] = readme_terms(folder, row_declared)
            else:
                hub_like = bool(repo_id or folder.cards)
                chosen_by[key] = choose_license(folder, row_primary, row_declared, catalog, hub_like)
        rows.append(
            _row(
                folder,
                release,
                row_primary,
                row_declared,
                catalog,
                chosen_by[key],
                roled,
                repo_id,
                release_names,
                lineage.get(id(release)),
            )
        )
    return rows


def _sibling_lineage(found: list[ReleaseFacts]) -> dict[int, str]:
    """A release whose base is another release of the same README ("Acme-7B-Chat" tuned from the
    listed "Acme-7B", itself "based on Llama2") reaches, through it, the first base outside the
    README: the model whose license it may inherit."""
    by_key = {releases.name_key(r.model): r for r in found if r.model}
    out = {}
    for release in found:
        base, seen = release.base_model, set()
        while base and releases.name_key(base) in by_key and base not in seen:
            seen.add(base)
            base = by_key[releases.name_key(base)].base_model
        if base and seen:
            out[id(release)] = base
    return out


def _named_for_others(primary, model_files, statements, release, names, folder) -> bool:
    """The model license file is the weights' only by a README sentence that names its license (no
    link to the file) and speaks of other releases, not this one."""
    roled = next((f for f in model_files if f.file == primary.file), None)
    if roled is None or roled.basis != "readme" or roled.evidence is None:
        return False
    said = [
        s
        for s in statements
        if s.evidence == roled.evidence
        and s.role == "model"
        and not s.target
        and THIS_MODEL.search(s.evidence.text)  # "weights for this model": the one the line names
    ]
    return bool(said) and not not_about_others(said, release, names, folder)


THIS_MODEL = re.compile(r"\b(?:this|that)\s+(?:model|checkpoint)\b", re.IGNORECASE)


LICENSE_RELEASE_DATE = re.compile(
    r"^[ \t]*(?P<name>[\w.\- ]{1,40}?)\s+Version\s+Release\s+Date\s*:\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})",
    re.MULTILINE,
)


def license_release_date(rel: str, text: str, model: str) -> tuple[str, FactEvidence] | None:
    """The release date a model license's header gives its version ("Acme Version Release Date:
    June 18, 2024"), in the first lines of the text, when the model is the one it names."""
    m = LICENSE_RELEASE_DATE.search(text[:800])
    named = releases.fold(m.group("name")) if m else ""
    if not named or not releases.fold(model).startswith(named):
        return None
    date = parse_date(m.group("date"))
    return (date, FactEvidence(m.group(0).strip(), rel, m.start(), m.end())) if date else None


def _with_readme(home: list[str]) -> list[str]:
    """The files whose statements cover a release: those naming it, and the README of its folder
    when only a page the README links names it ("docs/MODEL_ZOO.md" lists the checkpoints, the
    README's License section covers them)."""
    if any(PurePosixPath(rel).name.upper().startswith("README") for rel in home):
        return home
    readmes = {str(PurePosixPath(rel).parent / "README.md") for rel in home}
    readmes |= {str(PurePosixPath(rel).parent.parent / "README.md") for rel in home}
    return [*home, *sorted(r.removeprefix("./") for r in readmes)]


def _policy_match(rel: str, text: str, index) -> LicenseFileMatch:
    """A use policy identified as the policy of its own version (a Llama 3.1 policy is not the
    Llama 4 one, however close its wording): else unknown, close to the nearest."""
    found = index.identify(text)
    entry = licensedb().get(found.key)
    honest = check(text, found.key, found.score, entry.name if entry else None)
    return LicenseFileMatch(rel, honest.key, found.score, honest.close_to, honest.version)


def _row(
    folder, release, primary, declared, catalog, chosen, roled, repo_id, siblings=(), chain_base=None
) -> ModelRow:
    index = default_index()
    agrees = None
    if declared and declared.keys and primary and primary.license_id != UNKNOWN:
        agrees = primary.license_id in declared.keys
    policies = [
        LinkedPolicy(rel, text, api.analyze(Document(rel, PurePosixPath(rel).name, text, f"file:{rel}")))
        for rel, text in sorted(folder.policies.items())
    ]
    others = [
        LicenseFileMatch(f.file, f.license_id, f.score)
        for f in roled
        if not primary or f.file != primary.file
    ]
    terms = profile_terms(chosen.profile, chosen.file)
    if (
        not release.release_date
        and not repo_id
        and not folder.cards
        and chosen.basis == "file"
        and chosen.file in folder.licenses
    ):  # a source repository's own model license: "Acme Version Release Date: June 18, 2024"
        dated = license_release_date(chosen.file, folder.licenses[chosen.file], release.model or "")
        if dated:
            evidence = {**release.evidence, "release_date": dated[1]}
            release = replace(release, release_date=dated[0], evidence=evidence)
    inherited = None
    base = chain_base or release.base_model  # through a listed sibling to the base outside
    own_release = base and any(  # a base the same README lists is no catalog release
        releases.name_key(base) == releases.name_key(n) for n in siblings if n
    )
    found = None if own_release else inheritance(base, chosen.profile, catalog_profile, load_catalog())
    if found:
        inherited, base = found
        if chosen.profile is None:
            chosen = Chosen(inherited.license_id, "inherited", profile=base)
            terms = profile_terms(base, None)
        else:  # the base's limits follow the weights into the fine-tune
            terms = {**terms, **{t: profile_terms(base, None)[t] for t in inherited.terms}}
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
        release=release,
        profile=chosen.profile,
        terms=link_policies(
            own_note(
                stricter_commercial(terms, commercial_readmes(folder, chosen), chosen.basis == "readme"),
                release,
            ),
            policies,
        ),
        policies=tuple(_policy_match(p.file, p.text, index) for p in policies),
        other_licenses=tuple(others),
        cards=tuple(sorted(folder.cards, key=_card_order)),
        license_files=tuple(roled),
        inherited=inherited,
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
    claim_linked_licenses(folders)
    _link_orphan_policies(folders, problems)
    models = [f for _, f in sorted(folders.items()) if f.is_model]
    rows = []
    if progress and models:
        progress(0, len(models), "")
    for done, folder in enumerate(models, 1):
        try:
            rows.extend(build_rows(folder))
        except Exception as exc:  # one odd folder must not end a scan of hundreds; it is reported
            problems.append(InputProblem(folder.path, f"could not be analyzed ({type(exc).__name__}: {exc})"))
        if progress:
            progress(done, len(models), folder.path)
    return ScanResult(str(root), tuple(rows), tuple(problems), round(time.perf_counter() - started, 3))
