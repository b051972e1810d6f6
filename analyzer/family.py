"""The license family of CONTRACT.md, from decided terms and the LicenseDB category (no spaCy),
and the profile that carries it."""

from __future__ import annotations

from analyzer.model import Document, LicenseProfile, TermResult, VersionDifference


def family_of(terms: dict[str, TermResult], category: str = "") -> str:
    """The license family (CONTRACT.md), from the decided terms and the LicenseDB category."""
    s = {t: r.status for t, r in terms.items()}
    category = category.lower()
    if s["commercial_use"] == "prohibited":
        research = s["research_use"] in ("granted", "conditional")
        return "research-only" if research and s["private_use"] == "silent" else "non-commercial"
    if (
        s["user_threshold"] == "conditional"
        or s["aup_compliance"] != "silent"
        or (s["commercial_use"] == "conditional")
    ):
        return "community"
    if s["use_restrictions"] == "applies" and s["flow_down_restrictions"] != "silent":
        return "responsible-ai"
    if s["same_license"] != "silent" or s["disclose_source"] != "silent":
        if category == "copyleft limited":
            return "weak-copyleft"
        return "copyleft"
    if category == "public domain":
        return "public-domain"
    if category in ("commercial",):
        return "proprietary"
    if s["use_restrictions"] == "applies":
        return "responsible-ai"
    if s["commercial_use"] == "granted" and s["modify"] == "granted" and s["distribute"] == "granted":
        return "permissive"
    if category == "permissive":
        return "permissive"
    if category in ("proprietary free", "source-available", "free restricted"):
        return "proprietary"
    return "unknown"


def profile_of(
    document: Document,
    terms: dict[str, TermResult],
    language: str = "en",
    versions_differ: tuple[VersionDifference, ...] = (),
) -> LicenseProfile:
    """The profile of a document whose terms are decided (fresh or from the cache)."""
    return LicenseProfile(
        id=document.id,
        name=document.name,
        source=document.source,
        sha256=document.sha256,
        family=family_of(terms, document.meta.get("category", "")),
        terms=terms,
        text=document.text,
        language=language,
        versions_differ=versions_differ,
    )
