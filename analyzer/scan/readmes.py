"""A model folder's READMEs: which are read, the releases and facts they name, the license they
declare for the weights, and the one release of a folder that names none.

English READMEs are read whole (prose included); when a folder has none, its READMEs in other
languages are still read for news lines and tables. A README's statement about the weights'
license covers the releases that README names.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from analyzer.licensedb import licensedb
from analyzer.scan import card as cards
from analyzer.scan import releases
from analyzer.scan.datelines import dated_lines
from analyzer.scan.declared import load_table
from analyzer.scan.family import released_family
from analyzer.scan.hublinks import HUB_LINK, list_releases
from analyzer.scan.layouts import bold_item_releases, release_date_entries
from analyzer.scan.license_names import _catalog_license, declared_keys
from analyzer.scan.lineage import base_in_command, base_in_prose
from analyzer.scan.model_license import declared_model_license
from analyzer.scan.results import Declared, FactEvidence, ReleaseFacts
from analyzer.scan.roles import Statement, local_target, readme_statements
from analyzer.scan.scoped import heading_version, of_another_version
from analyzer.scan.use_notes import cell_license, is_use_note
from analyzer.scan.variants import sizes_in

if TYPE_CHECKING:
    from analyzer.scan.scanner import Folder


CELL_LINK = re.compile(r"\[(?P<name>[^\]\[]+)\]\((?P<target>[^)\s]+)[^)]*\)")


def claim_linked_licenses(folders: dict[str, Folder]) -> None:
    """A license a README links in a subfolder ("./assets/model_license.pdf") belongs to the
    README's folder, not to a model of its own (unless that subfolder holds a card or README)."""
    for folder in list(folders.values()):
        for text in folder.readmes.values():
            # any link to a license file (a statement's, a License column's, a list's)
            targets = {local_target(m.group("target")) for m in CELL_LINK.finditer(text)}
            for target in sorted(t for t in targets if t and "/" in t and not t.startswith("..")):
                full = posixpath.normpath(posixpath.join(folder.path, target))
                other = folders.get(posixpath.dirname(full) or ".")
                if other is None or other is folder or full not in other.licenses:
                    continue
                if not other.cards and not other.readmes:
                    folder.licenses[full] = other.licenses.pop(full)
    for folder in list(folders.values()):  # after the claims: a license stays with its folder
        if folder.licenses:
            continue
        for text in folder.readmes.values():
            # "The same license as Acme 2 applies: see the [LICENSE](../LICENSE) file": a folder with
            # no license of its own takes the enclosing folder's the README links (it is shared)
            targets = {local_target(m.group("target")) for m in CELL_LINK.finditer(text)}
            for target in sorted(t for t in targets if t and t.startswith("../")):
                full = posixpath.normpath(posixpath.join(folder.path, target))
                other = folders.get(posixpath.dirname(full) or ".")
                if other is not None and other is not folder and full in other.licenses:
                    folder.licenses[full] = other.licenses[full]


# README_en.md, README.EN.md
ENGLISH_FILE = re.compile(r"[-_.](?:en|eng|english)(?=\.[a-z]+$)", re.IGNORECASE)
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _translated(rel: str, text: str, readmes: Sequence[str]) -> bool:
    """A README beside one its name marks as English (README.md beside README_en.md) is the other
    language's when a tenth of its letters are CJK (tables and code blocks dilute the Chinese prose)."""
    parent = PurePosixPath(rel).parent
    if ENGLISH_FILE.search(PurePosixPath(rel).name) or not any(
        PurePosixPath(o).parent == parent and ENGLISH_FILE.search(PurePosixPath(o).name) for o in readmes
    ):
        return False
    sample = text[:20000]
    letters = sum(c.isalpha() for c in sample)
    return letters > 0 and len(CJK_CHAR.findall(sample)) >= 0.1 * letters


