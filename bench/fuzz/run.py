"""Long fuzz run (hypothesis) over decoding, markup, segmentation and rule matching.

    python -m bench.fuzz.run                      # every target, 5 minutes in all
    python -m bench.fuzz.run --minutes 30 --target pipeline
    python -m bench.fuzz.run --examples 200       # a quick smoke run

Targets: ``bytes`` (any bytes through decoding and markup stripping), ``markup`` (any text
through the HTML and Markdown strippers), ``pipeline`` (license-like and arbitrary text
through the whole analysis, checking the profile invariants), ``long`` (texts up to ~200 KB,
checking the analysis stays near-linear), ``runs`` (long runs of one risky token, '"' * 20000 or
'<a' * 20000, as a file of each kind: what finds quadratic tokenizing, parsing or regexes).
A failure prints the shrunk example and exits 1. A slow example counts as a failure: over
SLOW_SECONDS plus SLOW_PER_KB per kilobyte.
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.engine import Analyzer
from analyzer.markup import html_to_text, markdown_to_text
from analyzer.model import Document, InputError
from analyzer.nlp.pipeline import shared_nlp
from analyzer.textio import license_text
from tests.robustness.strategies import any_text, check_profile, license_texts

SLOW_SECONDS = 2.0
SLOW_PER_KB = 0.25
NAMES = st.sampled_from(["LICENSE", "LICENSE.txt", "terms.md", "terms.html", "-", "README"])
PREFIXES = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<!doctype html>", b"# T\n"])


def _timed(func, text_or_data, what: str):
    start = time.perf_counter()
    result = func()
    took = time.perf_counter() - start
    limit = SLOW_SECONDS + SLOW_PER_KB * len(text_or_data) / 1024
    assert took < limit, f"{what} took {took:.2f}s for {len(text_or_data)} chars (limit {limit:.2f}s)"
    return result


_ANALYZER = Analyzer(cache_enabled=False)


def _analyze(text: str):
    document = Document(id="fuzz", name="fuzz", text=text, source="text:fuzz")
    return _timed(lambda: _ANALYZER.analyze(document), text, "analysis")


def target_bytes(data: bytes, prefix: bytes, name: str) -> None:
    try:
        text, _ = _timed(lambda: license_text(prefix + data, name), data, "decoding")
    except InputError as exc:
        assert "\n" not in exc.problem.reason
        return
    check_profile(_analyze(text), text)


def target_markup(text: str) -> None:
    for strip in (html_to_text, markdown_to_text):
        _timed(lambda s=strip: s(text), text, strip.__name__)


def target_pipeline(text: str) -> None:
    profile = _analyze(text)
    check_profile(profile, text)
    assert _analyze(text).terms == profile.terms, "not deterministic"


def target_long(text: str, times: int) -> None:
    text = (text or "x ") * times
    check_profile(_analyze(text[:200_000]), text[:200_000])


RISKY = (
    '"',
    "“",
    "**",
    "*",
    "_",
    "[",
    "](",
    "$",
    ":",
    "1.",
    "1,",
    "a.",
    "A. ",
    "9",
    "http://",
    "www.",
    "<a",
    "</",
    "<!--",
    "<?",
    "&amp;",
    "&#",
    "# ",
    "- ",
    "> ",
    "|",
    "\n",
    "\n\n",
    "\r",
    " ",
    "(a) ",
    "may not ",
    "e.g. ",
    "Section 1. ",
    "million ",
    "users ",
    "1 million monthly active users ",
    '"Model" means ',
    "---\n",
    "```\n",
    "\t",
    "\x00",
    "\x0b",
    "\u2028",
    "-",
    "'",
    "(",
    ")",
    "<p>",
    "<li>",
    "<b>",
    "x",
    "X ",
    "é",
)
runs = st.lists(st.tuples(st.sampled_from(RISKY), st.integers(1, 20000)), min_size=1, max_size=4).map(
    lambda parts: "".join(token * n for token, n in parts)[:100_000]
)


def target_runs(text: str, name: str) -> None:
    target_bytes(text.encode("utf-8"), b"", name)


TARGETS = {
    "bytes": (target_bytes, (st.binary(max_size=4000), PREFIXES, NAMES)),
    "markup": (target_markup, (st.text(max_size=5000),)),
    "pipeline": (target_pipeline, (any_text(),)),
    "long": (target_long, (license_texts(max_lines=40), st.integers(1, 60))),
    "runs": (target_runs, (runs, NAMES)),
}


def run_target(name: str, examples: int) -> None:
    func, strategies = TARGETS[name]
    test = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )(given(*strategies)(func))
    test()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--minutes", type=float, default=5.0, help="time budget over all targets")
    parser.add_argument("--examples", type=int, default=0, help="examples per target and round (0: 500)")
    args = parser.parse_args(argv)
    names = list(TARGETS) if args.target == "all" else [args.target]
    per_round = args.examples or 500
    shared_nlp()  # build the pipeline once, outside the timings
    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    while True:
        for name in names:
            start = time.monotonic()
            try:
                run_target(name, per_round if name not in ("long", "runs") else max(1, per_round // 20))
            except Exception as exc:  # hypothesis has printed the shrunk example
                print(f"FAIL {name}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
                return 1
            print(f"ok   {name}: round {rounds + 1} in {time.monotonic() - start:.0f}s", flush=True)
        rounds += 1
        if args.examples or time.monotonic() >= deadline:
            break
    print(f"no failure in {rounds} round(s) of {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
