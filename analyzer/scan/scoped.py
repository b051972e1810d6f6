"""A README statement under a heading that names one version belongs to that version.

"### March 5th, 2025: New checkpoint v0.9.5" then "- New license for commercial use
([OpenRail-M](...))": the license is v0.9.5's, not that of the releases before or after it.
"""

from __future__ import annotations

import re

HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<title>[^\n]+)$", re.MULTILINE)
VERSION = re.compile(r"(?<![\w.])v?(?P<v>\d+(?:\.\d+)+)(?![\w.]*\d)")


def fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def heading_version(text: str, at: int) -> str | None:
    """The version the heading over an offset names ("v0.9.5" -> "0.9.5"), if exactly one."""
    heading = None
    for m in HEADING_LINE.finditer(text, 0, at):
        heading = m
    if heading is None:
        return None
    found = {m.group("v") for m in VERSION.finditer(heading.group("title"))}
    return found.pop() if len(found) == 1 else None


def of_another_version(name: str, version: str | None) -> bool:
    """A release name that is not of the version a statement's heading names."""
    if not version:
        return False
    digits = re.escape(version)
    return not re.search(rf"(?<![\d.]){digits}(?![\d])", name.replace("_", "."))
