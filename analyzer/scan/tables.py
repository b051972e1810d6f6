"""Model tables in a README: a Model column down (facts in Params / Context / Release / Tokens /
License / Base columns), models across with facts down, sizes down with releases across, and a
suite's one table of sizes. Evaluation tables name rivals, not releases.
"""

from __future__ import annotations

import re
from typing import Any

from analyzer.scan.card import parse_size
from analyzer.scan.datelines import DATE, parse_news_date
from analyzer.scan.mentions import (
    DOWNLOAD,
    EVAL_SECTION,
    HEADING,
    LINK,
    LINK_ROW,
    Release,
    _date,
    clean_name,
    fold,
)
from analyzer.scan.results import FactEvidence
from analyzer.scan.variants import sizes_in

COLUMNS = {  # header words -> fact field (first match wins; "total" params beat "activated")
    "base_model": re.compile(
        r"base[ _-]?model|^base$|fine-?tuned from|initiali[sz]ed from|^(?:base )?llm$"
        # "| Model | Backbone | Link |" over "| Acme-7B | Llama2 | ... |": the model it was trained from
        r"|^backbone(?: model)?$"
        r"|基础模型|基座模型|底座模型|^底座$|^基座$",
        re.IGNORECASE,
    ),
    "parameters": re.compile(
        r"total.*param|^#?\s*params?$|param|^size$|model size|^size\s*[(（](?:[MB]|million|billion)[)）]$"
        r"|总参数|(?<!激活)参数(?:量|规模)?|模型(?:大小|规模)",  # Chinese: 参数量, 模型大小 (not 激活参数)
        re.IGNORECASE,
    ),
    "context_length": re.compile(
        r"context|seq(uence)?[ _.]*len|max(imum)?[ _]len|window|^(max(imum)? )?len(gth)?$"
        r"|上下文|最大长度|序列长度|窗口",
        re.IGNORECASE,
    ),
    "release_date": re.compile(r"release|date|发布|日期", re.IGNORECASE),
    "training_tokens": re.compile(r"tokens|training data|训练数据|训练(?:词元|token)", re.IGNORECASE),
    "license": re.compile(
        r"^(model |weights? )?licen[cs]es?$|^(?:模型)?(?:许可证?|许可协议|协议)$", re.IGNORECASE
    ),
}
MODEL_HEADER = re.compile(  # "HF Checkpoint", "🤗 Model": a hub's name before the column's
    r"^(?:(?:hf|hugging ?face|🤗)\s*)?"
    r"(model|models|model name|name|checkpoints?|model id|模型|模型名称|名称|模型版本)$",
    re.IGNORECASE,
)
COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*([KkM])\b|(\d{1,3}(?:,\d{3})+|\d{3,7})")


def _fact_columns(names: list[str], model_col: int | None) -> dict[int, str]:
    """Which column holds which fact field, from the header names (the model column aside;
    each field once, the first matching column wins)."""
    columns: dict[int, str] = {}
    for n, c in enumerate(names):
        for fact, pattern in COLUMNS.items():
            if n != model_col and pattern.search(c) and fact not in columns.values():
                columns[n] = fact
                break
    return columns


BARE_SIZE = re.compile(r"^(?:\d+(?:\.\d+)?\s?[BMT]|\d+x\d+(?:\.\d+)?B)$")


def _bare_size_column(
    lines: list[str], i: int, j: int, model_col: int, columns: dict[int, str]
) -> int | None:
    """The one column no header word names whose every cell is a bare size ("8x7B", "7B"): the sizes
    of the releases down the model column, whatever its header calls them ("Setting")."""
    rows = [[re.sub(r"[*_`]", "", c).strip() for _, c in _cells(lines[k])] for k in range(i + 2, j)]
    width = min((len(r) for r in rows), default=0)
    found = [
        n
        for n in range(width)
        if n != model_col
        and n not in columns
        and all(r[n] for r in rows)
        and all(BARE_SIZE.match(r[n]) for r in rows)
    ]
    return found[0] if len(found) == 1 else None


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


HEADER_UNIT = re.compile(r"[(（]\s*(?:in\s+)?(M|B|million|billion)\s*[)）]\s*$", re.IGNORECASE)


HEADER_UNIT_WITHIN = re.compile(r"[(（]\s*(?:in\s+)?(M|B|million|billion)\s*[)）]", re.IGNORECASE)
PARTS = re.compile(r"[*\s]*\d+(?:\.\d+)?(?:\s*\+\s*\d+(?:\.\d+)?)+[*\s]*")


