"""Two more README layouts that name releases or state a family's facts.

- A settings table: two columns, a fact's name in the first ("| Sequence Length | 2048 |",
  "| Parameters | 1.1B |", "| Total Tokens During Training | 3 trillion |"). Its facts are the
  family's: they reach every release that does not state its own.
- A list of checkpoint files ("- `acme-v1-2.ckpt`: Resumed from `acme-v1-1.ckpt`. 515k steps
  ..."): each file a release, named by its stem.
"""

from __future__ import annotations

import re
from typing import Any

from analyzer.scan.card import MULTIPLIERS
from analyzer.scan.mentions import EVAL_SECTION, HEADING, Release, clean_name
from analyzer.scan.results import FactEvidence
from analyzer.scan.tables import COLUMNS, MODEL_HEADER, _cell_value, _cells

SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*\|")
WORD_COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(million|billion|trillion)\b", re.IGNORECASE)
CHECKPOINT_ITEM = re.compile(
    r"^[ \t]*[-*+][ \t]+`(?P<stem>[\w.\-]+?)\.(?:ckpt|safetensors|pt|pth|bin)`", re.MULTILINE
)


ACTIVATED = re.compile(r"\bactiv(?:e|ated)\b|激活", re.IGNORECASE)


def settings_facts(file: str, text: str) -> dict[str, tuple[Any, FactEvidence]]:
    """Facts of two-column settings tables (first rows win), each with its cell as evidence."""
    lines = text.splitlines(keepends=True)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    found: dict[str, tuple[Any, FactEvidence]] = {}
    for i in range(len(lines) - 1):
        if not (lines[i].lstrip().startswith("|") and SEPARATOR.match(lines[i + 1])):
            continue
        header = [c for _, c in _cells(lines[i])]
        if len(header) != 2 or MODEL_HEADER.match(header[0]) or MODEL_HEADER.match(header[1]):
            continue
        j = i + 2
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            cells = _cells(lines[j])
            if len(cells) == 2:
                label = re.sub(r"<[^>]+>|[*_`]", "", cells[0][1]).strip()
                fact = next((f for f, p in COLUMNS.items() if p.search(label) and f != "license"), None)
                if fact == "parameters" and ACTIVATED.search(label):
                    fact = None  # "Activated Parameters | 32B": not the model's size
                at, cell = cells[1]
                value = _cell_value(fact, _word_counts(cell)) if fact else None
                if value and fact not in found:
                    start = offsets[j] + at
                    found[fact] = (value, FactEvidence(cell, file, start, start + len(cell)))
            j += 1
    return found


def _word_counts(cell: str) -> str:
    """'3 trillion (slightly more than 3 epochs)' -> '3T (slightly ...)'."""
    return WORD_COUNT.sub(lambda m: m.group(1) + MULTIPLIERS[m.group(2).lower()], cell)


def checkpoint_releases(file: str, text: str) -> list[Release]:
    """Releases a list of checkpoint files names, one per file."""
    found = []
    for m in CHECKPOINT_ITEM.finditer(text):
        name = clean_name(m.group("stem"))
        if name:
            found.append(Release(name, FactEvidence(m.group("stem"), file, m.start("stem"), m.end("stem"))))
    return found


