"""The scan bench's ratchet (bench/scan/ratchet.json): every development split has a recorded figure
and the blind split has none. Running the splits takes minutes, so the check itself runs only when
MODELTERMS_SCAN_RATCHET=1 (python -m bench.scan.ratchet runs it directly)."""

from __future__ import annotations

import os

import pytest

from bench.scan import ratchet


def test_every_development_split_and_only_those_have_a_figure():
    assert set(ratchet.recorded()) == set(ratchet.DEV_SPLITS)
    assert "blind" not in ratchet.recorded()


@pytest.mark.skipif(os.environ.get("MODELTERMS_SCAN_RATCHET") != "1", reason="set MODELTERMS_SCAN_RATCHET=1")
@pytest.mark.parametrize("split", ratchet.DEV_SPLITS)
def test_right_checks_never_drop(split):
    got = ratchet.right_checks(split)
    if got is None:
        pytest.skip(f"{split}: not every repository is mirrored (python -m bench.scan.corpus)")
    assert got >= ratchet.recorded()[split]
