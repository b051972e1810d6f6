"""Plain functions behind the CLI and the dashboard: sources in, profiles and problems out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from analyzer.catalog import Release, load_catalog
from analyzer.corpus import resolve
from analyzer.extract import analyze_document
from analyzer.model import Document, InputError, InputProblem, LicenseProfile

_PROFILE_CACHE: dict[tuple[str, str, str, str], LicenseProfile] = {}


@dataclass(frozen=True)
class BatchResult:
    """Profiles of every good input, and every bad input with its reason."""

    profiles: tuple[LicenseProfile, ...] = ()
    problems: tuple[InputProblem, ...] = field(default=())


def load_documents(sources: Iterable[str]) -> tuple[list[Document], list[InputProblem]]:
    docs, problems = [], []
    for source in sources:
        for item in resolve(source):
            if isinstance(item, InputError):
                problems.append(item.problem)
            else:
                docs.append(item)
    return docs, problems


def analyze(document: Document) -> LicenseProfile:
    """The profile of one document (memoised per process by text hash and identity)."""
    key = (document.sha256, document.id, document.name, document.source)
    profile = _PROFILE_CACHE.get(key)
    if profile is None:
        profile = analyze_document(document)
        _PROFILE_CACHE[key] = profile
    return profile


def analyze_sources(sources: Sequence[str]) -> BatchResult:
    docs, problems = load_documents(sources)
    return BatchResult(tuple(analyze(d) for d in docs), tuple(problems))


def analyze_text(text: str, name: str = "uploaded text", doc_id: str = "text") -> LicenseProfile:
    return analyze(Document(id=doc_id, name=name, text=text, source=f"text:{name}"))


def releases() -> dict[str, Release]:
    return load_catalog()


def fail_on_matches(profiles: Sequence[LicenseProfile], rules: Sequence[tuple[str, str]]) -> list[str]:
    """Which `--fail-on TERM=STATUS` policies matched, as readable lines."""
    hits = []
    for p in profiles:
        for term_id, status in rules:
            if p.terms[term_id].status == status:
                hits.append(f"{p.id}: {term_id}={status}")
    return hits
