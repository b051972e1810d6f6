"""Where a README names a release: dated news lines, rows of model tables, sections per model.

News lines ("- [2024.04.11] Released **Acme-2B-128k** ...") give names and dates; a model table
(a Markdown table with a Model column, outside an evaluation section, whose rows link to a model
hub or state facts) gives names and the facts of its Params / Context / Release / Tokens / Base
Model columns; a heading that is a sized name ("## Acme-7B") opens a section about it. Reading
these needs no language model, so a README in any language is read here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

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
# Greek letters are name letters ("PixArt-α-512", "PixArt-Σ"); the first stays a Latin letter or a digit
NAME_SHAPE = re.compile(
    r"^(?:[A-Za-z]|\d+[A-Za-z])[A-Za-z0-9.\u0370-\u03ff]*(?:[-_ ][A-Za-z0-9.\u0370-\u03ff]+){0,5}$"
)
NOT_A_MODEL = re.compile(
    r"\b(paper|report|benchmark|platform|github|hugging ?face|modelscope|demo|blog|dataset|code|"
    r"arxiv|leaderboard|api|app|website|docs?|tutorial|cookbook|space|download|link|version|support)\b",
    re.IGNORECASE,
)
NOT_RELEASED = re.compile(  # "better than X", "a fine-tune of X", "deltas over X": a rival or a base
    r"\b(from|than|vs\.?|versus|like|over|outperforms?|surpass(es)?|beats?"
    r"|(?:fine-?tunes?|fine-?tuned|finetuned|distill\w*|deltas?|based|built|trained|compared)"
    r"\s+(?:of|on|upon|from|to|with)|(?:advanced|improved|enhanced|upgraded|stronger|better)\s+version\s+of|successor\s+(?:of|to)"
    # "Demo for Acme-7B available": a demo of a release, not one
    r"|(?:demos?|spaces?|playground)\s+(?:for|of))\s+(the\s+)?(original\s+)?[\[*`]*$"
    r"|(?:基于|基於)\s*[\[*`]*$",  # "开源基于Acme-13B全参数微调的版本": the model it is based on
    re.I,
)
UPCOMING = re.compile(  # what follows a name that is not released yet
    r"^[*_`\])]*(?:\([^)]*\))?\s*(?:\((?:coming soon|soon|upcoming)\)|(?:is |are |will be )?coming soon"
    r"|will be (?:released|open-?sourced|available)|(?:is |are )?(?:to be|not yet) released)",
    re.IGNORECASE,
)
LINK_ROW = re.compile(r"\b(link|download|weights?)\b", re.IGNORECASE)
FORMATS = {
    *("int4", "int8", "fp8", "fp16", "bf16", "fp32", "4bit", "8bit", "q4", "q5", "q6", "q8"),
    *("gguf", "awq", "gptq", "mlx", "onnx", "pytorch", "candle"),
}
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


@functools.lru_cache(maxsize=512)
def is_english(text: str, name: str = "") -> bool:
    """Prose readers work on English text: not a README_zh.md, few CJK characters among the letters."""
    if OTHER_LANGUAGE_FILE.search(name):
        return False
    letters = sum(c.isalpha() for c in text[:20000])
    return letters > 0 and len(CJK.findall(text[:20000])) < 0.3 * letters


def is_format(text: str) -> bool:
    """'GPTQ-Int4', 'AWQ', 'GGUF': format words only."""
    words = [fold(t) for t in re.split(r"[-_ ]+", text.strip(" *`[]")) if t]
    return bool(words) and all(w in FORMATS for w in words)


HYPHENS = {0x2010: "-", 0x2011: "-"}  # the Unicode hyphen and non-breaking hyphen


def clean_name(raw: str) -> str | None:
    """'**[MiniCPM4.1 series](url)**' -> 'MiniCPM4.1'; None when it is not a model's name."""
    # "`Acme.1 [dev]`": a bracketed variant in a code span is part of the name, not a link
    text = LINK.sub(r"\1", BRACKET_VARIANT.sub(r" \1", raw))
    text = text.translate(HYPHENS)  # "Acme‑Realtime‑0.5B" (non-breaking hyphens) is "Acme-Realtime-0.5B"
    marked = re.sub(r"<sup>[^<]*</sup>", "", text)  # "Acme-7B<sup>0</sup>": a footnote mark
    # "<sup>Acme-13B</sup>": a table that writes its cells small; the name is the superscript
    text = marked if re.sub(r"<[^>]+>|[*_`\s]", "", marked) else text
    text = re.sub(r"(?<=[A-Za-z0-9-])\*+(?=[A-Za-z0-9-])", "", text)  # "Acme-*S*-7B": emphasis inside a name
    # markup, a qualifier in parentheses ("Acme-7B-Chat (SFT)", "(soon)"), an emoji badge ("🆕")
    # ("sam2_hiera_tiny": an underscore inside a word is part of the name, not emphasis)
    text = re.sub(
        r"<[^>]+>|[*`]|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|\([^()]*\)|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]",
        " ",
        text,
    )
    text = text.split(":")[0]
    text = SUFFIX_WORDS.sub("", " ".join(text.split()).strip(" .,!*"))
    if not text or len(text) > 60 or not NAME_SHAPE.match(text) or NOT_A_MODEL.search(text):
        return None
    if not re.search(r"\d", text) and ("-" not in text or " " in text):
        return None  # "low-bit optimizer": words, not a name
    if is_format(text):  # "Int4", "GGUF", "GPTQ-Int4": a format of a model, not a model
        return None
    if LICENSE_NAME.search(text):  # "[OpenRail-M](...)": a license, not a model
        return None
    if CHECKPOINT.search(text):  # "Acme-1B-intermediate-step-480k-1T": a training checkpoint
        return None
    return text


