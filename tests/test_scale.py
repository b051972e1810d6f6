"""The Hub-scale example runs for real: a Dask bag on a local two-worker cluster, checked
against the in-process analysis the CLI runs (api.analyze_sources: memo, cache, engine)."""

from __future__ import annotations

import pytest

from analyzer import api
from analyzer.scale import analyze_paths_with_dask

TEXTS = {
    "a/LICENSE": "You may use the Model solely for non-commercial research purposes.",
    "b/LICENSE": "Permission is granted to use, copy, modify and distribute this software for any purpose.",
    "c/LICENSE": (
        "If your products have more than 700 million monthly active users, you must request a license."
    ),
}


@pytest.fixture
def tree(tmp_path):
    paths = []
    for rel, text in TEXTS.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True)
        path.write_text(text)
        paths.append(path)
    (tmp_path / "d").mkdir()
    empty = tmp_path / "d" / "LICENSE"
    empty.write_bytes(b"")
    return [*paths, empty]


def in_process_rows(paths) -> list[dict]:
    """The rows the Dask path should give, built from the CLI's own analysis of the files."""
    result = api.analyze_sources([str(p) for p in paths], workers=1)
    profiles = {p.source.removeprefix("file:"): p for p in result.profiles}
    problems = {p.source: p.reason for p in result.problems}
    rows = []
    for path in map(str, paths):
        if path in problems:
            rows.append({"path": path, "error": problems[path]})
            continue
        profile = profiles[path]
        statuses = {t: r.status for t, r in profile.terms.items()}
        rows.append({"path": path, "sha256": profile.sha256, "family": profile.family, "statuses": statuses})
    return rows


def test_dask_local_cluster_matches_the_in_process_analysis(tree):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        rows = analyze_paths_with_dask(tree, scheduler=client, partitions=2)
    assert len(rows) == len(tree)
    assert rows == in_process_rows(tree)
    by_dir = {r["path"].split("/")[-2]: r for r in rows}
    assert by_dir["a"]["statuses"]["commercial_use"] == "prohibited"
    assert by_dir["b"]["statuses"]["commercial_use"] == "granted"
    assert by_dir["c"]["statuses"]["user_threshold"] == "conditional"
    assert by_dir["d"]["error"] == "empty file"
