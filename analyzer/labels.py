"""Labels that tell licenses apart when two sources share a file name (two `LICENSE` files)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import PurePath

from analyzer.model import LicenseProfile


def _parts(profile: LicenseProfile) -> tuple[str, ...]:
    kind, _, rest = profile.source.partition(":")
    if kind == "file" and rest:
        return PurePath(rest.replace("\\", "/")).parts
    return (profile.source,)


def distinct_labels(profiles: Sequence[LicenseProfile]) -> list[str]:
    """Each profile's id, or, where ids collide, the shortest path suffix of its source that no
    other colliding profile shares ("a/LICENSE" and "b/LICENSE"); the same source twice gets
    "#2", "#3"."""
    labels = [p.id for p in profiles]
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(profiles):
        groups.setdefault(p.id, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        parts = {i: _parts(profiles[i]) for i in members}
        for i in members:
            others = [parts[j] for j in members if j != i and parts[j] != parts[i]]
            if not others:
                continue  # the same source given twice: numbered below
            for k in range(1, len(parts[i]) + 1):
                suffix = parts[i][-k:]
                if all(o[-k:] != suffix for o in others):
                    labels[i] = "/".join(suffix)
                    break
            else:
                labels[i] = "/".join(parts[i])
        seen: dict[str, int] = {}
        for i in members:
            seen[labels[i]] = seen.get(labels[i], 0) + 1
            if seen[labels[i]] > 1:
                labels[i] = f"{labels[i]}#{seen[labels[i]]}"
    return labels


def with_distinct_ids(profiles: Sequence[LicenseProfile]) -> tuple[LicenseProfile, ...]:
    """The profiles, each id replaced by its distinct label (unchanged where ids do not collide)."""
    return tuple(
        p if label == p.id else dataclasses.replace(p, id=label)
        for p, label in zip(profiles, distinct_labels(profiles), strict=True)
    )