_date = parse_news_date


HUB_MODEL = re.compile(
    r"(?:huggingface\.co|hf\.co|modelscope\.cn/models)/(?!(?:spaces|datasets|collections|papers|docs|blog)/)"
    r"[\w.-]+/(?P<model>[\w.-]+)"
)


def _describes(text: str, model: str) -> bool:
    """A link text of several words, not all of them in the hub model's name, that links a sized
    model (not a quantised copy): a description of that model, not its name."""
    words = re.findall(r"[a-z]+|\d+(?:\.\d+)?", (clean_name(text) or "").lower())
    return (
        len(text.split()) >= 3
        and bool(words)
        and any(w not in fold(model) for w in words)
        and bool(clean_name(model))
        and bool(re.search(r"\d", model))
        and not any(part in FORMATS for part in re.split(r"[-_.]", model.lower()))
    )


def role_text(text: str, model: str) -> bool:
    """A link text without a digit that reads as a name ("Critic-model") but has a word the hub
    model's name lacks, linking a model whose name has a digit: the text says what the model is,
    the hub's name names it ("[Acme-Chat](o/acme-chat-7b)" stays Acme-Chat)."""
    name = clean_name(text)
    return (
        name is not None
        and not re.search(r"\d", text)
        and bool(re.search(r"\d", model))
        and not is_format(text)
        and any(w not in fold(model) for w in re.findall(r"[a-z]+", name.lower()))
    )


def _digit_key(name: str) -> str:
    """A name folded with a decimal point kept, written as a hub writes it: "Acme2.5" and
    "acme2_5" are one name."""
    return fold(re.sub(r"(?<=\d)[._](?=\d)", "p", name))


def _hub_release_name(model: str, line: str) -> str:
    """A hub model's name as the news line writes it: "acme2_5-prover" is the line's bold
    "Acme2.5-Prover", "acme2_5-prover-critic" its "Acme2.5-Prover" plus "-critic"; else as the hub
    has it."""
    key, best = _digit_key(model), None
    for b in BOLD.finditer(line):
        written = clean_name(b.group(1))
        if not written or not key.startswith(_digit_key(written)):
            continue
        if _digit_key(written) == key:
            return written
        for cut in (i for i, c in enumerate(model) if c in "-_ "):
            if _digit_key(model[:cut]) == _digit_key(written) and (
                best is None or len(written) > len(best[0])
            ):
                best = (written, model[cut:])
    return best[0] + best[1] if best else model


OTHER_REPO = re.compile(r"https?://github\.com/[\w.-]+/(?P<repo>[\w.-]+?)(?:\.git)?(?=[/)\s*>\"'#]|$)")


def about_other_repository(rest: str, repository: str | None, title: str = "") -> bool:
    """ "Acme-3 project introduces Acme-3-8B ... Check: https://github.com/o/Acme-3": a news line about
    another repository (linked, and the subject the line opens with) names that repository's models.
    A repository named like the checkout's folder or like the README's title is this one (a
    checkout need not be named after its repository)."""
    if not repository:
        return False
    lead = fold(re.sub(r"^[^\w]+", "", LINK.sub(r"\1", rest)))
    own = fold(title)
    for m in OTHER_REPO.finditer(rest):
        repo = fold(m.group("repo"))
        if repo == fold(repository) or (own and own.startswith(repo)):
            continue
        if len(repo) >= 4 and lead.startswith(repo):
            return True
    return False


TITLE = re.compile(r"^#[ \t]+(.+)$", re.MULTILINE)


TASK_AFTER = re.compile(r"^[*`_\]]*\s+(?:generation|synthesis|estimation|tasks?)\b", re.IGNORECASE)
TASK_NAME = re.compile(r"^[a-z]+(?:-to-[a-z]+)+$")  # "text-to-music", "image-to-video": a task's name
# a news line opening "Support ... for X" ("支持X的指令微调") is about tooling for X, not its release
SUPPORT_FOR = re.compile(
    r"^\W*(?:add(?:ed|s)?\s+)?support(?:s|ed)?\b[^.;\n]*\bfor\s+(?:the\s+)?[\[*`]*$"
    r"|^\W*(?:新增|增加)?支持\s*[\[*`]*$",
    re.IGNORECASE,
)
# "which uses a 2B Acme-DiT model as the backbone and Other-2B as the text encoder": a model named as a part
# of the release (its encoder, its backbone, its tokenizer) is not released by the line
COMPONENT_AFTER = re.compile(
    r"^[*`_\])]*\s+as\s+(?:the|its|our|a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:encoder|decoder|backbone|tokenizer|vae|autoencoder|vision\s+tower|projector|reward\s+model)s?\b",
    re.IGNORECASE,
)


