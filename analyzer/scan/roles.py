"""Which part of a model a license file covers: `model`, `code`, `data`, `use_policy` or `other`.

Three sources, strongest first: the file name or folder (roles.yaml `names`: LICENSE-MODEL,
MODEL_LICENSE, WEIGHT_*, "... LICENSE AGREEMENT", model_licenses/), what a README says of it
("the code is licensed under [Apache-2.0](LICENSE); the model weights under [...](MODEL_LICENSE)",
kept as evidence), and the text's own title ("... COMMUNITY LICENSE AGREEMENT"). A text that is
only a URL, a notice or a header is `other`: it is listed, never a model by itself.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from analyzer.scan.license_names import model_license_named
from analyzer.scan.results import FactEvidence
from analyzer.schemas import RolesTable, YamlTable

ROLES_PATH = Path(__file__).resolve().with_name("roles.yaml")
URL = re.compile(r"https?://\S+")
HTML_TAG = re.compile(r"<[^<>\n]*>")


@dataclass(frozen=True)
class NameRule:
    role: str
    pattern: str | None
    dir: str | None
    example: str

    def matches(self, rel: str) -> bool:
        path = PurePosixPath(rel)
        if self.dir:
            return self.dir.lower() in (p.lower() for p in path.parts[:-1])
        return fnmatch.fnmatchcase(path.name.upper(), self.pattern.upper())


@dataclass(frozen=True)
class RoleTable:
    names: tuple[NameRule, ...]
    titles: tuple[tuple[str, re.Pattern, str], ...]
    readme: dict[str, frozenset[str]]


@functools.lru_cache(maxsize=2)
def load_roles(path: str | None = None) -> RoleTable:
    """roles.yaml, validated by analyzer.schemas.RolesTable (TableError names file:line)."""
    table = YamlTable(Path(path) if path else ROLES_PATH).validate(RolesTable)
    return RoleTable(
        tuple(NameRule(r.role, r.pattern, r.dir, r.example) for r in table.names),
        tuple((r.role, re.compile(r.pattern, re.IGNORECASE), r.example) for r in table.titles),
        {k: frozenset(w.lower() for w in v) for k, v in table.readme.model_dump().items()},
    )


def role_by_name(rel: str, table: RoleTable | None = None) -> str | None:
    table = table or load_roles()
    return next((r.role for r in table.names if r.matches(rel)), None)


def title_lines(text: str, count: int = 1) -> list[str]:
    return [line.strip(" #*\t") for line in text.splitlines() if line.strip()][:count]


def role_by_title(text: str, table: RoleTable | None = None) -> str | None:
    table = table or load_roles()
    for line in title_lines(text):
        for role, pattern, _ in table.titles:
            if pattern.search(line):
                return role
    return None


def not_a_license(text: str) -> str | None:
    """Why a license-named file holds no license text (only a URL, a few words), else None."""
    words = re.findall(r"[A-Za-z]+|[\u3400-\u9fff]", URL.sub(" ", text))  # a CJK character is a word
    if URL.search(text) and len(words) < 25:
        return "only a URL"
    if len(words) < 12:
        return "too short to be a license"
    return None


@dataclass(frozen=True)
class Statement:
    """A README clause saying which part a license covers: a file of the folder, or a name/link."""

    role: str
    target: str | None  # the linked file's name when the link stays in this repository, or None
    name: str | None  # the license named (link text or a "... License" phrase)
    evidence: FactEvidence
    link: str | None = None  # the link as written


SENTENCE = re.compile(r"[^\n.!?]*(?:\.(?!\d)[^\n.!?]*)*?[.!?]?(?=\s|$)")
REFERENCE = re.compile(
    r"\[!\[(?P<badge>[^\]]*)\]\((?P<badge_url>[^)]*)\)\]\((?P<badge_target>[^)]*)\)"
    r"|\[(?P<text>[^\]\[]+)\]\((?P<target>[^)\s]*)[^)]*\)"
    r"|(?P<name>\b(?:(?:Apache|apache|APACHE)(?:[- ][Ll]icense)?[- ,]*(?:[Vv]ersion )?2\.0|MIT License|MIT"
    r"|[A-Z][\w.\-]*(?: [A-Z0-9][\w.\-]*){0,4} Licen[cs]e(?: Agreement)?"
    # "the Llama-2 license", "the LLaMA license": a name with a digit or a second capital
    r"|(?<![\w.\-])[A-Z][\w.\-]*?[A-Z0-9][\w.\-]*(?: [A-Z0-9][\w.\-]*){0,2} licen[cs]e\b"
    # an identifier written bare: "CC BY-NC 4.0", "CC-BY-NC-SA-4.0", "AGPL-3.0", "BSD-3-Clause"
    r"|(?:CC[- ]BY(?:[- ](?:NC|SA|ND))*|cc-by(?:-(?:nc|sa|nd))*)[- ]\d\.\d|(?:A|L)?GPL[- ]?v?\d(?:\.\d)?"
    r"|BSD[- ]\d[- ]Clause"
    # "《Acme模型许可协议》": a license named in Chinese
    r"|《[^《》\n]{1,40}?(?:许可|协议)[^《》\n]{0,10}》)"
    r"(?![\w.]*\d))"
)


# A statement unit: a line with its wrapped continuation lines (not a new item, heading or row).
UNIT = re.compile(r"[ \t]*#[^\n]*|[^\n]+(?:\n(?![ \t]*(?:[-*+#|>]|\d+\.|\n))[^\n]+)*")


def local_target(target: str | None) -> str | None:
    """The path a link points to when it is in this repository (a relative link, or the path of a
    GitHub blob link), else None: a link to a Hugging Face page names another copy."""
    if not target:
        return None
    path = unquote(target.split("#")[0].split("?")[0])
    github = re.match(r"^https?://github\.com/[^/]+/[^/]+/(?:blob|tree|raw)/[^/]+/(.+)$", path)
    if github:
        return github.group(1)
    if re.match(r"^[a-z]+://", path) or path.startswith("/"):
        return None
    return str(PurePosixPath(path)) if path.strip("./") else None


BARE_ID = re.compile(
    r"\bCC[- ]BY[- ]|\bcc-by-|\b(?:A|L)?GPL[- ]?v?\d|\bBSD[- ]\d[- ]Clause"
)  # a license named bare
RAIL = re.compile(r"(?<![a-z])(?:open[- ]?)?rail\b|openrail", re.IGNORECASE)  # a responsible AI license
CJK_LICENSE = re.compile(r"许可|协议")  # "《Acme-7B 模型许可协议》": a license named in Chinese


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z_]+", text.lower()))


def _named_by_next_link(ref: re.Match, line: str) -> bool:
    """ "the Non-Commercial Creative Commons license ([CC BY-NC-SA-4.0](...))": a description
    (license in lower case) that the link right after it names; the link is the reference."""
    name = ref.group("name")
    return bool(name) and name[-7:].islower() and line[ref.end() :].lstrip(" (:").startswith("[")


def _is_license_reference(ref: re.Match) -> bool:
    if ref.group("name") is not None:
        return True
    if ref.group("badge") is not None:
        return "licen" in ref.group("badge").lower() or "licen" in ref.group("badge_url").lower()
    if ref.group("target").startswith("#"):  # "[License section](#5-license)": a pointer to a section
        return False
    text, target = ref.group("text").lower(), PurePosixPath(ref.group("target").split("#")[0]).name.lower()
    return bool(
        re.search(r"licen|apache|\bmit\b|gpl|bsd|cc[- ]by|openrail", text) or CJK_LICENSE.search(text)
    ) or ("licen" in target)


GENERIC_LINK = re.compile(
    r"^\s*(?:the\s+)?(?:open[- ]?source\s+)?(?:model\s+|original\s+)?licen[cs]e(?:\s+agreement)?\s*$"
    r"|^\s*(?:开源)?(?:许可)?协议\s*$|^\s*(?:开源)?许可(?:证)?\s*$",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"\b[A-Z][\w.\-]*(?:'s|’s)\s*$")
# "adhere to the Llama-3 [license agreement](...)", "遵守Llama-3的[开源许可协议](...)": a model's
# name (with a digit or an inner capital, not a plain word) right before a link that is only "license"
OWNER_BEFORE = re.compile(
    r"(?:\bthe\s+|(?<![A-Za-z0-9_.\-]))(?P<owner>[A-Z][A-Za-z0-9_.\-]*?[A-Z0-9][A-Za-z0-9_.\-]*)"
    r"(?:\s+|\s*(?:模型)?\s*的\s*)$"
)


def _owner_named(line: str, stop: int, start: int, name: str) -> str:
    """ "should be used under Llama's [model license](...)": a link whose text is only "model
    license" is named by the possessive before it (and the version the sentence gives that model);
    "the Llama-3 [license agreement](...)" by the model's name written before it, as the name of
    that model's license when the catalog does not know the model."""
    if not GENERIC_LINK.match(name):
        return name
    before = line[stop:start]
    if POSSESSIVE.search(before):
        named = model_license_named(before + name)
        return named[0] if named else name
    owner = OWNER_BEFORE.search(before)
    if owner is None:
        return name
    named = model_license_named(f"{owner.group('owner')}'s license")
    return named[0] if named else f"{owner.group('owner')} {name.strip()}"


