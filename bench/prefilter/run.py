"""The pre-filter never hides a match: statuses and params over the whole LicenseDB with the
pre-filter on equal those with it off (every rule's matcher over every text).

    python -m bench.prefilter.run [--every N]

tests/test_prefilter.py runs the same check on a sample; this runs all of it (about 10 min).
"""

from __future__ import annotations

import argparse
import sys
import time


def compare(every: int = 1) -> tuple[int, list[str]]:
    from analyzer.licensedb import licensedb
    from analyzer.nlp.pipeline import build_nlp, make_doc

    db = licensedb()
    keys = sorted(k for k, e in db.items() if e.text.strip())[::every]
    on, off = build_nlp(prefilter=True), build_nlp(prefilter=False)
    differ = []
    for key in keys:
        text = db[key].text
        a, b = on(make_doc(on, text))._.terms, off(make_doc(off, text))._.terms
        for term, result in a.items():
            if (result.status, result.params) != (b[term].status, b[term].params):
                differ.append(f"{key} {term}: {result.status} with, {b[term].status} without")
    return len(keys), differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="take every Nth license")
    args = parser.parse_args(argv)
    t = time.perf_counter()
    n, differ = compare(args.every)
    print(f"{n} texts, {len(differ)} differing cells, {time.perf_counter() - t:.0f} s")
    for line in differ:
        print("  " + line)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
