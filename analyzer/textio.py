"""Bytes of a user's file to the text we analyze, or a one-line reason why not.

What is accepted, and how (``decode_text``):

- UTF-8, with or without a BOM; UTF-16 and UTF-32 with a BOM; UTF-16 without a BOM when
  every other byte is NUL (what some Windows tools write).
- Text that is not valid UTF-8 but plausibly a legacy Western text: each byte outside a
  valid UTF-8 sequence is read as Windows-1252 (Latin-1 for its five undefined bytes), so
  a Latin-1 "Lizenz für" reads as written and a UTF-8 file with one stray Latin-1 "©"
  keeps its UTF-8 characters. If over half of the bytes need that, or most of them come in
  runs (Cyrillic, CJK and other legacy encodings), it is tried as GB18030 and Big5
  (``_chinese``); failing that, the file is refused: "convert it to UTF-8".
- GB18030 (and so GBK and GB2312, its subsets) and Big5, common for Chinese files: accepted
  when the bytes decode strictly and the result is mostly common Chinese (``_chinese``).
  Shift-JIS, Cyrillic, Latin-1 and random bytes that happen to decode as Chinese give rare
  characters and are not read so. (A Big5 text is in traditional characters: the Chinese
  pipeline reads them as their simplified forms, rules/zh/traditional.yaml.)
- Line endings: CRLF, CR, NEL and U+2028/U+2029 become "\\n" (same profile on every platform).
- NUL bytes: trailing NUL padding and stray NULs (at most 1% of the bytes) are dropped;
  more, or a known binary signature (image, archive, PDF, safetensors, ...), is refused.

``license_text`` then strips HTML and Markdown markup (analyzer.markup), so the analyzed
text, and every evidence offset into it, is what a reader of the rendered page sees.
"""

from __future__ import annotations

import codecs
import re

from analyzer.language import SCRIPTS
from analyzer.markup import html_to_text, looks_like_markdown, markdown_to_text
from analyzer.model import InputError

FALLBACK_MAX_SHARE = 0.50  # of all bytes, that may be read as Windows-1252 (isolated, as in Western text)
CONTROL_MAX_SHARE = 0.05  # of all characters, that may be control characters
NUL_MAX_SHARE = 0.01  # of all bytes, that may be stray NULs (dropped)

SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document; extract its text first, e.g. with pdftotext"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.jar)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document; save it as text"),
    (b"{\\rtf", "RTF document; save it as plain text"),
    (b"\x89HDF\r\n\x1a\n", "HDF5 file"),
    (b"\x93NUMPY", "NumPy array"),
    (b"GGUF", "GGUF model weights"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
ESCAPED = re.compile(r"[\udc80-\udcff]")
ESCAPED_RUN = re.compile(r"[\udc80-\udcff]{3,}")
HAN = SCRIPTS["han"]
CHINESE_MIN_SHARE = 0.90  # of the non-ASCII characters of a GB18030/Big5 reading: Han or punctuation
COMMON_HAN_MIN_SHARE = 0.70  # of its Han characters, among the codec's common ones
CHINESE_MIN_ESCAPED = 8  # bytes outside UTF-8 before a text that Latin-1 could read is tried as Chinese
LINE_BREAK = re.compile(r"\r\n?|[\x85\u2028\u2029]")


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five bytes Windows-1252 leaves undefined read as Latin-1


# A byte that is not valid UTF-8 arrives as a lone surrogate (surrogateescape) and leaves as
# its Windows-1252 character.
FROM_ESCAPED = {0xDC00 + b: _cp1252(b) for b in range(0x80, 0x100)}


def binary_kind(data: bytes) -> str | None:
    """The binary format these bytes start with, if they start like a known one."""
    for magic, kind in SIGNATURES:
        if data.startswith(magic):
            if magic == b"BZh" and not (data[3:4].isdigit() and data[4:10] in (b"1AY&SY", b"\x17rE8P\x90")):
                continue
            if magic in (b"GGUF", b"RIFF") and b"\x00" not in data[:16]:
                continue
            return kind
    if len(data) > 262 and data[257:262] == b"ustar":
        return "tar archive"
    if len(data) >= 10 and data[8:9] == b"{" and 2 <= int.from_bytes(data[:8], "little") < 10**9:
        return "safetensors weights"
    if len(data) > 2 and data[0] == 0x80 and 2 <= data[1] <= 5 and b"\x00" in data[:64]:
        return "Python pickle (e.g. PyTorch weights)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of the sample is NUL."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros) and others.count(0) < 0.05 * len(others):
            return codec
    return None


