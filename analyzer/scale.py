"""Hub scale: the same per-document analysis, distributed with Dask over many files.

Each task reads one file, analyzes it with the worker's own pipeline (built once per
worker process) and returns a small row: no spaCy Doc ever crosses a process boundary.
Dask is optional (`pip install -e ".[scale]"`); the rest of modelterms never imports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def profile_row(path: str) -> dict[str, Any]:
    """One file -> {path, license statuses, family} or {path, error}; runs inside a worker."""
    from analyzer.corpus import read_file_document
    from analyzer.extract import analyze_document
    from analyzer.model import InputError

    try:
        doc = read_file_document(Path(path), path)
    except InputError as exc:
        return {"path": path, "error": exc.problem.reason}
    profile = analyze_document(doc)
    return {
        "path": path,
        "sha256": profile.sha256,
        "family": profile.family,
        "statuses": {t: r.status for t, r in profile.terms.items()},
    }


def analyze_paths_with_dask(
    paths: Sequence[str | Path], scheduler: Any = None, partitions: int | None = None
) -> list[dict[str, Any]]:
    """Rows for every path, computed by a Dask bag on `scheduler` (a distributed Client,
    "processes", "threads" or None for Dask's default)."""
    import dask.bag as db

    items = [str(p) for p in paths]
    bag = db.from_sequence(items, npartitions=partitions or max(1, min(len(items), 64)))
    rows = bag.map(profile_row)
    if scheduler is None or isinstance(scheduler, str):
        return list(rows.compute(scheduler=scheduler))
    return list(scheduler.compute(rows).result())