def _with_unit(cell: str, header: str) -> str:
    """'| Size (M) |' over '| 38.9 |': a bare number takes the unit its header gives (38.9M). The unit may be
    followed by what the column adds up ('| # Params (M) <BR> (img + txt) |' over '| 11.4 + 42.4 |': the
    model's parts, 53.8M in all)."""
    unit = HEADER_UNIT.search(header) or HEADER_UNIT_WITHIN.search(header)
    if unit and PARTS.fullmatch(cell):
        total = sum(float(x) for x in re.findall(r"\d+(?:\.\d+)?", cell))
        return f"{round(total, 4):g}" + unit.group(1)[0].upper()
    if unit and re.fullmatch(r"[*\s]*\d+(?:\.\d+)?[*\s]*", cell):
        return cell.strip(" *") + unit.group(1)[0].upper()
    return cell


RELEASED_ON = re.compile(rf"\breleased\s+(?:on\s+|in\s+)?(?P<date>{DATE})", re.IGNORECASE)


def _intro_date(lines: list[str], offsets: list[int], file: str, i: int) -> tuple[str, FactEvidence] | None:
    """'The table below shows the checkpoints released on September 29, 2024.': the sentence that
    introduces a table (within its last three lines before it, under the same heading) dates its rows."""
    seen = 0
    for k in range(i - 1, -1, -1):
        if HEADING.match(lines[k]) or lines[k].lstrip().startswith("|") or seen >= 3:
            return None
        if not lines[k].strip():
            continue
        seen += 1
        m = RELEASED_ON.search(lines[k])
        date = parse_news_date(m.group("date")) if m else None
        if date:
            start = offsets[k] + m.start()
            return date, FactEvidence(m.group(0), file, start, start + len(m.group(0)))
    return None


def _zh_units(text: str) -> str:
    """'70亿' -> '7B', '2.6万亿' -> '2.6T' (亿 is 100 million, 万亿 a trillion)."""
    text = re.sub(r"(\d+(?:\.\d+)?)\s*万亿", r"\1T", text)
    return re.sub(r"(\d+(?:\.\d+)?)\s*亿", lambda m: f"{float(m.group(1)) / 10:g}B", text)


