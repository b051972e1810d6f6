"""Accuracy of the analyzer against hand-made gold labels.

    python -m bench.accuracy.run            # held-out gold set (bench/accuracy/gold)
    python -m bench.accuracy.run --set dev  # the golden-test licenses (bench/accuracy/dev)
    python -m bench.accuracy.run --set blind   # labelled after the first tuning; then reviewed (see README)
    python -m bench.accuracy.run --set blind2  # labelled after the second review; then reviewed
    python -m bench.accuracy.run --set blind3  # labelled last; only its totals are ever looked at
    python -m bench.accuracy.run --set zh      # Chinese and bilingual licenses (texts in corpus/)
    python -m bench.accuracy.run --set zh_blind   # the Chinese blind split: only its totals are looked at
    python -m bench.accuracy.run --set all --errors

Prints accuracy per term, overall, on the cells whose true status is not silent, and the
Llama-family checks (commercial_use, research_use, user_threshold with its value,
train_other_models). The gold files were written from the license texts before the
analyzer existed; see bench/accuracy/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from analyzer.corpus import licensedb_document
from analyzer.extract import analyze_document
from analyzer.model import Document
from analyzer.taxonomy import TERM_IDS

HERE = Path(__file__).resolve().parent
LLAMA_TERMS = ("commercial_use", "research_use", "user_threshold", "train_other_models")


def load_gold(which: str) -> list[dict]:
    dirs = {
        "gold": [HERE / "gold"],
        "dev": [HERE / "dev"],
        "blind": [HERE / "blind"],
        "blind2": [HERE / "blind2"],
        "blind3": [HERE / "blind3"],
        "zh": [HERE / "zh"],
        "zh_blind": [HERE / "zh_blind"],
        "all": [HERE / "gold", HERE / "dev", HERE / "blind", HERE / "blind2", HERE / "blind3"],
    }
    return [json.loads(p.read_text()) for d in dirs[which] for p in sorted(d.glob("*.json"))]


def gold_document(gold: dict) -> Document:
    """The labelled text: bench/accuracy/corpus/<key>.txt when the text is not in the
    LicenseDB (fetched by the sources list beside the labels, never committed)."""
    path = HERE / "corpus" / f"{gold['key']}.txt"
    if path.exists():
        text = path.read_bytes().decode("utf-8")
        return Document(gold["key"], gold.get("name", gold["key"]), text, f"file:{path}")
    return licensedb_document(gold["key"])


def cell_ok(term: str, gold: dict, got) -> bool:
    if gold["status"] != got.status:
        return False
    if term == "user_threshold" and gold["status"] != "silent":
        return gold["params"].get("value") == got.params.get("value")
    return True


def evaluate(golds: list[dict]) -> dict:
    per_term = defaultdict(lambda: [0, 0])
    nonsilent = [0, 0]
    llama = [0, 0]
    errors = []
    for gold in golds:
        profile = analyze_document(gold_document(gold))
        for term in TERM_IDS:
            g = gold["terms"][term]
            got = profile.terms[term]
            ok = cell_ok(term, g, got)
            per_term[term][0] += ok
            per_term[term][1] += 1
            if g["status"] != "silent":
                nonsilent[0] += ok
                nonsilent[1] += 1
            if gold["key"].startswith("llama") and term in LLAMA_TERMS:
                llama[0] += ok
                llama[1] += 1
            if not ok:
                errors.append((gold["key"], term, g["status"], got.status, got.params, g["params"]))
    return {"per_term": dict(per_term), "nonsilent": nonsilent, "llama": llama, "errors": errors}


def pct(pair) -> str:
    right, total = pair
    return f"{100.0 * right / total:6.2f}% ({right}/{total})" if total else "   n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = ("gold", "dev", "blind", "blind2", "blind3", "zh", "zh_blind", "all")
    parser.add_argument("--set", choices=sets, default="gold")
    parser.add_argument("--errors", action="store_true", help="list every wrong cell")
    args = parser.parse_args(argv)
    golds = load_gold(args.set)
    result = evaluate(golds)
    print(f"licenses: {len(golds)} ({args.set} set), cells: {29 * len(golds)}")
    for term in TERM_IDS:
        print(f"  {term:24s} {pct(result['per_term'][term])}")
    total = [sum(v[0] for v in result["per_term"].values()), sum(v[1] for v in result["per_term"].values())]
    print(f"overall                    {pct(total)}")
    print(f"non-silent cells           {pct(result['nonsilent'])}")
    print(f"llama family (4 key terms) {pct(result['llama'])}")
    if args.errors:
        for key, term, want, got, got_params, want_params in result["errors"]:
            extra = f" params {got_params} want {want_params}" if term == "user_threshold" else ""
            print(f"  {key:32s} {term:24s} want {want:12s} got {got}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
