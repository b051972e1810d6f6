"""Profiles side by side, and what changed between two licenses (terms and clauses)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from spacy.language import Language

from analyzer.markup import looks_like_markdown, markdown_to_text
from analyzer.model import LicenseProfile, TermResult
from analyzer.nlp.pipeline import shared_nlp
from analyzer.nlp.sections import section_at
from analyzer.nlp.segment import clause_spans
from analyzer.taxonomy import TERM_IDS

SIMILAR = 0.6
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # Markdown backslash escapes: "1\." reads "1."
HEADING_MARK = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")
MARKUP = re.compile(r"^\s*#{1,6}\s+|\*\*|__")  # heading and bold marks left in a heading line


@dataclass(frozen=True)
class TermChange:
    term: str
    old: TermResult
    new: TermResult


@dataclass(frozen=True)
class Clause:
    text: str
    start: int
    end: int
    section: str

    @property
    def key(self) -> str:
        """The text compared: heading, bold and escape marks dropped, spaces collapsed, lower case."""
        plain = MARKUP.sub("", ESCAPE.sub(r"\1", self.text))
        return re.sub(r"\s+", " ", plain).strip().lower()


@dataclass(frozen=True)
class ClauseChange:
    """One aligned step of the redline: kind is equal, changed, added or removed."""

    kind: str
    old: Clause | None
    new: Clause | None


@dataclass(frozen=True)
class ProfileDiff:
    """Changed terms, and the clause redline of the two compared texts (clause offsets index
    ``old_text``/``new_text``: the analyzed texts, Markdown source rendered as plain text)."""

    old: LicenseProfile
    new: LicenseProfile
    changes: tuple[TermChange, ...]
    redline: tuple[ClauseChange, ...]
    old_text: str = field(default="", repr=False, compare=False)
    new_text: str = field(default="", repr=False, compare=False)

    @property
    def added(self) -> list[Clause]:
        return [c.new for c in self.redline if c.kind == "added" and c.new]

    @property
    def removed(self) -> list[Clause]:
        return [c.old for c in self.redline if c.kind == "removed" and c.old]


def clauses_of(text: str, nlp: Language | None = None) -> list[Clause]:
    doc = (nlp or shared_nlp())(text)
    return [
        Clause(s.text, s.start_char, s.end_char, section_at(doc, s.start_char))
        for s in clause_spans(doc)
        if any(ch.isalpha() for ch in s.text)
    ]


def term_changes(old: LicenseProfile, new: LicenseProfile) -> list[TermChange]:
    """Terms whose status or params differ."""
    out = []
    for t in TERM_IDS:
        a, b = old.terms[t], new.terms[t]
        if a.status != b.status or a.params != b.params:
            out.append(TermChange(t, a, b))
    return out


def align_clauses(old: list[Clause], new: list[Clause]) -> list[ClauseChange]:
    """A clause-level redline: unchanged, changed (similar text), added and removed clauses."""
    matcher = difflib.SequenceMatcher(a=[c.key for c in old], b=[c.key for c in new], autojunk=False)
    steps: list[ClauseChange] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            steps.extend(
                ClauseChange("equal", old[i], new[j])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        left, right = list(old[i1:i2]), list(new[j1:j2])
        while left or right:
            if left and right:
                ratio = difflib.SequenceMatcher(a=left[0].key, b=right[0].key).quick_ratio()
                if ratio >= SIMILAR:
                    steps.append(ClauseChange("changed", left.pop(0), right.pop(0)))
                    continue
                # remove the one that has no close partner on the other side first
                if any(
                    difflib.SequenceMatcher(a=left[0].key, b=r.key).quick_ratio() >= SIMILAR
                    for r in right[1:]
                ):
                    steps.append(ClauseChange("added", None, right.pop(0)))
                else:
                    steps.append(ClauseChange("removed", left.pop(0), None))
            elif left:
                steps.append(ClauseChange("removed", left.pop(0), None))
            else:
                steps.append(ClauseChange("added", None, right.pop(0)))
    return steps


def compared_text(text: str) -> str:
    """The text a redline compares: Markdown source (a LicenseDB entry kept as Markdown) is
    rendered as plain text first, so escapes ("1\\.", "llama3\\_3") and emphasis are not changes."""
    if not looks_like_markdown(text):
        return text
    # markdown_to_text keeps heading marks for the segmenter; a reader of the redline wants none,
    # nor the stray "**" that a source like "3**. Title**." leaves (not emphasis in CommonMark)
    return HEADING_MARK.sub("", markdown_to_text(text)).replace("**", "")


def diff_profiles(old: LicenseProfile, new: LicenseProfile, nlp: Language | None = None) -> ProfileDiff:
    old_text, new_text = compared_text(old.text), compared_text(new.text)
    redline = align_clauses(clauses_of(old_text, nlp), clauses_of(new_text, nlp))
    return ProfileDiff(old, new, tuple(term_changes(old, new)), tuple(redline), old_text, new_text)


def versions_diff(profile: LicenseProfile) -> ProfileDiff:
    """The two versions of one bilingual text as a diff: English ('old') against Chinese
    ('new'), each term where they differ with both evidences. Clauses in two languages do not
    align, so there is no redline."""
    import dataclasses

    english = dataclasses.replace(profile, id=f"{profile.id} (English version)")
    chinese = dataclasses.replace(profile, id=f"{profile.id} (Chinese version)")
    changes = tuple(TermChange(d.term, d.en, d.zh) for d in profile.versions_differ)
    return ProfileDiff(english, chinese, changes, (), profile.text, profile.text)
