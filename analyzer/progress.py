"""The one progress bar (tqdm) on standard error, shown only when it is a terminal.

``Progress`` counts steps (``bar(n)``: n more texts analyzed); ``ScanProgress`` is told where
it stands (``bar(done, total, path)``), which is how ``scan_directory`` reports.
"""

from __future__ import annotations

import os
import sys

from tqdm import tqdm


class _Bar(tqdm):
    monitor_interval = 0  # no monitor thread: the analysis forks worker processes


def _size(stream) -> dict:
    """The terminal's width and height for tqdm; a fresh pseudo-terminal reports 0 x 0, and
    tqdm would then hide its bar as if the screen had no room."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return {"ncols": 120, "nrows": 24}
    return {"ncols": size.columns or 120, "nrows": size.lines or 24}


class Progress:
    """A bar of ``total`` steps labelled ``label``; silent in pipes and CI."""

    def __init__(self, total: int | None = None, label: str = "analyzing", stream=None):
        stream = stream or sys.stderr
        shown = bool(getattr(stream, "isatty", lambda: False)())
        self.bar = _Bar(
            total=total,
            desc=label,
            file=stream,
            disable=not shown,
            leave=False,
            mininterval=0.1,
            **(_size(stream) if shown else {}),
            bar_format="{desc} [{bar:30}] {n_fmt}/{total_fmt}{postfix}",
            ascii=" #",
        )

    def __call__(self, n: int = 1) -> None:
        if self.bar.total is not None and self.bar.n + n > self.bar.total:
            n = max(0, self.bar.total - self.bar.n)
        self.bar.update(n)
        if self.bar.n == self.bar.total:
            self.bar.refresh()  # the last step is always drawn, however soon it comes

    def close(self) -> None:
        self.bar.close()


class ScanProgress(Progress):
    """``scanning [####....] 3/10 path``: absolute positions, as scan_directory reports them."""

    def __init__(self, stream=None, label: str = "scanning"):
        super().__init__(None, label, stream)

    def __call__(self, done: int, total: int, path: str) -> None:  # type: ignore[override]
        self.bar.total = total
        self.bar.n = done
        self.bar.set_postfix_str(path[-60:], refresh=False)
        self.bar.refresh()
