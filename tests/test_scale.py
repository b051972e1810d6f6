"""The Hub-scale example runs for real: a Dask bag on a local two-worker cluster."""

from __future__ import annotations

import pytest

from analyzer.scale import analyze_paths_with_dask, profile_row

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


def test_dask_local_cluster_matches_the_serial_analysis(tree):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        rows = analyze_paths_with_dask(tree, scheduler=client, partitions=2)
    serial = [profile_row(str(p)) for p in tree]
    assert rows == serial
    by_dir = {r["path"].split("/")[-2]: r for r in rows}
    assert by_dir["a"]["statuses"]["commercial_use"] == "prohibited"
    assert by_dir["b"]["statuses"]["commercial_use"] == "granted"
    assert by_dir["c"]["statuses"]["user_threshold"] == "conditional"
    assert by_dir["d"]["error"] == "empty file"