def english_readmes(folder: Folder) -> list[tuple[str, str]]:
    """The folder's plain READMEs in English, README.md first."""
    order = sorted(folder.readmes, key=lambda rel: (PurePosixPath(rel).name.upper() != "README.MD", rel))
    return [
        (rel, folder.readmes[rel])
        for rel in order
        if releases.is_english(folder.readmes[rel], PurePosixPath(rel).name)
        and not _translated(rel, folder.readmes[rel], order)
    ]


def readme_releases(folder: Folder) -> list[releases.Release]:
    found: dict[str, releases.Release] = {}
    english = english_readmes(folder)
    # a README in another language still names releases in its news lines and tables (the
    # Chinese README's news may be the only one), read after the English ones
    others = sorted((rel, t) for rel, t in folder.readmes.items() if (rel, t) not in english)
    family = folder_name(folder, None)
    for rel, text in [*english, *others]:
        prose = (rel, text) in english
        home = family if prose or not english else None
        read = releases.read_releases(rel, text, prose=prose, family=home, repository=folder.root_name)
        for release in read:
            kept = found.setdefault(releases.name_key(release.name), release)
            kept.files.add(rel)
            for name, value in release.values.items():
                kept.set(name, value, release.facts_evidence[name])
    if len(found) > 1:  # a "Release date" field dating versions: "December 2022 (`large-v2`)"
        texts = [*english, *((rel, c.text) for rel, c in sorted(folder.cards.items()))]
        _dated_versions(found, [e for rel, text in texts for e in release_date_entries(rel, text)])
    _dated_by_linked_pages(folder, english, found)
    # a release named after the repository, undated: the news line announcing the repository's model
    dated = [d for rel, text in english for d in releases.news_dates(rel, text, family)]
    dated += [d for rel, text in english for d in _own_release_lines(rel, text)]
    versions = {v for r in found.values() for v in releases.versions_in(r.name)}
    for release in found.values():
        if len(versions) > 1 and releases.versions_in(release.name):
            continue  # "Acme-v1.0" beside "Acme-v1.2": a line naming only the family is not about v1.0
        named = dated and releases.fold(release.name).startswith(releases.fold(family))
        if named and not _later_generation(release.name, family):
            release.set("release_date", *min(dated, key=lambda d: d[0]))
    return list(found.values())


PAGE_LINK = re.compile(r"""(?:\]\(|href=["'])(?P<target>[^)"'\s#]+\.md)(?:#[^)"'\s]*)?["')]""", re.IGNORECASE)


def _dated_by_linked_pages(
    folder: Folder, english: list[tuple[str, str]], found: dict[str, releases.Release]
) -> None:
    """ "2025-08-25: We open-sourced <a href="docs/acme-tts.md">Acme-TTS</a>": the news line dates the
    undated models the linked page names ("**Model:** [Acme-1.5B](...)"), the page being read as a
    README of the folder."""
    from analyzer.scan.datelines import dated_lines

    for rel, text in english:
        for line in dated_lines(rel, text):
            pages = {
                posixpath.normpath(posixpath.join(posixpath.dirname(rel), m.group("target")))
                for m in PAGE_LINK.finditer(line.rest)
            }
            if len(pages) != 1:
                continue
            page = pages.pop()
            if page == rel or page not in folder.readmes:
                continue
            for release in found.values():
                if page in release.files and "release_date" not in release.values:
                    release.set("release_date", line.date, line.evidence)


OWN_RELEASE = re.compile(
    r"\b(?:models?|checkpoints?|weights)\b[^.]{0,80}?\b(?:are|is|were|was|have been|has been)\s+"
    r"(?:now\s+|all\s+)?(?:released|open-?sourced)\b"
    r"|\b(?:we\s+)?(?:release[sd]?|open-?source[sd]?)\s+(?:the\s+|our\s+|all\s+)?(?:pre-?trained\s+)?"
    r"(?:models?|checkpoints?|weights)\b(?!\s+of\b)"
    r"|\b(?:pre-?trained|chat|instruct|base)\s+(?:models?|checkpoints?|weights)\b[^.!\n]{0,120}?\breleased\b",
    re.IGNORECASE,
)


