"""The pre-filter derived from the rule phrases never hides a match (a sample of the LicenseDB;
bench/prefilter runs all of it)."""

from bench.prefilter.run import compare


def test_prefilter_gives_the_same_statuses_as_no_prefilter():
    n, differ = compare(every=40)
    assert n > 50
    assert differ == []
