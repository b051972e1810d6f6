"""Per-field accuracy of `modelterms scan` on the labelled real repositories.

    python -m bench.scan.accuracy --split dev|dev2|...|dev17|dev18|blind [--errors]

Each labelled repository is materialised (bench.scan.corpus), scanned, and its rows matched to
the labelled releases by folder and model name (one row per release, one-to-one). A fact check
counts when the label states the fact; the model license and commercial_use are checked for
every release. `--errors` lists the wrong checks, and is refused for the blind split: only its
totals are ever looked at.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath

from bench.scan.corpus import CORPUS, SPLITS, Label, labels, materialise

FACTS = ("release_date", "parameters", "context_length", "training_tokens")
FIELDS = (*FACTS, "model_license", "commercial_use")
EXTRA = ("base_model",)  # reported on its own line, outside the total (it was added later)
SIZE = re.compile(r"^(\d+x)?(\d+(?:\.\d+)?)([KMBT])$", re.IGNORECASE)
SCALE = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


@dataclass(frozen=True)
class Check:
    repo: str
    model: str
    field: str
    right: bool
    expected: object
    found: object


def fold(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "", (text or "").lower())


def name_words(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z]+|\d+(?:\.\d+)?", (text or "").lower()))


def similarity(a: str | None, b: str | None) -> float:
    if fold(a) and fold(a) == fold(b):
        return 2.0
    wa, wb = name_words(a), name_words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def match(releases: list[dict], rows: list) -> dict[int, object]:
    """Labelled release index -> its row (same folder, best name similarity, one-to-one)."""
    pairs = []
    for i, rel in enumerate(releases):
        folder = str(PurePosixPath(rel.get("folder") or "."))
        for j, row in enumerate(rows):
            if row.path == folder:
                pairs.append((similarity(rel.get("model"), row.release.model), i, j))
    taken_i, taken_j, found = set(), set(), {}
    for score, i, j in sorted(pairs, reverse=True):
        if score >= 0.5 and i not in taken_i and j not in taken_j:
            found[i] = rows[j]
            taken_i.add(i)
            taken_j.add(j)
    return found


def size_value(text: str) -> float | None:
    m = SIZE.match(str(text).strip().replace(" ", ""))
    if not m:
        return None
    experts = int(m.group(1)[:-1]) if m.group(1) else 1
    return experts * float(m.group(2)) * SCALE[m.group(3).upper()]


def same_sizes(expected, found) -> bool:
    exp = {size_value(s) for s in (expected if isinstance(expected, list) else [expected])}
    return exp == {size_value(s) for s in found or ()}


def same_context(expected: int, found: int | None) -> bool:
    """4096 == 4K; 32000 and 32768 are both "32K" (within 2.5%)."""
    return found is not None and abs(found - int(expected)) <= 0.025 * int(expected)


def same_tokens(expected: str, found: str | None) -> bool:
    a, b = size_value(str(expected)), size_value(found or "")
    return a is not None and b is not None and abs(a - b) <= 0.02 * a


def license_right(release: dict, row) -> bool:
    """A LicenseDB key must be the row's license_id; else the row's model license file (or the
    file its README links to); a license named only must be the row's declared name; none: no
    model license reported."""
    from analyzer.licensedb import licensedb

    key, file = release.get("model_license"), release.get("model_license_file")
    if key and key in licensedb():
        return row.license_id == key
    files = {PurePosixPath(f).name for f in (row.license_file, getattr(row.declared, "link", None)) if f}
    if file:
        return PurePosixPath(file).name in files
    if key:
        name = key.split("(")[0]
        declared = fold(getattr(row.declared, "name", None) or getattr(row.declared, "identifier", None))
        return bool(declared) and (fold(name) in declared or declared in fold(name))
    return row.license_file is None and row.license_basis in (None, "declared") and row.declared is None


def checks_for(label: Label, rows: list) -> list[Check]:
    out = []
    found = match(list(label.releases), rows)
    for i, rel in enumerate(label.releases):
        row = found.get(i)
        for name in (*FIELDS, *EXTRA):
            expected = rel.get(name)
            if name in (*FACTS, *EXTRA) and expected in (None, [], ""):
                continue
            if row is None:
                out.append(Check(label.repo, rel.get("model"), name, False, expected, "(no row)"))
                continue
            facts = row.release
            if name == "release_date":
                value, right = facts.release_date, facts.release_date == str(expected)
            elif name == "parameters":
                value, right = list(facts.parameters), same_sizes(expected, facts.parameters)
            elif name == "context_length":
                value, right = facts.context_length, same_context(expected, facts.context_length)
            elif name == "training_tokens":
                value, right = facts.training_tokens, same_tokens(expected, facts.training_tokens)
            elif name == "base_model":
                value = facts.base_model
                right = bool(value) and (fold(value) in fold(expected) or fold(expected) in fold(value))
            elif name == "model_license":
                value = f"{row.license_id} file={row.license_file} declared={row.declared}"
                right = license_right(rel, row)
            else:
                value = row.status("commercial_use") or "silent"
                right = value == expected
            out.append(Check(label.repo, rel.get("model"), name, right, expected, value))
    return out


def run(split: str) -> tuple[list[Check], float, int]:
    from analyzer.scan.scanner import scan_directory

    checks, seconds, releases = [], 0.0, 0
    for label in labels(split):
        folder, note = materialise(label, CORPUS)
        if folder is None:
            print(f"skipped: {note}", file=sys.stderr)
            continue
        started = time.perf_counter()
        result = scan_directory(folder)
        seconds += time.perf_counter() - started
        for problem in result.problems:
            print(f"{label.repo}: {problem}", file=sys.stderr)
        releases += len(label.releases)
        checks.extend(checks_for(label, list(result.rows)))
    return checks, seconds, releases


def report(checks: list[Check], seconds: float, releases: int, split: str) -> str:
    right, total = Counter(), Counter()
    for c in checks:
        total[c.field] += 1
        right[c.field] += c.right
    matched = sum(1 for c in checks if c.field == "model_license" and c.found != "(no row)")
    lines = [
        f"split {split}: {releases} releases ({matched} matched to a row), scan {seconds:.1f} s",
        "| check | right |",
        "|---|---|",
    ]
    lines += [f"| {f} | {right[f]} of {total[f]} |" for f in FIELDS if total[f]]
    all_right = sum(right[f] for f in FIELDS)
    all_total = sum(total[f] for f in FIELDS)
    lines.append(
        f"| **all fact checks** | {all_right} of {all_total} ({100 * all_right / max(all_total, 1):.1f}%) |"
    )
    lines += [f"| {f} (not in the total) | {right[f]} of {total[f]} |" for f in EXTRA if total[f]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, required=True)
    parser.add_argument("--errors", action="store_true", help="list the wrong checks (not for blind)")
    args = parser.parse_args(argv)
    if args.errors and args.split == "blind":
        print(
            "accuracy: --errors is refused for the blind split (only its totals are looked at)",
            file=sys.stderr,
        )
        return 2
    checks, seconds, releases = run(args.split)
    print(report(checks, seconds, releases, args.split))
    if args.errors:
        for c in checks:
            if not c.right:
                print(f"WRONG {c.repo} | {c.model} | {c.field}: expected {c.expected!r}, found {c.found!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
