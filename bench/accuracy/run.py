"""Accuracy of the analyzer against hand-made gold labels.

    python -m bench.accuracy.run            # held-out gold set (bench/accuracy/gold)
    python -m bench.accuracy.run --set dev  # the golden-test licenses (bench/accuracy/dev)
    python -m bench.accuracy.run --set blind   # labelled after the first tuning; then reviewed (see README)
    python -m bench.accuracy.run --set blind2  # labelled after the second review; then reviewed
    python -m bench.accuracy.run --set blind3  # labelled last; only its totals are ever looked at
    python -m bench.accuracy.run --set ldb4    # fourth LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set blind4  # held-out LicenseDB draw; only its totals are ever looked at
    python -m bench.accuracy.run --set ldb5    # fifth LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb6    # sixth LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb7    # seventh LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb8    # eighth LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb9    # ninth LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb10   # tenth LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb11   # eleventh LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb12   # twelfth LicenseDB draw (development set, seed in SOURCES.md)
    python -m bench.accuracy.run --set ldb13   # thirteenth LicenseDB draw (development set, see SOURCES.md)
    python -m bench.accuracy.run --set fresh2  # AI-model licenses from model repositories, second draw
    python -m bench.accuracy.run --set fresh3  # third draw: revenue gates, bound licences
    python -m bench.accuracy.run --set fresh4  # fourth draw: subtle commercial readings
    python -m bench.accuracy.run --set fresh5  # fifth draw: non-production, subscription and MAU gates
    python -m bench.accuracy.run --set fresh6  # sixth draw: revenue caps, MaaS gate, texts that grant nothing
    python -m bench.accuracy.run --set fresh7  # seventh draw: non-commercial notes, gates, summaries
    python -m bench.accuracy.run --set fresh8  # eighth draw: purpose limits outside the grant, consent gates
    python -m bench.accuracy.run --set fresh9  # ninth draw: weights licences beside code licences
    python -m bench.accuracy.run --set fresh10 # tenth draw: weights licences of smaller labs, field bans
    python -m bench.accuracy.run --set fresh11 # eleventh draw: revenue gate, clickthrough licences
    python -m bench.accuracy.run --set fresh12 # twelfth draw: speech, remote sensing, medical, named licences
    python -m bench.accuracy.run --set fresh13 # thirteenth draw: company model licences, RAIL-MS, named
    python -m bench.accuracy.run --set fresh14 # fourteenth draw: revenue/funding gate, model cards, READMEs
    python -m bench.accuracy.run --set fresh15 # fifteenth draw: audio, music, medical, weather, policies
    python -m bench.accuracy.run --set zh9     # ninth Chinese draw: README licence sections, e-mail gates
    python -m bench.accuracy.run --set zh10    # tenth Chinese draw: MAU/revenue gate, README sections
    python -m bench.accuracy.run --set zh11    # eleventh Chinese draw: speech/medical READMEs
    python -m bench.accuracy.run --set zh12    # twelfth Chinese draw: e-mail gates, GPL-named weights
    python -m bench.accuracy.run --set zh13    # thirteenth Chinese draw: research-only, MIT-named models
    python -m bench.accuracy.run --set zh14    # fourteenth Chinese draw: AGPL-named weights, bare disclaimers
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

from analyzer.engine import Analyzer
from analyzer.licensedb import licensedb_document
from analyzer.model import Document
from analyzer.taxonomy import TERM_IDS

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"  # texts from outside the LicenseDB (bench/accuracy/corpus.py rebuilds it)
LLAMA_TERMS = ("commercial_use", "research_use", "user_threshold", "train_other_models")
LICENSEDB_SETS = (
    "gold",
    "dev",
    "blind",
    "blind2",
    "blind3",
    "ldb4",
    "ldb5",
    "blind4",
    "ldb6",
    "ldb7",
    "ldb8",
    "ldb9",
    "ldb10",
    "ldb11",
    "ldb12",
    "ldb13",
)
FRESH_SETS = (
    "fresh",
    "fresh_blind",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "zh",
    "zh_blind",
    "zh2",
    "zh3",
    "zh4",
    "zh5",
    "zh6",
    "zh7",
    "zh8",
    "zh9",
    "zh10",
    "zh11",
    "zh12",
    "zh13",
    "zh14",
)
# Sets whose errors are never looked at: only their totals are printed.
BLIND_SETS = ("blind3", "fresh_blind", "zh_blind", "blind4")
SETS = (*LICENSEDB_SETS, *FRESH_SETS)


def load_gold(which: str) -> list[dict]:
    names = LICENSEDB_SETS if which == "all" else (which,)
    return [json.loads(p.read_text()) for d in names for p in sorted((HERE / d).glob("*.json"))]


def missing_texts(golds: list[dict]) -> list[str]:
    return [g["key"] for g in golds if "source" in g and not (CORPUS / f"{g['key']}.txt").is_file()]


def document_of(gold: dict) -> Document:
    """The LicenseDB text, or the corpus file a label's `source` names (decoded as the CLI does)."""
    if "source" not in gold:
        return licensedb_document(gold["key"])
    from analyzer.textio import license_text

    path = CORPUS / f"{gold['key']}.txt"
    text, meta = license_text(path.read_bytes(), str(path), Path(gold["source"]["path"]).name)
    return Document(gold["key"], gold.get("name", gold["key"]), text, f"file:{path}", meta)


def cell_ok(term: str, gold: dict, got) -> bool:
    if gold["status"] != got.status:
        return False
    if term == "user_threshold" and gold["status"] != "silent":
        return gold["params"].get("value") == got.params.get("value")
    return True


def evaluate(golds: list[dict]) -> dict:
    analyzer = Analyzer(cache_enabled=False)
    per_term = defaultdict(lambda: [0, 0])
    nonsilent = [0, 0]
    llama = [0, 0]
    errors = []
    for gold in golds:
        profile = analyzer.analyze(document_of(gold))
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
    parser.add_argument("--set", choices=(*SETS, "all"), default="gold")
    parser.add_argument("--errors", action="store_true", help="list every wrong cell")
    args = parser.parse_args(argv)
    golds = load_gold(args.set)
    missing = missing_texts(golds)
    if missing:
        print(
            f"texts missing from {CORPUS}: {', '.join(missing)}; run python -m bench.accuracy.corpus",
            file=sys.stderr,
        )
        return 2
    if args.errors and args.set in BLIND_SETS:
        print(
            f"--errors is refused for the blind set {args.set}: only its totals are ever looked at",
            file=sys.stderr,
        )
        return 2
    result = evaluate(golds)
    print(f"licenses: {len(golds)} ({args.set} set), cells: {29 * len(golds)}")
    for term in TERM_IDS:
        print(f"  {term:24s} {pct(result['per_term'][term])}")
    total = [sum(v[0] for v in result["per_term"].values()), sum(v[1] for v in result["per_term"].values())]
    print(f"overall                    {pct(total)}")
    print(f"non-silent cells           {pct(result['nonsilent'])}")
    print(f"llama family (4 key terms) {pct(result['llama'])}")
    if args.errors:
        # `all` holds blind3: its errors are never printed, whichever set was asked for
        blind = {g["key"] for name in BLIND_SETS for g in load_gold(name)}
        for key, term, want, got, got_params, want_params in result["errors"]:
            if key in blind:
                continue
            extra = f" params {got_params} want {want_params}" if term == "user_threshold" else ""
            print(f"  {key:32s} {term:24s} want {want:12s} got {got}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
