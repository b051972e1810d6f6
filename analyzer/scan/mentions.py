"""Where a README names a release: dated news lines, rows of model tables, sections per model.

News lines ("- [2024.04.11] Released **Acme-2B-128k** ...") give names and dates; a model table
(a Markdown table with a Model column, outside an evaluation section, whose rows link to a model
hub or state facts) gives names and the facts of its Params / Context / Release / Tokens / Base
Model columns; a heading that is a sized name ("## Acme-7B") opens a section about it. Reading
these needs no language model, so a README in any language is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from analyzer.scan.card import parse_size
from analyzer.scan.datelines import dated_lines, parse_news_date, released_names
from analyzer.scan.results import FactEvidence
from analyzer.textnorm import fold_name as fold  # names compared by letters and digits

BOLD = re.compile(r"\*\*(.+?)\*\*")
LINK = re.compile(r"\[([^\]\[]+)\]\([^)]*\)")
# A model name as written in prose: letters and digits joined by hyphens, with a size in it.
PLAIN_NAME = re.compile(  # ASCII boundaries: "开源TeleChat2-115B模型" names TeleChat2-115B
    r"(?<![A-Za-z0-9_./-])(?:[A-Z]|\d+[A-Za-z])[A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*-\d+(?:\.\d+)?[BM]"
    r"(?:-[A-Za-z0-9]+(?:\.\d+)*)*(?![A-Za-z0-9_-]|\.\d)"  # "-Chat-V0.1", whole
)
NAME_SHAPE = re.compile(r"^(?:[A-Za-z]|\d+[A-Za-z])[A-Za-z0-9.]*(?:[-_ ][A-Za-z0-9.]+){0,5}$")
NOT_A_MODEL = re.compile(
    r"\b(paper|report|benchmark|platform|github|hugging ?face|modelscope|demo|blog|dataset|code|"
    r"arxiv|leaderboard|api|app|website|docs?|tutorial|cookbook|space|download|link|version|support)\b",
    re.IGNORECASE,
)
NOT_RELEASED = re.compile(  # "better than X", "a fine-tune of X", "deltas over X": a rival or a base
    r"\b(from|than|vs\.?|versus|like|over|outperforms?|surpass(es)?|beats?"
    r"|(?:fine-?tunes?|fine-?tuned|finetuned|distill\w*|deltas?|based|built|trained|compared)"
    r"\s+(?:of|on|upon|from|to|with)|(?:advanced|improved|enhanced|upgraded|stronger|better)\s+version\s+of|successor\s+(?:of|to))\s+(the\s+)?(original\s+)?[\[*`]*$",
    re.I,
)
LINK_ROW = re.compile(r"\b(link|download|weights?)\b", re.IGNORECASE)
FORMATS = {"int4", "int8", "fp8", "fp16", "bf16", "gguf", "awq", "gptq", "mlx", "onnx", "4bit", "8bit"}
CODE = re.compile(r"`([^`\n]+)`")
LICENSE_NAME = re.compile(
    r"(?i)(?<![a-z])(?:open-?rail(?:-[a-z]+)?|rail-[a-z]+|apache|cc-by(?:-[a-z]+)*|[al]?gpl|licen[cs]e)(?![a-z])"
)
HTML_NAME = re.compile(r"<(code|b|strong)>([^<\n]{1,60})</\1>")
BRACKET_VARIANT = re.compile(r"\s*\[([A-Za-z][\w.-]{0,20})\](?!\()")
CHECKPOINT = re.compile(r"intermediate[-_ ]step[-_ ]?\d", re.IGNORECASE)
SERIES = re.compile(r"^[*_`\])]*(?:\([^)]*\))?\s*(series|family|collection)\b", re.IGNORECASE)
SUFFIX_WORDS = re.compile(r"\s+(series|models?|weights|family|collection)$", re.IGNORECASE)
HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
EVAL_SECTION = re.compile(
    r"evaluat|benchmark|result|performance|comparison|leaderboard|score|评测|测评|结果|对比|榜单|性能",
    re.IGNORECASE,
)
# a section about others' work: the models it links are not this repository's releases
OTHERS_SECTION = re.compile(
    r"third[- ]party|community|ecosystem|related (?:work|project)|friends|acknowledg|第三方|社区|生态|致谢",
    re.IGNORECASE,
)
COLUMNS = {  # header words -> fact field (first match wins; "total" params beat "activated")
    "base_model": re.compile(r"base[ _-]?model|^base$|fine-?tuned from|initiali[sz]ed from", re.IGNORECASE),
    "parameters": re.compile(r"total.*param|^#?\s*params?$|param|^size$|model size", re.IGNORECASE),
    "context_length": re.compile(
        r"context|seq(uence)?[ _.]*len|max(imum)?[ _]len|window|^(max(imum)? )?len(gth)?$", re.IGNORECASE
    ),
    "release_date": re.compile(r"release|date", re.IGNORECASE),
    "training_tokens": re.compile(r"tokens|training data", re.IGNORECASE),
    "license": re.compile(r"^(model |weights? )?licen[cs]es?$", re.IGNORECASE),
}
MODEL_HEADER = re.compile(  # "HF Checkpoint", "🤗 Model": a hub's name before the column's
    r"^(?:(?:hf|hugging ?face|🤗)\s*)?"
    r"(model|models|model name|name|checkpoints?|model id|模型|模型名称|模型版本)$",
    re.IGNORECASE,
)
COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*([KkM])\b|(\d{1,3}(?:,\d{3})+|\d{3,7})")
DOWNLOAD = re.compile(  # a model's page; a demo space, the docs, a data set or a paper is none
    r"(?:huggingface\.co|hf\.co)/(?!(?:spaces|docs|datasets|blog|papers)/)|modelscope\.cn/|wisemodel\.cn/",
    re.IGNORECASE,
)
VERSION_SUFFIX = re.compile(
    r"^[-_ ](?:v?\d{1,2}(?:\.\d+)?|\d{4,8})(?![\w.])"
)  # "-2", "-v2", "-0414": another version
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass
class Release:
    """One release while it is being read: its name, where named first, its facts and evidence."""

    name: str
    evidence: FactEvidence
    files: set[str] = field(default_factory=set)  # every README naming it
    from_table: set[str] = field(default_factory=set)  # facts its own table row gives
    table: int | None = None  # which table of its README lists it
    series: bool = False  # a news line calls it a series: its table's rows share its date
    values: dict[str, Any] = field(default_factory=dict)
    facts_evidence: dict[str, FactEvidence] = field(default_factory=dict)
    dates: list[tuple[str, FactEvidence]] = field(default_factory=list)

    def set(self, name: str, value: Any, ev: FactEvidence) -> None:
        if name == "base_model" and isinstance(value, str) and fold(value) == fold(self.name):
            return  # a "Base Model" download column naming the release itself
        if value not in (None, "", ()) and name not in self.values:
            self.values[name] = value
            self.facts_evidence[name] = ev


OTHER_LANGUAGE_FILE = re.compile(r"[-_.](zh|cn|zh[-_]cn|ja|jp|ko|kr|ru|de|fr|es)(?=[-_.])", re.IGNORECASE)


def is_english(text: str, name: str = "") -> bool:
    """Prose readers work on English text: not a README_zh.md, few CJK characters among the letters."""
    if OTHER_LANGUAGE_FILE.search(name):
        return False
    letters = sum(c.isalpha() for c in text[:20000])
    return letters > 0 and len(CJK.findall(text[:20000])) < 0.3 * letters


def clean_name(raw: str) -> str | None:
    """'**[MiniCPM4.1 series](url)**' -> 'MiniCPM4.1'; None when it is not a model's name."""
    # "`Acme.1 [dev]`": a bracketed variant in a code span is part of the name, not a link
    text = LINK.sub(r"\1", BRACKET_VARIANT.sub(r" \1", raw))
    text = re.sub(r"<sup>[^<]*</sup>", "", text)  # "Acme-7B<sup>0</sup>": a footnote mark
    # markup, a qualifier in parentheses ("Acme-7B-Chat (SFT)", "(soon)"), an emoji badge ("🆕")
    text = re.sub(r"<[^>]+>|[*_`]|\([^()]*\)|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]", " ", text)
    text = text.split(":")[0]
    text = SUFFIX_WORDS.sub("", " ".join(text.split()).strip(" .,!*"))
    if not text or len(text) > 60 or not NAME_SHAPE.match(text) or NOT_A_MODEL.search(text):
        return None
    if not re.search(r"\d", text) and ("-" not in text or " " in text):
        return None  # "low-bit optimizer": words, not a name
    if fold(text) in FORMATS:  # "Int4", "GGUF": a format of a model, not a model
        return None
    if LICENSE_NAME.search(text):  # "[OpenRail-M](...)": a license, not a model
        return None
    if CHECKPOINT.search(text):  # "Acme-1B-intermediate-step-480k-1T": a training checkpoint
        return None
    return text


