"""spaCy's tokenizer with its chunk cache doing its job on license texts.

spaCy splits a text at whitespace into chunks and caches how it split each chunk, but:

- once one chunk of a text hits a special case ("e.g.", "Inc.", "don't"), it caches nothing
  more for the rest of that text (one flag per call, spaCy issue #1250's guard);
- it keeps at most 10,000 chunks.

A license has a special case in its first lines, so nearly every chunk ("License,", "(a)") was
split again, prefix, suffix and infix regexes included, in every text. Here each chunk not seen
before is first tokenized on its own, which caches it under spaCy's own rules (a chunk that
involves a special case is still never cached); the text is then tokenized as always. The
tokens are the same, attribute for attribute (tests/test_tokenizer.py compares them over
LicenseDB texts), and tokenizing costs about half (bench.throughput).
"""

from __future__ import annotations

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# Chunks remembered per tokenizer, and the size of spaCy's cache: the whole LicenseDB has about
# 63,000 distinct chunks; past the limit a long-running process tokenizes as spaCy alone would.
CHUNK_LIMIT = 200_000


class ChunkCachedTokenizer(Tokenizer):
    """A spaCy Tokenizer (same settings, same output) that caches every chunk it can."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_cache_size", CHUNK_LIMIT)
        super().__init__(*args, **kwargs)
        self._seen: set[str] = set()

    def __call__(self, text: str) -> Doc:
        if len(self._seen) < CHUNK_LIMIT:
            new = chunks(text) - self._seen
            if new:
                self._seen |= new
                for chunk in new:
                    super().__call__(chunk)
        return super().__call__(text)


def chunks(text: str) -> set[str]:
    """The non-whitespace chunks spaCy cuts `text` into (str.split cuts at the same whitespace).
    The whitespace runs between them are chunks too, but few and quickly split: warming them
    up costs more than it saves."""
    return set(text.split())


def chunk_cached(base: Tokenizer) -> ChunkCachedTokenizer:
    """A ChunkCachedTokenizer with the settings of `base` (a plain spaCy Tokenizer)."""
    return ChunkCachedTokenizer(
        base.vocab,
        rules=base.rules,
        prefix_search=base.prefix_search,
        suffix_search=base.suffix_search,
        infix_finditer=base.infix_finditer,
        token_match=base.token_match,
        url_match=base.url_match,
        faster_heuristics=base.faster_heuristics,
    )
