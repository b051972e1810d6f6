"""Layout invariance: the same licence laid out differently must read the same.

    python -m bench.invariance.run                 # every variant, every development set
    python -m bench.invariance.run --variant unwrap --set fresh9 --diffs

Real licence files come hard-wrapped at any width or not at all, with CRLF line ends,
typographic quotes, indented, or as a comment block at the top of a source file ('/* * */' or
'#'). None of
that changes what a licence says, so none of it may change a status. For every labelled text
of the development sets (never a blind set: their texts are only ever read for totals) this
lays the decoded text out anew, analyses it and counts the cells whose status differs from
the reading of the text as written, the cells that became wrong or right against the labels,
and the cells that became more permissive (a right read `granted` that was not).
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable

from analyzer.engine import Analyzer
from analyzer.model import Document
from analyzer.taxonomy import TERM_IDS
from analyzer.textio import license_text
from bench.accuracy.run import BLIND_SETS, SETS, cell_ok, document_of, load_gold, missing_texts

# a line that is a block of its own: indented, list item, heading, table row, rule
_BLOCK_LINE = re.compile(
    r"\s{2,}|\t|\s*(?:[-*+•·]\s|\d+(?:\.\d+)*[.)]?\s|\(?[a-zA-Z0-9]{1,4}\)\s"
    r"|#|\||=+$|-{3,}$|[A-Z0-9 ,.'&-]+$)"
)
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _paragraphs(text: str) -> list[str]:
    return re.split(r"(\n[ \t]*\n)", text)


def _is_prose(paragraph: str) -> bool:
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if not lines or _CJK.search(paragraph):
        return False
    return not any(_BLOCK_LINE.match(line) for line in lines)


def _heading_and_body(paragraph: str) -> tuple[str, str]:
    """A short first line without end punctuation is a heading: it keeps its own line."""
    first, _, rest = paragraph.partition("\n")
    if rest.strip() and len(first.strip()) < 60 and not first.rstrip().endswith((".", ",", ";", ":")):
        return first + "\n", rest
    return "", paragraph


def _relaid(text: str, lay: Callable[[str], str]) -> str:
    out = []
    for p in _paragraphs(text):
        if _is_prose(p):
            head, body = _heading_and_body(p)
            p = head + lay(" ".join(body.split()))
        out.append(p)
    return "".join(out)


def unwrap(text: str) -> str:
    """Hard-wrapped prose paragraphs as one line each (the way many Markdown files are)."""
    return _relaid(text, lambda body: body)


def rewrap(text: str) -> str:
    """Prose paragraphs wrapped anew at 66 columns."""
    return _relaid(text, lambda body: textwrap.fill(body, 66))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def curly(text: str) -> str:
    """Straight quotes as typographic ones: an apostrophe inside a word, a double quote opening
    after a space or a bracket and closing elsewhere."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r'(?:^|(?<=[\s(\[]))"', "\u201c", text)
    return text.replace('"', "\u201d")


def indent(text: str) -> str:
    """Every line indented by four spaces (a licence quoted in a plain-text document)."""
    return "\n".join("    " + line if line.strip() else line for line in text.split("\n"))


def ccomment(text: str) -> str:
    """The licence as the comment block that opens a C or Java source file."""
    body = "\n".join(" * " + line if line.strip() else " *" for line in text.split("\n"))
    return "/*\n" + body + "\n */\n"


def hashcomment(text: str) -> str:
    """The licence as the '#' comment block that opens a Python or shell script."""
    return "\n".join("# " + line if line.strip() else "#" for line in text.split("\n")) + "\n"


VARIANTS: dict[str, Callable[[str], str]] = {
    "unwrap": unwrap,
    "rewrap": rewrap,
    "crlf": crlf,
    "curly": curly,
    "indent": indent,
    "ccomment": ccomment,
    "hashcomment": hashcomment,
}


def relaid(text: str, variant: str) -> str:
    """The text in another layout, read back as a plain-text LICENSE file is (decoded)."""
    return license_text(VARIANTS[variant](text).encode(), "LICENSE")[0]


def run(sets: list[str], variants: list[str], diffs: bool) -> dict[str, dict[str, int]]:
    golds = [g for s in sets for g in load_gold(s)]
    missing = set(missing_texts(golds))
    golds = [g for g in golds if g["key"] not in missing]
    analyzer = Analyzer(cache_enabled=False)
    originals = [document_of(g) for g in golds]
    base = analyzer.analyze_documents(originals, workers=2)
    figures: dict[str, dict[str, int]] = {}
    for name in variants:
        # the new layout is read back as a plain-text LICENSE file is: decoded, line ends kept
        docs = [Document(d.id, d.name, relaid(d.text, name), d.source, d.meta) for d in originals]
        laid = analyzer.analyze_documents(docs, workers=2)
        f = {"texts": len(docs), "cells": 0, "changed": 0, "lost": 0, "won": 0, "more_permissive": 0}
        for gold, before, after in zip(golds, base, laid, strict=True):
            for term in TERM_IDS:
                f["cells"] += 1
                b, a = before.terms[term], after.terms[term]
                if b.status == a.status and b.params.get("value") == a.params.get("value"):
                    continue
                f["changed"] += 1
                label = gold["terms"][term]
                was, now = cell_ok(term, label, b), cell_ok(term, label, a)
                f["lost"] += was and not now
                f["won"] += now and not was
                f["more_permissive"] += a.status == "granted" and b.status != "granted"
                if diffs:
                    ev = a.evidence[0].text[:120] if a.evidence else ""
                    mark = "-" if was and not now else "+" if now and not was else " "
                    print(f"{mark} {name:8} {gold['key']:42} {term:22} {b.status:11} -> {a.status:11} {ev!r}")
        figures[name] = f
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    dev_sets = [s for s in SETS if s not in BLIND_SETS]
    parser.add_argument("--set", choices=(*dev_sets, "all"), default="all")
    parser.add_argument("--variant", choices=(*VARIANTS, "all"), default="all")
    parser.add_argument("--diffs", action="store_true", help="print every changed cell")
    args = parser.parse_args(argv)
    sets = dev_sets if args.set == "all" else [args.set]
    variants = list(VARIANTS) if args.variant == "all" else [args.variant]
    figures = run(sets, variants, args.diffs)
    head = ("texts", "cells", "changed", "lost", "won", "more permissive")
    print(f"{'variant':10} " + " ".join(f"{h:>{max(6, len(h))}}" for h in head))
    for name, f in figures.items():
        values = (f["texts"], f["cells"], f["changed"], f["lost"], f["won"], f["more_permissive"])
        print(f"{name:10} " + " ".join(f"{v:>{max(6, len(h))}}" for v, h in zip(values, head, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