def _role(words: set[str], table: RoleTable) -> str | None:
    return "model" if words & table.readme["model"] else "code" if words & table.readme["code"] else None


CJK_MODEL = re.compile(r"模型|权重")
CJK_CODE = re.compile(r"代码|源码|仓库|项目")
ALSO = re.compile(
    r"^[^.;]*?(?:\b(?:which|that)\s+(?:also\s+)?(?:covers?|appl(?:y|ies)\s+to|includes?)\b"
    r"|\band\s+so\s+(?:are|is|do)\b|\bas\s+well\s+as\b|\bincluding\b|\btogether\s+with\b)([^.;]*)",
    re.IGNORECASE,
)


def _cjk_role(clause: str) -> str | None:
    """ "本仓库的代码依照": the role a Chinese clause gives (the weights' first, as in English)."""
    return "model" if CJK_MODEL.search(clause) else "code" if CJK_CODE.search(clause) else None


def _also_weights(after: str, table: RoleTable) -> bool:
    """ "..., which covers the code and the checkpoints", "..., and so are the model weights": the
    rest of the sentence extends a code license to the weights (not "while the weights are ...")."""
    m = ALSO.match(after)
    return bool(m) and bool(_clause_words(m.group(0)) & table.readme["model"])


def _names_family(clause: str, family: str) -> bool:
    """The clause's subject is the model family ("Acme V1 and V2 are", "both Acme-7B and ... are"),
    not its code: the family's name opens the clause, with no code word in it."""
    words = re.findall(r"[a-z0-9]+", clause.lower())
    fam = re.findall(r"[a-z0-9]+", family.lower())
    if not fam or any(
        w in ("code", "codebase", "repository", "software", "library", "package") for w in words
    ):
        return False
    head = [w for w in words if w not in ("the", "both", "all", "our")][: len(fam)]
    return head == fam


