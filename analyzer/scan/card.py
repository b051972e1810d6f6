"""A model card -> its declared license and release facts, each fact with its evidence span.

Front matter (YAML between leading `---` lines) gives `license`, `license_name`, `license_link`,
`language` and `model_name`; the body gives the rest through the `model_card_facts` component.
Offsets are into the whole card file, so `text == card_text[start:end]` always holds.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Any

import yaml

from analyzer.scan.declared import DeclaredTable
from analyzer.scan.facts import SPAN_KEY, shared_card_nlp
from analyzer.scan.results import Declared, FactEvidence, ReleaseFacts
from analyzer.textnorm import FRONT_MATTER

H1 = re.compile(r"^#[ \t]+(?:Model Card for[ \t]+)?(\S[^\n]*?)[ \t#]*$", re.MULTILINE)
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MULTIPLIERS = {"trillion": "T", "billion": "B", "million": "M"}


@dataclass(frozen=True)
class Card:
    """One model card: its raw front matter mapping (or None) and where its body starts."""

    file: str
    text: str
    meta: dict[str, Any] | None
    body_start: int
    meta_error: str | None = None


def parse_card(file: str, text: str) -> Card:
    """Split a card into front matter and body; bad YAML is reported, not raised."""
    m = FRONT_MATTER.match(text)
    if not m:
        return Card(file, text, None, 0)
    try:
        meta = yaml.safe_load(m.group(1) or "")
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a bad date ("2024-13-45")
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        return Card(file, text, None, m.end(), f"invalid YAML front matter ({reason})")
    if meta is not None and not isinstance(meta, dict):
        return Card(file, text, None, m.end(), "front matter is not a mapping")
    return Card(file, text, meta or {}, m.end())


def has_front_matter(text: str) -> bool:
    return bool(FRONT_MATTER.match(text))


def _meta_span(card: Card, key: str) -> FactEvidence | None:
    """The `key: value` block of the front matter (list items included)."""
    head = card.text[: card.body_start]
    m = re.search(rf"^{re.escape(key)}[ \t]*:.*$", head, re.MULTILINE)
    if not m:
        return None
    end = m.end()
    for line in head[end + 1 :].splitlines(keepends=True):
        if line[:1] not in (" ", "\t", "-") or line.startswith("---"):
            break  # the next top-level key (or the closing fence)
        end += len(line)
    end = len(head[:end].rstrip())
    return FactEvidence(card.text[m.start() : end], card.file, m.start(), end)


def _text(value: Any) -> str | None:
    return str(value).strip() if isinstance(value, (str, int, float)) and str(value).strip() else None


def declared_of(card: Card, table: DeclaredTable) -> tuple[Declared | None, FactEvidence | None]:
    """The license the front matter declares, mapped to LicenseDB keys."""
    if not card.meta or _text(card.meta.get("license")) is None:
        return None, None
    identifier = _text(card.meta["license"])
    name, link = _text(card.meta.get("license_name")), _text(card.meta.get("license_link"))
    keys = table.keys_for(identifier, name)
    return Declared(identifier, name, link, keys), _meta_span(card, "license")


def parse_date(text: str) -> str | None:
    """'July 18, 2023' / '18 July 2023' / '2023-07-18' -> '2023-07-18'; 'April 2024' -> '2024-04'."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    nums = [int(w) for w in words if w.isdigit()]
    months = [MONTHS[w.lower()] for w in words if w.lower() in MONTHS]
    try:
        if not months and len(nums) == 3:
            return datetime.date(nums[0], nums[1], nums[2]).isoformat()
        if not months and len(nums) == 2:
            return f"{nums[0]:04d}-{nums[1]:02d}" if 1 <= nums[1] <= 12 else None
        if months and len(nums) == 2:
            day, year = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
            return datetime.date(year, months[0], day).isoformat()
        if months and len(nums) == 1 and nums[0] > 999:
            return f"{nums[0]:04d}-{months[0]:02d}"
    except ValueError:
        return None
    return None


