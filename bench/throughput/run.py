"""Throughput of the whole LicenseDB, against the floor no analysis can beat.

    python -m bench.throughput.run [--workers N] [--limit N]

Times in one process, on the same texts: (a) spaCy's tokenizer alone (spacy.blank("en")
with nlp.pipe), (b) the full analysis, cold (no cache, and freshly built pipelines for each
run, as cold as the tokenizer of (a)), with one and with N worker processes, and
(c) a warm `modelterms analyze --all --format csv` through the real CLI with a fresh cache
file, run twice (the second run is the warm one). Prints texts/s, tokens/s, the ratio
(b)/(a) and peak memory (the parent, and the largest worker).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def rate(seconds: float, texts: int, tokens: int) -> str:
    return f"{seconds:6.2f} s  {texts / seconds:7.1f} texts/s  {tokens / seconds:10,.0f} tokens/s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    parser.add_argument("--limit", type=int, default=0, help="only the first N licenses")
    parser.add_argument("--skip-warm", action="store_true")
    args = parser.parse_args(argv)

    import spacy

    from analyzer import api
    from analyzer.batch import default_workers
    from analyzer.engine import Analyzer
    from analyzer.licensedb import licensedb

    db = licensedb()
    keys = sorted(k for k, e in db.items() if e.text.strip())
    if args.limit:
        keys = keys[: args.limit]
    texts = [db[k].text for k in keys]
    chars = sum(map(len, texts))
    workers = args.workers or default_workers()
    print(f"texts: {len(texts)}  characters: {chars:,}  cores: {os.cpu_count()}  workers: {workers}")

    blank = spacy.blank("en")
    blank.max_length = 20_000_000
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in blank.pipe(texts))
    floor = time.perf_counter() - start
    print(f"(a) tokenizer alone:   {rate(floor, len(texts), tokens)}")

    docs = [api.Document(k, db[k].name, db[k].text, f"scancode:{k}") for k in keys]
    from analyzer.nlp import pipeline
    from analyzer.nlp.zh import shared_zh_nlp

    for n in sorted({1, workers}):
        # Fresh pipelines (English, and Chinese for the LicenseDB's Chinese texts), built outside
        # the timings: each run starts as cold as the tokenizer floor (no tokenizer cache, no
        # lexemes in the vocabulary from an earlier run); the forked workers inherit them.
        pipeline._shared.cache_clear()
        shared_zh_nlp.cache_clear()
        shared_zh_nlp()
        analyzer = Analyzer(cache_enabled=False)  # no memo, no cache: every text analyzed
        assert analyzer.nlp
        start = time.perf_counter()
        profiles = analyzer.analyze_documents(docs, workers=n)
        full = time.perf_counter() - start
        assert len(profiles) == len(texts)
        print(f"(b) full analysis, {n} worker{'s' if n > 1 else ' '}: {rate(full, len(texts), tokens)}")
        print(f"    ratio (b)/(a):     {full / floor:6.2f}")
    parent, worker = rss_mb(resource.RUSAGE_SELF), rss_mb(resource.RUSAGE_CHILDREN)
    print(f"    peak RSS: parent {parent:.0f} MB, largest worker {worker:.0f} MB")

    if not args.skip_warm:
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "MODELTERMS_CACHE": os.path.join(tmp, "cache.sqlite")}
            cmd = [sys.executable, "-m", "analyzer", "analyze", "--all", "--format", "csv", "-o", os.devnull]
            if args.workers:
                cmd += ["--workers", str(args.workers)]
            timings = []
            for _ in range(3):
                start = time.perf_counter()
                subprocess.run(cmd, env=env, check=True)
                timings.append(time.perf_counter() - start)
        print(f"(c) CLI analyze --all: cold {timings[0]:.2f} s, warm {min(timings[1:]):.2f} s (best of 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
