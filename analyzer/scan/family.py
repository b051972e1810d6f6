"""A family a README says it releases in prose, when it names no release otherwise.

"In addition, we release the Guanaco model family for base LLaMA model sizes of 7B, 13B, 33B,
and 65B.": the folder's one release is that family (its name, its sizes), not the repository's
name.
"""

from __future__ import annotations

import re

from analyzer.scan.results import FactEvidence

FAMILY = re.compile(
    r"\b(?:we|they)\s+(?:also\s+|now\s+)?(?:open[- ]?source|release)\s+(?:the\s+|our\s+)?"
    r"(?P<name>[A-Z][\w.\-]*[A-Za-z0-9])\s+(?:model\s+)?(?:family|suite|series)\b(?P<rest>[^.\n]*)"
)
NOT_A_NAME = {"The", "This", "These", "Our", "Its", "Their", "New", "First", "Model", "Models"}
SIZE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[BM](?![\w])")


def released_family(file: str, text: str) -> tuple[str, tuple[str, ...], FactEvidence, FactEvidence] | None:
    """(name, sizes, the name's evidence, the sizes' evidence) of the first family released."""
    for m in FAMILY.finditer(text):
        if m.group("name") in NOT_A_NAME:
            continue
        named = FactEvidence(m.group("name"), file, m.start("name"), m.end("name"))
        sizes = tuple(dict.fromkeys(SIZE.findall(m.group("rest"))))
        sized = FactEvidence(m.group("rest").strip(), file, m.start("rest"), m.end("rest"))
        return m.group("name"), sizes, named, sized
    return None
