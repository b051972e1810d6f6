"""A persistent profile cache in SQLite, keyed by text SHA-256 and the analyzer's version.

The version is a digest of the rule tables and the engine's code, so a change to either
makes every stored profile stale (never served). A corrupt cache file is reported, moved
aside and rebuilt; a locked one is waited for, then bypassed. Runs never fail because of it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
FORMAT = "packed-5"  # the stored shape (export.pack_reading); part of the version
# Everything whose change can change a profile.
# Every module and data table of the package: a change anywhere in the engine (the phrase
# compiler included) gives a new version, so a stale profile is never served.
VERSIONED = ("**/*.py", "**/*.yaml", "**/*.jsonl")
SCHEMA = """
CREATE TABLE IF NOT EXISTS profiles (
    sha256 TEXT NOT NULL, version TEXT NOT NULL, terms TEXT NOT NULL,
    PRIMARY KEY (sha256, version));
CREATE TABLE IF NOT EXISTS corpus_index (
    signature TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL,
    spdx_key TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (signature, key));
"""


@functools.lru_cache(maxsize=4)
def analyzer_version(package: Path = PACKAGE) -> str:
    """A digest of the package version, rule tables and engine code."""
    from importlib.metadata import PackageNotFoundError, version

    from analyzer import __version__

    try:  # the installed spaCy's version, without importing it (a warm run never needs spaCy)
        spacy_version = version("spacy")
    except PackageNotFoundError:  # a spaCy without package metadata
        import spacy

        spacy_version = spacy.__version__
    digest = hashlib.sha256(f"{__version__}:{FORMAT}:spacy-{spacy_version}".encode())
    paths = {p for pattern in VERSIONED for p in package.glob(pattern) if "__pycache__" not in p.parts}
    for path in sorted(paths):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def default_path() -> Path:
    explicit = os.environ.get("MODELTERMS_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "modelterms" / "profiles.sqlite"


def _warn(message: str) -> None:
    print(f"modelterms: {message}", file=sys.stderr)


class ProfileCache:
    """Stored profile terms (JSON of export.pack_terms) by (sha256, version)."""

    def __init__(self, path: Path | None = None, enabled: bool = True, timeout: float = 10.0):
        self.path = Path(path) if path else default_path()
        self.enabled = enabled
        self.timeout = timeout
        self.version = analyzer_version() if enabled else ""
        self._conn: sqlite3.Connection | None = None
        # One connection shared by the threads of a process (Streamlit runs each rerun in a
        # new thread); the lock serialises its use.
        self._lock = threading.RLock()

    # -- connection -------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection | None:
        if not self.enabled:
            return None
        if self._conn is not None:
            return self._conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = self._open_with_retries()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                _warn(f"cache {self.path} is locked ({exc}); continuing without it")
                self.enabled = False
                return None
            self._rebuild(exc)
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)
        except OSError as exc:
            _warn(f"cache {self.path} cannot be opened ({exc.strerror}); continuing without it")
            self.enabled = False
        return self._conn

    def _open_with_retries(self) -> sqlite3.Connection:
        """Open and set up the file; switching to WAL can report "locked" without waiting while
        another process is doing the same, so retry for up to `timeout` seconds."""
        deadline = time.monotonic() + self.timeout
        delay = 0.02
        while True:
            conn = sqlite3.connect(
                self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
            )
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.executescript(SCHEMA)
                conn.execute("SELECT count(*) FROM profiles WHERE 0").fetchone()
                return conn
            except sqlite3.OperationalError as exc:
                conn.close()
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _rebuild(self, exc: Exception) -> None:
        _warn(f"cache {self.path} is unreadable ({exc}); rebuilding it")
        try:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            if self.path.exists():
                self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            conn = sqlite3.connect(
                self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)
            self._conn = conn
        except (sqlite3.DatabaseError, OSError) as again:
            _warn(f"cache {self.path} cannot be rebuilt ({again}); continuing without it")
            self.enabled = False
            self._conn = None

    def _run(self, fn, default):
        """Run a cache operation; any database error disables the cache instead of failing."""
        with self._lock:
            conn = self._connect()
            if conn is None:
                return default
            try:
                return fn(conn)
            except sqlite3.OperationalError as exc:
                _warn(f"cache {self.path}: {exc}; continuing without it")
            except sqlite3.ProgrammingError as exc:  # a misuse, not a damaged file: keep the file
                _warn(f"cache {self.path}: {exc}; continuing without it")
            except sqlite3.DatabaseError as exc:
                self._rebuild(exc)
            self.enabled = False
            return default

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- profiles -----------------------------------------------------------------------------
    def get_many(self, shas: Iterable[str]) -> dict[str, Any]:
        wanted = list(dict.fromkeys(shas))

        def read(conn):
            found = {}
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT sha256, terms FROM profiles WHERE version = ? AND sha256 IN ({marks})",
                    [self.version, *chunk],
                )
                for sha, terms in rows:
                    found[sha] = json.loads(terms)
            return found

        return self._run(read, {}) if wanted else {}

    def put_many(self, items: Iterable[tuple[str, Any]]) -> None:
        if not self.enabled:
            return
        rows = [
            (sha, self.version, json.dumps(terms, ensure_ascii=False, separators=(",", ":")))
            for sha, terms in items
        ]
        if not rows:
            return

        def write(conn):
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany("INSERT OR REPLACE INTO profiles VALUES (?, ?, ?)", rows)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        self._run(write, None)

    # -- the LicenseDB index (lets a warm `analyze --all` skip loading 2,470 texts) --------------
    def corpus_index(self, signature: str) -> list[tuple[str, str, str, str, str]] | None:
        def read(conn):
            rows = conn.execute(
                "SELECT key, name, category, spdx_key, sha256 FROM corpus_index WHERE signature = ?"
                " ORDER BY key",
                (signature,),
            ).fetchall()
            return rows or None

        return self._run(read, None)

    def store_corpus_index(self, signature: str, rows: list[tuple[str, str, str, str, str]]) -> None:
        def write(conn):
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("DELETE FROM corpus_index WHERE signature = ?", (signature,))
                conn.executemany(
                    "INSERT OR REPLACE INTO corpus_index VALUES (?, ?, ?, ?, ?, ?)",
                    [(signature, *row) for row in rows],
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        self._run(write, None)


def licensedb_signature() -> str:
    """Identifies the installed LicenseDB without loading it (package path, data dir mtime, size)."""
    import importlib.metadata
    import importlib.util

    spec = importlib.util.find_spec("licensedcode")
    root = Path(spec.submodule_search_locations[0]) if spec and spec.submodule_search_locations else None
    data = root / "data" / "licenses" if root else None
    try:
        version = importlib.metadata.version("scancode-toolkit-mini")
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    if data is None or not data.is_dir():
        return f"{version}:missing"
    stat = data.stat()
    return f"{version}:{data}:{stat.st_mtime_ns}:{len(os.listdir(data))}"