# "Acme-7B is released under", ", while Acme-7B-Chat is licensed under", "Meta Acme is licensed under": the
# subject of a clause that gives a license, before its verb
SUBJECT_VERB = re.compile(
    r"^[\s,;:*_>-]*(?:(?:while|whereas|but|and)\s+)?(?P<subject>[^.;:()\[\]]{1,80}?)\s+"
    r"(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}?"
    r"(?:licen[cs]ed|released|distributed|available|provided|published|open[- ]?sourced|made\s+available)\s+"
    r"(?:\w+\s+){0,3}?(?:under|with)\b[^.;]*$",
    re.IGNORECASE,
)
SUBJECT_CODE_WORDS = frozenset(
    {
        "code",
        "codes",
        "codebase",
        "repository",
        "repo",
        "software",
        "library",
        "package",
        "source",
        "scripts",
        "project",
        "toolkit",
        "framework",
        "demo",
        "dataset",
        "datasets",
        "data",
    }
)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace(".", ""))


def _names_release(clause: str, names: tuple[str, ...]) -> bool:
    """The clause's subject names releases of the README ("Acme-7B and Acme-7B-Chat are released under",
    "Meta Acme is licensed under" where Acme is the family): it covers those models, weights and all,
    not their code (no code word in the subject)."""
    clause = re.split(r"[:：]\s", clause)[-1]  # "- 2024.06.01: Acme-7B is now available under ..."
    m = SUBJECT_VERB.match(clause)
    if m is None:
        return False
    subject = _tokens(m.group("subject"))
    if not subject or set(subject) & SUBJECT_CODE_WORDS:
        return False
    for name in names:
        want = _tokens(name)
        if want and any(subject[i : i + len(want)] == want for i in range(len(subject) - len(want) + 1)):
            return True
    return False