def _unicode(data: bytes, label: str, encoding_hint: str | None) -> tuple[str, str]:
    """(text, encoding) of the bytes; InputError when they are binary or not plausibly text."""
    failed = None
    for bom, codec in BOMS:  # FF FE 00 00 opens UTF-32, or UTF-16 starting with a NUL
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                failed = f"invalid {codec.upper()} text ({exc.reason})"
    if failed:
        raise InputError(label, failed)
    kind = binary_kind(data)
    if kind:
        raise InputError(label, f"binary file ({kind}), not a license text")
    codec = _utf16_without_bom(data)
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    body = data.rstrip(b"\x00")
    nuls = body.count(0)
    if nuls > NUL_MAX_SHARE * len(body) or b"\x00" in body[:4]:
        raise InputError(label, "binary file (NUL bytes), not a license text")
    if nuls:
        body = body.replace(b"\x00", b"")
    if len(body) - len(body.translate(None, CONTROL_BYTES)) > CONTROL_MAX_SHARE * len(body):
        raise InputError(label, "binary file (control characters), not a license text")
    text = body.decode("utf-8", "surrogateescape")
    escaped = ESCAPED.subn("", text)[1]
    if not escaped:
        return text, "utf-8"
    if encoding_hint:  # an HTML page's declared charset, when its bytes are not UTF-8
        try:
            return body.decode(encoding_hint), encoding_hint
        except (UnicodeDecodeError, LookupError):
            pass
    in_runs = sum(len(m) for m in ESCAPED_RUN.findall(text))
    if escaped > max(3, FALLBACK_MAX_SHARE * len(body)) or (escaped > 3 and in_runs > 0.5 * escaped):
        chinese = _chinese(body)
        if chinese is not None:
            return chinese
        first = ESCAPED.search(text)
        offset = len(text[: first.start()].encode("utf-8", "surrogateescape"))
        raise InputError(
            label,
            f"not UTF-8 text (invalid byte 0x{body[offset]:02x} at offset {offset}, and too many such "
            "bytes to read it as Latin-1/Windows-1252 or GB18030); convert it to UTF-8",
        )
    if escaped >= CHINESE_MIN_ESCAPED:  # Big5 (ASCII trail bytes break its runs), short GBK words
        chinese = _chinese(body)
        if chinese is not None:
            return chinese
    return text.translate(FROM_ESCAPED), "windows-1252 (fallback)"


def _chinese(body: bytes) -> tuple[str, str] | None:
    """(text, codec) of bytes that are not UTF-8 when they are plausibly Chinese: GB18030
    (and so GBK and GB2312) for simplified, Big5 for traditional Chinese.

    Plausible: the bytes decode strictly, and the result reads as common Chinese. GB18030: at
    least 90% of the non-ASCII characters are in GB2312 (simplified Chinese, CJK and
    full-width punctuation) and at least 70% of the Han characters are among GB2312's 3755
    most common ones (its level 1, lead bytes B0-D7). Big5: at least 90% of the non-ASCII
    characters are Han or Big5 punctuation, and 70% of the Han characters are among Big5's
    5401 frequent ones (lead bytes A4-C6). Legal Chinese is almost all common characters;
    other legacy encodings (Shift-JIS, Cyrillic, Latin-1) read as Chinese give rare ones.
    """
    for codec, readable, common in CHINESE_CODECS:
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) > 0x7F]
        han = HAN.findall(text)
        if len(han) < 2 or len(han) < 0.5 * len(wide):
            continue
        read = sum(1 for ch in wide if readable(ch))
        frequent = sum(1 for ch in han if common(ch))
        if read >= CHINESE_MIN_SHARE * len(wide) and frequent >= COMMON_HAN_MIN_SHARE * len(han):
            return text, codec
    return None