def hub_name(model: str) -> str | None:
    """A hub repository's name as a release name ("granite-3b-code-base-2k"): words such as
    "code" or "demo" are part of it, but it must still look like a model's name."""
    if len(model) > 60 or not NAME_SHAPE.match(model) or not re.search(r"\d", model):
        return None
    if fold(model) in FORMATS or CHECKPOINT.search(model):
        return None
    return model


_date = parse_news_date


def news_releases(file: str, text: str) -> list[Release]:
    """Releases named on dated news lines; each line's date is a release date of the names on it."""
    found: list[Release] = []
    for line in dated_lines(file, text):
        date, date_ev, rest, base = line.date, line.evidence, line.rest, line.start
        spans = [(b.start(1), b.group(1)) for b in BOLD.finditer(rest)]
        spans += [(q.start(1), q.group(1)) for q in CODE.finditer(rest)]
        spans += [(q.start(2), q.group(2)) for q in HTML_NAME.finditer(rest)]  # <code>Acme-7B</code>
        # a linked name is a release when it links to a model hub or carries a size ("[Acme-7B](...)")
        for k in LINK.finditer(rest):
            if NOT_RELEASED.search(rest[: k.start()]):
                continue
            if DOWNLOAD.search(k.group(0)):
                spans.append((k.start(1), k.group(1)))
            elif sized := PLAIN_NAME.search(k.group(1)):  # "[Acme-7B is out](blog)": the name in it
                spans.append((k.start(1) + sized.start(), sized.group()))
        spans += released_names(rest)  # "We released the Acme3 series"
        # a plain name after "from", "than", "vs" is a base or a rival, not a release
        spans += [
            (p.start(), p.group())
            for p in PLAIN_NAME.finditer(rest)
            if not NOT_RELEASED.search(rest[: p.start()])
        ]
        for offset, raw in sorted(spans):
            name = clean_name(raw)
            if name:
                start = base + offset
                ev = FactEvidence(text[start : start + len(raw)], file, start, start + len(raw))
                series = bool(SERIES.match(rest[offset + len(raw) :]))
                found.append(Release(name, ev, dates=[(date, date_ev)], series=series))
    return found