def _own_release_lines(file: str, text: str) -> list[tuple[str, FactEvidence]]:
    """News lines releasing the repository's models without naming them ("2024-01-22: Paper, code,
    models, and demo are released"): a line naming another model is that model's news."""
    from analyzer.scan.datelines import dated_lines

    out = []
    for line in dated_lines(file, text):
        plain = releases.LINK.sub(r"\1", line.rest)
        if OWN_RELEASE.search(plain) and not re.search(r"[A-Z][\w.-]*\d", plain):
            out.append((line.date, line.evidence))
    return out


def _dated_versions(found: dict[str, releases.Release], entries: list) -> None:
    """Each named version gets its date (a version not listed yet is a release of its own; one whose
    last word is a listed release's name is that release: `large-v3-turbo` is the table's `turbo`);
    "(original series)" dates the listed releases no entry names."""
    named = set()
    for date, name, ev in entries:
        if name is None:
            continue
        key = releases.name_key(name)
        release = found.get(key) or next(
            (
                r
                for k, r in found.items()
                if len(k) >= 3 and re.search(r"[-_ ]" + re.escape(r.name) + "$", name)
            ),
            None,
        )
        if release is None:
            release = found.setdefault(key, releases.Release(name, ev))
        named.add(id(release))
        if "release_date" not in release.values:
            release.set("release_date", date, ev)
    for date, name, ev in entries:
        if name is None:
            for release in found.values():
                if id(release) not in named and "release_date" not in release.values:
                    release.set("release_date", date, ev)


def _later_generation(name: str, family: str) -> bool:
    """'Acme3.5-20B' in the Acme repository: a generation of its own ("3.5" right after the
    family's name, not a size), which the family's first news line does not date."""
    parts = re.findall(r"[A-Za-z0-9]+", family)
    m = re.match(r"(?i)" + r"[-_ .]?".join(map(re.escape, parts)), name) if parts else None
    rest = name[m.end() :] if m else ""
    return bool(re.match(r"[-_ ]?v?\d+(?:[._]\d+)*(?![\d.]*[BbMmKk](?![A-Za-z]))", rest))


def readme_facts(folder: Folder) -> ReleaseFacts:
    """The facts a plain README states of the whole folder (its name, a heading that is a name)."""
    facts = ReleaseFacts()
    for rel, text in english_readmes(folder):
        facts = facts.merged(cards.card_facts(cards.parse_card(rel, text)))
    return facts


GITHUB_REPO = re.compile(r"^https?://github\.com/[^/]+/(?P<repo>[^/]+)/", re.IGNORECASE)


def statements_by_file(folder: Folder, names: Sequence[str] = ()) -> dict[str, list[Statement]]:
    """The README statements; a link into another GitHub repository ("Llama's [model license](
    https://github.com/facebookresearch/llama/blob/main/LICENSE)") names that repository's file,
    not a file of this folder (a checkout is named after its repository). `names`: the releases the
    READMEs name, with their families ("Acme-7B is released under ..." is about those weights)."""
    subjects = tuple(dict.fromkeys(x for n in names if n for x in (n, family_stem(n))))
    out: dict[str, list[Statement]] = {}
    english = english_readmes(folder)
    others = sorted((rel, t) for rel, t in folder.readmes.items() if (rel, t) not in english)
    for rel, text in [*english, *others]:
        if (rel, text) in others and any(out.values()):
            break  # another language's README is read only when the English ones say nothing of a license
        found = []
        for said in readme_statements(rel, text, family=folder_name(folder, None), names=subjects):
            other = GITHUB_REPO.match(said.link or "")
            if other and said.target and other.group("repo").lower() != folder.root_name.lower():
                said = replace(said, target=None)
            found.append(said)
        out[rel] = found
    return out


