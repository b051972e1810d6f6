"""The one place that knows the output shapes: JSON dicts, pandas frames, CSV and text tables."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from analyzer.model import Evidence, InputProblem, LicenseProfile, TermResult, VersionDifference
from analyzer.scan.results import RowTerm, SourcedEvidence
from analyzer.taxonomy import BY_ID, CATEGORY_LABEL, TERM_IDS

if TYPE_CHECKING:
    import pandas as pd


LONG_COLUMNS = [
    "license_id",
    "license_name",
    "source",
    "family",
    "term",
    "category",
    "status",
    "params",
    "evidence",
    "section",
    "start",
    "end",
]


def evidence_to_dict(evidence: Evidence | SourcedEvidence) -> dict[str, Any]:
    """One evidence span, the same shape for analyze, check and scan; a scan span adds the
    `file` its offsets point into (None: the LicenseDB text)."""
    if isinstance(evidence, SourcedEvidence):
        return evidence_to_dict(evidence.evidence) | {"file": evidence.file}
    return {
        "text": evidence.text,
        "start": evidence.start,
        "end": evidence.end,
        "section": evidence.section,
        "rule": evidence.rule,
        "focus": evidence.focus,
    }


def term_to_dict(result: TermResult | RowTerm) -> dict[str, Any]:
    """A profile term (analyze, check) or a scan row's term (its evidence tagged with a file)."""
    out: dict[str, Any] = {"status": result.status}
    basis = getattr(result, "basis", "")  # a check Finding carries its term's status only
    if result.status != "silent" and basis:
        out["basis"] = basis
    return out | {"params": result.params, "evidence": [evidence_to_dict(e) for e in result.evidence]}


def _pack_term(r: TermResult) -> list:
    return [
        r.status,
        r.params,
        [[e.text, e.start, e.end, e.section, e.rule, e.focus] for e in r.evidence],
        r.basis,
    ]


def _unpack_term(term_id: str, packed: list) -> TermResult:
    status, params, evidence, basis = packed
    return TermResult(term_id, status, params, tuple(Evidence(*e) for e in evidence), basis)


def pack_terms(terms: dict[str, TermResult]) -> list:
    """A dense form for the cache and for worker results: lists in TERM_IDS order."""
    return [_pack_term(terms[t]) for t in TERM_IDS]


def unpack_terms(packed: list) -> dict[str, TermResult]:
    return {t: _unpack_term(t, p) for t, p in zip(TERM_IDS, packed[: len(TERM_IDS)], strict=True)}


def pack_reading(
    terms: dict[str, TermResult], language: str = "en", differences: Sequence[VersionDifference] = ()
) -> list:
    """The packed terms, then the language and the version differences (one more item)."""
    extra = {
        "language": language,
        "versions_differ": [[d.term, _pack_term(d.en), _pack_term(d.zh)] for d in differences],
    }
    return [*pack_terms(terms), extra]


def unpack_reading(packed: list) -> tuple[dict[str, TermResult], str, tuple[VersionDifference, ...]]:
    """(terms, language, version differences) from pack_reading's form (or bare packed terms)."""
    terms = unpack_terms(packed)
    extra = packed[len(TERM_IDS)] if len(packed) > len(TERM_IDS) else {}
    differences = tuple(
        VersionDifference(t, _unpack_term(t, en), _unpack_term(t, zh))
        for t, en, zh in extra.get("versions_differ", ())
    )
    return terms, extra.get("language", "en"), differences


def profile_to_dict(profile: LicenseProfile) -> dict[str, Any]:
    return {
        "id": profile.id,
        "name": profile.name,
        "source": profile.source,
        "sha256": profile.sha256,
        "family": profile.family,
        "language": profile.language,
        "terms": {t: term_to_dict(profile.terms[t]) for t in TERM_IDS},
        "versions_differ": [version_difference_to_dict(d) for d in profile.versions_differ],
    }


def version_difference_to_dict(difference: VersionDifference) -> dict[str, Any]:
    return {"term": difference.term, "en": term_to_dict(difference.en), "zh": term_to_dict(difference.zh)}


def problem_to_dict(problem: InputProblem) -> dict[str, Any]:
    return {"source": problem.source, "error": problem.reason}


