"""The pre-filter derived from the rule phrases never hides a match (every 80th LicenseDB text, the
slowest test of the suite since every rule runs on every token without the pre-filter;
`python -m bench.prefilter.run` checks all of them)."""

from bench.prefilter.run import compare


def test_prefilter_gives_the_same_statuses_as_no_prefilter():
    n, differ = compare(every=80)
    assert n > 25
    assert differ == []