def news_dates(file: str, text: str, name: str) -> list[tuple[str, FactEvidence]]:
    """Dates of the news lines that name `name` ("snowflake-arctic" in "Snowflake Arctic: ...")."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    if not words:
        return []
    # the name itself, not the start of a longer one ("Acme" in "Acme models", not "Acme-7B")
    # ... nor a size of it ("OpenLLaMA 7B" is a release of its own)
    pattern = re.compile(r"(?<![a-z0-9])" + r"[\s_-]*".join(words) + r"(?![a-z0-9-]|\s+v?\d)")
    found = []
    for line in dated_lines(file, text):
        plain = LINK.sub(r"\1", line.rest)
        # "Acme-Pro is released, an advanced version of Acme": Acme is not what the line releases
        if any(not NOT_RELEASED.search(plain[: m.start()]) for m in pattern.finditer(plain.lower())):
            found.append((line.date, line.evidence))
    return found


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset in line, text) of each cell of a Markdown table row."""
    cells, pos = [], 0
    body = line.strip()
    lead = len(line) - len(line.lstrip())
    if body.startswith("|"):
        body, lead = body[1:], lead + 1
    if body.endswith("|"):
        body = body[:-1]
    for part in body.split("|"):
        stripped = part.strip()
        cells.append((lead + pos + (part.index(stripped) if stripped else 0), stripped))
        pos += len(part) + 1
    return cells


