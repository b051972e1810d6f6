"""Which LicenseDB license a file is: a TF-IDF index for candidates, difflib to score them.

Texts are normalized to their lowercase word tokens (punctuation, markdown and line wrapping
drop out). Candidates come from a cosine ranking over a word TF-IDF inverted index built once
per process from the ~2,470 LicenseDB texts (~1.5 s); the best few are then verified with
difflib's ratio over the token sequences (2 * matched tokens / total tokens), which is the
`license_score`. Below THRESHOLD the license is "unknown" (the score of the nearest text is
still reported). ScanCode's own matcher is not loaded (its index costs ~6 s and 1.4 GB).
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass

import numpy as np

UNKNOWN = "unknown"
# A copy with light edits (a filled-in copyright line, a changed word per paragraph, markdown
# formatting) scores 0.95-1.0; sibling versions of a license score 0.87-0.99 against each other
# but lower than the exact one; unrelated texts stay under 0.5.
THRESHOLD = 0.80
CANDIDATES = 8
MIN_TOKENS = 8
TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    """The normalized word tokens of a text (lowercase letters and digits only)."""
    return TOKEN.findall(text.lower())


@dataclass(frozen=True)
class Identification:
    """The LicenseDB key of a text (or "unknown"), its score and the runner-up candidates."""

    key: str
    score: float
    nearest: str
    candidates: tuple[tuple[str, float], ...] = ()

    @property
    def known(self) -> bool:
        return self.key != UNKNOWN


class LicenseIndex:
    """An inverted index over license texts: rank by TF-IDF cosine, verify with difflib."""

    def __init__(self, texts: Mapping[str, str], threshold: float = THRESHOLD):
        self.threshold = threshold
        self._texts = texts
        self._cache: dict[str, Identification] = {}
        self._token_cache: dict[str, list[str]] = {}
        vocab: dict[str, int] = {}
        keys: list[str] = []
        doc_ids: list[int] = []
        tok_ids: list[int] = []
        tfs: list[int] = []
        for key, text in texts.items():
            counts = Counter(tokens(text))
            if sum(counts.values()) < MIN_TOKENS:
                continue
            doc = len(keys)
            keys.append(key)
            for tok, n in counts.items():
                doc_ids.append(doc)
                tok_ids.append(vocab.setdefault(tok, len(vocab)))
                tfs.append(n)
        self.keys = keys
        self.vocab = vocab
        docs = np.asarray(doc_ids, dtype=np.int32)
        toks = np.asarray(tok_ids, dtype=np.int64)
        df = np.bincount(toks, minlength=len(vocab))
        self.idf = np.log1p(len(keys) / np.maximum(df, 1)).astype(np.float32)
        weights = (1.0 + np.log(np.asarray(tfs, dtype=np.float32))) * self.idf[toks]
        norms = np.sqrt(np.bincount(docs, weights=weights * weights, minlength=len(keys)))
        weights = weights / np.maximum(norms[docs], 1e-9)
        order = np.argsort(toks, kind="stable")
        self.post_docs = docs[order]
        self.post_weights = weights[order].astype(np.float32)
        self.indptr = np.concatenate(([0], np.cumsum(df))).astype(np.int64)

    def __len__(self) -> int:
        return len(self.keys)

    def rank(self, words: list[str], limit: int = CANDIDATES) -> list[tuple[str, float]]:
        """The keys whose texts share the most weighted vocabulary with these tokens."""
        scores = np.zeros(len(self.keys), dtype=np.float32)
        for tok, n in Counter(words).items():
            tid = self.vocab.get(tok)
            if tid is None:
                continue
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            scores[self.post_docs[lo:hi]] += self.post_weights[lo:hi] * (1.0 + math.log(n)) * self.idf[tid]
        limit = min(limit, len(self.keys))
        top = np.argpartition(-scores, limit - 1)[:limit]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.keys[i], float(scores[i])) for i in top if scores[i] > 0]

    def _tokens_of(self, key: str) -> list[str]:
        toks = self._token_cache.get(key)
        if toks is None:
            toks = self._token_cache[key] = tokens(self._texts[key])
        return toks

    def identify(self, text: str, prefer: Collection[str] = ()) -> Identification:
        """The best-matching key for a text; ties go to `prefer` (e.g. the card's declared keys)."""
        digest = hashlib.sha256((text + "\0" + ",".join(sorted(prefer))).encode("utf-8")).hexdigest()
        found = self._cache.get(digest)
        if found is None:
            found = self._cache[digest] = self._identify(tokens(text), set(prefer))
        return found

    def _identify(self, words: list[str], prefer: set[str]) -> Identification:
        if not words:
            return Identification(UNKNOWN, 0.0, "")
        scored: list[tuple[str, float]] = []
        best = 0.0
        for key, _ in self.rank(words):
            other = self._tokens_of(key)
            bound = 2.0 * min(len(words), len(other)) / (len(words) + len(other))
            if bound < best - 0.01:
                continue  # even a perfect overlap could not beat the best so far
            matcher = difflib.SequenceMatcher(None, words, other, autojunk=len(words) > 4000)
            if matcher.quick_ratio() < best - 0.01:
                continue
            ratio = matcher.ratio()
            scored.append((key, ratio))
            best = max(best, ratio)
            if ratio >= 0.999 and (not prefer or key in prefer):
                break  # an exact copy: no sibling can score higher
        if not scored:
            return Identification(UNKNOWN, 0.0, "")
        scored.sort(key=lambda ks: (-round(ks[1], 3), ks[0] not in prefer, len(ks[0]), ks[0]))
        key, score = scored[0]
        score = round(score, 3)
        candidates = tuple((k, round(s, 3)) for k, s in scored[:5])
        return Identification(key if score >= self.threshold else UNKNOWN, score, key, candidates)


@functools.lru_cache(maxsize=1)
def default_index() -> LicenseIndex:
    """The index over the installed LicenseDB (built once per process)."""
    from analyzer.licensedb import licensedb

    return LicenseIndex({key: entry.text for key, entry in licensedb().items() if entry.text.strip()})