def readme_declared(statements: list[Statement], folder: Folder) -> Declared | None:
    """The weights' license a README names or links when no file of the folder is it."""
    said = declared_model_license(statements, folder.licenses, load_table(licensedb().keys()))
    if said is None:
        return None
    name = said.name or said.target or said.link or ""
    table = load_table(licensedb().keys())
    keys = table.keys_for(name, said.name) or declared_keys(said.name, said.link, table)
    if keys and said.name and not re.search(r"\d", said.name):
        keys = _versioned_after(said, folder) or keys
    if not keys and not said.target and GENERIC_NAME.match(said.name or ""):
        return None  # "according to their [license](https://github.com/other/repo#license)": no name
    return Declared(name, said.name, said.link, keys, said.evidence)


def _versioned_after(said: Statement, folder: Folder) -> tuple[str, ...]:
    """ "the [Acme community license](...) for Acme-2 and ...": a license named by its family alone
    is the license of the family's version the rest of the sentence names."""
    text = folder.readmes.get(said.evidence.file, "")
    end = said.evidence.end
    rest = re.split(r"(?<![A-Za-z]\.[A-Za-z])\.(?:\s|$)|\n", text[end : end + 200])[0]
    family = re.escape(said.name.split()[0])
    m = re.search(rf"\b{family}[- ]?v?\d+(?:\.\d+)?\b", rest, re.IGNORECASE)
    key = _catalog_license(m.group()) if m else None
    return (key,) if key else ()


GENERIC_NAME = re.compile(r"^\s*(?:the |their |its |our )?(?:licen[cs]es?|here|link|this)\s*$", re.IGNORECASE)


def section_of(text: str, start: int) -> tuple[int, str]:
    """The Markdown section around an offset: (its start, its text), from heading to heading."""
    head = max(text.rfind("\n#", 0, start) + 1, 0)
    nxt = text.find("\n#", start)
    return head, text[head : nxt if nxt >= 0 else len(text)]


def folder_name(folder: Folder, repo_id: str | None) -> str:
    if repo_id:
        return repo_id.split("/")[-1]
    return PurePosixPath(folder.path).name if folder.path != "." else folder.root_name


def own_sized_link(folder: Folder, name: str) -> tuple[str, FactEvidence] | None:
    """The one hub model a README links whose name is the folder's with a size ("alpaca-lora" ->
    "tloen/alpaca-lora-7b"): the release's full name."""
    found: dict[str, FactEvidence] = {}
    for rel, text in english_readmes(folder):
        for m in HUB_LINK.finditer(text):
            model, own = releases.fold(m.group("model")), releases.fold(name)
            if model.startswith(own) and model != own and sizes_in(m.group("model")):
                found.setdefault(m.group("model"), FactEvidence(m.group(0), rel, m.start(), m.end()))
    if not found and len(releases.fold(name)) >= 3:
        # "Acme-7B was released ...", 'from_pretrained("org/Acme-7B")': the one name the README
        # writes that is exactly the repository's name and a size ("acme_13b.tar.gz", "configs/acme_13b.sh"
        # name files: an extension follows)
        sized = re.compile(
            rf"(?<![\w-]){re.escape(name)}[-_ ]?\d+(?:\.\d+)?[BM](?![\w-]|\.\d|\.[A-Za-z])", re.IGNORECASE
        )
        for rel, text in sorted(folder.readmes.items()):
            for m in sized.finditer(text):
                found.setdefault(m.group(0), FactEvidence(m.group(0), rel, m.start(), m.end()))
        if len({releases.name_key(n) for n in found}) == 1:
            return next(iter(found.items()))
        return None
    return next(iter(found.items())) if len(found) == 1 else None


def _news_day(folder: Folder, facts: ReleaseFacts) -> ReleaseFacts:
    """A card's month ("April 2023") made a day by the README's news line of that month naming
    the model ("**2023.04.20** - Bark release!")."""
    if not (facts.release_date and len(facts.release_date) == 7 and facts.model):
        return facts
    found = [
        d
        for rel, text in english_readmes(folder)
        for d in releases.news_dates(rel, text, facts.model)
        if d[0][:7] == facts.release_date
    ]
    if not found:
        return facts
    when, ev = min(found, key=lambda d: d[0])
    return replace(facts, release_date=when, evidence={**facts.evidence, "release_date": ev})


