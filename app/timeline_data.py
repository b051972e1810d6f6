"""The release catalog as a timeline table: release facts plus the commercial-use reading of each
release's license (no Streamlit)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analyzer.catalog import Release
from analyzer.export import short_params
from analyzer.model import LicenseProfile

QUOTE_CHARS = 220


def _date(value: str) -> pd.Timestamp:
    """A date from "2023-07-18", or from "2023-07" (day unknown: the first of the month)."""
    return pd.Timestamp(value if len(value) > 7 else f"{value}-01")


def commercial_detail(profile: LicenseProfile) -> str:
    """The commercial_use status with the threshold that makes it so: "conditional (> 700M MAU)"."""
    status = profile.terms["commercial_use"].status
    threshold = profile.terms["user_threshold"]
    if status == "conditional" and threshold.status != "silent":
        return f"{status} ({short_params('user_threshold', threshold.params)})"
    return status


def release_frame(releases: Mapping[str, Release], profiles: Mapping[str, LicenseProfile]) -> pd.DataFrame:
    """One row per release; `profiles` maps LicenseDB keys to the profile of that license."""
    rows = []
    for r in releases.values():
        profile = profiles.get(r.license)
        result = profile.terms["commercial_use"] if profile else None
        quote = " ".join(result.evidence[0].text.split()) if result and result.evidence else ""
        rows.append(
            {
                "id": r.id,
                "model": r.model,
                "family": r.family,
                "organization": r.organization,
                "release_date": r.release_date,
                "date": _date(r.release_date),
                "parameters": ", ".join(r.parameters) or "n/a",
                "context_length": f"{r.context_length:,}" if r.context_length else "n/a",
                "training_tokens": r.training_tokens or "n/a",
                "license": r.license,
                "license_variants": "; ".join(
                    f"{'/'.join(v.parameters)}: {v.license}" for v in r.license_variants
                )
                or "none",
                "license_family": profile.family if profile else "unknown",
                "commercial_use": result.status if result else "unknown",
                "commercial_detail": commercial_detail(profile) if profile else "unknown",
                "deciding_sentence": quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…",
            }
        )
    return pd.DataFrame(rows)


# The chart's geometry, for placing labels: ~1,000 px of plot at 1440 px wide (less on a narrow
# screen: the estimate errs towards more rows), ~6 px per character at font size 10, the mark
# and its gap before the label.
PLOT_PX = 900
CHAR_PX = 6.2
MARK_PX = 18
LANE_GAP = "\u2009"  # marks the extra rows of a family, whose axis label is left blank


def label_days(model: str, span_days: float, plot_px: int = PLOT_PX) -> float:
    """How many days of the time axis a release's mark and label cover."""
    return (MARK_PX + CHAR_PX * len(model)) * span_days / plot_px


def assign_lanes(frame: pd.DataFrame, plot_px: int = PLOT_PX) -> pd.DataFrame:
    """`lane` (the chart row) and `slot` for each release: a family's releases share its row
    unless one's mark and label would overlap the previous one's, then it goes one row down, so
    no release hides another (FLUX.1 [dev] and [schnell], released the same day, take two rows)."""
    span = max((frame["date"].max() - frame["date"].min()).days, 1)
    slots = {}
    for family, group in frame.sort_values(["date", "model"]).groupby("family", sort=False):
        ends: list[pd.Timestamp] = []  # where each row of this family is free again
        for idx, row in group.iterrows():
            free = next((i for i, end in enumerate(ends) if row["date"] > end), len(ends))
            end = row["date"] + pd.Timedelta(days=label_days(row["model"], span, plot_px))
            ends[free : free + 1] = [end]
            slots[idx] = (family, free)
    out = frame.copy()
    out["slot"] = [slots[i][1] for i in out.index]
    out["lane"] = [f"{f}{LANE_GAP * s}" for f, s in (slots[i] for i in out.index)]
    return out


def lane_order(frame: pd.DataFrame) -> list[str]:
    """The rows top to bottom: families in order of first release, each followed by its extra rows."""
    families = list(dict.fromkeys(frame.sort_values("date")["family"]))
    rows = []
    for family in families:
        slots = sorted(frame.loc[frame["family"] == family, "slot"].unique())
        rows += [f"{family}{LANE_GAP * s}" for s in slots]
    return rows


def date_domain(frame: pd.DataFrame, plot_px: int = PLOT_PX) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The time axis: from a month before the first release to where the last label ends."""
    span = max((frame["date"].max() - frame["date"].min()).days, 1)
    pairs = zip(frame["date"], frame["model"], strict=True)
    ends = [d + pd.Timedelta(days=label_days(m, span, plot_px)) for d, m in pairs]
    return frame["date"].min() - pd.Timedelta(days=30), max(ends)