OPEN_SOURCE = re.compile(r"\bopen[- ]?sourced?\b", re.IGNORECASE)  # "an open-source license": no code word


def _clause_words(text: str) -> set[str]:
    text = OPEN_SOURCE.sub(" ", text)
    return _words(text) | _words(text.replace("-", " ").replace("_", " "))


PRONOUN_SUBJECT = re.compile(r"^\W*(?:they|these|those|both|all of them|each of them)\b", re.IGNORECASE)


def _previous_sentence_role(line: str, stop: int, table: RoleTable) -> str | None:
    """ "We open-source the base and chat models of Acme-2. They are released under the MIT license":
    a clause whose subject is a pronoun covers what the sentence before it names."""
    before = line[:stop].rstrip(" .")
    prev = before[_sentence_stop(before, len(before)) :]
    return _role(_clause_words(prev), table) if prev.strip() else None


LICENSE_FIELD = re.compile(r"^[\s>*_-]*licen[cs]e[*_]*\s*[:：][*_\s]*$", re.IGNORECASE)  # "- **License:** "


def _model_section(text: str, at: int, table: RoleTable) -> bool:
    """The heading over `at` speaks of the model ("## Model Description", "### Model Details")."""
    head = text.rfind("\n#", 0, at)
    start = head + 1 if head >= 0 else (0 if text.startswith("#") else -1)
    if start < 0:
        return False
    line = text[start : text.find("\n", start) if text.find("\n", start) >= 0 else len(text)]
    return bool(_words(line) & table.readme["model"]) and not _words(line) & table.readme["code"]


ABBREVIATION_STOP = re.compile(r"(?<![A-Za-z]\.[A-Za-z])\. ")  # "e.g. ", "i.e. " end no sentence


def _sentence_stop(line: str, end: int) -> int:
    """Where the sentence holding line[end] starts: after the last ". " before it (not "e.g. ")."""
    found = [m.end() - 1 for m in ABBREVIATION_STOP.finditer(line, 0, end)]
    return found[-1] if found else 0


