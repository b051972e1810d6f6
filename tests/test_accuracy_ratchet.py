"""A ratchet on every labelled set: accuracy never drops below its recorded figure, and the
number of right commercial_use/research_use cells never drops (bench/accuracy/ratchet.json).
Sets whose texts come from outside the LicenseDB run when bench/accuracy/corpus/ has them
(`python -m bench.accuracy.corpus` rebuilds it from the recorded sources)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.accuracy.run import HERE, SETS, evaluate, load_gold, missing_texts

RECORDED = json.loads((HERE / "ratchet.json").read_text())
KEY_TERMS = ("commercial_use", "research_use")


def figures(name: str) -> dict:
    result = evaluate(load_gold(name))
    right = sum(v[0] for v in result["per_term"].values())
    total = sum(v[1] for v in result["per_term"].values())
    return {
        "overall": round(100 * right / total, 2),
        "nonsilent": round(100 * result["nonsilent"][0] / result["nonsilent"][1], 2),
        "key_terms_right": sum(result["per_term"][t][0] for t in KEY_TERMS),
    }


def test_every_set_has_a_recorded_figure():
    assert set(RECORDED) == set(SETS)


@pytest.mark.parametrize("name", SETS)
def test_accuracy_never_drops(name):
    golds = load_gold(name)
    if missing_texts(golds):
        pytest.skip(f"{name}: texts not in {Path(HERE, 'corpus')} (python -m bench.accuracy.corpus)")
    got, want = figures(name), RECORDED[name]
    assert got["overall"] >= want["overall"], f"{name}: overall {got['overall']} < {want['overall']}"
    assert got["nonsilent"] >= want["nonsilent"], (
        f"{name}: non-silent {got['nonsilent']} < {want['nonsilent']}"
    )
    assert got["key_terms_right"] >= want["key_terms_right"], (
        f"{name}: {got['key_terms_right']} commercial/research cells right, "
        f"recorded {want['key_terms_right']}"
    )


def test_errors_of_blind_sets_are_never_printed(capsys):
    """`--errors` is refused for a blind set, and `--set all` (which holds blind3) lists no
    wrong cell of a blind set: only their totals are ever looked at."""
    from bench.accuracy.run import BLIND_SETS, main

    assert main(["--set", "blind3", "--errors"]) == 2
    assert main(["--set", "all", "--errors"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines() if " want " in line}
    blind = {g["key"] for name in BLIND_SETS for g in load_gold(name)}
    assert listed and not listed & blind