def _cell_value(column: str, cell: str) -> Any:
    text = LINK.sub(r"\1", cell).replace("*", "").strip()
    if column in ("parameters", "training_tokens"):
        text = _zh_units(text)
    if column == "parameters":
        text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)  # "1,100 M"
        # "355B-A32B": the count after "A" is the activated one, not a second size
        # "1T": a trillion-parameter model's total; "8x7B (about 13B activated)": the activated count is
        # not a second size
        text = re.sub(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?\s*[BMT]\s+(?:activated|active)\b", " ", text)
        sizes = re.findall(r"(?<![A-Za-z0-9.])(?:\d+(?:\.\d+)?\s*[BMT]\b|\d+x\d+(?:\.\d+)?B)", text)
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
    if column == "base_model" and ARCHITECTURE.match(text):
        return None  # "| Backbone |" over "| ResNet-50 |": a network's architecture, not a checkpoint
    return clean_name(text) or (text if text and text != "-" else None)


# architectures a Backbone column may name instead of the checkpoint a model was trained from
ARCHITECTURE = re.compile(
    r"^(?:res(?:net|next)|wide[ _-]?resnet|vit|deit|swin|convnext|efficientnet|mobilenet|regnet|hrnet"
    r"|(?:csp)?darknet|vgg|densenet|inception|unet|transformer|cnn|lstm|r\d+\b)",
    re.IGNORECASE,
)


MODELS_HEADING = re.compile(r"\b(?:models?|zoo|downloads?|checkpoints?|weights)\b|模型", re.IGNORECASE)


def table_releases(file: str, text: str) -> list[Release]:
    """Releases named in the Model column of model tables (not evaluation tables)."""
    lines = text.splitlines(keepends=True)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    found, heading, i = [], "", 0
    chain: list[tuple[int, str]] = []  # the headings over the line: "### Evaluation" over "#### C-Eval"
    while i < len(lines):
        h = HEADING.match(lines[i])
        if h:
            level = len(h.group(1))
            chain = [(n, t) for n, t in chain if n < level] + [(level, h.group(2))]
            # a table under an evaluation section's sub-heading ("#### C-Eval") is still an evaluation
            # table; the page's title ("# Acme: A High-Performance Model") says nothing of one table,
            # and a nearest heading that names the models ("## Model Zoo") decides alone
            inner = [t for n, t in chain if n >= 2]
            heading = inner[-1] if inner and MODELS_HEADING.search(inner[-1]) else " / ".join(inner)
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
        columns = _fact_columns(names, model_col)
        j = i + 2
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        _prefer_named_parameters(lines, i, j, names, columns, model_col)
        if model_col is not None and "parameters" not in columns.values():
            sized = _bare_size_column(lines, i, j, model_col, columns)
            if sized is not None:  # "| Model Name | Type | Setting |" over "| Acme | Base | 8x7B |"
                columns[sized] = "parameters"
        if model_col is None and _names_down(lines, i, j):  # "| Size | Tokens |" over "| [Acme 1B](hub) |"
            model_col = 0
            columns = {n: f for n, f in columns.items() if n != 0}
        elif model_col is None and names and not names[0] and len(names) > 2:
            model_col = 0  # "| | **Acme 7B** | **Acme 13B** |": a blank corner over fact labels
        if model_col == 0 and not EVAL_SECTION.search(heading) and _is_transposed(lines, i, j, names):
            found.extend(_transposed(file, lines, offsets, i, j))  # "| Model Name | Acme-7B | Acme-70B |"
        elif model_col is None and (variants := _variant_columns(lines, i, j, names, columns)):
            found.extend(_variant_cells(file, lines, offsets, i, j, variants, columns, names))
        elif model_col is None and "parameters" in columns.values() and not EVAL_SECTION.search(heading):
            found.extend(_named_columns(file, lines, offsets, i, j, columns))  # "| Size | Acme-Base |"
        elif model_col is not None and not EVAL_SECTION.search(heading):
            family = _one_family(lines, i, j, model_col)
            intro = _intro_date(lines, offsets, file, i)
            base = _base_after(lines, offsets, file, j)
            for k in range(i + 2, j):
                for release in _table_row(file, lines[k], offsets[k], model_col, columns, family, names):
                    release.table = i
                    if intro and "release_date" not in release.values:
                        release.set("release_date", *intro)
                    if base and "base_model" not in release.values:
                        release.set("base_model", *base)
                    found.append(release)
        i = j
    return found


def _prefer_named_parameters(
    lines: list[str], i: int, j: int, names: list[str], columns: dict[int, str], model_col: int | None
) -> None:
    """'| Size | Parameters |' over '| tiny | 39 M |': when the Size column holds words, not counts,
    the column that says parameters holds them."""
    said = next(
        (n for n, c in enumerate(names) if n != model_col and re.search(r"param", c, re.IGNORECASE)), None
    )
    taken = next((n for n, f in columns.items() if f == "parameters"), None)
    if said is None or taken is None or said == taken:
        return
    cells = [_cells(lines[k]) for k in range(i + 2, j)]
    if any(taken < len(row) and re.search(r"\d", row[taken][1]) for row in cells):
        return  # "| Size | ... | Parameters |" over "| 3B | ... | 2,795,443,200 |": the sizes stay
    del columns[taken]
    columns[said] = "parameters"


VARIANT_HEADER = re.compile(r"\bmodels?$", re.IGNORECASE)
CODE_CELL = re.compile(r"^`(?P<name>[A-Za-z][\w.\-]{1,40})`$")


def _variant_columns(
    lines: list[str], i: int, j: int, names: list[str], columns: dict[int, str]
) -> list[int]:
    """'| Size | Parameters | English-only model | Multilingual model |' over '| tiny | 39 M |
    `tiny.en` | `tiny` |': the columns whose header ends in "model" and whose cells are model
    names in code spans (or N/A), one release per cell."""
    out = []
    for n, c in enumerate(names):
        if n in columns or not VARIANT_HEADER.search(c):
            continue
        cells = [_cells(lines[k])[n][1] for k in range(i + 2, j) if n < len(_cells(lines[k]))]
        coded = [c for c in cells if CODE_CELL.match(c)]
        if len(coded) >= 2 and all(
            CODE_CELL.match(c) or not re.search(r"[A-Za-z]{3}", c) or c == "N/A" for c in cells
        ):
            out.append(n)
    return out


def _variant_cells(
    file: str,
    lines: list[str],
    offsets: list[int],
    i: int,
    j: int,
    variants: list[int],
    columns: dict[int, str],
    header: list[str],
) -> list[Release]:
    found = []
    for k in range(i + 2, j):
        cells = _cells(lines[k])
        for n in variants:
            m = CODE_CELL.match(cells[n][1]) if n < len(cells) else None
            if not m:
                continue
            start = offsets[k] + cells[n][0] + 1
            release = Release(
                m.group("name"), FactEvidence(m.group("name"), file, start, start + len(m.group("name")))
            )
            release.table = i
            for c, fact in columns.items():
                if c < len(cells) and cells[c][1]:
                    at, cell = cells[c]
                    ev = FactEvidence(cell, file, offsets[k] + at, offsets[k] + at + len(cell))
                    value = _cell_value(fact, _with_unit(cell, header[c]) if fact == "parameters" else cell)
                    release.set(fact, value, ev)
                    release.from_table.add(fact)
            found.append(release)
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


BASE_AFTER = re.compile(
    r"^[ \t]*(?:\*\*)?base (?:model|llm)s?(?:\*\*)?\s*:(?:\*\*)?\s*"
    r"(?P<name>[A-Za-z][\w.\- ]{1,40}?)\s*(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)


def _base_after(lines: list[str], offsets: list[int], file: str, j: int) -> tuple[str, FactEvidence] | None:
    """ "Base model: Acme v1.5." on the line under a table: the base of the table's rows."""
    k = j
    while k < len(lines) and not lines[k].strip():
        k += 1
    m = BASE_AFTER.match(lines[k]) if k < len(lines) and k - j <= 1 else None
    if not m:
        return None
    start = offsets[k] + m.start("name")
    return m.group("name"), FactEvidence(m.group("name"), file, start, start + len(m.group("name")))


def _table_row(
    file: str,
    line: str,
    offset: int,
    model_col: int,
    columns: dict[int, str],
    family: bool = False,
    header: list[str] | None = None,
) -> list[Release]:
    cells = _cells(line)
    if model_col >= len(cells) or "soon" in line.lower():
        return []
    at, raw = cells[model_col]
    name = clean_name(raw)
    if name is None and "/" in LINK.sub(r"\1", raw) and (linked := HUB_URL.search(raw)):
        # "| [acme/acme-v1.6-7b](https://huggingface.co/acme/acme-v1.6-7b) |": the hub's model name
        name = clean_name(linked.group("model"))
    # "| Dialogue Model | Llama2 | AcmeGPT | [HF](https://huggingface.co/acme/AcmeGPT-7b) |": a one-word
    # name is the row's model when the row's hub link names it
    word = ONE_WORD.fullmatch(LINK.sub(r"\1", raw).strip(" *`")) if name is None else None
    if word and any(fold(h.group("model")).startswith(fold(word.group(0))) for h in HUB_URL.finditer(line)):
        name = word.group(0)
    if name is None or not (columns or family or DOWNLOAD.search(line)):
        return []
    hub = HUB_URL.search(line)  # "| T2V-14B | [🤗](https://huggingface.co/acme/Acme2.1-T2V-14B) |"
    if (
        hub
        and len(fold(hub.group("model"))) > len(fold(name))
        and fold(hub.group("model")).endswith(fold(name))
    ):
        name = hub.group("model")  # the hub's full name of the row
    elif (
        (linked := HUB_URL.search(raw))
        and "(" in (shown := LINK.sub(r"\1", raw))
        and fold(shown) == fold(linked.group("model"))
    ):
        name = linked.group("model")  # "| [Acme-B (LT)](.../Acme-B-LT) |": the qualifier is part of the name
    release = Release(name, FactEvidence(raw, file, offset + at, offset + at + len(raw)))
    for n, fact in columns.items():
        if n < len(cells) and cells[n][1]:
            at, cell = cells[n]
            ev = FactEvidence(cell, file, offset + at, offset + at + len(cell))
            if fact == "parameters" and header and n < len(header):
                cell = _with_unit(cell, header[n])
            release.set(fact, _cell_value(fact, cell), ev)
            release.from_table.add(fact)
    hubs = {h.group("model"): h for h in HUB_URL.finditer(line)}
    if "parameters" not in release.values and not sizes_in(name) and len(hubs) == 1:
        # "| **Acme-VL** | ... | [🤗acme-vl](https://huggingface.co/acme/acme-vl-7b) |": the row's
        # one hub model names the size its Model cell leaves out
        (hub,) = hubs.values()
        if len(sizes := sizes_in(hub.group("model"))) == 1:
            ev = FactEvidence(hub.group(0), file, offset + hub.start(), offset + hub.end())
            release.set("parameters", (parse_size(sizes[0]),), ev)
    return [release]


ONE_WORD = re.compile(r"[A-Za-z][a-z]*[A-Z][A-Za-z0-9]*[A-Za-z0-9]")  # "OceanGPT", "OneKE": a model's word
HTML_TABLE = re.compile(r"<table\b[^>]*>(?P<body>.*?)</table>", re.IGNORECASE | re.DOTALL)
HTML_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)</tr>", re.IGNORECASE | re.DOTALL)
HTML_CELL = re.compile(r"<(?P<tag>t[hd])\b[^>]*>(?P<cell>.*?)</(?P=tag)>", re.IGNORECASE | re.DOTALL)


def _html_text(cell: str) -> str:
    """A cell's text: line breaks as spaces, tags dropped, entities of spaces undone."""
    text = re.sub(r"<br\s*/?>", " ", cell, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.split())


def _heading_chain(text: str, at: int) -> str:
    """The headings over an offset as table_releases reads them: under "## Performance", a table below
    "### Acme-Bench" is still an evaluation table; a nearest heading naming the models decides alone."""
    chain: list[tuple[int, str]] = []
    for h in HEADING.finditer(text, 0, at):
        level = len(h.group(1))
        chain = [(n, t) for n, t in chain if n < level] + [(level, h.group(2))]
    inner = [t for n, t in chain if n >= 2]
    return inner[-1] if inner and MODELS_HEADING.search(inner[-1]) else " / ".join(inner)


def _html_transposed(names: list[str], rows: list) -> bool:
    """Models across, facts down: most header cells after the first are sized model names and no later
    row's first cell is one ("| Model Name | Acme-3B | Acme-7B |" over "| Resolution | ... |")."""
    sized = [c for c in names[1:] if (n := clean_name(c)) and re.search(r"\d(?:\.\d+)?[BM]\b", n)]
    if len(sized) < 2 or 2 * len(sized) <= len(names) - 1:
        return False
    firsts = [_html_text(cells[0][1]) for cells in rows[1:] if cells]
    return not any((n := clean_name(c)) and re.search(r"\d(?:\.\d+)?[BM]\b", n) for c in firsts)


def html_table_releases(file: str, text: str) -> list[Release]:
    """Releases an HTML `<table>` names in a Model / Name column, with its fact columns (a README
    that writes its checkpoint table in HTML), outside evaluation sections."""
    found = []
    for t in HTML_TABLE.finditer(text):
        if EVAL_SECTION.search(_heading_chain(text, t.start())):
            continue
        rows = []
        for r in HTML_ROW.finditer(text, t.start("body"), t.end("body")):
            cells = [
                (c.start("cell"), c.group("cell"))
                for c in HTML_CELL.finditer(text, r.start("row"), r.end("row"))
            ]
            if cells:
                rows.append(cells)
        if len(rows) < 2:
            continue
        names = [_html_text(c) for _, c in rows[0]]
        model_col = next((n for n, c in enumerate(names) if MODEL_HEADER.match(c)), None)
        if model_col is None:
            continue
        if model_col == 0 and _html_transposed(names, rows):
            # '<th>Model Name</th><th>Acme-Base-3B</th><th>Acme-Plus-3B</th>' over '<td>Resolution</td>...':
            # one column per model, the header names them (facts across colspans are not read)
            for at, raw in rows[0][1:]:
                if name := clean_name(_html_text(raw)):
                    found.append(Release(name, FactEvidence(raw, file, at, at + len(raw))))
            continue
        columns = _fact_columns(names, model_col)
        for cells in rows[1:]:
            if model_col >= len(cells):
                continue
            at, raw = cells[model_col]
            name = clean_name(_html_text(raw))
            if not name:
                continue
            release = Release(name, FactEvidence(raw, file, at, at + len(raw)))
            for n, fact in columns.items():
                if n < len(cells) and _html_text(cells[n][1]):
                    cat, cell = cells[n]
                    value = _cell_value(
                        fact,
                        _with_unit(_html_text(cell), names[n]) if fact == "parameters" else _html_text(cell),
                    )
                    release.set(fact, value, FactEvidence(cell, file, cat, cat + len(cell)))
                    release.from_table.add(fact)
            found.append(release)
    return found
