"""A model's terms: its license profile, with the use policies shipped beside it folded in.

A use policy file in the model folder (USE_POLICY*, *ACCEPTABLE_USE*, *PROHIBITED_USE*) is
analyzed like a license. Its restrictions then count for the model:
- `use_restrictions` is `applies`; `params.categories` is the union of the license's and the
  policy's categories; the policy's evidence is added (each evidence names its file).
- `aup_compliance` is `required` (the policy is shipped with the license as the terms of use);
  `params.policy_files` lists the policy files, the license's `url` (if any) is kept, and the
  evidence adds the policy's opening restriction.
A policy whose restrictions the engine does not find still counts: its title line is cited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.model import Evidence, LicenseProfile
from analyzer.scan.results import RowTerm, SourcedEvidence
from analyzer.taxonomy import TERM_IDS

MAX_POLICY_EVIDENCE = 3


@dataclass(frozen=True)
class LinkedPolicy:
    file: str
    text: str
    profile: LicenseProfile


def profile_terms(profile: LicenseProfile | None, file: str | None) -> dict[str, RowTerm]:
    """The profile's terms, each evidence tagged with the file its offsets point into."""
    if profile is None:
        return {}
    return {
        t: RowTerm(
            profile.terms[t].status,
            dict(profile.terms[t].params),
            tuple(SourcedEvidence(file, e) for e in profile.terms[t].evidence),
            profile.terms[t].basis,
        )
        for t in TERM_IDS
    }


def title_evidence(text: str) -> Evidence:
    """The first non-blank line of a text, as evidence (offsets into that text)."""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            return Evidence(stripped, start, start + len(stripped), "")
        offset += len(line)
    return Evidence("", 0, 0, "")


def link_policies(terms: dict[str, RowTerm], policies: Sequence[LinkedPolicy]) -> dict[str, RowTerm]:
    """The terms with every linked policy's restrictions merged in (see the module docstring)."""
    if not policies or not terms:
        return terms
    merged = dict(terms)
    use, aup = merged["use_restrictions"], merged["aup_compliance"]
    categories = list(use.params.get("categories", []))
    use_evidence, aup_evidence = list(use.evidence), list(aup.evidence)
    for policy in policies:
        found = policy.profile.terms["use_restrictions"]
        for category in found.params.get("categories", []):
            if category not in categories:
                categories.append(category)
        cited = found.evidence[:MAX_POLICY_EVIDENCE] or (title_evidence(policy.text),)
        use_evidence.extend(SourcedEvidence(policy.file, e) for e in cited)
        aup_evidence.append(SourcedEvidence(policy.file, cited[0]))
    use_params = {**use.params, "categories": categories} if categories else dict(use.params)
    aup_params = {**aup.params, "policy_files": [p.file for p in policies]}
    # A policy's clauses address these terms: explicit, whatever the license alone said.
    merged["use_restrictions"] = RowTerm("applies", use_params, tuple(use_evidence), "explicit")
    merged["aup_compliance"] = RowTerm("required", aup_params, tuple(aup_evidence), "explicit")
    return merged
