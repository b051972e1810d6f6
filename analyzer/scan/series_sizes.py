"""A news line that releases a series and says which of its sizes are out.

"2024.08.30: We have released the [Acme2-VL series](...). The 2B and 7B models are now available,
and the 72B model for open source is coming soon.": the releases are Acme2-VL-2B and Acme2-VL-7B
(dated by the line), not one "Acme2-VL" row; a size still "coming" is none.
"""

from __future__ import annotations

import re

from analyzer.scan.datelines import dated_lines
from analyzer.scan.mentions import LINK, Release, fold

OUT = re.compile(
    r"\b(?:the\s+)?(?P<sizes>\d+(?:\.\d+)?[BM](?:\s*(?:,|and|&)\s*\d+(?:\.\d+)?[BM])*)\s+"
    r"(?:versions?\s+|models?\s+|checkpoints?\s+)?(?:are|is)\s+(?:now\s+)?"
    r"(?:available|released|out|open[- ]sourced)\b",
    re.IGNORECASE,
)


# "VILA-2 comes with four model sizes: 3B/8B/13B/40B": the sizes the family is released in
SIZES_OF = re.compile(
    r"\b(?:comes?|is|are)\s+(?:available\s+)?(?:in|with)\s+(?:\w+\s+)?(?:model\s+)?sizes?\s*:?\s*"
    r"(?P<sizes>\d+(?:\.\d+)?[BM](?:\s*(?:/|,|and|&)\s*\d+(?:\.\d+)?[BM])+)\b",
    re.IGNORECASE,
)


def split_series(file: str, text: str, releases: list[Release]) -> list[Release]:
    """Releases with a sizeless series named on a dated line replaced by one release per size
    the line says is out."""
    lines = list(dated_lines(file, text))
    out: list[Release] = []
    names = {fold(r.name) for r in releases}
    for release in releases:
        if "parameters" in release.values:
            out.append(release)
            continue
        sized = _sizes_out(release, lines)
        if not sized:
            out.append(release)
            continue
        line, sizes = sized
        for size in sizes:
            name = f"{release.name}-{size}"
            if fold(name) in names:
                continue  # already listed on its own
            part = Release(name, release.evidence)
            part.files = set(release.files)
            for key, value in release.values.items():
                part.set(key, value, release.facts_evidence[key])
            part.set("release_date", line.date, line.evidence)
            part.set("parameters", (size,), line.evidence)
            out.append(part)
    return out


def _sizes_out(release: Release, lines) -> tuple[object, list[str]] | None:
    own = fold(release.name)
    for line in lines:
        rest = LINK.sub(r"\1", line.rest)
        if own not in fold(rest):
            continue
        m = OUT.search(rest) if re.search(r"\bseries\b", rest, re.IGNORECASE) else None
        m = m or SIZES_OF.search(rest)
        if m:
            return line, re.findall(r"\d+(?:\.\d+)?[BM]", m.group("sizes"))
    return None
