"""When a README's news dates a release it does not name in full: the family named without its
role word or size ("StableLM-Alpha models" for StableLM-Base-Alpha), the one release carrying a
version ("New checkpoint v0.9.1"), a distinctive word after a release verb ("We introduce
**Acme2.1** VACE"). A name after "based on", "better than" and the like is a base or a rival.
"""

from __future__ import annotations

import re

from analyzer.scan.datelines import dated_lines
from analyzer.scan.lineage import DERIVED
from analyzer.scan.mentions import LINK, NOT_RELEASED, VERSION_SUFFIX, Release
from analyzer.scan.results import FactEvidence


def stems(release: Release, releases: list[Release]) -> list[Release]:
    """The releases whose names this one's name extends ('MiniCPM4-8B' extends 'MiniCPM4')."""
    low = release.name.lower()
    return [
        r
        for r in releases
        if r is not release
        and low.startswith(r.name.lower())
        and (
            low[len(r.name)] in "-_ "
            # "acme.llm1.base" extends "acme.llm1" (a dot before a letter; "Acme2.5" is another version)
            or (low[len(r.name)] == "." and low[len(r.name) + 1 : len(r.name) + 2].isalpha())
        )
        and not VERSION_SUFFIX.match(low[len(r.name) :])
        and not TIER_SUFFIX.match(low[len(r.name) :])
    ]


# "-Lite", "-Mini", "-Pro": another model of the family (its own size and data), not a variant
TIER_SUFFIX = re.compile(
    r"^[-_ ](?:lite|mini|nano|tiny|small|medium|large|pro|plus|max|flash|turbo|air)(?![a-z])"
)


def named_in(line: str, releases: list[Release]) -> list[Release]:
    """The releases a line names, longest name first at each position (word boundaries)."""
    hits: dict[int, Release] = {}
    low = line.lower()
    for release in releases:
        pattern = re.escape(release.name.lower()).replace(r"\ ", r"[ _-]")
        for m in re.finditer(rf"(?<![A-Za-z0-9_.]){pattern}(?![A-Za-z0-9_]|\.\d)", low):
            if m.start() not in hits or len(hits[m.start()].name) < len(release.name):
                hits[m.start()] = release
    unique: list[Release] = []
    for release in hits.values():
        if not any(r is release for r in unique):
            unique.append(release)
    return unique


def date_mentions(file: str, text: str, releases: list[Release]) -> None:
    """A release no news line announced by name-shape is dated by the earliest news line that
    names it ("#### 07/07/2023 / We are happy to release an OpenLLaMA 7Bv2 model"), unless it is
    named as a base or a rival ("fine-tuned from X", "better than X")."""
    undated = [r for r in releases if "release_date" not in r.values]
    if not undated:
        return
    best: dict[int, tuple[str, FactEvidence]] = {}
    for line in dated_lines(file, text):
        plain = LINK.sub(r"\1", line.rest)
        for release in (r for r in named_in(plain, releases) if r in undated):
            whole = re.escape(release.name.lower()).replace(r"\ ", r"[ _-]") + r"(?![-_.]?[a-z0-9])"
            if not re.search(whole, plain.lower()):  # the start of a longer name names another model
                continue
            at = plain.lower().find(release.name.lower().split(" ")[0])
            if NOT_RELEASED.search(plain[: max(at, 0)]) or DERIVED.search(plain[: max(at, 0)] + release.name):
                continue
            if id(release) not in best or line.date < best[id(release)][0]:
                best[id(release)] = (line.date, line.evidence)
    for release in undated:
        if id(release) in best:
            release.set("release_date", *best[id(release)])
    _version_mentions(file, text, [r for r in undated if "release_date" not in r.values], releases)
    _family_mentions(file, text, [r for r in undated if "release_date" not in r.values], releases)


VERSION = re.compile(r"(?<![\w.])v?(\d+(?:\.\d+)+)(?![\w]|\.\d)", re.IGNORECASE)


def versions_in(name: str) -> set[str]:
    """The version tokens of a release name ('Acme-v1.0' -> {'1'}; 'Acme2.1-7B' -> none)."""
    return {_version_key(m.group(1)) for m in VERSION.finditer(name)}


def _version_key(token: str) -> str:
    """'v0.9.0' and '0.9' are one version."""
    return re.sub(r"(?:\.0)+$", "", token.lower().lstrip("v"))