def _count(cell: str) -> int | None:
    m = COUNT.search(cell)
    if not m:
        return None
    if m.group(2):
        unit = {"k": 1024, "m": 1024 * 1024}[m.group(2).lower()]
        return int(float(m.group(1)) * unit)
    return int(m.group(3).replace(",", ""))


def _cell_value(column: str, cell: str) -> Any:
    text = LINK.sub(r"\1", cell).replace("*", "").strip()
    if column == "parameters":
        sizes = re.findall(r"\d+(?:\.\d+)?\s*[BM]\b|\d+x\d+(?:\.\d+)?B", text)
        return tuple(parse_size(s) for s in sizes) or None
    if column == "context_length":
        return _count(text)
    if column == "release_date":
        return _date(text)
    if column == "license":  # the cell as written: a name, or a link to the license file
        return cell.strip() if re.search(r"[A-Za-z]", cell) else None
    if column == "training_tokens":  # "2T", "800B", "4 trillion"
        text = re.sub(r"(?i)\s*\b(trillion|billion)\b", lambda w: w.group(1)[0].upper(), text)
        m = re.search(r"\d+(?:\.\d+)?\s*[TB]", text)
        return m.group().replace(" ", "") if m else None
    return clean_name(text) or (text if text and text != "-" else None)


def table_releases(file: str, text: str) -> list[Release]:
    """Releases named in the Model column of model tables (not evaluation tables)."""
    lines = text.splitlines(keepends=True)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    found, heading, i = [], "", 0
    while i < len(lines):
        h = HEADING.match(lines[i])
        if h:
            heading = h.group(2)
        if not (
            lines[i].lstrip().startswith("|")
            and i + 1 < len(lines)
            and re.match(r"^\s*\|?\s*:?-+:?\s*\|", lines[i + 1])
        ):
            i += 1
            continue
        header = [c for _, c in _cells(lines[i])]
        names = [re.sub(r"<[^>]+>|[*_`]", "", c).strip() for c in header]
        model_col = next((n for n, c in enumerate(names) if MODEL_HEADER.match(c)), None)
        columns: dict[int, str] = {}
        for n, c in enumerate(names):
            for fact, pattern in COLUMNS.items():
                if n != model_col and pattern.search(c) and fact not in columns.values():
                    columns[n] = fact
                    break
        j = i + 2
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        if model_col is None and _names_down(lines, i, j):  # "| Size | Tokens |" over "| [Acme 1B](hub) |"
            model_col = 0
            columns = {n: f for n, f in columns.items() if n != 0}
        elif model_col is None and names and not names[0] and len(names) > 2:
            model_col = 0  # "| | **Acme 7B** | **Acme 13B** |": a blank corner over fact labels
        if model_col == 0 and not EVAL_SECTION.search(heading) and _is_transposed(lines, i, j, names):
            found.extend(_transposed(file, lines, offsets, i, j))  # "| Model Name | Acme-7B | Acme-70B |"
        elif model_col is None and "parameters" in columns.values() and not EVAL_SECTION.search(heading):
            found.extend(_named_columns(file, lines, offsets, i, j, columns))  # "| Size | Acme-Base |"
        elif model_col is not None and not EVAL_SECTION.search(heading):
            family = _one_family(lines, i, j, model_col)
            for k in range(i + 2, j):
                for release in _table_row(file, lines[k], offsets[k], model_col, columns, family):
                    release.table = i
                    found.append(release)
        i = j
    return found


