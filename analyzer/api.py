"""Plain functions behind the CLI and the dashboard: sources in, profiles and problems out.

Analysis goes through three layers: a per-process memo, the persistent SQLite cache
(analyzer.cache) and, for what is left, the engine (in worker processes for big batches).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from analyzer.model import Document, InputError, InputProblem, LicenseProfile

_MEMO: dict[tuple[str, str, str, str], LicenseProfile] = {}
_CACHE = None


@dataclass(frozen=True)
class BatchResult:
    """Profiles of every good input, and every bad input with its reason."""

    profiles: tuple[LicenseProfile, ...] = ()
    problems: tuple[InputProblem, ...] = field(default=())


def configure_cache(path=None, enabled: bool = True) -> None:
    """Choose the persistent cache for this process (`--cache FILE`, `--no-cache`)."""
    global _CACHE
    from analyzer.cache import ProfileCache

    if _CACHE is not None:
        _CACHE.close()
    _CACHE = ProfileCache(path, enabled=enabled)


def cache():
    if _CACHE is None:
        configure_cache()
    return _CACHE


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


def _profile(document: Document, packed: list) -> LicenseProfile:
    from analyzer.export import unpack_reading
    from analyzer.family import profile_of

    return profile_of(document, *unpack_reading(packed))


def analyze_documents(
    documents: Sequence[Document],
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    problems: list[InputProblem] | None = None,
) -> list[LicenseProfile]:
    """Profiles in input order: memo, then the persistent cache, then the engine.

    A document the engine fails on is left out and reported in ``problems`` (or raised as
    InputError when no list is given), so one bad text never loses a batch.
    """
    from analyzer.batch import analyze_texts

    out: list[LicenseProfile | None] = [None] * len(documents)
    todo = []
    for i, doc in enumerate(documents):
        memo = _MEMO.get((doc.sha256, doc.id, doc.name, doc.source))
        if memo is not None:
            out[i] = memo
        else:
            todo.append(i)
    stored = cache().get_many(documents[i].sha256 for i in todo)
    missing = [i for i in todo if documents[i].sha256 not in stored]
    if progress and len(todo) > len(missing):
        progress(len(todo) - len(missing))
    fresh_texts = {}
    for i in missing:
        fresh_texts.setdefault(documents[i].sha256, documents[i].text)
    fresh = {}
    if fresh_texts:
        shas = list(fresh_texts)
        computed = analyze_texts([fresh_texts[s] for s in shas], workers=workers, progress=progress)
        fresh = dict(zip(shas, computed, strict=True))
        cache().put_many((sha, packed) for sha, packed in fresh.items() if not isinstance(packed, dict))
    for i in todo:
        doc = documents[i]
        packed = stored.get(doc.sha256) or fresh[doc.sha256]
        if isinstance(packed, dict):
            problem = InputProblem(doc.source.split(":", 1)[-1] or doc.id, packed["error"])
            if problems is None:
                raise InputError(problem.source, problem.reason)
            problems.append(problem)
            continue
        profile = _profile(doc, packed)
        _MEMO[(doc.sha256, doc.id, doc.name, doc.source)] = profile
        out[i] = profile
    return [p for p in out if p is not None]


def analyze(document: Document) -> LicenseProfile:
    """The profile of one document."""
    return analyze_documents([document], workers=1)[0]


def analyze_sources(sources: Sequence[str], workers: int | None = None) -> BatchResult:
    docs, problems = load_documents(sources)
    profiles = analyze_documents(docs, workers=workers, problems=problems)
    return BatchResult(tuple(profiles), tuple(problems))


def analyze_text(text: str, name: str = "uploaded text", doc_id: str = "text") -> LicenseProfile:
    return analyze(Document(id=doc_id, name=name, text=text, source=f"text:{name}"))


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
            profile = _profile(doc, stored[sha])
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
