"""Plain functions behind the CLI and the dashboard: sources in, profiles and problems out.

Every analysis goes through an Analyzer (analyzer.engine): a memo, the persistent SQLite cache
(analyzer.cache) and, for what is left, the pipeline (in worker processes for big batches).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from analyzer.engine import Analyzer, profile_from_packed
from analyzer.model import Document, InputError, InputProblem, LicenseProfile

# The Analyzer the plain functions use when none is passed: the CLI configures it once per
# process (`--cache FILE`, `--no-cache`); the dashboard and tests may pass their own.
_DEFAULT: list[Analyzer] = []


@dataclass(frozen=True)
class BatchResult:
    """Profiles of every good input, and every bad input with its reason."""

    profiles: tuple[LicenseProfile, ...] = ()
    problems: tuple[InputProblem, ...] = field(default=())


def configure_cache(path=None, enabled: bool = True) -> Analyzer:
    """Choose the persistent cache of the default Analyzer (`--cache FILE`, `--no-cache`)."""
    if _DEFAULT:
        _DEFAULT.pop().close()
    _DEFAULT.append(Analyzer(cache_path=path, cache_enabled=enabled))
    return _DEFAULT[0]


def default_analyzer() -> Analyzer:
    return _DEFAULT[0] if _DEFAULT else configure_cache()


def cache():
    return default_analyzer().cache


def load_documents(sources: Iterable[str]) -> tuple[list[Document], list[InputProblem]]:
    from analyzer.corpus import resolve

    docs, problems = [], []
    for source in sources:
        for item in resolve(source):
            if isinstance(item, InputError):
                problems.append(item.problem)
            else:
                docs.append(item)
    return docs, problems


def analyze_documents(
    documents: Sequence[Document],
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    problems: list[InputProblem] | None = None,
    analyzer: Analyzer | None = None,
) -> list[LicenseProfile]:
    """Profiles in input order (Analyzer.analyze_documents)."""
    return (analyzer or default_analyzer()).analyze_documents(documents, workers, progress, problems)


def analyze(document: Document, analyzer: Analyzer | None = None) -> LicenseProfile:
    """The profile of one document."""
    return (analyzer or default_analyzer()).analyze(document)


def analyze_sources(sources: Sequence[str], workers: int | None = None) -> BatchResult:
    docs, problems = load_documents(sources)
    profiles = analyze_documents(docs, workers=workers, problems=problems)
    return BatchResult(tuple(profiles), tuple(problems))


def analyze_text(text: str, name: str = "uploaded text", doc_id: str = "text") -> LicenseProfile:
    return default_analyzer().analyze_text(text, name, doc_id)


def licensedb_rows() -> list[tuple[str, str, str, str, str]]:
    """(key, name, category, spdx key, sha256) of every LicenseDB license; cached by signature."""
    from analyzer.cache import licensedb_signature

    signature = licensedb_signature()
    rows = cache().corpus_index(signature)
    if rows is None:
        from analyzer.corpus import licensedb

        rows = []
        for key, entry in sorted(licensedb().items()):
            if entry.text.strip():
                doc = Document(key, entry.name, entry.text, f"scancode:{key}")
                rows.append((key, entry.name, entry.category, entry.spdx_key, doc.sha256))
        cache().store_corpus_index(signature, rows)
    return [tuple(r) for r in rows]


def analyze_licensedb(
    categories: Sequence[str] = (),
    keys: Sequence[str] = (),
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    with_text: bool = False,
) -> BatchResult:
    """Every LicenseDB license (or those of some categories / keys), cache first.

    A warm run reads the index and the profiles from the cache without loading the
    LicenseDB; profiles then have an empty ``text`` unless ``with_text`` is set.
    """
    rows = licensedb_rows()
    problems = []
    if keys:
        known = {r[0] for r in rows}
        problems = [InputProblem(k, "unknown LicenseDB key") for k in keys if k not in known]
        wanted = set(keys)
        rows = [r for r in rows if r[0] in wanted]
    if categories:
        lowered = {c.lower() for c in categories}
        rows = [r for r in rows if r[2].lower() in lowered]
    stored = {} if with_text else cache().get_many(r[4] for r in rows)
    if len(stored) == len({r[4] for r in rows}):
        profiles = []
        for key, name, category, _spdx, sha in rows:
            doc = Document(key, name, "", f"scancode:{key}", {"category": category})
            profile = profile_from_packed(doc, stored[sha])
            profiles.append(dataclasses.replace(profile, sha256=sha))
        if progress:
            progress(len(rows))
        return BatchResult(tuple(profiles), tuple(problems))
    from analyzer.corpus import licensedb_document

    docs = [licensedb_document(r[0]) for r in rows]
    profiles = analyze_documents(docs, workers, progress, problems)
    return BatchResult(tuple(profiles), tuple(problems))


def releases():
    from analyzer.catalog import load_catalog

    return load_catalog()


def fail_on_matches(profiles: Sequence[LicenseProfile], rules: Sequence[tuple[str, str]]) -> list[str]:
    """Which `--fail-on TERM=STATUS` policies matched, as readable lines."""
    hits = []
    for p in profiles:
        for term_id, status in rules:
            if p.terms[term_id].status == status:
                hits.append(f"{p.id}: {term_id}={status}")
    return hits