# "Acme 1 preview is an open state-of-the-art video generation model": a sentence defining a model
DEFINING = re.compile(
    r"(?:^|(?<=[.!] ))(?:\*\*)?(?P<name>[A-Z][\w.-]*(?: [\w.-]+){1,3}?)(?:\*\*)? is an? "
    r"(?:[\w-]+ ){0,6}?(?:model|LLM)\b",
    re.MULTILINE,
)


def _defined_own_name(folder: Folder, name: str) -> tuple[str, FactEvidence] | None:
    """The name a README's defining sentence gives the model, when it is the folder's name and more
    ("Acme 1 preview" in the acme folder): the first such sentence."""
    own = releases.fold(name)
    if len(own) < 3:
        return None
    for rel, text in english_readmes(folder):
        for m in DEFINING.finditer(text):
            said = m.group("name")
            if releases.fold(said).startswith(own) and releases.fold(said) != own and re.search(r"\d", said):
                return said, FactEvidence(said, rel, m.start("name"), m.end("name"))
    return None


def single_release(folder: Folder, shared: ReleaseFacts, repo_id: str | None) -> ReleaseFacts:
    """A folder naming no releases is one: its card's name, else the folder's (a README heading
    is a title, not a name), dated by the earliest news line naming it."""
    if folder.cards and shared.model:
        return _news_day(folder, shared)
    name = folder_name(folder, repo_id)
    values: dict = {}
    evidence = dict(shared.evidence)
    family = (
        None
        if folder.cards
        else next((f for rel, text in english_readmes(folder) if (f := released_family(rel, text))), None)
    )
    if family:  # "we release the Guanaco model family for ... sizes of 7B, 13B, 33B, and 65B"
        name, evidence["model"] = family[0], family[2]
        if len(family[1]) > len(shared.parameters):
            values["parameters"], evidence["parameters"] = family[1], family[3]
    if not family and not folder.cards:  # "[the LoRA weights](https://huggingface.co/o/acme-lora-7b)"
        hub = own_sized_link(folder, name)
        if hub:
            name, evidence["model"] = hub
            sizes = tuple(sizes_in(name))
            if sizes and not shared.parameters:
                values["parameters"], evidence["parameters"] = sizes, hub[1]
    defined = None
    if not family and not folder.cards and name == folder_name(folder, repo_id):
        defined = _defined_own_name(folder, name)
        if defined:  # "Acme 1 preview is an open video generation model": the release's full name
            name = defined[0]
    if not values.get("parameters") and not shared.parameters:  # "Acme (12B) is released ..."
        for rel, text in english_readmes(folder):
            m = re.search(rf"(?<![\w-]){re.escape(name)}(?:\*\*|__|`)?" + releases.SIZE_LIST, text)
            if m:
                sizes = tuple(dict.fromkeys(re.findall(r"\d+(?:\.\d+)?[BM]", m.group(1))))
                values["parameters"], evidence["parameters"] = sizes, FactEvidence(m.group(0), rel, *m.span())
                break
    dated = None
    for rel, text in english_readmes(folder):
        for when, ev in [*releases.news_dates(rel, text, name), *weights_news(rel, text)]:
            dated = min(dated, (when, ev), key=lambda d: d[0]) if dated else (when, ev)
    values["model"] = name
    if defined:
        evidence["model"] = defined[1]
    elif not family:
        evidence.pop("model", None)
    sized = next((t for rel, text in english_readmes(folder) if (t := releases.size_column(rel, text))), None)
    if sized and len(sized[0]) > len(values.get("parameters", shared.parameters)):  # a suite's table of sizes
        values["parameters"], evidence["parameters"] = sized
    if not shared.base_model:
        based = next((b for rel, text in english_readmes(folder) if (b := base_in_prose(rel, text))), None)
        based = based or next(
            (b for rel, text in english_readmes(folder) if (b := base_in_command(rel, text))), None
        )
        if based:
            values["base_model"], evidence["base_model"] = based
    # a news line's day beats a card's month that it falls in ("April 2023" and "**2023.04.20** Release!")
    if dated and (
        not shared.release_date or (len(shared.release_date) == 7 and dated[0][:7] == shared.release_date)
    ):
        values["release_date"] = dated[0]
        evidence["release_date"] = dated[1]
    return replace(shared, **values, evidence=evidence)


