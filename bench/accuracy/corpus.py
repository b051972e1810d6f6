"""Rebuild bench/accuracy/corpus/ (texts from outside the LicenseDB, never committed) from the
`source` of each label file: a repository, a commit and a path, checked against its sha256.

    python -m bench.accuracy.corpus [--set SET] [--mirrors DIR]

Each text is read from a local bare mirror of its repository when --mirrors is given
(DIR/owner+name/... holding a bare git directory) or, failing that, downloaded from
raw.githubusercontent.com at the recorded commit; --set rebuilds one set's texts only (every set
with texts from outside the LicenseDB by default); bench/accuracy/README.md says more.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import urllib.request
from pathlib import Path

from bench.accuracy.run import CORPUS, FRESH_SETS, HERE


def _from_mirror(mirrors: Path | None, repo: str, commit: str, path: str) -> bytes | None:
    if mirrors is None:
        return None
    base = mirrors / repo.replace("/", "+")
    if not base.exists():
        return None
    for git_dir in [base, *base.rglob("*.git"), *[p.parent for p in base.rglob("HEAD")]]:
        try:
            return subprocess.run(
                ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                check=True,
                capture_output=True,
            ).stdout
        except (subprocess.CalledProcessError, OSError):
            continue
    return None


def _from_github(repo: str, commit: str, path: str) -> bytes | None:
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{path}"
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.read()
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=FRESH_SETS, default=None, help="rebuild only this set's texts")
    parser.add_argument("--mirrors", type=Path, default=None, help="folder of bare mirrors, read first")
    args = parser.parse_args(argv)
    CORPUS.mkdir(exist_ok=True)
    failed = 0
    for name in (args.set,) if args.set else FRESH_SETS:
        for label in sorted((HERE / name).glob("*.json")):
            gold = json.loads(label.read_text())
            src = gold["source"]
            target = CORPUS / f"{gold['key']}.txt"
            if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == src["sha256"]:
                continue
            data = _from_mirror(args.mirrors, src["repo"], src["commit"], src["path"])
            data = data if data is not None else _from_github(src["repo"], src["commit"], src["path"])
            if data is None or hashlib.sha256(data).hexdigest() != src["sha256"]:
                print(
                    f"{gold['key']}: could not get {src['repo']}@{src['commit'][:8]}:{src['path']}",
                    file=sys.stderr,
                )
                failed += 1
                continue
            target.write_bytes(data)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