# "> **Acme-7B-Chat** is an instruction model for chatting;", "**Acme-7B** is a base model ...": a bold
# sized name a sentence defines as a model (a callout or a paragraph, not only a list item)
BOLD_DEFINED = re.compile(
    r"\*\*(?P<name>[^*\n]{2,60})\*\*\s+is\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}?models?\b", re.IGNORECASE
)
BOLD_ITEM = re.compile(
    r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+\*\*(?P<name>[^*\n]{2,60})\*\*[ \t]*(?:[:：\-–—]|\(|$)", re.MULTILINE
)


def bold_item_releases(file: str, text: str) -> list[Release]:
    """Releases a list introduces by a bold name with its size ("- **Acme-13B-Base**: the base
    model ..."), outside evaluation sections."""
    found = []
    for m in [*BOLD_ITEM.finditer(text), *BOLD_DEFINED.finditer(text)]:
        heading = next((h for h in reversed(list(HEADING.finditer(text, 0, m.start())))), None)
        if heading and EVAL_SECTION.search(heading.group(2)):
            continue
        name = clean_name(m.group("name"))
        if name and re.search(r"\d(?:\.\d+)?[BM]\b", name) and "-" in name:
            found.append(Release(name, FactEvidence(m.group("name"), file, m.start("name"), m.end("name"))))
    return found


# "We release three models:" over its list items, each naming one release
RELEASE_LIST_LEAD = re.compile(
    r"^[^\n]*\b(?:we|this repository)\s+(?:release[sd]?|open-?sourced?|provide[sd]?)\s+"
    r"(?:the\s+following|(?:two|three|four|five|six|\d)(?:\s+\w+)?)\s+models?\s*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
LIST_ITEM_LINE = re.compile(r"[ \t]*[-*+][ \t]+(?P<body>[^\n]+)")
# "Acme fine-tuned on a male voice (Acmeko)," or "Mimi, our speech codec."
ITEM_NAME = re.compile(r"\((?P<paren>[A-Z][\w.-]{1,40})\)[,.;]?\s*$|^(?P<lead>[A-Z][\w.-]{1,40}),\s")


def listed_releases(file: str, text: str) -> list[Release]:
    """The releases a "We release three models:" list names: each item's name in parentheses at
    its end ("Moshi fine-tuned on a female voice (Moshika)"), else the word it opens with before a
    comma ("Mimi, our speech codec")."""
    found = []
    for lead in RELEASE_LIST_LEAD.finditer(text):
        pos = lead.end() + 1
        while pos < len(text) and text[pos] == "\n":  # a blank line before the list
            pos += 1
        while pos < len(text):
            m = LIST_ITEM_LINE.match(text, pos)
            if not m:
                break
            body = m.group("body").strip()
            n = ITEM_NAME.search(body)
            names = _names_only(body)
            if names:  # "- Acme-8B / Acme-8B-Lite": the item is only names
                at = m.start("body") + (len(m.group("body")) - len(m.group("body").lstrip()))
                for name, offset in names:
                    found.append(
                        Release(name, FactEvidence(name, file, at + offset, at + offset + len(name)))
                    )
            elif n:
                group = "paren" if n.group("paren") else "lead"
                start = (
                    m.start("body") + (len(m.group("body")) - len(m.group("body").lstrip())) + n.start(group)
                )
                found.append(
                    Release(
                        n.group(group), FactEvidence(n.group(group), file, start, start + len(n.group(group)))
                    )
                )
            pos = m.end() + 1
    return found


NAMES_ONLY = re.compile(r"^[\w.\-]+(?:\s*(?:/|,|\band\b)\s*[\w.\-]+)*$")


def _names_only(body: str) -> list[tuple[str, int]]:
    """(name, offset) of an item that is only model names, each with a digit ("Acme-8B / Acme-8B-Lite")."""
    plain = body.strip("*` ")
    if not NAMES_ONLY.match(plain):
        return []
    out = []
    for m in re.finditer(r"[\w.\-]+", plain):
        if m.group() == "and":
            continue
        name = clean_name(m.group())
        if not name or not re.search(r"\d", name):
            return []
        out.append((name, body.find(plain) + m.start()))
    return out


# "## Models" (or "Available models", "Model zoo", "Released models"): its list items name releases
MODELS_HEADING = re.compile(
    r"^(?:our |available |released |pre-?trained |open-?source[ds]? )?"
    r"(?:models?(?: list| zoo| family| checkpoints)?|checkpoints)$",
    re.IGNORECASE,
)
# "- **`default` or `vit_h`: [ViT-H SAM model.](https://example.com/sam_vit_h.pth)**": a model type, its link
CODE_ITEM = re.compile(
    r"^[ \t]*[-*+][ \t]+\**`[^`\n]+`(?: or `[^`\n]+`)*\**:[ \t]*\**"
    r"\[(?P<text>[^\]\n]{2,60})\]\((?P<target>[^)\s]+)\)",
    re.MULTILINE,
)
# "* [MusicGen](./docs/MUSICGEN.md): A text-to-music model." or "- **Acme**: ..."
SECTION_ITEM = re.compile(
    r"^[ \t]*[-*+][ \t]+(?:\[(?P<linked>[A-Z][\w.\- ]{1,40}?)\]\((?P<target>[^)\s]+)\)"
    r"|\*\*(?P<bold>[A-Z][\w.\- ]{1,40}?)\*\*)[ \t]*(?::|[-–—][ \t])",
    re.MULTILINE,
)


def models_sections(text: str) -> list[tuple[int, int]]:
    """(start, end) of each section whose heading is a Models heading."""
    heads = list(HEADING.finditer(text))
    out = []
    for n, h in enumerate(heads):
        title = re.sub(r"<[^>]+>|[*_`]|[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]", "", h.group(2)).strip()
        if MODELS_HEADING.match(title):
            level = len(h.group(1))
            end = next((x.start() for x in heads[n + 1 :] if len(x.group(1)) <= level), len(text))
            out.append((h.end(), end))
    return out


def section_items(text: str) -> list[re.Match]:
    """The list items of a README's Models sections that open with a linked or bold name."""
    return [m for start, end in models_sections(text) for m in SECTION_ITEM.finditer(text, start, end)]


def models_section_releases(file: str, text: str) -> list[Release]:
    """Releases a Models section lists by linked names ("* [MusicGen](./docs/MUSICGEN.md): A
    text-to-music model"): names of at most four words, a digit or not (the heading says they are
    models)."""
    found = []
    for start, end in models_sections(text):
        for m in CODE_ITEM.finditer(text, start, end):
            name = re.sub(r"\s+model\.?$", "", m.group("text").strip(" *"), flags=re.IGNORECASE)
            if len(name) >= 2 and len(name.split()) <= 4:
                at = m.start("text")
                found.append(
                    Release(name, FactEvidence(m.group("text"), file, at, at + len(m.group("text"))))
                )
    for m in section_items(text):
        if not m.group("linked"):  # "- **Note**: more soon.": a bold word alone is no name
            continue
        group = "linked"
        name = m.group(group).strip()
        if len(name.split()) <= 4 and not NOT_A_MODEL_WORDS.search(name):
            found.append(Release(name, FactEvidence(name, file, m.start(group), m.start(group) + len(name))))
    return found


# "Pretrained models are uploaded to [Hugging Face](...): `acme-130m`, `acme-1.4b`, trained on 300B
# tokens, as well as `acme-2.8b-web` (trained on 600B tokens)": hub names as code spans in a paragraph
CODE_NAME = re.compile(r"`(?P<name>[A-Za-z][\w.\-]{1,60}?\d[\w.\-]*)`")
TRAINED_TOKENS = re.compile(
    r"\btrained\s+(?:only\s+)?(?:on|for)\s+(?P<count>\d+(?:\.\d+)?\s*[BT])\s+tokens\b", re.I
)
CODE_NAME_LEAD = re.compile(r"\b(?:models?|checkpoints?)\b", re.IGNORECASE)
LAYOUT_MARKS = ("|", "```", "<", "-", "*", "#", ">")


def code_span_releases(file: str, text: str) -> list[Release]:
    """Releases a Models section names as a run of code spans in one paragraph of prose that speaks
    of models (at least two names, each with a digit: "`acme-130m`"); each takes the first "trained
    on N tokens" after it in the paragraph."""
    found = []
    for start, end in models_sections(text):
        for para in re.finditer(r"(?:[^\n]+\n?)+", text[start:end]):
            body, at = para.group(), start + para.start()
            if body.lstrip().startswith(("|", "```", "<", "-", "*", "#", ">")) or not CODE_NAME_LEAD.search(
                body
            ):
                continue
            names = [
                m
                for m in CODE_NAME.finditer(body)
                if "/" not in m.group("name") and "_" not in m.group("name")
            ]
            if len(names) < 2:
                continue
            for m in names:
                name = m.group("name")
                release = Release(name, FactEvidence(m.group(0), file, at + m.start(), at + m.end()))
                tokens = TRAINED_TOKENS.search(body, m.end())
                if tokens:
                    count = tokens.group("count").replace(" ", "").upper()
                    ev = FactEvidence(tokens.group(0), file, at + tokens.start(), at + tokens.end())
                    release.set("training_tokens", count, ev)
                found.append(release)
    return found


NOT_A_MODEL_WORDS = re.compile(
    r"\b(paper|report|blog|demo|dataset|code|docs?|tutorial|license)\b", re.IGNORECASE
)


def linked_model_docs(text: str) -> list[str]:
    """The local Markdown files a Models section's items link ("./docs/MUSICGEN.md"): the pages
    that list each model's checkpoints."""
    out = []
    for m in section_items(text):
        target = (m.group("target") or "").split("#")[0]
        if target.lower().endswith(".md") and not re.match(r"^[a-z]+://", target):
            out.append(target)
    for start, end in models_sections(text):  # "### 1. 📖 [Acme-ASR](docs/acme-asr.md) - Speech Recognition"
        for m in HEADING_DOC.finditer(text, start, end):
            target = m.group("target").split("#")[0]
            if target.lower().endswith(".md") and not re.match(r"^[a-z]+://", target) and target not in out:
                out.append(target)
    for m in ZOO_LINK.finditer(text):  # "Models are available in [Model Zoo](docs/MODEL_ZOO.md)"
        target = m.group("target").split("#")[0]
        blob = re.match(r"^https?://github\.com/[^/]+/[^/]+/blob/[^/]+/(.+)$", target)
        target = blob.group(1) if blob else target
        if target.lower().endswith(".md") and not re.match(r"^[a-z]+://", target) and target not in out:
            out.append(target)
    return out


# a heading inside a Models section that links a model's own page: "### 1. 📖 [Acme-ASR](docs/acme-asr.md)"
HEADING_DOC = re.compile(
    r"^#{2,6}[ \t]+[^\[\n]{0,12}\[(?P<text>[A-Z][^\]\n]{1,40})\]\((?P<target>[^)\s]+)\)", re.MULTILINE
)


# a link whose text calls its page the model zoo (or the list of models)
ZOO_LINK = re.compile(
    r"\[(?:our |the )?(?:model[ _-]?zoo|models? list|list of models|pre-?trained models"
    r"|models?(?:[ _-]?zoo)?\.md)\]"  # "[MODELS.md](MODELS.md)": the page by its file name
    r"\((?P<target>[^)\s]+)\)",
    re.IGNORECASE,
)


# "### Release date\nSeptember 2022 (original series), December 2022 (`large-v2`), ..."
RELEASE_DATE_LABEL = re.compile(
    r"^(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*)?(?:model )?release dates?(?:\*\*)?:?(?:\*\*)?"
    r"[ \t]*(?P<rest>.*)$",
    re.IGNORECASE | re.MULTILINE,
)
DATED_LABEL = re.compile(
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.? (?:\d{1,2},? )?)?\d{4}(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?)"
    r"\s*\((?P<label>[^()\n]{1,40})\)"
)
ORIGINAL = re.compile(r"^(?:the )?(?:original|first|initial)(?: (?:series|release|models?|version))?$", re.I)


def release_date_entries(file: str, text: str) -> list[tuple[str, str | None, FactEvidence]]:
    """(date, name or None for the original series, evidence) of a "Release date" field that dates
    several versions: "September 2022 (original series), December 2022 (`large-v2`)"."""
    from analyzer.scan.datelines import parse_news_date

    out = []
    for m in RELEASE_DATE_LABEL.finditer(text):
        rest, start = m.group("rest"), m.start("rest")
        if not rest.strip():  # the field's value on the next non-empty line
            nxt = re.compile(r"\n[ \t]*\n?[ \t]*(?P<line>[^\n#][^\n]*)").match(text, m.end())
            if not nxt:
                continue
            rest, start = nxt.group("line"), nxt.start("line")
        entries = list(DATED_LABEL.finditer(rest))
        if len(entries) < 2:
            continue
        for e in entries:
            date = parse_news_date(e.group("date"))
            label = e.group("label").strip()
            code = re.fullmatch(r"`([^`]+)`", label)
            name = code.group(1) if code else (None if ORIGINAL.match(label) else "")
            if date and name != "":
                ev = FactEvidence(e.group(0), file, start + e.start(), start + e.end())
                out.append((date, name, ev))
    return out
