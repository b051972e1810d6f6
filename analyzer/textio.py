"""Bytes of a user's file to the text we analyze, or a one-line reason why not."""

from __future__ import annotations

from analyzer.model import InputError


def decode_text(data: bytes, label: str) -> str:
    """Bytes of a license file to text, or InputError saying why it is not a readable text."""
    if not data:
        raise InputError(label, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(label, "invalid UTF-16 text") from None
    else:
        if b"\x00" in data[:8192]:
            raise InputError(label, "binary file (NUL bytes), not a license text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                label, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    if not text.strip():
        raise InputError(label, "no text (whitespace only)")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(label, "binary file (control characters), not a license text")
    return text
