"""Run a command the way an unprivileged user would meet a chmod 000 file.

CI runs the suite as root, and root reads any file through CAP_DAC_OVERRIDE. Switching to
`nobody` does not help there: the interpreter lives under /root (pyenv), which `nobody`
cannot reach. So root's command keeps its uid but loses the two capabilities that bypass
file permissions (`setpriv --bounding-set`): it is then refused a mode-000 file like anyone.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

DROP = ["--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--"]


def as_unprivileged(argv: list[str]) -> list[str]:
    """``argv`` unchanged for a normal user; for root, prefixed to drop the override caps."""
    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX only")
    if os.geteuid() != 0:
        return argv
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without util-linux's setpriv to drop CAP_DAC_OVERRIDE")
    return [setpriv, *DROP, *argv]


def check_refused(path: os.PathLike) -> None:
    """Fail early, with a clear message, if the prepared command could still read ``path``."""
    probe = subprocess.run(as_unprivileged(["cat", os.fspath(path)]), capture_output=True, timeout=30)
    assert probe.returncode != 0, f"{path} is still readable: the test would prove nothing"