def profiles_json(profiles: Sequence[LicenseProfile], problems: Sequence[InputProblem] = ()) -> str:
    items = [profile_to_dict(p) for p in profiles] + [problem_to_dict(p) for p in problems]
    return json.dumps(items, indent=2, ensure_ascii=False)


def compact(params: dict[str, Any]) -> str:
    return json.dumps(params, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def long_frame(profiles: Iterable[LicenseProfile], problems: Sequence[InputProblem] = ()) -> pd.DataFrame:
    """One row per license and term (the `analyze --format csv` shape)."""
    import pandas as pd

    frame = pd.DataFrame(list(long_rows(profiles, problems)), columns=LONG_COLUMNS)
    return frame.astype({"start": "Int64", "end": "Int64"})


def long_rows(profiles: Iterable[LicenseProfile], problems: Sequence[InputProblem] = ()):
    """The long-form rows as tuples in LONG_COLUMNS order (start/end None without evidence)."""
    categories = {t: CATEGORY_LABEL[BY_ID[t].category] for t in TERM_IDS}
    for p in profiles:
        head = (p.id, p.name, p.source, p.family)
        for t in TERM_IDS:
            r = p.terms[t]
            params = compact(r.params) if r.params else "{}"
            if r.evidence:
                e = r.evidence[0]
                yield (*head, t, categories[t], r.status, params, e.text, e.section, e.start, e.end)
            else:
                yield (*head, t, categories[t], r.status, params, "", "", None, None)
    for problem in problems:
        yield ("", "", problem.source, "", "", "", "error", "{}", problem.reason, "", None, None)


def write_long_csv(fp, profiles: Iterable[LicenseProfile], problems: Sequence[InputProblem] = ()) -> None:
    """The long CSV, streamed (no DataFrame: `analyze --all` writes 70,000 rows)."""
    import csv

    writer = csv.writer(fp, lineterminator="\n")
    writer.writerow(LONG_COLUMNS)
    for row in long_rows(profiles, problems):
        writer.writerow(row[:-2] + ("" if row[-2] is None else row[-2], "" if row[-1] is None else row[-1]))


def short_params(term_id: str, params: dict[str, Any]) -> str:
    """A cell-sized rendering of params ("> 700M MAU", "California")."""
    if not params:
        return ""
    if term_id == "user_threshold" and "value" in params:
        value = params["value"]
        for div, suffix in ((10**9, "B"), (10**6, "M"), (10**3, "K")):
            if value >= div and value % (div // 10 or 1) == 0:
                value = f"{value / div:g}{suffix}"
                break
        unit = {
            "monthly_active_users": "MAU",
            "daily_active_users": "DAU",
            "monthly_unique_users": "MUU",
            "annual_revenue": "revenue",
        }.get(params.get("metric", ""), params.get("unit", ""))
        money = "$" if params.get("unit") == "USD" else ""
        return f"{params.get('operator', '')} {money}{value} {unit}".strip()
    if "jurisdiction" in params:
        return params["jurisdiction"]
    if "url" in params:
        return params["url"]
    if "regions" in params:
        return ", ".join(params["regions"])
    if "categories" in params:
        # none of the known fields named: the restrictions still apply, there is nothing to count
        n = len(params["categories"])
        return f"{n} categor{'y' if n == 1 else 'ies'}" if n else ""
    return compact(params)


def cell_label(result: TermResult) -> str:
    extra = short_params(result.term, result.params)
    return f"{result.status}: {extra}" if extra else result.status


def matrix_frame(profiles: Sequence[LicenseProfile], with_params: bool = False) -> pd.DataFrame:
    """One row per term, one column per license (the `compare --format csv` shape)."""
    import pandas as pd

    counts: dict[str, int] = {}
    for p in profiles:
        counts[p.id] = counts.get(p.id, 0) + 1
    # a license id that appears twice (same key from two sources) is told apart by its source
    columns = [p.id if counts[p.id] == 1 else f"{p.id} ({p.source})" for p in profiles]
    rows = []
    for t in TERM_IDS:
        row = {"term": t, "category": CATEGORY_LABEL[BY_ID[t].category]}
        for column, p in zip(columns, profiles, strict=True):
            row[column] = cell_label(p.terms[t]) if with_params else p.terms[t].status
        rows.append(row)
    return pd.DataFrame(rows)


VERDICT_COLUMNS = [
    "source",
    "id",
    "name",
    "verdict",
    "reason",
    "role",
    "term",
    "status",
    "params",
    "evidence",
    "section",
    "start",
    "end",
]


def use_to_dict(use) -> dict[str, Any]:
    """A planned use (analyzer.check.Use) as JSON: revenue as {amount, currency}."""
    from dataclasses import asdict

    out = asdict(use)
    if use.revenue is not None:
        out["revenue"] = {"amount": use.revenue[0], "currency": use.revenue[1]}
    return out


def verdict_to_dict(verdict) -> dict[str, Any]:
    """The `check --format json` element; obligations and blockers are shaped like profile terms."""
    return {
        "source": verdict.source,
        "id": verdict.id,
        "name": verdict.name,
        "use": use_to_dict(verdict.use),
        "verdict": verdict.verdict,
        "reason": verdict.reason,
        "obligations": [{"term": f.term, **term_to_dict(f)} for f in verdict.obligations],
        "blockers": [{"term": f.term, **term_to_dict(f)} for f in verdict.blockers],
    }


def verdicts_json(verdicts: Sequence, problems: Sequence[InputProblem] = ()) -> str:
    items = [verdict_to_dict(v) for v in verdicts] + [problem_to_dict(p) for p in problems]
    return json.dumps(items, indent=2, ensure_ascii=False)


def verdict_rows(verdicts: Sequence, problems: Sequence[InputProblem] = ()):
    """The `check --format csv` rows: one per license and finding (role obligation or blocker);
    a license with neither gets one row with the role empty."""
    for v in verdicts:
        head = (v.source, v.id, v.name, v.verdict, v.reason)
        findings = [("blocker", f) for f in v.blockers] + [("obligation", f) for f in v.obligations]
        if not findings:
            yield (*head, "", "", "", "", "", "", "", "")
        for role, f in findings:
            e = f.evidence[0] if f.evidence else None
            params = compact(f.params) if f.params else "{}"
            yield (
                *head,
                role,
                f.term,
                f.status,
                params,
                *((e.text, e.section, e.start, e.end) if e else ("",) * 4),
            )
    for problem in problems:
        yield ("error", "", "", "", problem.reason, "", "", "", "{}", "", "", "", "")


def verdicts_csv(verdicts: Sequence, problems: Sequence[InputProblem] = ()) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(VERDICT_COLUMNS)
    writer.writerows(verdict_rows(verdicts, problems))
    return buffer.getvalue()


def terms_records() -> list[dict[str, Any]]:
    """The `terms --format json` shape: one record per term, in TERMS.md order."""
    from analyzer.taxonomy import TERMS

    return [
        {
            "id": t.id,
            "category": t.category,
            "statuses": list(t.allowed),
            "label": t.label,
            "definition": t.definition,
        }
        for t in TERMS
    ]


def terms_frame() -> pd.DataFrame:
    """The `terms --format csv|table` shape: statuses joined with '|'."""
    import pandas as pd

    rows = [{**r, "statuses": "|".join(r["statuses"])} for r in terms_records()]
    return pd.DataFrame(rows, columns=["id", "category", "statuses", "label", "definition"])


def diff_to_dict(diff) -> dict[str, Any]:
    """The `diff --format json` shape."""

    def clause(c):
        return None if c is None else {"text": c.text, "start": c.start, "end": c.end, "section": c.section}

    return {
        "old": {
            "id": diff.old.id,
            "name": diff.old.name,
            "source": diff.old.source,
            "sha256": diff.old.sha256,
        },
        "new": {
            "id": diff.new.id,
            "name": diff.new.name,
            "source": diff.new.source,
            "sha256": diff.new.sha256,
        },
        "changed_terms": [
            {"term": c.term, "old": term_to_dict(c.old), "new": term_to_dict(c.new)} for c in diff.changes
        ],
        "clauses_added": [clause(c) for c in diff.added],
        "clauses_removed": [clause(c) for c in diff.removed],
        "clauses_changed": [
            {"old": clause(s.old), "new": clause(s.new)} for s in diff.redline if s.kind == "changed"
        ],
    }
