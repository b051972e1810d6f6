"""Releases a README names by linking their hub pages: lists and tables of downloads ("- [Acme-7B](
https://huggingface.co/acme/Acme-7B)"), lists of bare hub ids ("1. `acme/acme-3b-base-2k`"), and
the ids its download commands fetch ("snapshot_download('acme/Acme-7B')", "torch.hub.load('acme/
acme', 'acme_vits14')").
Only the organization the README links most counts (its own models, not the bases and rivals it
mentions), and a section about others' work (third-party, community) names none.
"""

from __future__ import annotations

import re

from analyzer.scan.license_names import key_of_identifier
from analyzer.scan.mentions import (
    CHECKPOINT,
    FORMATS,
    HEADING,
    LICENSE_NAME,
    NAME_SHAPE,
    NOT_RELEASED,
    OTHERS_SECTION,
    Release,
    clean_name,
    fold,
    is_format,
    role_text,
)
from analyzer.scan.results import FactEvidence
from analyzer.scan.tables import SIZED
from analyzer.scan.use_notes import is_use_note


def hub_name(model: str) -> str | None:
    """A hub repository's name as a release name ("granite-3b-code-base-2k"): words such as
    "code" or "demo" are part of it, but it must still look like a model's name."""
    if len(model) > 60 or not NAME_SHAPE.match(model) or not re.search(r"\d", model):
        return None
    if fold(model) in FORMATS or CHECKPOINT.search(model):
        return None
    return model