def news_releases(file: str, text: str, repository: str | None = None) -> list[Release]:
    """Releases named on dated news lines; each line's date is a release date of the names on it
    (not on a line about another repository, when the README's own `repository` name is given)."""
    found: list[Release] = []
    title = TITLE.search(text)
    for line in dated_lines(file, text):
        date, date_ev, rest, base = line.date, line.evidence, line.rest, line.start
        if about_other_repository(rest, repository, LINK.sub(r"\1", title.group(1)) if title else ""):
            continue
        spans = [(b.start(1), b.group(1)) for b in BOLD.finditer(rest)]
        spans += [(q.start(1), q.group(1)) for q in CODE.finditer(rest)]
        spans += [(q.start(2), q.group(2)) for q in HTML_NAME.finditer(rest)]  # <code>Acme-7B</code>
        # a linked name is a release when it links to a model hub or carries a size ("[Acme-7B](...)")
        for k in LINK.finditer(rest):
            if NOT_RELEASED.search(rest[: k.start()]):
                continue
            if DOWNLOAD.search(k.group(0)):
                hub = HUB_MODEL.search(k.group(0))
                if hub and role_text(k.group(1), hub.group("model")):
                    # "[🤗Critic-model](https://hf.co/o/acme2_5-prover-critic)": the words say what
                    # the model is for, the hub names it (after the line's own name for it)
                    spans.append((k.start(1), _hub_release_name(hub.group("model"), rest)))
                # "[Acme Mini](https://hf.co/o/acme-mini-v1)": a name without a digit is the hub's
                elif (
                    clean_name(k.group(1)) is None
                    and hub
                    and not re.search(r"\d", k.group(1))
                    and not is_format(k.group(1))  # "[AWQ](.../Acme-7B-AWQ)": a quantised copy
                    and re.search(
                        r"\d", hub.group("model")
                    )  # a model's name, not "[Other](o/Other-diffusers)"
                ):
                    spans.append((k.start(1), hub.group("model")))
                elif hub and _describes(k.group(1), hub.group("model")):
                    # "[Acme Official 2B Parameter Model](https://hf.co/o/Acme-b1-2B-4T)": the words
                    # describe the model the link names
                    spans.append((k.start(1), hub.group("model")))
                else:
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
            if name and UPCOMING.match(rest[offset + len(raw) :]):
                continue  # "Acme-70B is coming soon": announced, not released
            if name and SUPPORT_FOR.search(rest[:offset]):
                continue  # "Support instruction fine-tuning and vllm for `Acme-2`": tooling, not a release
            if name and (TASK_AFTER.match(rest[offset + len(raw) :]) or TASK_NAME.match(name)):
                continue  # "now supports simple **text-to-music** generation": a task, not a model
            if name and COMPONENT_AFTER.match(rest[offset + len(raw) :]):
                continue  # "... and Other-2B as the text encoder": a part the release uses, not a release
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
    hub = re.compile(
        r"(?:huggingface\.co|hf\.co|modelscope\.cn/models)/[\w.-]+/"
        + pattern.pattern[len(r"(?<![a-z0-9])") :]
    )
    for line in dated_lines(file, text):
        if hub.search(line.rest.lower()):  # "We release the [checkpoints](https://huggingface.co/o/Acme)"
            found.append((line.date, line.evidence))
            continue
        plain = LINK.sub(r"\1", line.rest)
        # "Acme-Pro is released, an advanced version of Acme": Acme is not what the line releases
        if any(not NOT_RELEASED.search(plain[: m.start()]) for m in pattern.finditer(plain.lower())):
            found.append((line.date, line.evidence))
    return found


VERSIONED_HEADING = re.compile(r"^(?P<stem>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) [vV](?P<version>\d+(?:\.\d+)?)$")


def heading_releases(file: str, text: str) -> list[Release]:
    """Sections per model: a heading that is a model's name with its size ("### Acme-7B"), or
    sibling sections per version of one name ("### Acme V1", "### Acme V2")."""
    found, versions = [], {}
    for m in HEADING.finditer(text):
        raw = m.group(2)
        name = clean_name(re.sub(r"^[\W\d.]*(?=[A-Za-z])", "", raw))
        if name and PLAIN_NAME.fullmatch(name):  # "Acme-7B", not a title such as "Llama 3.1 405B"
            found.append(Release(name, FactEvidence(raw, file, m.start(2), m.end(2))))
        elif v := VERSIONED_HEADING.match(raw.strip(" *_`")):
            versions.setdefault((len(m.group(1)), v.group("stem")), []).append((raw, m))
    for (_, _), heads in versions.items():
        if len({raw.strip(" *_`") for raw, _ in heads}) >= 2:
            for raw, m in heads:
                found.append(Release(raw.strip(" *_`"), FactEvidence(raw, file, m.start(2), m.end(2))))
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
