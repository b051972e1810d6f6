"""Hub scale: the same per-document analysis, distributed with Dask over many files.

Each task reads one file, analyzes it with the worker's own pipeline (built once per
worker process) and returns a small row: no spaCy Doc ever crosses a process boundary.
Dask is optional (`pip install -e ".[scale]"`); the rest of modelterms never imports it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any


@functools.lru_cache(maxsize=4)
def worker_analyzer(cache_path: str | None):
    """One Analyzer per worker process and cache file (the pipeline is built once per worker)."""
    from analyzer.engine import Analyzer

    return Analyzer(cache_path=cache_path, cache_enabled=cache_path is not None)


def profile_row(path: str, cache_path: str | None = None) -> dict[str, Any]:
    """One file -> {path, license statuses, family} or {path, error}; runs inside a worker.

    With `cache_path`, every worker reads and writes that one SQLite cache (WAL mode lets
    processes share it): a text already analyzed by any worker, or by the CLI, is a cache hit.
    """
    from analyzer.corpus import read_file_document
    from analyzer.model import InputError

    try:
        doc = read_file_document(Path(path), path)
        profile = worker_analyzer(cache_path).analyze(doc)
    except InputError as exc:
        return {"path": path, "error": exc.problem.reason}
    return {
        "path": path,
        "sha256": profile.sha256,
        "family": profile.family,
        "statuses": {t: r.status for t, r in profile.terms.items()},
    }


def analyze_paths_with_dask(
    paths: Sequence[str | Path],
    scheduler: Any = None,
    partitions: int | None = None,
    cache_path: str | Path | None = None,
) -> list[dict[str, Any]]:
    """Rows for every path, computed by a Dask bag on `scheduler` (a distributed Client,
    "processes", "threads" or None for Dask's default), sharing the cache at `cache_path`."""
    import dask.bag as db

    items = [str(p) for p in paths]
    bag = db.from_sequence(items, npartitions=partitions or max(1, min(len(items), 64)))
    rows = bag.map(profile_row, cache_path=str(cache_path) if cache_path else None)
    if scheduler is None or isinstance(scheduler, str):
        return list(rows.compute(scheduler=scheduler))
    return list(scheduler.compute(rows).result())
