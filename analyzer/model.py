"""Result types: Document in, LicenseProfile out. All frozen."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """A license text to analyze and where it came from."""

    id: str
    name: str
    text: str
    source: str
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @functools.cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """A span of the analyzed text that decides a status: text == analyzed_text[start:end]."""

    text: str
    start: int
    end: int
    section: str
    rule: str = ""  # the id of the rule that fired (analyzer/rules/*.yaml)
    focus: int = -1  # where in the text the rule's pattern matched (an offset like start)


@dataclass(frozen=True)
class TermResult:
    term: str
    status: str
    params: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)
    evidence: tuple[Evidence, ...] = ()
    # "explicit": a clause addresses the term; "implied": it follows from a general grant
    # (or from a license incorporated by reference); "" for silent.
    basis: str = ""


@dataclass(frozen=True)
class VersionDifference:
    """A term on which the two versions of a bilingual text say different things: the
    statuses differ, or a duty or right is stated in one version only. Both readings carry
    their evidence, with offsets into the whole text."""

    term: str
    en: TermResult
    zh: TermResult


@dataclass(frozen=True)
class LicenseProfile:
    id: str
    name: str
    source: str
    sha256: str
    family: str
    terms: dict[str, TermResult] = field(hash=False)
    text: str = field(default="", repr=False, compare=False, hash=False)
    # "en", "zh", "bilingual" (the English version decides) or "unread:<code>" (a language
    # the analyzer does not read: its silent terms mean "not read")
    language: str = "en"
    versions_differ: tuple[VersionDifference, ...] = field(default=(), compare=False, hash=False)

    def status(self, term_id: str) -> str:
        return self.terms[term_id].status


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be analyzed, and why (reported, never raised past the CLI)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class InputError(Exception):
    """Raised for unreadable or unknown input; carries the input and a one-line reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.problem = InputProblem(source, reason)
