"""Text normalisation shared by the engine: one place for folding."""

from __future__ import annotations

# ASCII-only lowering and whitespace folding keep every offset (one char in, one char out).
FOLD = str.maketrans(
    {**{chr(c): chr(c + 32) for c in range(65, 91)}, "\n": " ", "\t": " ", "\r": " ", "\f": " "}
)


def fold(text: str) -> str:
    """Same length and offsets as `text`: ASCII lowercase, one line."""
    return text.translate(FOLD)
