"""Materialise the labelled repositories: each label's listed files at its commit, from the mirror.

    python -m bench.scan.corpus [--split dev|dev2|...|dev18|blind|all]

A label (bench/scan/labels/<split>/*.yaml) names `repo` (owner/name), `commit` and `files`.
The files are read with `git show COMMIT:PATH` from the bare mirror the `fetch` tool keeps under
/work/.mirror/<owner>+<name>/ (override with MODELTERMS_MIRRORS) and written to
bench/scan/.corpus/<owner>__<name>/<name>/ (gitignored: the texts never enter the repository).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LABELS = Path(os.environ.get("MODELTERMS_SCAN_LABELS", HERE / "labels"))
CORPUS = HERE / ".corpus"
SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "blind",
)


def mirrors_root() -> Path:
    return Path(os.environ.get("MODELTERMS_MIRRORS", "/work/.mirror"))


@dataclass(frozen=True)
class Label:
    """One labelled repository (the releases stay a raw list of mappings)."""

    path: Path
    repo: str
    commit: str
    files: tuple[str, ...]
    releases: tuple[dict, ...]

    @property
    def slug(self) -> str:
        return self.repo.replace("/", "__")


def load_label(path: Path) -> Label:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(k in data for k in ("repo", "commit", "files", "releases")):
        raise ValueError(f"{path}: needs repo, commit, files and releases")
    return Label(
        path,
        str(data["repo"]),
        str(data["commit"]),
        tuple(data["files"] or ()),
        tuple(r for r in data["releases"] or () if isinstance(r, dict)),
    )


def labels(split: str) -> list[Label]:
    return [load_label(p) for p in sorted((LABELS / split).glob("*.yaml"))]


def git_dir(repo: str) -> Path | None:
    """The bare git directory of a mirrored repository, or None."""
    base = mirrors_root() / repo.replace("/", "+")
    for candidate in (base / "repo", base):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def materialise(label: Label, corpus: Path = CORPUS) -> tuple[Path | None, str]:
    """Write the label's files under corpus/<slug>/; (folder, '') or (None, why not)."""
    gitdir = git_dir(label.repo)
    if gitdir is None:
        return (
            None,
            f"{label.repo}: no mirror under {mirrors_root()} (run the fetch tool for github:{label.repo})",
        )
    target = corpus / label.slug / label.repo.split("/")[1]  # a checkout is named after its repo
    missing = []
    for rel in label.files:
        proc = subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{label.commit}:{rel}"], capture_output=True
        )
        if proc.returncode:
            missing.append(rel)
            continue
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(proc.stdout)
    if missing and len(missing) == len(label.files):
        return None, f"{label.repo}: none of the files exist at {label.commit[:12]} ({', '.join(missing)})"
    return target, (f"{label.repo}: missing at {label.commit[:12]}: {', '.join(missing)}" if missing else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    args = parser.parse_args(argv)
    status = 0
    for split in SPLITS if args.split == "all" else (args.split,):
        for label in labels(split):
            folder, note = materialise(label)
            if folder is None:
                status = 1
            print(
                f"{split}: {label.repo}: {'ok' if folder else 'MISSING'}{' (' + note + ')' if note else ''}",
                file=sys.stderr if note else sys.stdout,
            )
    return status


if __name__ == "__main__":
    sys.exit(main())