def parse_range(text: str) -> tuple[str, str] | None:
    parts = re.split(r"\s+(?:and|to|through|until)\s+|\s*[-–]\s*", text, maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = parse_date(parts[0]), parse_date(parts[1])
    return (start, end) if start and end else None


def parse_size(text: str) -> str:
    """'70B' -> '70B'; '7 billion' -> '7B' (emphasis marks dropped: '**7** billion')."""
    text = " ".join(text.replace("*", " ").split())
    words = text.split()
    if len(words) == 2 and words[1].lower() in MULTIPLIERS:
        return words[0] + MULTIPLIERS[words[1].lower()]
    return text.replace(" ", "")


def parse_count(text: str) -> int | None:
    """'131,072' -> 131072; '128K' -> 131072 (context sizes count K as 1024); '1M' -> 1048576.

    A context length is a round number (a multiple of 256 or of 1000, at least 512): '2026' in
    the window of a context cue is a year, not a length."""
    compact = re.sub(r"[\s,*]", "", text).replace("million", "M")  # "1 million tokens"
    m = re.fullmatch(r"(\d+)([kKM]?)(?:tokens)?", compact)
    if not m:
        return None
    value = int(m.group(1)) * {"": 1, "k": 1024, "K": 1024, "M": 1024 * 1024}[m.group(2)]
    return value if value >= 512 and (value % 256 == 0 or value % 1000 == 0) else None


def parse_tokens(text: str) -> str:
    """'2.0T tokens' -> '2.0T'; '~15 trillion tokens' -> '15T'; '**3.2** trillion tokens' -> '3.2T'."""
    text = text.replace("*", " ")
    words = [  # drop "tokens", "of" and a qualifier ("1.4T bilingual tokens")
        w
        for w in text.replace("~", "").replace("+", "").split()[:-1]
        if w[0].isdigit() or w.lower() in MULTIPLIERS or w in ("T", "B")
    ]
    if len(words) == 2 and words[1].lower() in MULTIPLIERS:
        return words[0] + MULTIPLIERS[words[1].lower()]
    return "".join(words)


CARD_WORDS = re.compile(r"^model card\s*(?:for|of)?\s*[:\-–—]?\s*|\s*[:\-–—]?\s*model card$", re.IGNORECASE)


# a card whose first heading is one of its sections ("# Model Details", "# Model Information") names no model
SECTION_TITLE = re.compile(
    r"^(?:model\s+)?(?:details|information|overview|description|summary|introduction)\s*:?$", re.IGNORECASE
)


def _clean(text: str) -> str:
    return " ".join(re.sub(r"[*_`#]+", "", text).split())


PARSERS = {
    "release_date": parse_date,
    "date_range": parse_range,
    "context_length": parse_count,
    "training_tokens": parse_tokens,
    "organization": _clean,
    "intended_use": _clean,
    "license": _clean,
}
LISTS = {"parameters": parse_size, "languages": str.strip}


def body_facts(card: Card) -> ReleaseFacts:
    """Facts the card body states, via the model_card_facts component."""
    nlp = shared_card_nlp()
    body = card.text[card.body_start :]
    if not body.strip():
        return ReleaseFacts()
    doc = nlp(body)
    values: dict[str, Any] = {}
    evidence: dict[str, FactEvidence] = {}
    by_field: dict[str, list] = {}
    for span in doc.spans[SPAN_KEY]:
        by_field.setdefault(span.label_, []).append(span)
    for field, spans in by_field.items():
        if field in LISTS:
            value: Any = tuple(dict.fromkeys(LISTS[field](s.text) for s in spans))
        else:
            value = PARSERS[field](spans[0].text)
        if value in (None, "", ()):
            continue
        values[field] = value
        start, end = card.body_start + spans[0].start_char, card.body_start + spans[-1].end_char
        evidence[field] = FactEvidence(card.text[start:end], card.file, start, end)
    heading = H1.search(body)
    if heading and not SECTION_TITLE.match(_clean(heading.group(1))):  # "# Model Details": a section, no name
        start, end = card.body_start + heading.start(1), card.body_start + heading.end(1)
        # "# Model Card: Whisper", "# Acme Model Card": the title names the model, not the card
        values["model"] = CARD_WORDS.sub("", _clean(heading.group(1))).strip() or _clean(heading.group(1))
        evidence["model"] = FactEvidence(card.text[start:end], card.file, start, end)
    return ReleaseFacts(**values, evidence=evidence)


def meta_facts(card: Card) -> ReleaseFacts:
    """Facts the front matter states: model name, languages, the license named."""
    meta = card.meta or {}
    values: dict[str, Any] = {}
    evidence: dict[str, FactEvidence] = {}
    model = _text(meta.get("model_name"))
    index = meta.get("model-index")
    if model is None and isinstance(index, list) and index and isinstance(index[0], dict):
        model = _text(index[0].get("name"))
    key = "model_name" if _text(meta.get("model_name")) else "model-index"
    if model and (span := _meta_span(card, key)):
        values["model"], evidence["model"] = model, span
    langs = meta.get("language")
    langs = [langs] if isinstance(langs, str) else langs if isinstance(langs, list) else []
    found = tuple(str(x).strip() for x in langs if _text(x))
    if found and (span := _meta_span(card, "language")):
        values["languages"], evidence["languages"] = found, span
    base = meta.get("base_model")
    base = base[0] if isinstance(base, list) and base else base
    if _text(base) and (span := _meta_span(card, "base_model")):
        values["base_model"], evidence["base_model"] = _text(base), span
    identifier = _text(meta.get("license"))
    if identifier and (span := _meta_span(card, "license")):
        name = _text(meta.get("license_name"))
        values["license"] = name if identifier == "other" and name else identifier
        evidence["license"] = span
    return ReleaseFacts(**values, evidence=evidence)


def card_facts(card: Card) -> ReleaseFacts:
    """Front matter first, then what the body says about the fields it leaves empty."""
    return meta_facts(card).merged(body_facts(card))
