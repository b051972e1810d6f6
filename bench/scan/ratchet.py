"""A ratchet on the scan bench: the right checks of each development split never drop below the
figure recorded in bench/scan/ratchet.json (the blind split has none: only its total is looked at).

    python -m bench.scan.ratchet [--split dev3] [--record]

Splits whose repositories are not mirrored are skipped (python -m bench.scan.corpus rebuilds the
texts). `--record` writes the figures that rose; a figure never goes down.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.scan.corpus import CORPUS, SPLITS, labels, materialise

RATCHET = Path(__file__).resolve().with_name("ratchet.json")
DEV_SPLITS = tuple(s for s in SPLITS if s != "blind")


def recorded() -> dict[str, int]:
    return json.loads(RATCHET.read_text(encoding="utf-8"))


def right_checks(split: str) -> int | None:
    """The split's right fact checks, or None when one of its repositories cannot be materialised."""
    from bench.scan.accuracy import FIELDS, run

    if any(materialise(label, CORPUS)[0] is None for label in labels(split)):
        return None
    checks, _, _ = run(split)
    return sum(c.right for c in checks if c.field in FIELDS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=DEV_SPLITS, action="append")
    parser.add_argument("--record", action="store_true", help="write the figures that rose")
    args = parser.parse_args(argv)
    want, status = recorded(), 0
    for split in args.split or DEV_SPLITS:
        got = right_checks(split)
        if got is None:
            print(f"{split}: skipped (not every repository is mirrored)")
            continue
        floor = want.get(split, 0)
        verdict = "ok" if got >= floor else "DROPPED"
        print(f"{split}: {got} right (recorded {floor}) {verdict}")
        status |= got < floor
        if args.record and got > floor:
            want[split] = got
    if args.record:
        RATCHET.write_text(json.dumps(want, indent=1) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