def _encoded(ch: str, codec: str) -> bytes:
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        return b""


def _in_gb2312(ch: str) -> bool:
    return bool(_encoded(ch, "gb2312"))


def _gb2312_level1(ch: str) -> bool:
    return 0xB0 <= (_encoded(ch, "gb2312") or b"\x00")[0] <= 0xD7


def _big5_frequent(ch: str) -> bool:
    return 0xA4 <= (_encoded(ch, "big5") or b"\x00")[0] <= 0xC6


def _big5_readable(ch: str) -> bool:
    """A Han character or Big5 punctuation (lead bytes A1-A3)."""
    return bool(HAN.match(ch)) or 0xA1 <= (_encoded(ch, "big5") or b"\x00")[0] <= 0xA3


# (codec, which non-ASCII characters it reads as Chinese text, which Han characters are common)
CHINESE_CODECS = (("gb18030", _in_gb2312, _gb2312_level1), ("big5", _big5_readable, _big5_frequent))


def decode_text(data: bytes, label: str, encoding_hint: str | None = None) -> str:
    """Bytes of a license file to text, or InputError saying why it is not a readable text."""
    return decode(data, label, encoding_hint)[0]


def decode(data: bytes, label: str, encoding_hint: str | None = None) -> tuple[str, str]:
    """(text, encoding used): ``decode_text`` that also says how the bytes were read."""
    if not data:
        raise InputError(label, "empty input" if label == "-" else "empty file")
    text, encoding = _unicode(data, label, encoding_hint)
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = LINE_BREAK.sub("\n", text.removeprefix("\ufeff"))
    if not text.strip():
        raise InputError(label, "no text (whitespace only)")
    if CONTROL.subn("", text)[1] > CONTROL_MAX_SHARE * len(text):
        raise InputError(label, "binary file (control characters), not a license text")
    return text, encoding


# --- markup ---------------------------------------------------------------------------------

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
HTML_BODY = re.compile(r"<(?:body|head)\b[^>]*>", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def markup_of(name: str, text: str) -> str:
    """'html', 'markdown' or '' for a file name (or '-') and its decoded text."""
    lower = name.lower()
    head = text[:4096]
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if _starts_like_html(head) or (HTML_BODY.search(head) and "</" in head):
        return "html"
    base = lower.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base.strip(".") and looks_like_markdown(text):
        return "markdown"
    return ""


def _starts_like_html(head: str) -> bool:
    """The text opens with a doctype or <html>, after any XML declaration and comments."""
    rest = head.lstrip()
    while rest.startswith(("<?xml", "<!--")):
        end = rest.find("?>" if rest.startswith("<?") else "-->")
        if end < 0:
            return False
        rest = rest[end + 3 :].lstrip()
    return rest[:14].lower() == "<!doctype html" or bool(re.match(r"<html\b", rest, re.I))


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    m = META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def license_text(data: bytes, label: str, name: str | None = None) -> tuple[str, dict]:
    """The text to analyze from a file's bytes, and meta: {'encoding', 'markup'}.

    ``name`` (a file name, default ``label``) decides HTML/Markdown with a look at the text.
    """
    name = label if name is None else name
    hint = html_charset(data) if name.lower().endswith(HTML_SUFFIXES) or b"<" in data[:64] else None
    text, encoding = decode(data, label, hint)
    markup = markup_of(name, text)
    if markup:
        text = html_to_text(text) if markup == "html" else markdown_to_text(text)
        if not text.strip():
            raise InputError(label, f"no text once the {markup.upper()} markup is removed")
    return text, {"encoding": encoding, "markup": markup or "text"}