# "This runs the 7B parameter model. To run the 30B model, ...": the sizes a README runs by name
SIZED_MODEL = re.compile(r"\bthe\s+(\d+(?:\.\d+)?[BM])(?:[- ]param(?:eter)?s?)?\s+models?\b")


WEIGHTS_RELEASED = re.compile(
    r"\b(?:release[sd]?|releasing|open[- ]?sourc(?:e|ed|ing))\b[^.]*?"
    r"\b(?:model\s+)?(?:weights|checkpoints)\b",
    re.IGNORECASE,
)
# "Acme2", "7B": a model's name or size
NAMED = re.compile(r"\b(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])[A-Za-z0-9.-]{2,}\b")


def weights_news(rel: str, text: str) -> list[tuple[str, FactEvidence]]:
    """Dated news lines of a one-release README that release weights without naming any model ("2022-09-30:
    We release the cross-platform source code and models weights"): the release's own."""
    return [
        (line.date, line.evidence)
        for line in dated_lines(rel, text)
        if WEIGHTS_RELEASED.search(plain := CELL_LINK.sub(lambda m: m.group("name"), line.rest))
        and not NAMED.search(plain)
    ]


def sized_models(folder: Folder, single: ReleaseFacts) -> list[ReleaseFacts]:
    """One release per size when a README naming no releases speaks of "the 7B model" and "the 30B
    model" (two or more sizes): "<name> 7B", "<name> 30B", each with the sentence as evidence; or
    when a card or README of one model says it also released other sizes ("1.5 billion parameters ...
    We have also released 124 million, 355 million, and 774 million parameter models")."""
    if not single.model or sizes_in(single.model):
        return [single]
    also = _also_released_sizes(folder, single)
    if also:
        return also
    if folder.cards:
        return [single]
    found: dict[str, FactEvidence] = {}
    for rel, text in english_readmes(folder):
        for m in SIZED_MODEL.finditer(text):
            found.setdefault(m.group(1).upper(), FactEvidence(m.group(0), rel, m.start(), m.end()))
    if len(found) < 2 or not set(single.parameters) <= set(found):
        return [single]
    out = []
    for size, ev in found.items():
        evidence = {**single.evidence, "parameters": ev}
        out.append(replace(single, model=f"{single.model} {size}", parameters=(size,), evidence=evidence))
    return out


# "We have also released 124 million, 355 million, and 774 million parameter models"
ALSO_RELEASED = re.compile(
    r"\b[Ww]e\s+(?:have\s+)?also\s+released\s+(?:the\s+)?"
    r"(?P<sizes>(?:\d+(?:\.\d+)?\s*(?:million|billion|[BM])\b,?\s*(?:and\s+|or\s+|&\s+)?)+)"
    r"[- ]?param(?:eter)?s?\s+(?:models?|versions?|checkpoints?)\b"
)
SIZE_IN_WORDS = re.compile(r"(\d+(?:\.\d+)?)\s*(million|billion|[BM])\b")


def _also_released_sizes(folder: Folder, single: ReleaseFacts) -> list[ReleaseFacts]:
    """One release per size when one model's card or README states its own size and says the other
    sizes were released too: "<name> <size>" each, the sentence as the other sizes' evidence."""
    if len(single.parameters) != 1:
        return []
    texts = [(c.file, c.text) for c in folder.cards.values()] + english_readmes(folder)
    for rel, text in texts:
        m = ALSO_RELEASED.search(text)
        if not m:
            continue
        sizes = [
            f"{n}{'B' if unit[0].lower() == 'b' else 'M'}"
            for n, unit in SIZE_IN_WORDS.findall(m.group("sizes"))
        ]
        own = single.parameters[0]
        others = [s for s in dict.fromkeys(sizes) if s != own]
        if not others:
            return []
        ev = FactEvidence(m.group(0), rel, m.start(), m.end())
        out = [replace(single, model=f"{single.model} {own}")]
        for size in others:
            evidence = {**single.evidence, "parameters": ev}
            out.append(replace(single, model=f"{single.model} {size}", parameters=(size,), evidence=evidence))
        return out
    return []


