"""Coverage-guided fuzzing with atheris (optional: ``pip install atheris``), as a libFuzzer target.

    python bench/fuzz/atheris_pipeline.py -max_total_time=300 -rss_limit_mb=4096

Each input is split by its first byte: a file name (plain, Markdown, HTML, stdin) and bytes
that go through decoding, markup stripping and the whole analysis. A bad input must end in
InputError; anything else that is raised, or a broken profile invariant, is a crash that
libFuzzer saves as crash-<hash> for replay (``python bench/fuzz/atheris_pipeline.py crash-...``).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["analyzer"]):
    from analyzer.extract import analyze_document
    from analyzer.model import Document, InputError
    from analyzer.nlp.pipeline import shared_nlp
    from analyzer.textio import license_text

from tests.robustness.strategies import check_profile  # noqa: E402

NAMES = ("LICENSE", "LICENSE.md", "terms.html", "-")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    try:
        text, _ = license_text(data[1:], name)
    except InputError:
        return
    document = Document(id="fuzz", name="fuzz", text=text, source="text:fuzz")
    check_profile(analyze_document(document), text)


def main() -> None:
    shared_nlp()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
