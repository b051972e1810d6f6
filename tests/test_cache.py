"""The persistent profile cache: served when fresh, never when stale, never fatal."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading

import pytest

from analyzer import api, cache
from analyzer.model import Document

TEXT = "You may use the Model solely for non-commercial research purposes. No trademark licenses are granted."


@pytest.fixture
def store(tmp_path):
    api.configure_cache(tmp_path / "profiles.sqlite")
    api.default_analyzer().clear_memo()
    yield api.cache()
    api.configure_cache(enabled=False)
    api.default_analyzer().clear_memo()


def _doc(text=TEXT, name="t"):
    return Document(name, name, text, f"text:{name}")


def test_profiles_are_stored_and_served(store, monkeypatch):
    first = api.analyze(_doc())
    assert store.get_many([first.sha256])
    api.default_analyzer().clear_memo()
    monkeypatch.setattr("analyzer.batch.analyze_texts", lambda *a, **k: pytest.fail("recomputed"))
    second = api.analyze(_doc())
    assert second.terms == first.terms and second.status("commercial_use") == "prohibited"


def test_a_different_analyzer_version_is_never_served(store, monkeypatch):
    profile = api.analyze(_doc())
    monkeypatch.setattr(store, "version", "some-other-version")
    assert store.get_many([profile.sha256]) == {}


def test_corrupt_cache_is_reported_and_rebuilt(tmp_path, capsys):
    path = tmp_path / "profiles.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    api.configure_cache(path)
    api.default_analyzer().clear_memo()
    try:
        profile = api.analyze(_doc(name="corrupt"))
        assert profile.status("commercial_use") == "prohibited"
        assert "rebuilding" in capsys.readouterr().err
        assert api.cache().get_many([profile.sha256])
        assert list(tmp_path.glob("profiles.sqlite.corrupt-*"))
    finally:
        api.configure_cache(enabled=False)


def test_locked_cache_is_bypassed_not_fatal(tmp_path, capsys):
    path = tmp_path / "profiles.sqlite"
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("PRAGMA journal_mode=DELETE")
    blocker.executescript(cache.SCHEMA)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        store = cache.ProfileCache(path, timeout=0.2)
        store.put_many([("abc", [["granted", {}, []]])])
        assert store.get_many(["abc"]) == {}
        assert "locked" in capsys.readouterr().err
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_concurrent_writers_do_not_corrupt_it(tmp_path):
    path = tmp_path / "profiles.sqlite"

    def writer(n):
        store = cache.ProfileCache(path)
        for i in range(30):
            store.put_many([(f"{n}-{i}", [["granted", {}, []]])])
        store.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store = cache.ProfileCache(path)
    assert len(store.get_many(f"{n}-{i}" for n in range(4) for i in range(30))) == 120


def test_no_cache_writes_nothing(tmp_path):
    path = tmp_path / "profiles.sqlite"
    api.configure_cache(path, enabled=False)
    api.analyze(_doc(name="nocache"))
    assert not path.exists()


def test_analyze_all_with_keys_from_file_and_warm_cache(tmp_path):
    keys = tmp_path / "keys.txt"
    keys.write_text("mit\napache-2.0  # a comment\n\nllama-2-license-2023\n")
    env = {"MODELTERMS_CACHE": str(tmp_path / "c.sqlite"), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "analyzer", "analyze", "--all", "--keys-from", str(keys), "--format", "json"]
    cold = subprocess.run(cmd, capture_output=True, env=env, timeout=300)
    assert cold.returncode == 0, cold.stderr
    warm = subprocess.run(cmd, capture_output=True, env=env, timeout=300)
    assert warm.returncode == 0, warm.stderr
    cold_items, warm_items = json.loads(cold.stdout), json.loads(warm.stdout)
    assert [p["id"] for p in cold_items] == ["apache-2.0", "llama-2-license-2023", "mit"]
    assert cold_items == warm_items


def test_analyze_all_unknown_key_is_reported(tmp_path):
    keys = tmp_path / "keys.txt"
    keys.write_text("mit\nno-such-license\n")
    env = {"MODELTERMS_CACHE": str(tmp_path / "c.sqlite"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "analyze", "--keys-from", str(keys), "--format", "csv"],
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 2
    assert b"no-such-license: unknown LicenseDB key" in proc.stderr
    assert b"mit," in proc.stdout


def test_one_cache_serves_many_threads(tmp_path):
    store = cache.ProfileCache(tmp_path / "profiles.sqlite")
    store.put_many([("main", [["granted", {}, []]])])
    seen = []

    def reader():
        seen.append(store.get_many(["main"]))
        store.put_many([("from-thread", [["granted", {}, []]])])

    worker = threading.Thread(target=reader)
    worker.start()
    worker.join()
    assert seen == [{"main": [["granted", {}, []]]}]
    assert store.get_many(["from-thread"]) and store.enabled


def test_an_engine_failure_on_one_text_loses_nothing_else(monkeypatch, tmp_path):
    import analyzer.extract as extract

    api.configure_cache(enabled=False)
    api.default_analyzer().clear_memo()
    real = extract.analyze_doc

    def flaky(doc, *args):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return real(doc, *args)

    monkeypatch.setattr(extract, "analyze_doc", flaky)
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    bad = tmp_path / "bad.txt"
    bad.write_text("EXPLODE " + TEXT)
    result = api.analyze_sources([str(good), str(bad)], workers=1)
    assert [p.id for p in result.profiles] == ["good.txt"]
    assert [p.source for p in result.problems] == [str(bad)]
    assert "internal error" in result.problems[0].reason