def _names_down(lines: list[str], i: int, j: int) -> bool:
    """A table whose first column, whatever its header, lists linked model names: most rows'
    first cell links a model hub and is a sized name ("[Acme 2 1B](https://huggingface.co/...)")."""
    rows = [_cells(lines[k])[0][1] for k in range(i + 2, j) if _cells(lines[k])]
    named = [
        c for c in rows if DOWNLOAD.search(c) and (n := clean_name(c)) and re.search(r"\d(\.\d+)?[BM]\b", n)
    ]
    return len(named) >= 2 and 2 * len(named) > len(rows)


def _is_transposed(lines: list[str], i: int, j: int, names: list[str]) -> bool:
    """Models across, facts down: the header names models and some row is a fact or a link row
    (a benchmark table names benchmarks across and models down)."""
    if not sum(bool(clean_name(c)) for c in names[1:]) * 2 > len(names) - 1:
        return False
    labels = [
        re.sub(r"<[^>]+>|[*_`]", "", c).strip() for k in range(i + 2, j) for _, c in _cells(lines[k])[:1]
    ]
    return any(p.search(label) for label in labels for p in (*COLUMNS.values(), LINK_ROW))


def _transposed(file: str, lines: list[str], offsets: list[int], i: int, j: int) -> list[Release]:
    """A table with one column per model: the header names them, each row's first cell a fact."""
    releases: dict[int, Release] = {}
    for n, (at, cell) in enumerate(_cells(lines[i])):
        name = clean_name(cell) if n else None
        if name:
            start = offsets[i] + at
            releases[n] = Release(name, FactEvidence(cell, file, start, start + len(cell)), table=i)
    for k in range(i + 2, j):
        cells = _cells(lines[k])
        label = re.sub(r"<[^>]+>|[*_`]", "", cells[0][1]).strip() if cells else ""
        fact = next((f for f, pattern in COLUMNS.items() if pattern.search(label)), None)
        for n, release in releases.items():
            if fact and n < len(cells) and cells[n][1]:
                at, cell = cells[n]
                release.set(
                    fact,
                    _cell_value(fact, cell),
                    FactEvidence(cell, file, offsets[k] + at, offsets[k] + at + len(cell)),
                )
                release.from_table.add(fact)
    return list(releases.values())


def _named_columns(
    file: str, lines: list[str], offsets: list[int], i: int, j: int, columns: dict[int, str]
) -> list[Release]:
    """Sizes down, releases across: "| Size | Acme-Base | Acme-Chat | Training Tokens |", each
    named column a release, its sizes the rows where its cell is filled (a checkpoint link), its
    other facts those rows' fact columns."""
    releases: dict[int, Release] = {}
    for n, (at, cell) in enumerate(_cells(lines[i])):
        name = clean_name(cell) if n not in columns else None
        if name and re.search(r"[A-Za-z]{2}", name):
            start = offsets[i] + at
            releases[n] = Release(name, FactEvidence(cell, file, start, start + len(cell)), table=i)
    for k in range(i + 2, j):
        cells = _cells(lines[k])
        for n, release in releases.items():
            if n >= len(cells) or not cells[n][1] or cells[n][1] == "-":
                continue
            for m, fact in columns.items():
                if m >= len(cells) or not cells[m][1]:
                    continue
                at, cell = cells[m]
                value = _cell_value(fact, cell)
                ev = FactEvidence(cell, file, offsets[k] + at, offsets[k] + at + len(cell))
                if fact == "parameters" and value:
                    value = tuple(dict.fromkeys((*release.values.pop("parameters", ()), *value)))
                    release.facts_evidence.pop("parameters", None)
                release.set(fact, value, ev)
                release.from_table.add(fact)
    return list(releases.values())