HUB_LINK = re.compile(
    r"\[(?P<text>[^\]\[]+)\]\((?P<url>https?://(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn/models)"
    r"/(?P<org>(?!(?:datasets|spaces|docs|blog|papers|collections)/)[\w.-]+)/(?P<model>[\w.-]+))[^)]*\)"
)  # a data set, a demo space, a paper page or a collection page ("hf.co/collections/acme/...") names no model
# '<a href="https://huggingface.co/acme/Acme-2B" target="_blank">[Acme-2B]</a>': the same link written in HTML
HTML_HUB_LINK = re.compile(
    r"<a\s+href=\"(?P<url>https?://(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn/models)"
    r"/(?P<org>(?!(?:datasets|spaces|docs|blog|papers|collections)/)[\w.-]+)/(?P<model>[\w.-]+))/?\"[^>]*>"
    r"\s*\[?(?P<text>[^<>\[\]\n]+?)\]?\s*</a>"
)
# a header bar of links ("📃 <a ...>Paper</a> • 🤗 HF Repo <a ...>[Acme-2B]</a> • 📚 Dataset ..."): its hub
# links are the README's own downloads, as a list's are
LINK_BAR = re.compile(r"^[^\n]*(?:<a\s|\]\()[^\n]*\s[•|·]\s[^\n]*(?:<a\s|\]\()", re.MULTILINE)
# a list item, a table row, or an item's indented continuation line ("    [small](https://hf.co/...),")
LIST_ITEM = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d+\.)[ \t]+|\|)|^(?: {2,}|\t)\[", re.MULTILINE)


# a list item that is only a hub id in a code span, or one a clause says is a model ("`o/acme-1b`, an English
# model with ~1B parameters")
HUB_ID_ITEM = re.compile(
    r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+`(?P<id>(?P<org>[A-Za-z0-9][\w.-]*)/(?P<model>[A-Za-z0-9][\w.-]*))`"
    r"(?:[ \t]*$|[ \t]*[,:\u2013\u2014-][ \t]+(?:an?\s+|the\s+)?[^\n]*?\bmodel\b[^\n]*$)",
    re.MULTILINE,
)


# "snapshot_download('acme/Acme-7B', ...)", "huggingface-cli download acme/Acme-7B"
DOWNLOAD_CALL = re.compile(
    r"(?:(?:snapshot|hf_hub)_download\(\s*(?:repo_id\s*=\s*|model_id\s*=\s*)?"
    r"|\b(?:huggingface-cli|hf|modelscope)\s+download\s+)"
    r"['\"]?(?P<id>(?P<org>[A-Za-z0-9][\w.-]*)/(?P<model>[A-Za-z0-9][\w.-]*))"
)


# "torch.hub.load('acme/acme-models', 'acme_vits14')": the entry a README loads from its own hub repo
TORCH_HUB = re.compile(
    r"torch\.hub\.load\(\s*['\"](?P<org>[A-Za-z0-9][\w.-]*)/[\w.-]+['\"]\s*,\s*"
    r"['\"](?P<model>[A-Za-z][\w.-]*)['\"]"
)


def _heading_at(headings: list[tuple[int, str]], at: int) -> str:
    """The text of the last heading before an offset ('' before the first)."""
    return next((h for start, h in reversed(headings) if start <= at), "")


# "Download model: [Acme-v1.0](https://...)", "模型下载地址 [Acme-v1.0](...)": a line offering one model
# to download
DOWNLOAD_ITEM = re.compile(
    r"^[ \t#>*_-]*(?:download(?:\s+(?:the\s+|our\s+)?(?:model|weights|checkpoint)s?)?|模型下载(?:地址|链接)?)"
    r"[*_]*[ \t]*[:：]?[ \t]*\[(?P<text>[^\]\[\n]+)\]\((?P<url>https?://[^)\s]+)\)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def download_items(file: str, text: str, own: str | None = None) -> list[Release]:
    """The model a download line offers by a link whose text is a model's name ("Download model:
    [Acme-v1.0](https://...)"); a link text that is no model's name ("[here](...)") names none, and
    a hub page of another organization than the README's own (`own`) is a base or a tool the setup
    fetches ("Download the model: [Base-7b](https://huggingface.co/other/Base-7b)"), not a release."""
    found = []
    for m in DOWNLOAD_ITEM.finditer(text):
        hub = HUB_LINK.match(text, m.start("text") - 1)
        if hub and hub.group("org").lower() != own:
            continue
        name = hub_name(clean_name(m.group("text")) or "")
        if name and not LICENSE_NAME.search(name) and not is_format(name):
            found.append(Release(name, FactEvidence(m.group(0).strip(), file, m.start("text"), m.end())))
    return found


def list_releases(file: str, text: str) -> list[Release]:
    """Releases a list or a table of downloads names by linking their hub pages ("- [Acme-7B](
    https://huggingface.co/acme/Acme-7B)"): only links to the organization the README links most
    (its own models, not the bases and rivals it mentions)."""
    # a benchmark row's link ("| [Rival-7B](...) | 47.3 | 54.6 |") names a rival or a base: it neither
    # counts towards the README's own organization nor is a release
    links = [
        m
        for m in (*HUB_LINK.finditer(text), *HTML_HUB_LINK.finditer(text))
        if not _score_row(text, text.rfind("\n", 0, m.start()) + 1)
    ]
    links.sort(key=lambda m: m.start())
    ids = list(HUB_ID_ITEM.finditer(text))
    calls = [*DOWNLOAD_CALL.finditer(text), *TORCH_HUB.finditer(text)]
    orgs = [m.group("org").lower() for m in (*links, *ids, *calls)]
    if not orgs:
        return download_items(file, text)
    own = max(dict.fromkeys(orgs), key=orgs.count)  # a tie goes to the first named: never hash order
    found = download_items(file, text, own)
    for m in calls:  # the models the README's own download commands fetch
        if m.group("org").lower() == own and (name := hub_name(m.group("model"))):
            found.append(Release(name, FactEvidence(m.group(0), file, m.start(), m.end())))
    headings = [(h.start(), h.group(2)) for h in HEADING.finditer(text)]
    links = [m for m in links if not OTHERS_SECTION.search(_heading_at(headings, m.start()))]
    mine = [m for m in ids if m.group("org").lower() == own]
    for m in mine if len(mine) >= 2 else ():  # "1. `acme/acme-3b-base-2k`": a list of the suite's hub ids
        if name := hub_name(m.group("model")):
            found.append(Release(name, FactEvidence(m.group("id"), file, m.start("id"), m.end("id"))))
    for m in links:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("org").lower() != own:
            continue
        if not LIST_ITEM.match(text, line_start) and not (
            LINK_BAR.match(text, line_start) and hub_name(clean_name(m.group("text")) or "")
        ):  # in a header bar only a link whose text is a model's name ("[Acme-2B]", not "HF Repo")
            continue
        if LICENSE_NAME.search(m.group("text")) or LICENSE_NAME.search(m.group(0)[len(m.group("url")) :]):
            continue  # "[OpenRail-M](https://huggingface.co/acme/Acme/acme.license.txt)": a license file
        if NOT_RELEASED.search(text[line_start : m.start()]):
            continue
        if BASIS_AFTER.match(text, m.end()):
            continue  # "在[Acme-7B](...)的基础上进行了中文增量训练": trained on the basis of it, a base
        if is_format(m.group("text")):
            continue  # "[[AWQ](.../Acme-72B-Instruct-AWQ), [GPTQ-Int4](...)]": a quantised copy of a release
        # "[🤗 Hugging Face](.../Acme-7B)": the hub repository's name is the release's name
        name = clean_name(m.group("text")) or clean_name(m.group("model"))
        if "(" in m.group("text") and fold(m.group("text")) == fold(m.group("model")):
            name = m.group("model")  # "[Acme-B (LT)](.../Acme-B-LT)": the qualifier is part of the hub's name
        if role_text(m.group("text"), m.group("model")):  # "[🤗Critic-model](.../acme2_5-critic)"
            name = hub_name(m.group("model")) or name
        elif name and not SIZED.search(name) and SIZED.search(m.group("model")):
            words = set(re.findall(r"[a-z0-9]+", name.lower()))  # "[Acme3-Base](.../Acme3-3B-Base)"
            if words <= set(re.findall(r"[a-z0-9]+", m.group("model").lower())):
                name = hub_name(m.group("model")) or name  # the hub's name carries the size
        if name:
            release = Release(name, FactEvidence(m.group(0), file, m.start(), m.end()))
            _item_license(release, file, text, m.end())
            _item_size(release, file, text, line_start, m.start(), m.end())
            found.append(release)
    return _packagings_as_one(found)


BASIS_AFTER = re.compile(r"[*`]*\s*的?基础上")
SCORE = re.compile(r"^[*_]*\d{1,3}\.\d{1,2}%?[*_]*$")


def _score_row(text: str, line_start: int) -> bool:
    """A table row whose other cells are mostly scores ("47.3", "54.6%"): an evaluation row."""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if not line.startswith("|"):
        return False
    cells = [c.strip() for c in line.strip("|").split("|")][1:]
    scores = sum(bool(SCORE.match(c)) for c in cells)
    return scores >= 2 and scores * 2 >= len(cells)


def _packaging_stem(name: str) -> str:
    """'moshika-pytorch-bf16' -> 'moshika': the name without its trailing format words."""
    words = re.split(r"[-_ ]", name)
    while len(words) > 1 and fold(words[-1]) in FORMATS:
        words.pop()
    return name[: len("-".join(words))]


def _packagings_as_one(found: list[Release]) -> list[Release]:
    """Several packagings of one model ("moshika-pytorch-bf16", "moshika-mlx-q4", ...) are one
    release, named by what they share; one quantised copy beside its model stays as listed."""
    by_stem: dict[str, list[Release]] = {}
    for release in found:
        stem = _packaging_stem(release.name)
        if stem != release.name and len(fold(stem)) >= 3:
            by_stem.setdefault(fold(stem), []).append(release)
    out, done = [], set()
    for release in found:
        stem = _packaging_stem(release.name)
        group = by_stem.get(fold(stem), [])
        if len(group) < 2 or release not in group:
            out.append(release)
        elif fold(stem) not in done:
            done.add(fold(stem))
            if not any(fold(r.name) == fold(stem) for r in found):
                out.append(Release(stem, release.evidence))
    return out


SIZE_AFTER = re.compile(
    r"[ \t]*[,:(–—-]?[ \t]*(?:an?[ \t]+|with[ \t]+)?(\d+(?:\.\d+)?)[ \t]?([BM])\b(?=[\s-]*param)"
)
ITEM_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([BM])\b(?=[\s-]*(?:param|model))")


def _item_size(release: Release, file: str, text: str, start: int, end: int, after: int) -> None:
    """ "- `acme/acme-small`: 300M model, text only - [Hub](https://hf.co/acme/acme-small)": the
    size the item states before its link (from `start` to the link's `end`), or right after it
    (`after`), is that release's."""
    m = ITEM_SIZE.search(text, start, end)
    if not m:  # "[Acme Mini](https://hf.co/acme/acme-mini-v1), an 880M parameter model."
        m = SIZE_AFTER.match(text, after)
    if m:
        ev = FactEvidence(m.group(0), file, m.start(), m.end())
        release.set("parameters", (m.group(1) + m.group(2),), ev)


ITEM_NOTE = re.compile(r"[ \t]*[(（](?P<note>[^()（）\n]{2,80})[)）][ \t]*(?:$|\n)")
# "- [Acme-7B-inst](https://hf.co/...) with instruction-finetuning (for research purpose only).": a note
# closing the item after words of its own (no other link or parenthesis between)
ITEM_END_NOTE = re.compile(r"[^\n()（）\[\]]{1,120}?[(（](?P<note>[^()（）\n]{2,80})[)）][ \t.。]*(?:$|\n)")


def _item_license(release: Release, file: str, text: str, end: int) -> None:
    """ "- [Acme-7B-mono](https://hf.co/...) (Apache-2.0)", "(*Research purposes only*)": the
    parenthesis closing a download item is that release's license, or its note on use. A note on use
    that ends the item after a description of the model ("... with instruction-finetuning (for research
    purpose only).") is the release's too; a license's name there is not read (it may be the base's)."""
    m = ITEM_NOTE.match(text, end)
    if not m:
        m = ITEM_END_NOTE.match(text, end)
        if m and is_use_note(m.group("note").strip()):
            note = m.group("note").strip()
            at = m.start("note")
            release.set("license", note, FactEvidence(note, file, at, at + len(note)))
        return
    note = m.group("note").strip()
    if LICENSE_NAME.search(note) or key_of_identifier(note.strip("*_` ")) or is_use_note(note):
        release.set("license", note, FactEvidence(note, file, m.start("note"), m.start("note") + len(note)))


# "We open-source two models: [Acme-glm-9b](https://hf.co/acme/Acme-glm-9b) and [Acme-llama-8b](...)":
# a sentence announcing models, then the list of their hub links
ANNOUNCED = re.compile(
    r"\b(?:we\s+)?(?:open[- ]?sourced?|release[ds]?|publish(?:ed)?)\s+(?:the\s+|our\s+)?"
    r"(?:(?:(?:two|three|four|five|six|\d+|following)\s+)?(?:\w+\s+)?models?\s*[:：]\s*"
    # "We have released weights on HF for the [Acme 1B Model](hub) and [Acme 7B Model](hub)"
    r"|(?:model\s+)?(?:weights|checkpoints)\s+(?:on|to|at|via)\s+(?:the\s+)?"
    r"(?:HF|Hugging\s*Face|(?:HF\s+|Hugging\s*Face\s+)?Hub)\s+for\s+(?:the\s+|our\s+)?)",
    re.IGNORECASE,
)
LINK_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+|、|和|及)\s*")
# ", trained based on [Base-A](...) and [Base-B](...), respectively": the bases in the same order
RESPECTIVE_BASES = re.compile(
    r"\s*,?\s*(?:which\s+are\s+|both\s+)?(?:(?:(?:continually\s+)?trained|fine-?tuned|built|initiali[sz]ed)\s*"
    r"(?:based\s+on|from|on\s+top\s+of|on)|based\s+on|on\s+top\s+of)\s+(?P<list>.+?),?\s+respectively\b",
    re.IGNORECASE,
)
NAMED_ITEM = re.compile(
    r"\[(?P<text>[^\]\[]+)\]\([^)\s]*[^)]*\)|`(?P<code>[^`]+)`|(?P<bare>[A-Z][\w.-]*\d[\w.-]*)"
)


def announced_releases(file: str, text: str) -> list[Release]:
    """The models a sentence announces as a list of hub links ("We open-source two models: [A](hub) and
    [B](hub)"), each a release; when the sentence goes on "trained based on [X](...) and [Y](...),
    respectively", X is A's base and Y is B's."""
    found = []
    for m in ANNOUNCED.finditer(text):
        at, links = m.end(), []
        while (link := HUB_LINK.match(text, at)) is not None:
            links.append(link)
            sep = LINK_SEPARATOR.match(text, link.end())
            if sep is None or HUB_LINK.match(text, sep.end()) is None:
                at = link.end()
                break
            at = sep.end()
        named = []
        for link in links:
            name = hub_name(clean_name(link.group("text")) or "") or hub_name(link.group("model"))
            if name and not is_format(name):
                named.append(Release(name, FactEvidence(link.group(0), file, link.start(), link.end())))
        if not named:
            continue
        line_end = text.find("\n", at)
        rest = RESPECTIVE_BASES.match(text[at : line_end if line_end >= 0 else len(text)])
        if rest:
            bases = list(NAMED_ITEM.finditer(rest.group("list")))
            if len(bases) == len(named):
                start, end = at + rest.start(), at + rest.end()
                for release, b in zip(named, bases, strict=True):
                    base = (b.group("text") or b.group("code") or b.group("bare")).strip()
                    release.set("base_model", base, FactEvidence(text[start:end], file, start, end))
        found.extend(named)
    return found
