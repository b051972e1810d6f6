"""Which catalog release a model folder is, which size it names, and that size's license.

Names (the Hugging Face repo name, the folder name, the card's model name) are folded to
lowercase letters and digits and matched against each release's id and model name; the longest
match wins. Size tokens ("7b", "72B", "8x7B") are cut out of a name before matching, unless
the release's own name carries a size ("Mixtral 8x7B"), so "gemma-2b" is Gemma, not Gemma 2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from analyzer.catalog import Release
from analyzer.scan.results import CatalogMatch
from analyzer.textnorm import fold_name as fold  # names compared by letters and digits

SIZE = re.compile(  # "7Bv2": a size, then a version
    r"(?<![a-z0-9.])(\d+x\d+(?:\.\d+)?b|\d+(?:\.\d+)?[bm])(?!(?!v\d)[a-z0-9])", re.IGNORECASE
)


# "Acme-Plus-Mixtral8x22B": an expert layout glued to the word before it is still a size (a plain
# "Llama3" or "Qwen2" glues a version, not a size)
GLUED_EXPERTS = re.compile(r"(?<=[a-z])(\d+x\d+(?:\.\d+)?b)(?![a-z0-9])", re.IGNORECASE)


def sizes_in(name: str) -> list[str]:
    """Parameter sizes a name carries: 'Llama-2-7b-hf' -> ['7B']; 'Acme-Mixtral8x22B' -> ['8x22B']."""
    found = sorted([*SIZE.finditer(name), *GLUED_EXPERTS.finditer(name)], key=lambda m: m.start())
    # "Acme-05B": a leading zero is a decimal point (0.5B)
    return [re.sub(r"^0(\d)", r"0.\1", m.group(1).upper().replace("X", "x")) for m in found]


def _keys(release: Release) -> list[tuple[str, bool]]:
    """(folded key, whether it carries a size) for the release id and model name."""
    keys = []
    for raw in (release.id, release.model):
        key = fold(raw)
        if len(key) >= 3:
            keys.append((key, bool(sizes_in(raw))))
    return keys


def _starts(name: str, key: str) -> bool:
    """name starts with key, not followed by a digit: "llama" does not start "llama3"."""
    return name.startswith(key) and not name[len(key) : len(key) + 1].isdigit()


def _word_starts(name: str) -> list[str]:
    """The folded name from each of its words on: 'TinyLlama-1.1B' -> ['tinyllama11b', '11b', '1b'].
    A catalog name must start a word of the folder's name ("TinyLlama" is not LLaMA)."""
    return [fold(name[m.start() :]) for m in re.finditer(r"[A-Za-z0-9]+", name)]


def find_release(names: Iterable[str], releases: Mapping[str, Release]) -> Release | None:
    """The release whose id or model name is the longest one starting a word of any of the names."""
    best: tuple[int, int, Release] | None = None
    for order, name in enumerate(n for n in names if n):
        full, bare = _word_starts(name), _word_starts(SIZE.sub(" ", name))
        for release in releases.values():
            for key, sized in _keys(release):
                if any(_starts(part, key) for part in (full if sized else bare)):
                    rank = (len(key), -order)
                    if best is None or rank > best[:2]:
                        best = (*rank, release)
    return best[2] if best else None


def match_catalog(
    names: Sequence[str], card_sizes: Sequence[str], releases: Mapping[str, Release]
) -> CatalogMatch | None:
    """The release, the one size this folder names (its name first, else a card naming one size),
    and the license of that size (a variant's license when the release has one for it)."""
    release = find_release(names, releases)
    if release is None:
        return None
    size = next((s for n in names if n for s in sizes_in(n)), None)
    if size is None and len(card_sizes) == 1:
        size = card_sizes[0]
    return CatalogMatch(release.id, release.family, size, release.license_for(size))