SIZE_WORD = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?[BM])(?![\w])")


def specific_statement(
    release: ReleaseFacts, statements: list[Statement], names: Sequence[str] = (), family: str = ""
) -> Statement | None:
    """The README statement about the weights' license that names this release ("StableVicuna's
    delta weights are released under ..." names StableVicuna-13B: its name without the size), or
    one of its sizes when it names no release ("Specially the 70B series models are based on the
    [70B License](...)"); the last such statement is the most specific."""
    mine: Statement | None = None
    if not release.model:
        return None
    own = releases.fold(release.model)
    stem = releases.fold(SIZE_WORD.sub("", release.model))
    # the repository's own name (`family`) is the family every release belongs to, not another one
    others = [releases.fold(n) for n in names if n and releases.fold(n) not in (own, releases.fold(family))]
    longer_names = sorted(
        (n for n in names if n and releases.fold(n).startswith(own) and releases.fold(n) != own),
        key=len,
        reverse=True,
    )
    for said in statements:
        if said.role != "model" or not (said.target or said.name):
            continue
        plain = said.evidence.text
        for longer in longer_names:  # ", while Acme-7B-Chat is ...": not about Acme-7B
            plain = re.sub(re.escape(longer), " ", plain, flags=re.IGNORECASE)
        clause = releases.fold(plain)
        sizes = SIZE_WORD.findall(plain)
        other_size = _other_sizes(plain, release)  # "Acme 70B" is not Acme-7B's stem
        named = own in clause or (
            len(stem) >= 4
            and stem in clause
            and not other_size
            and not any(o in clause and o.startswith(stem) and o != stem for o in others)
        )
        # another release's name blocks, not the family this release's name extends ("Acme2")
        sized = not any(o in clause and not own.startswith(o) for o in others) and any(
            s in release.parameters for s in sizes
        )
        if named or sized:
            mine = said
    return mine


def table_license(release: ReleaseFacts, folder: Folder) -> Statement | None:
    """The license a model table's License column gives this release ("| Acme-7B | ... |
    [Acme Non-Commercial License](model_licenses/LICENSE-7B) |"), as a statement about its weights."""
    ev = release.evidence.get("license")
    if not release.license or ev is None or ev.file not in folder.readmes:
        return None
    text = folder.readmes[ev.file]
    lead = text[text.rfind("\n", 0, ev.start) + 1 : ev.start].lstrip()
    item = re.match(r"(?:[-*+]|\d+\.)\s", lead) and lead.rstrip().endswith(("(", "（"))
    if not lead.startswith("|") and not item:  # a table's cell, or a download item's "(Apache-2.0)"
        return None  # a license named in prose: the README's statements are read for it
    if is_use_note(release.license):  # "Non-commercial": a restriction, no license named
        return None
    name, target = cell_license(release.license)
    return Statement("model", local_target(target), name, ev, target)


STEM_TAIL = re.compile(r"[-_ ]+(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)?[BbMm])(?![A-Za-z0-9])(?:[-_ ].*)?$")


def family_stem(name: str) -> str:
    """A name without its size, version and what follows them: 'vicuna-7b-v1.5' -> 'vicuna'."""
    return STEM_TAIL.sub("", name)


