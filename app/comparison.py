"""The licenses being compared: session picks resolved to analyzed profiles with short labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analyzer import catalog, corpus
from analyzer.model import InputError, InputProblem, LicenseProfile
from app import session, state


@dataclass(frozen=True)
class Column:
    """One license of the comparison: where it came from, its header and its profile."""

    source: str  # a catalog release id, a LicenseDB key or an upload id
    label: str
    profile: LicenseProfile


def label_of(source: str) -> str:
    """A short header: a release's model name, a license's key, an upload's file name."""
    releases = state.releases()
    if source in releases:
        return releases[source].model
    upload = session.uploads().get(source)
    return upload.name if upload else source


def option_label(source: str) -> str:
    """A longer label for pickers: model and license, license name and key, or file name."""
    releases = state.releases()
    if source in releases:
        r = releases[source]
        return f"{r.model} ({r.organization}, {r.release_date}) · {r.license}"
    upload = session.uploads().get(source)
    if upload:
        return f"{upload.name} (uploaded)"
    entry = state.licensedb().get(source)
    return f"{entry.name} ({source})" if entry else source


def profile_of(source: str) -> LicenseProfile:
    """Analyze one source; InputError when it names nothing we can read."""
    releases = state.releases()
    if source in releases:
        return state.analyze(catalog.release_document(releases[source]))
    upload = session.uploads().get(source)
    if upload:
        return state.analyze_text(upload.text, upload.name, upload.name)
    state.licensedb()  # loads the corpus through the process-wide cache
    return state.analyze(corpus.licensedb_document(source))


def columns(sources: Sequence[str]) -> tuple[list[Column], list[InputProblem]]:
    """Profiles of every readable source with unique labels, and the problems of the others."""
    out: list[Column] = []
    problems: list[InputProblem] = []
    seen: dict[str, int] = {}
    for source in dict.fromkeys(sources):
        try:
            profile = profile_of(source)
        except InputError as exc:
            problems.append(exc.problem)
            continue
        label = label_of(source)
        seen[label] = seen.get(label, 0) + 1
        out.append(Column(source, label if seen[label] == 1 else f"{label} #{seen[label]}", profile))
    return out, problems


def current() -> tuple[list[Column], list[InputProblem]]:
    """The comparison the user has picked (LLaMA, Llama 2 and Llama 3.1 on first open)."""
    return columns(session.sources())


def find(columns_: Sequence[Column], source: str) -> Column | None:
    return next((c for c in columns_ if c.source == source), None)
