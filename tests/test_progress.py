"""The one progress bar: drawn on a terminal, silent elsewhere, in both calling styles."""

from __future__ import annotations

import io

from analyzer.progress import Progress, ScanProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_counting_steps_on_a_terminal():
    stream = Terminal()
    bar = Progress(3, "analyzing LicenseDB", stream)
    for _ in range(5):  # more steps than announced never show more than the total
        bar(1)
    bar.close()
    shown = stream.getvalue()
    assert "analyzing LicenseDB [" in shown and "3/3" in shown and "4/3" not in shown


def test_absolute_positions_as_the_scanner_reports_them():
    stream = Terminal()
    bar = ScanProgress(stream)
    bar(1, 2, "models/a")
    bar(2, 2, "models/b")
    bar.close()
    shown = stream.getvalue()
    assert "scanning [" in shown and "2/2" in shown and "models/b" in shown


def test_silent_when_not_a_terminal():
    stream = io.StringIO()
    bar = Progress(2, "analyzing", stream)
    bar(2)
    bar.close()
    scan = ScanProgress(stream)
    scan(1, 1, "x")
    scan.close()
    assert stream.getvalue() == ""