def size_column(file: str, text: str) -> tuple[tuple[str, ...], FactEvidence] | None:
    """The sizes a table lists in a Params/Size column when it has no Model column (a suite's
    one table of sizes: "| Params | n_layers | ... |"), with the column's span as evidence."""
    lines = text.splitlines(keepends=True)
    pos = 0
    for i, line in enumerate(lines):
        if (
            line.lstrip().startswith("|")
            and i + 2 < len(lines)
            and re.match(r"^\s*\|?\s*:?-+:?\s*\|", lines[i + 1])
        ):
            names = [re.sub(r"<[^>]+>|[*_`]", "", c).strip() for _, c in _cells(line)]
            col = next((n for n, c in enumerate(names) if COLUMNS["parameters"].search(c)), None)
            if col is not None and not any(MODEL_HEADER.match(c) for c in names):
                sizes, first, last, at = [], None, None, pos + len(line) + len(lines[i + 1])
                for row in lines[i + 2 :]:
                    if not row.lstrip().startswith("|"):
                        break
                    cells = _cells(row)
                    value = _cell_value("parameters", cells[col][1]) if col < len(cells) else None
                    if value:
                        sizes.extend(value)
                        first = first if first is not None else at + cells[col][0]
                        last = at + cells[col][0] + len(cells[col][1])
                    at += len(row)
                if len(sizes) >= 2:
                    return tuple(dict.fromkeys(sizes)), FactEvidence(text[first:last], file, first, last)
        pos += len(line)
    return None


HUB_URL = re.compile(
    r"(?:huggingface\.co|hf\.co)/(?!(?:spaces|docs|datasets|blog|papers|collections)/)[\w.-]+/(?P<model>[\w.-]+)"
)
SIZED = re.compile(r"(?<![A-Za-z0-9])\d+(?:\.\d+)?[BbMm](?![A-Za-z0-9])")


def _one_family(lines: list[str], i: int, j: int, model_col: int) -> bool:
    """A table whose Model column lists sized names of one family ("acme-video-13b-v0.9.7",
    "acme-video-2b-v0.9.5"): its rows are releases even without fact columns or hub links (a
    comparison with rivals names several families)."""
    names = []
    for k in range(i + 2, j):
        cells = _cells(lines[k])
        name = clean_name(cells[model_col][1]) if model_col < len(cells) else None
        if name:
            names.append(name)
    firsts = {re.match(r"[A-Za-z]*", n).group().lower() for n in names}
    return len(names) >= 2 and len(firsts) == 1 and all(SIZED.search(n) for n in names)


def _table_row(
    file: str, line: str, offset: int, model_col: int, columns: dict[int, str], family: bool = False
) -> list[Release]:
    cells = _cells(line)
    if model_col >= len(cells) or "soon" in line.lower():
        return []
    at, raw = cells[model_col]
    name = clean_name(raw)
    if name is None or not (columns or family or DOWNLOAD.search(line)):
        return []
    hub = HUB_URL.search(line)  # "| T2V-14B | [🤗](https://huggingface.co/acme/Acme2.1-T2V-14B) |"
    if (
        hub
        and len(fold(hub.group("model"))) > len(fold(name))
        and fold(hub.group("model")).endswith(fold(name))
    ):
        name = hub.group("model")  # the hub's full name of the row
    release = Release(name, FactEvidence(raw, file, offset + at, offset + at + len(raw)))
    for n, fact in columns.items():
        if n < len(cells) and cells[n][1]:
            at, cell = cells[n]
            ev = FactEvidence(cell, file, offset + at, offset + at + len(cell))
            release.set(fact, _cell_value(fact, cell), ev)
            release.from_table.add(fact)
    return [release]


def heading_releases(file: str, text: str) -> list[Release]:
    """Sections per model: a heading that is a model's name with its size ("### Acme-7B")."""
    found = []
    for m in HEADING.finditer(text):
        raw = m.group(2)
        name = clean_name(re.sub(r"^[\W\d.]*(?=[A-Za-z])", "", raw))
        if name and PLAIN_NAME.fullmatch(name):  # "Acme-7B", not a title such as "Llama 3.1 405B"
            found.append(Release(name, FactEvidence(raw, file, m.start(2), m.end(2))))
    return found


