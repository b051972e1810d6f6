"""What a release's own License cell says when it is not a license's name.

A model table's License column may name a license ("[Acme License](LICENSE-7B)", an HTML link
"<a href=...>Llama 2 License</a>") or only state a restriction on use ("Non-commercial",
"Research purposes only"). The first is the release's license; the second names none, and
makes the row's commercial_use `prohibited`, with the cell as evidence.
"""

from __future__ import annotations

import re

from analyzer.model import Evidence
from analyzer.scan.results import FactEvidence, RowTerm, SourcedEvidence

HTML_LINK = re.compile(r"<a\s[^>]*?href=[\"'](?P<target>[^\"']+)[\"'][^>]*>(?P<name>.*?)</a>", re.I | re.S)
MD_LINK = re.compile(r"\[(?P<name>[^\]\[]+)\]\((?P<target>[^)\s]+)[^)]*\)")
NOT_COMMERCIAL = re.compile(
    r"^(?:for\s+)?(?:non[- ]?commercial(?:\s+(?:use|purposes?|only))*"
    r"|research(?:\s+(?:use|purposes?))?\s+only|academic(?:\s+(?:use|research))?\s+only|not\s+for\s+commercial\s+use)$",
    re.IGNORECASE,
)


def plain(cell: str) -> str:
    """A cell's words: no HTML tags, emphasis or link addresses."""
    text = MD_LINK.sub(r"\g<name>", HTML_LINK.sub(r"\g<name>", cell))
    return " ".join(re.sub(r"<[^>]+>|[*_`]", " ", text).split()).strip(" .")


def cell_license(cell: str) -> tuple[str, str | None]:
    """(the license's name, the link's target or None) of a License cell."""
    link = HTML_LINK.search(cell) or MD_LINK.search(cell)
    return plain(link.group("name") if link else cell), (link.group("target") if link else None)


def is_use_note(cell: str | None) -> bool:
    """'Non-commercial', 'Research purposes only': a restriction, not a license's name."""
    return bool(cell) and bool(NOT_COMMERCIAL.match(plain(cell)))


def note_term(release_license: str | None, evidence: FactEvidence | None) -> RowTerm | None:
    """commercial_use `prohibited` from a release's own note, with the cell as evidence."""
    if not is_use_note(release_license) or evidence is None:
        return None
    said = Evidence(evidence.text, evidence.start, evidence.end, "License")
    return RowTerm(
        "prohibited",
        {"note": plain(release_license or "")},
        (SourcedEvidence(evidence.file, said),),
        "explicit",
    )


def own_note(terms: dict[str, RowTerm], release) -> dict[str, RowTerm]:
    """A row's terms, commercial_use decided by the release's own note when it has one."""
    note = note_term(release.license, release.evidence.get("license"))
    return {**terms, "commercial_use": note} if note else terms
