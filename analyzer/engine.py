"""The Analyzer: one object that holds the pipeline (and with it the rule tables) and the
profile cache. The CLI, the dashboard, the scanner, the Dask path and the benchmarks all
analyze through one, so they share one content-addressed cache and one code path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from analyzer.model import Document, InputError, InputProblem, LicenseProfile

MemoKey = tuple[str, str, str, str]


class Analyzer:
    """Documents in, profiles out: memo, then the persistent cache, then the engine."""

    def __init__(
        self,
        base: str | None = None,
        tables: str | Path | None = None,
        cache_path: str | Path | None = None,
        cache_enabled: bool = True,
    ):
        from analyzer.cache import ProfileCache

        self.base = base
        self.tables = str(tables) if tables else None
        self.cache = ProfileCache(Path(cache_path) if cache_path else None, enabled=cache_enabled)
        self._nlp = None
        self._memo: dict[MemoKey, LicenseProfile] = {}

    @property
    def nlp(self):
        """The pipeline, built on first use (building it compiles the rule tables)."""
        if self._nlp is None:
            from analyzer.nlp.pipeline import build_nlp, shared_nlp

            custom = self.tables or self.base
            self._nlp = build_nlp(self.base, self.tables) if custom else shared_nlp()
        return self._nlp

    def close(self) -> None:
        self.cache.close()

    def clear_memo(self) -> None:
        self._memo.clear()

    def analyze(self, document: Document) -> LicenseProfile:
        """The profile of one document (InputError if the engine fails on it)."""
        return self.analyze_documents([document], workers=1)[0]

    def analyze_text(self, text: str, name: str = "uploaded text", doc_id: str = "text") -> LicenseProfile:
        return self.analyze(Document(id=doc_id, name=name, text=text, source=f"text:{name}"))

    def analyze_documents(
        self,
        documents: Sequence[Document],
        workers: int | None = None,
        progress: Callable[[int], None] | None = None,
        problems: list[InputProblem] | None = None,
    ) -> list[LicenseProfile]:
        """Profiles in input order. A document the engine fails on is left out and reported in
        ``problems`` (or raised as InputError when no list is given): one bad text never loses a batch.
        """
        from analyzer.batch import analyze_texts

        out: list[LicenseProfile | None] = [None] * len(documents)
        todo = []
        for i, doc in enumerate(documents):
            memo = self._memo.get(_key(doc))
            if memo is not None:
                out[i] = memo
            else:
                todo.append(i)
        # tables injected by a caller make other profiles than the packaged ones: no sharing
        cache = self.cache if not self.tables else None
        stored = cache.get_many(documents[i].sha256 for i in todo) if cache else {}
        missing = [i for i in todo if documents[i].sha256 not in stored]
        if progress and len(todo) > len(missing):
            progress(len(todo) - len(missing))
        texts: dict[str, str] = {}
        for i in missing:
            texts.setdefault(documents[i].sha256, documents[i].text)
        fresh = {}
        if texts:
            shas = list(texts)
            computed = analyze_texts(self.nlp, [texts[s] for s in shas], workers=workers, progress=progress)
            fresh = dict(zip(shas, computed, strict=True))
            if cache:
                cache.put_many((sha, packed) for sha, packed in fresh.items() if not isinstance(packed, dict))
        for i in todo:
            doc = documents[i]
            packed = stored.get(doc.sha256) or fresh[doc.sha256]
            if isinstance(packed, dict):
                problem = InputProblem(doc.source.split(":", 1)[-1] or doc.id, packed["error"])
                if problems is None:
                    raise InputError(problem.source, problem.reason)
                problems.append(problem)
                continue
            profile = profile_from_packed(doc, packed)
            self._memo[_key(doc)] = profile
            out[i] = profile
        return [p for p in out if p is not None]


def _key(doc: Document) -> MemoKey:
    return (doc.sha256, doc.id, doc.name, doc.source)


def profile_from_packed(document: Document, packed: list) -> LicenseProfile:
    from analyzer.export import unpack_reading
    from analyzer.family import profile_of

    return profile_of(document, *unpack_reading(packed))