HUB_LINK = re.compile(
    r"\[(?P<text>[^\]\[]+)\]\((?P<url>https?://(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn/models)"
    r"/(?P<org>(?!(?:datasets|spaces|docs|blog|papers)/)[\w.-]+)/(?P<model>[\w.-]+))[^)]*\)"
)  # a data set, a demo space or a paper page names no model
LIST_ITEM = re.compile(r"^[ \t]*(?:(?:[-*+]|\d+\.)[ \t]+|\|)", re.MULTILINE)  # a list item or a table row


HUB_ID_ITEM = re.compile(  # a list item that is only a hub id in a code span
    r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+`(?P<id>(?P<org>[A-Za-z0-9][\w.-]*)/(?P<model>[A-Za-z0-9][\w.-]*))`[ \t]*$",
    re.MULTILINE,
)


def _heading_at(headings: list[tuple[int, str]], at: int) -> str:
    """The text of the last heading before an offset ('' before the first)."""
    return next((h for start, h in reversed(headings) if start <= at), "")


def list_releases(file: str, text: str) -> list[Release]:
    """Releases a list or a table of downloads names by linking their hub pages ("- [Acme-7B](
    https://huggingface.co/acme/Acme-7B)"): only links to the organization the README links most
    (its own models, not the bases and rivals it mentions)."""
    links = list(HUB_LINK.finditer(text))
    ids = list(HUB_ID_ITEM.finditer(text))
    orgs = [m.group("org").lower() for m in (*links, *ids)]
    if not orgs:
        return []
    own = max(set(orgs), key=orgs.count)
    found = []
    headings = [(h.start(), h.group(2)) for h in HEADING.finditer(text)]
    links = [m for m in links if not OTHERS_SECTION.search(_heading_at(headings, m.start()))]
    mine = [m for m in ids if m.group("org").lower() == own]
    for m in mine if len(mine) >= 2 else ():  # "1. `acme/acme-3b-base-2k`": a list of the suite's hub ids
        if name := hub_name(m.group("model")):
            found.append(Release(name, FactEvidence(m.group("id"), file, m.start("id"), m.end("id"))))
    for m in links:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("org").lower() != own or not LIST_ITEM.match(text, line_start):
            continue
        if LICENSE_NAME.search(m.group("text")) or LICENSE_NAME.search(m.group(0)[len(m.group("url")) :]):
            continue  # "[OpenRail-M](https://huggingface.co/acme/Acme/acme.license.txt)": a license file
        if NOT_RELEASED.search(text[line_start : m.start()]):
            continue
        # "[🤗 Hugging Face](.../Acme-7B)": the hub repository's name is the release's name
        name = clean_name(m.group("text")) or clean_name(m.group("model"))
        if name and not SIZED.search(name) and SIZED.search(m.group("model")):
            words = set(re.findall(r"[a-z0-9]+", name.lower()))  # "[Acme3-Base](.../Acme3-3B-Base)"
            if words <= set(re.findall(r"[a-z0-9]+", m.group("model").lower())):
                name = hub_name(m.group("model")) or name  # the hub's name carries the size
        if name:
            found.append(Release(name, FactEvidence(m.group(0), file, m.start(), m.end())))
    return found


def family_releases(file: str, text: str, family: str) -> list[Release]:
    """Bold names that extend the repository's own name ("**Acme-Coder-Base**" in the acme-coder
    README): its releases when it names them only in prose (quoted names are often checkpoints)."""
    key, found = fold(family), []
    for m in BOLD.finditer(text):
        name = clean_name(m.group(1))
        if name and key and fold(name).startswith(key) and fold(name) != key:
            found.append(Release(name, FactEvidence(m.group(1), file, m.start(1), m.end(1))))
    return sorted(found, key=lambda r: r.evidence.start)