def readme_statements(
    file: str,
    text: str,
    table: RoleTable | None = None,
    family: str | None = None,
    names: tuple[str, ...] = (),
) -> list[Statement]:
    """Clauses of a README that tie a license to the weights or to the code, with evidence.

    The words between the previous reference (or the sentence start) and a license reference
    say what it covers; when they say nothing, the rest of the sentence does ("Apache 2.0
    license provides access to weights and code")."""
    table = table or load_roles()
    subjects = tuple(n for n in (*names, family or "") if n and len(re.sub(r"[^A-Za-z0-9]", "", n)) >= 3)
    found: list[Statement] = []
    for m in UNIT.finditer(text):
        line, base = m.group(), m.start()
        if "licen" not in line.lower() and not CJK_LICENSE.search(line) and not BARE_ID.search(line):
            continue
        last, any_ref = 0, False
        for ref in REFERENCE.finditer(line):
            if not _is_license_reference(ref):
                continue
            any_ref = True
            if _named_by_next_link(ref, line):
                continue
            stop = max(_sentence_stop(line, ref.start()), line.rfind("; ", 0, ref.start()) + 1, last)
            clause = line[stop : ref.start()]
            if ref.group("badge") is not None:
                clause += " " + ref.group("badge") + " " + ref.group("badge_url")
                target, name = ref.group("badge_target"), None
            elif ref.group("text") is not None:
                target, name = ref.group("target"), ref.group("text")
                owned = _owner_named(line, stop, ref.start(), name)
                owner_named, name = owned != name, owned
            else:
                target, name = None, ref.group("name")
            last = ref.end()
            if ref.group("text") is None:
                owner_named = False
            role = _role(_clause_words(clause), table) or _cjk_role(clause)
            if role == "code" and _also_weights(line[ref.end() :], table):
                role = "model"  # "... under Apache 2.0, which covers the code and the checkpoints"
            end = ref.end()
            if role is None and subjects and _names_release(clause, subjects):
                role = "model"  # "Acme-7B-Chat is released under CC BY-NC 4.0": that release's weights
            if role is None:
                after = line[ref.end() :]
                cut = min((i for i in (after.find(". "), after.find("; ")) if i >= 0), default=len(after))
                role, end = _role(_clause_words(after[:cut]), table), ref.end() + cut
            if role is None and name:  # "the [Acme Model License](...)": the name says it
                role = _role(_clause_words(ref.group("text") or name), table)
            if role is None and owner_named:  # "the Llama-3 [license agreement](...)": a model's license
                role = "model"
            if role is None and name and RAIL.search(name):  # "[OpenRail-M](...)": a license for models
                role = "model"
            if role is None and LICENSE_FIELD.match(clause) and _model_section(text, base, table):
                role = "model"  # "## Model Description / - **License:** Apache 2.0": the model's field
            if role is None and PRONOUN_SUBJECT.match(clause):
                role = _previous_sentence_role(line, stop, table)
            if role is None and family and _names_family(clause, family):
                role = "model"  # "Acme V1 and V2 are MIT Licensed": the releases, by the family's name
            if role is None and ref.group("name") is not None and "licen" in name.lower():
                # "Our models support commercial use. For the terms, see the X Model License.":
                # the paragraph says what a license it names (not merely links) covers
                role = _role(_clause_words(line), table)
                stop = 0
            if role is None:
                continue
            target_name = local_target(target)
            lead = len(line[stop:]) - len(line[stop:].lstrip(" *-"))
            ev = FactEvidence(text[base + stop + lead : base + end], file, base + stop + lead, base + end)
            found.append(Statement(role, target_name, name, ev, target))
        if not any_ref:  # "The following license applies to all code ... as well as the Pythia models."
            # words of the prose only: a badge's address ("img.shields.io/github/license/...") or an
            # HTML attribute ("huggingface.co/models/...") says nothing of what a license covers
            words = _words(HTML_TAG.sub(" ", URL.sub(" ", line)))
            if (
                words & table.readme["model"]
                and words & {"license", "licensed", "licence"}
                and len(words) > 6
            ):
                lead = len(line) - len(line.lstrip(" *-#"))
                ev = FactEvidence(text[base + lead : m.end()], file, base + lead, m.end())
                # "... adhere to the license agreement pertinent to the Llama-2 model": that license
                named = model_license_named(line, text)
                found.append(Statement("model", None, named[0] if named else None, ev))
    return found