def not_about_others(
    statements: list[Statement], release: ReleaseFacts, names: Sequence[str], folder: Folder
) -> list[Statement]:
    """The statements that may cover this release: not those whose line names other releases
    only ("v0.9.5 is released under OpenRail-M" says nothing of v0.9.1). A name this release's
    extends is its family ("XVERSE-13B" covers "XVERSE-13B-Chat")."""
    own = releases.fold(release.model or "")
    # another release's name, or its family without size and version ("Vicuna" of "vicuna-7b-v1.5")
    candidates = {releases.fold(n) for n in names if n} | {releases.fold(family_stem(n)) for n in names if n}
    # the repository's own name is its family ("The Acme2 series models are ..."), not another release
    candidates.discard(releases.fold(folder.root_name))
    others = [o for o in candidates if len(o) >= 4 and not own.startswith(o) and o != own]
    stem = VARIANT_SUFFIX.sub("", release.model or "")
    variant_of = stem.lower() if stem != (release.model or "") else ""
    kept = []
    for said in statements:
        text = folder.readmes.get(said.evidence.file, said.evidence.text)
        start = text.rfind("\n", 0, said.evidence.start) + 1 if said.evidence.file in folder.readmes else 0
        end = text.find("\n", said.evidence.end) if said.evidence.file in folder.readmes else -1
        plain = re.sub(r"\]\([^)]*\)|https?://\S+", " ", text[start : end if end >= 0 else len(text)]).lower()
        line = releases.fold(plain)
        if said.evidence.file in folder.readmes and of_another_version(
            release.model or "", heading_version(text, said.evidence.start)
        ):
            continue  # "### ... New checkpoint v0.9.5" over the statement: v0.9.5's only
        if BASE_LICENSES.search(text[start : end if end >= 0 else len(text)]):
            # "the specific licenses for base language models (e.g. [X license](...) for Acme-2 and
            # Vicuna)": the license of the releases whose base the line names, no other's
            base = releases.fold(family_stem(release.base_model or ""))
            if len(base) >= 3 and base in line:
                kept.append(said)
            continue
        if own and own in line or not any(o in line for o in others):
            kept.append(said)
        elif len(variant_of) >= 4 and re.search(rf"(?<![a-z0-9]){re.escape(variant_of)}(?![a-z0-9])", plain):
            kept.append(said)  # "Acme-2-Base": a role or format variant of the "Acme-2" the line names
    return kept


VARIANT_SUFFIX = re.compile(
    r"(?:[-_ ](?:base|chat|instruct|it|sft|fp8|bf16|int4|int8|awq|gptq|gguf))+$", re.IGNORECASE
)


BASE_LICENSES = re.compile(
    r"\blicen[cs]es?\s+(?:for|of)\s+(?:the\s+|their\s+)?base\s+(?:llm|language\s+model|model)s?\b",
    re.IGNORECASE,
)


def linked_model_file(
    release: ReleaseFacts, statements: list[Statement], files: Sequence[str]
) -> Statement | None:
    """Of several model license files, the one the README's statements (those that may cover the
    release, not those about other sizes) link to ("The Acme series models are based on the [Acme
    License](./assets/a.pdf)"): the last such statement, as the most specific."""
    names = {PurePosixPath(f).name for f in files}
    linked = [
        s
        for s in statements
        if s.role == "model"
        and s.target
        and PurePosixPath(s.target).name in names
        and not _other_sizes(s.evidence.text, release)
    ]
    return linked[-1] if linked else None


def _other_sizes(text: str, release: ReleaseFacts) -> bool:
    """A clause naming sizes is about those sizes: "the Acme 70B series" is not about Acme-7B."""
    sizes = SIZE_WORD.findall(text)
    return bool(sizes) and not any(s in release.parameters for s in sizes)


def readmes_name_releases(readmes: dict[str, str]) -> bool:
    """News lines, model tables, hub download items, or a statement of the weights' license: a
    folder whose READMEs hold one is a model's, license file or not."""
    return any(
        releases.news_releases(rel, text)
        or releases.table_releases(rel, text)
        or list_releases(rel, text)
        or bold_item_releases(rel, text)
        or any(s.role == "model" for s in readme_statements(rel, text))
        for rel, text in readmes.items()
    )