def _version_mentions(file: str, text: str, undated: list[Release], releases: list[Release]) -> None:
    """'## December 20th, 2024: New checkpoint v0.9.1' dates the one release whose name carries
    that version ("acme-video-2b-v0.9.1"); a version two releases carry dates neither."""
    owners: dict[str, list[Release]] = {}
    for release in releases:
        for m in VERSION.finditer(release.name):
            owners.setdefault(_version_key(m.group(1)), []).append(release)
    wanted = {key: rs[0] for key, rs in owners.items() if len(rs) == 1 and rs[0] in undated}
    if not wanted:
        return
    best: dict[int, tuple[str, FactEvidence]] = {}
    for line in dated_lines(file, text):
        plain = LINK.sub(r"\1", line.rest)
        for m in VERSION.finditer(plain):
            release = wanted.get(_version_key(m.group(1)))
            if release is None or NOT_RELEASED.search(plain[: m.start()]):
                continue
            if id(release) not in best or line.date < best[id(release)][0]:
                best[id(release)] = (line.date, line.evidence)
    for release in wanted.values():
        if id(release) in best:
            release.set("release_date", *best[id(release)])


ROLE_WORDS = {"base", "tuned", "chat", "instruct", "sft", "rlhf", "pretrain", "pretrained"}


def _family_mentions(file: str, text: str, undated: list[Release], everyone: list[Release] = ()) -> None:
    """'Released initial set of StableLM-Alpha models' dates StableLM-Base-Alpha and
    StableLM-Tuned-Alpha: the family named without the release's role word and size (and without
    a version the release lacks: 'StableLM-Alpha v2' is another family). A listed release this
    one's name extends is its family: 'We introduce **Acme2.1** VACE' dates Acme2.1-VACE-14B."""
    patterns = []
    for release in undated:
        words = re.findall(r"[A-Za-z0-9]+(?:\.\d+[A-Za-z0-9]*)*", release.name)
        kept = [w for w in words if w.lower() not in ROLE_WORDS and not SIZE_WORD.fullmatch(w)]
        for stem in stems(release, list(everyone)):
            rest = [w for w in kept if w not in re.findall(r"[A-Za-z0-9]+(?:\.\d+[A-Za-z0-9]*)*", stem.name)]
            kept = rest or kept
        if not kept or len(kept) == len(words):
            continue
        body = r"[\s_-]*".join(re.escape(w) for w in kept)
        pattern = re.compile(rf"(?<![\w.-]){body}(?![\w.]|[\s_-]+v?\d|-\w)", re.IGNORECASE)
        patterns.append((release, pattern, len(kept) < 2))
    best: dict[int, tuple[str, FactEvidence]] = {}
    for line in dated_lines(file, text):
        plain = LINK.sub(r"\1", line.rest)
        for release, pattern, one_word in patterns:
            earlier = id(release) not in best or line.date < best[id(release)][0]
            # one word ("JanusFlow" of JanusFlow-1.3B) only where the line says it is released
            if earlier and any(not one_word or _said_released(plain, m) for m in pattern.finditer(plain)):
                best[id(release)] = (line.date, line.evidence)
    for release, _, _ in patterns:
        if id(release) in best:
            release.set("release_date", *best[id(release)])


SIZE_WORD = re.compile(r"\d+(?:\.\d+)?[BMbm]")
RELEASE_VERB_BEFORE = re.compile(
    r"\b(?:release[sd]?|releasing|introduc\w+|launch\w*|open-?sourc\w+)\s+(?:(?:the|our|a|an|new|latest)\s+)*"
    r"(?:\*\*[^*\n]{1,30}\*\*\s+)?$",  # "We introduce **Acme2.1** FLF2V": the family, then the model
    re.IGNORECASE,
)
RELEASE_VERB_AFTER = re.compile(
    r"^(?:\s+(?:series|models?|family))?\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+|officially\s+)?"
    r"(?:released|open-?sourced|out|available)\b",
    re.IGNORECASE,
)


def _said_released(line: str, m: re.Match) -> bool:
    """'We release X', 'X is released': the line releases the name it matched."""
    return bool(RELEASE_VERB_BEFORE.search(line[: m.start()]) or RELEASE_VERB_AFTER.match(line[m.end() :]))
