"""Several releases in one README, each with the facts its mentions and its prose give.

analyzer.scan.mentions finds where releases are named (news lines, model tables, sections);
here they are merged by name (the earliest news date wins), and the facts the card_facts cues
find in English prose go to the releases the sentence (or its section heading) names. A name
also reaches the releases it is the stem of ("MiniCPM4" reaches "MiniCPM4-8B", not the dated
"-0414" version); a fact naming no release is the family's, and reaches every release unless
releases state their own. Every value keeps its file and offsets.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from analyzer.scan.card import PARSERS, parse_size
from analyzer.scan.datelines import NEWS, dated_lines, parse_news_date
from analyzer.scan.datementions import date_mentions, named_in, stems, versions_in
from analyzer.scan.facts import shared_card_nlp
from analyzer.scan.hublinks import announced_releases, list_releases
from analyzer.scan.layouts import (
    bold_item_releases,
    checkpoint_releases,
    code_span_releases,
    listed_releases,
    models_section_releases,
    settings_facts,
)
from analyzer.scan.lineage import DERIVED, DERIVED_ZH, EXTENDED_CONTEXT, USES_AS, USES_AS_ZH
from analyzer.scan.mentions import (
    CJK,
    HEADING,
    LINK,
    NOT_RELEASED,
    PLAIN_NAME,
    Release,
    clean_name,
    family_releases,
    fold,
    heading_releases,
    is_english,
    news_dates,
    news_releases,
)
from analyzer.scan.results import FactEvidence, ReleaseFacts
from analyzer.scan.series_sizes import split_series
from analyzer.scan.tables import _count, html_table_releases, size_column, table_releases
from analyzer.scan.variants import sizes_in
from analyzer.scan.zh_facts import zh_facts

__all__ = [
    "Release",
    "clean_name",
    "fold",
    "is_english",
    "name_key",
    "named_in",
    "versions_in",
    "news_dates",
    "news_releases",
    "read_releases",
    "size_column",
    "table_releases",
    "to_facts",
]


def name_key(name: str) -> str:
    """A release's identity: its folded name, where a decimal point stays ("Acme-1.3B" is not
    "Acme-13B"), written as a hub writes it too ("acme2_5-prover" is "Acme2.5-Prover")."""
    return fold(re.sub(r"(?<=\d)[._](?=\d)", "p", name))


def _merge(found: list[Release]) -> list[Release]:
    """One release per folded name, in document order; the earliest news date wins."""
    merged: dict[str, Release] = {}
    for release in found:
        key = name_key(release.name)
        if key not in merged:
            merged[key] = release
            continue
        kept = merged[key]
        kept.dates.extend(release.dates)
        kept.series = kept.series or release.series
        kept.table = kept.table if kept.table is not None else release.table
        for name, value in release.values.items():
            kept.set(name, value, release.facts_evidence[name])
    for release in merged.values():
        if release.dates:
            date, ev = min(release.dates, key=lambda d: d[0])
            release.set("release_date", date, ev)
    for family in merged.values():  # "We release the [X] series": the rows of X's table
        if family.series and family.table is not None and "release_date" in family.values:
            for release in merged.values():
                if release.table == family.table:
                    release.set(
                        "release_date", family.values["release_date"], family.facts_evidence["release_date"]
                    )
    return list(merged.values())


PROSE_FIELDS = ("release_date", "parameters", "context_length", "training_tokens")


def _activated(span) -> bool:
    after = span.doc[span.end : span.end + 2]
    return any(t.lower_ in ("active", "activated") for t in after)


def _not_activated(spans: list) -> list:
    """The sizes that are not activated counts: "1.0B, 2.8B and 4.5B activated parameters" lists
    three activated counts; "480B total and 17B active" keeps 480B."""
    kept, activated_next = [], False
    for i in range(len(spans) - 1, -1, -1):
        span = spans[i]
        if _activated(span):
            activated_next = True
            continue
        if activated_next and i + 1 < len(spans):
            between = span.doc.text[span.end_char : spans[i + 1].start_char]
            if re.fullmatch(r"[\s,]*(?:and|or|&)?[\s,]*", between):
                continue
        activated_next = False
        kept.insert(0, span)
    return kept


TOTAL = "total_parameters"  # a key of prose_facts' answer only: the size a sentence calls the total
TOTAL_AFTER = re.compile(r"\s+total\s+param", re.I)
TOTAL_BEFORE = re.compile(
    r"\b(?:the\s+)?total\s+(?:model\s+)?(?:comprising|of|has|with|is|size(?:\s+of)?)\s+$", re.I
)


def _size_number(size: str) -> float | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([BMT])", size.strip(), re.I)
    return float(m.group(1)) * {"M": 1e6, "B": 1e9, "T": 1e12}[m.group(2).upper()] if m else None


def _rounds_to(sizes: tuple, total: str) -> bool:
    """A name's largest size is the stated total, rounded ("7B" for 6.9B: within 10%)."""
    values = [v for v in (_size_number(s) for s in sizes) if v]
    wanted = _size_number(total)
    return bool(values and wanted) and abs(max(values) - wanted) <= 0.1 * wanted


CAPACITY_BEFORE = re.compile(
    r"\b(?:up\s+to|as\s+(?:large|many)\s+as|at\s+most|scal(?:es?|ing|ed)\s+(?:up\s+)?to)\s+[*_~]*$", re.I
)


def prose_facts(file: str, text: str, releases: list[Release]) -> dict[str, tuple[Any, FactEvidence]]:
    """Give each release the facts of the sentences naming it; return the document's own facts."""
    nlp = shared_card_nlp()
    doc = nlp(text)
    general: dict[str, tuple[Any, FactEvidence]] = {}
    weak: dict[str, tuple[Any, FactEvidence]] = {}
    headings = list(HEADING.finditer(text))
    for fact, spans in nlp.get_pipe("model_card_facts").claim_each(doc):
        if fact not in PROSE_FIELDS:
            continue
        sizes = fact == "parameters"
        if sizes:  # "480B total and 17B active parameters": the activated count is not the size
            spans = _not_activated(spans)
            if not spans:
                continue
        value = (
            tuple(dict.fromkeys(parse_size(s.text) for s in spans)) if sizes else PARSERS[fact](spans[0].text)
        )
        if value in (None, "", ()):
            continue
        start, end = spans[0].start_char, spans[-1].end_char
        ev = FactEvidence(text[start:end], file, start, end)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = line_end if line_end >= 0 else len(text)
        sentence = spans[0].sent  # the sentence, within its line ("X has 4K. Y has 8K.")
        named = named_in(
            text[max(line_start, sentence.start_char) : min(line_end, sentence.end_char)], releases
        )
        if not named:  # "Acme-Math are continued pretrained from ...": the family the sentence names
            named = _family_named(
                text[max(line_start, sentence.start_char) : min(line_end, sentence.end_char)], releases
            )
        if not named and fact in ("training_tokens", "context_length"):
            # "- Dense Models: 2B and 8B parameter models, trained on 12 trillion tokens": the releases
            # of the sizes the sentence names
            named = _sized_named(
                text[max(line_start, sentence.start_char) : min(line_end, sentence.end_char)], releases
            )
        if not named and NEWS.match(text, line_start):  # a news line's facts are its one release's:
            named = named_in(text[line_start:line_end], releases)  # "We released Acme3. Sizes: 3B, 14B."
            named = named if len(named) == 1 else []
        if not named and text[line_start:line_end].rstrip(" *").endswith(":"):
            # "Under the configurations in the table below, the models can utilize their full 128K
            # context length:" over a table: the models its rows name
            named = named_in(_table_after(text, line_end), releases)
        if not named:  # a section per model: its heading names the release its prose is about
            heading = next((h for h in reversed(headings) if h.start() <= line_start), None)
            named = named_in(heading.group(2), releases) if heading else []
            named = named if len(named) == 1 else []
        if fact == "training_tokens" and _further_tokens(text, start, sentence):
            weak.setdefault(fact, (value, ev))  # "an additional 200B tokens": not the pretraining's
            continue
        if not named and sizes and CAPACITY_BEFORE.search(text[max(line_start, start - 40) : start]):
            continue  # "a framework that supports up to 7 billion parameters": a limit, no model's size
        if not named:
            if sizes and len(value) == 1 and TOTAL_BEFORE.search(text[max(line_start, start - 40) : start]):
                general.setdefault(TOTAL, (value, ev))  # "with the total model comprising 7.8 billion"
            elif sizes and len(value) == 1 and TOTAL_AFTER.match(text[end : end + 30]):
                # "1.3 billion active and 6.9 billion total parameters"
                general.setdefault(TOTAL, (value, ev))
            if fact == "parameters" and fact in general and len(general[fact][0]) >= len(value):
                continue  # "1B to 33B", then "sizes of 1B, 5.7B, 6.7B and 33B": the fuller list
            general[fact] = (value, ev) if fact == "parameters" else general.get(fact, (value, ev))
        for release in named:
            release.set(fact, value, ev)
    for fact, found in weak.items():  # the only count a README gives is still the count
        if not any(fact in r.values for r in releases):
            general.setdefault(fact, found)
    return general


ACTIVATED_LIST = re.compile(
    r"\d+(?:\.\d+)?\s?[BM](?:\s*(?:,|and|or|&)\s*\d+(?:\.\d+)?\s?[BM])*\s+(?:active|activated)\b", re.I
)
SENTENCE_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([BM])\b(?![\w-])")


def _sized_named(sentence: str, releases: list[Release]) -> list[Release]:
    """The releases of the sizes a sentence names ("2B and 8B parameter models, trained on 12 trillion
    tokens"): each size must be a word of some release's name ("acme-2b-base"), and not every release
    may carry one (then the sentence is about the whole family, and its facts are general)."""
    plain = ACTIVATED_LIST.sub(" ", LINK.sub(r"\1", sentence))  # "with 400M and 800M activated parameters"
    sizes = {(m.group(1) + m.group(2)).lower() for m in SENTENCE_SIZE.finditer(plain)}
    if not sizes:
        return []
    words = {id(r): set(re.split(r"[-_ /]+", r.name.lower())) for r in releases}
    hits = [r for r in releases if sizes & words[id(r)]]
    if not hits or len(hits) == len(releases):
        return []
    if not all(any(size in words[id(r)] for r in hits) for size in sizes):
        return []  # "a 7B model trained on 2T tokens, like Rival-13B": a size no release has
    return hits


ROLE_WORDS = {"base", "chat", "instruct", "it", "sft", "rl", "rlhf", "dpo"}


def _subfamily(key: str, other: str) -> bool:
    """A release named as a line of its own inside a family ("acmemathplus" in "acmemath"): the
    family's name and a word that is no size and no role ("-Base", "-Chat" are the family's)."""
    rest = other[len(key) :]
    return other.startswith(key) and rest.isalpha() and rest not in ROLE_WORDS


FAMILY_WORD = re.compile(r"(?<![\w.-])([A-Z][\w.-]*[A-Za-z0-9])(?![\w-])")


def _family_named(sentence: str, releases: list[Release]) -> list[Release]:
    """The releases of a family a sentence names ("Acme-Math are trained on ..."): a name that
    starts two or more release names (not all of them: that is the README's own family, whose
    facts are shared out as general ones), without those of a sub-family the README lists as a
    release of its own ("Acme-Math-Plus-7B" is Acme-Math-Plus's, not Acme-Math's)."""
    keys = {name_key(r.name) for r in releases}
    for m in FAMILY_WORD.finditer(LINK.sub(r"\1", sentence)):
        key = name_key(m.group(1))
        if len(key) < 4 or key in keys:
            continue
        subfamilies = [k for k in keys if _subfamily(key, k)]
        family = [
            r
            for r in releases
            if name_key(r.name).startswith(key)
            and not any(name_key(r.name).startswith(k) for k in subfamilies)
        ]
        if 2 <= len(family) < len(releases):  # the stem of every release is the README's own: general
            return family
    return []


def _table_after(text: str, end: int) -> str:
    """The Markdown table right under a line (blank lines between), or ''."""
    rows, pos = [], end + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        if line.lstrip().startswith("|"):
            rows.append(line)
        elif line.strip() or rows:
            break
        pos = nl + 1
    return "\n".join(rows)


FURTHER = re.compile(r"\b(additional|extra|further|more|another)\s+(\S+\s+){0,2}$", re.IGNORECASE)
TUNING = re.compile(r"fine-?tun|instruction|\bsft\b|alignment", re.IGNORECASE)
STAGE = re.compile(rf"(?P<tuning>{TUNING.pattern})|(?P<pretraining>pre-?train)", re.IGNORECASE)


def _further_tokens(text: str, start: int, sentence: Any) -> bool:
    """A token count of a later stage: "an additional 200B tokens", "fine-tuning on 2B tokens".
    The stage named last before the count is its stage ("continued pretrained ... with ~100B
    tokens and SFT with ~2M samples" counts the pretraining); a sentence naming none before it
    is read whole."""
    if FURTHER.search(text[max(0, start - 40) : start]):
        return True
    before = list(STAGE.finditer(text, sentence.start_char, start)) if sentence.start_char <= start else []
    if before:
        return before[-1].lastgroup == "tuning"
    return bool(TUNING.search(sentence.text))


CLAUSE_END = re.compile(r"[.;!?。；！？，、](?:\s|$)|[.;!?。；！？，、]|,\s+(?:while|whereas|and)\s")


THE_MODEL = re.compile(r"^\W*(?:the|our)\s+models?\s+(?:is|are|was|were|has been|have been)\b", re.I)


def _prose_bases(file: str, text: str, releases: list[Release], pattern: re.Pattern = DERIVED) -> None:
    """'X was fine-tuned from Y': Y is X's base model (the only release's, when none is named).
    X is named in the clause before ("X is derived from Y, while Z is trained on the foundation
    of X": Z's base is X, not Y), else earlier on the line. A family named as the subject
    ("AcmeMath is initialized with Y") gives Y to its releases that have no base of their own,
    after every sentence naming a release has been read."""
    deferred = []
    for m in pattern.finditer(text):
        base = m.group("base").rstrip(".,)")
        line_start = text.rfind("\n", 0, m.start()) + 1
        clause = max((c.end() for c in CLAUSE_END.finditer(text, line_start, m.start())), default=line_start)
        named = [r for r in named_in(text[clause : m.start()], releases) if fold(r.name) != fold(base)]
        if not named:
            before = named_in(text[line_start : m.start()], releases)
            named = [r for r in before if fold(r.name) != fold(base)]
        end = m.start("base") + len(base)
        if (
            not named
            and (
                THE_MODEL.search(text[clause : m.start()])
                # "Pre-trained on Acme-Base with ..., the model undergoes ...": the sentence opens
                # with the participle, its subject follows
                or (not text[clause : m.start()].strip(" *_") and THE_MODEL_AFTER.match(text, end))
            )
            and not any(name_key(r.name) == name_key(base) for r in releases)
        ):  # "The model is developed based on our previous [Acme-Text-01 model](...)": the
            # README's models, when the base is none of them
            named = _pretrained_ones(m, [r for r in releases if "base_model" not in r.values])
        if not named and not text[clause : m.start()].strip(" *_"):
            # "Built on the [Acme-9B](...) foundation model, the **Acme-V-9B** model introduces ...": the
            # sentence opens with the participle, the release it names after the comma is its subject
            after = SUBJECT_AFTER.match(text, end)
            if after:
                named = [r for r in named_in(after.group("subject"), releases) if fold(r.name) != fold(base)]
        named = named or (releases if len(releases) == 1 else [])
        ev = FactEvidence(text[m.start() : end], file, m.start(), end)
        if not named and (family := _family_subject(text[clause : m.start()], releases, base)):
            deferred.append((_pretrained_ones(m, family), base, ev))
        for release in named:
            release.set("base_model", base, ev)
    for m in BASE_FOR.finditer(text):  # "- [Acme-Coder](...): Base model for Magicoder-AC"
        target = m.group("target").lower()
        for release in releases:
            low = release.name.lower()
            if low.startswith(target) and re.match(r"$|[-_ .\d]", low[len(target) :]):
                start, end = m.start("base"), m.end("base")
                release.set("base_model", m.group("base"), FactEvidence(m.group(0), file, start, end))
    for family, base, ev in deferred:  # after the specific statements
        for release in family:
            release.set("base_model", base, ev)


SUBJECT_AFTER = re.compile(
    r"[\]`]?(?:\([^)\s]*\))?[^.;\n]*?,\s+(?:the\s+|our\s+)?"
    r"(?P<subject>(?:[^,.;\n]|\.(?=\S)){1,80}?)(?=\s+(?:models?\s+)?[a-z])"
)
THE_MODEL_AFTER = re.compile(r"[^.;\n]*?,\s+(?:the|our)\s+models?\b", re.IGNORECASE)
PRETRAINED = re.compile(r"pre-?train", re.IGNORECASE)
BASE_WORD = re.compile(r"(?<![A-Za-z])base(?![a-z])", re.IGNORECASE)


def _pretrained_ones(m: re.Match, releases: list[Release]) -> list[Release]:
    """A pretraining's start ("continued pretrained from Acme2-Base") is the base of the releases
    named as base models ("AcmeMath-Base-7B"), when there are such; the tuned ones derive from
    those (_named_bases). Any other derivation: all of them."""
    based = [r for r in releases if BASE_WORD.search(r.name)]
    return based if PRETRAINED.search(m.group(0)) and based else releases


BASE_FOR = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?\[?(?P<base>[A-Z][\w.-]*(?: [\w.-]+){0,3}?)\]?(?:\([^)\n]*\))?\s*[:：]\s*"
    r"(?:the\s+|a\s+)?base\s+(?:model|llm)s?\s+(?:for|of)\s+(?P<target>[A-Za-z][\w.-]*[A-Za-z0-9])",
    re.MULTILINE | re.IGNORECASE,
)


def _family_subject(clause: str, releases: list[Release], base: str) -> list[Release]:
    """The releases of the family a clause opens with ("AcmeMath is initialized with ..."): its
    name starts two or more release names, none of which is the base."""
    # "**AcmeLM** models are produced by ...": the family's name in markup, then "models"
    m = re.match(
        r"^\W*([A-Z][\w.-]*[A-Za-z0-9])[*_`]*\s+(?:models?\s+)?(?:is|are|was|were|has been|have been)\b",
        clause,
    )
    if not m:
        return []
    key = fold(m.group(1))
    family = [r for r in releases if fold(r.name).startswith(key) and fold(r.name) != key]
    if len(family) < 2 or any(name_key(r.name) == name_key(base) for r in family):
        return []
    # not those of a sub-family listed as a release of its own ("AcmeMath-Plus-7B" is AcmeMath-Plus's)
    subfamilies = [fold(r.name) for r in releases if _subfamily(key, fold(r.name))]
    return [
        r
        for r in family
        if "base_model" not in r.values and not any(fold(r.name).startswith(k) for k in subfamilies)
    ]


def _sized_family_news(file: str, text: str, releases: list[Release]) -> None:
    """'[Dec 29, 2023] We release Acme-2-RLHF (1.3B/7B)' dates Acme-2-1.3B-RLHF and Acme-2-7B-RLHF:
    the family named with its sizes in parentheses, the releases its sizes make."""
    by_family: dict[str, list[tuple[str, Release]]] = {}
    for release in releases:
        size = SIZE_IN_NAME.search(release.name)
        if size:
            bare = name_key(SIZE_IN_NAME.sub("", release.name))
            by_family.setdefault(bare, []).append((size.group().strip("-_ "), release))
    if not by_family:
        return
    for line in dated_lines(file, text):
        for m in SIZED_FAMILY.finditer(LINK.sub(r"\1", line.rest)):
            sizes = set(re.findall(r"\d+(?:\.\d+)?[BM]", m.group(2)))
            for size, release in by_family.get(name_key(m.group(1)), []):
                if size in sizes:
                    release.set("release_date", line.date, line.evidence)


# "**Update 2025/08/28:** Acme2 [models](collection) are released", "Acme models and Acme-DR datasets are now
# available on HuggingFace": the family's models, each named after it ("Acme2-S0", "Acme2-L-14")
FAMILY_MODELS_NEWS = re.compile(
    r"^(?P<family>[A-Z][\w.]*[A-Za-z0-9])\s+(?:\[)?models?(?:\]\([^)\s]*\))?[^.;]{0,40}?\s+"
    r"(?:are|is|were|have\s+been|has\s+been)\s+(?:now\s+)?(?:released|available|open[- ]?sourced|out)\b"
)


# "We released Acme-II models": a family's models released (plural: a family, not one model)
WE_RELEASED_FAMILY_MODELS = re.compile(
    r"\b[Ww]e\s+(?:have\s+)?(?:released|open-?sourced)\s+(?:the\s+|our\s+)?"
    r"(?P<family>[A-Z][\w.-]*[A-Za-z0-9])\s+models\b"
)
ROMAN = {"II": "2", "III": "3", "IV": "4"}


def _family_spellings(family: str) -> set[str]:
    """'Acme-II' is also written 'Acme2' (a Roman numeral after the name is its version)."""
    roman = re.fullmatch(r"(?P<stem>.*[A-Za-z])[-_ ](?P<n>II|III|IV)", family)
    return {family, roman.group("stem") + ROMAN[roman.group("n")]} if roman else {family}


def _family_models_news(file: str, text: str, releases: list[Release]) -> None:
    """A news line releasing a family's models dates every undated release named after the family
    ("Acme2-S0" by "Acme2 models are released", not "Acme-S0"); a line that says it released them
    comes before one that says they are available ("now available on the X platform": a later
    hosting of the same models)."""
    said: list[tuple[bool, str, object]] = []
    for line in dated_lines(file, text):
        rest = line.rest.strip(" *_")
        if m := FAMILY_MODELS_NEWS.match(rest):
            released = not re.search(r"\bavailable\b", m.group(0))
            said.append((released, m.group("family"), line))
        elif m := WE_RELEASED_FAMILY_MODELS.search(LINK.sub(r"\1", rest)):
            said.append((True, m.group("family"), line))
    for _, family, line in sorted(said, key=lambda s: not s[0]):  # stable: file order within each kind
        for spelling in _family_spellings(family):
            for release in releases:
                if re.match(re.escape(spelling) + r"[-_ ]", release.name, re.IGNORECASE):
                    release.set("release_date", line.date, line.evidence)


PROSE_RELEASED = re.compile(
    r"\b[Ii]n (?P<date>[A-Z][a-z]{2,8}\.? (?:\d{1,2},? )?\d{4}),? we (?:have )?"
    r"(?:released|open-?sourced|launched|introduced) (?:the |our )?(?P<rest>[^.\n]{1,80})"
)


def _prose_release_dates(file: str, text: str, releases: list[Release]) -> None:
    """'In April 2024, we released Acme V2': the release the sentence names gets its date."""
    for m in PROSE_RELEASED.finditer(text):
        date = parse_news_date(m.group("date"))
        named = named_in(m.group("rest"), releases)
        if date and named:
            ev = FactEvidence(m.group(0), file, m.start(), m.end())
            if "release_date" not in named[0].values:
                named[0].set("release_date", date, ev)


ROLE_CONTEXT = re.compile(
    r"\bthe (?P<role>pre-?trained|base|instruct(?:ion)?(?:-tuned)?|chat) models? (?:supports?|handles?|has) "
    r"[^.;\n]{0,40}?\b(?:up to|of) (?P<count>\d+(?:\.\d+)?\s?[Kk])\b",
    re.IGNORECASE,
)
ROLE_NAMES = {"base": re.compile(r"pre-?train|base", re.I), "tuned": re.compile(r"instruct|chat", re.I)}


# "Standard version supports 4K context, and long context version supports 16K and 64K context"
STANDARD_CONTEXT = re.compile(
    r"\b(?:the\s+)?standard\s+(?:versions?|models?|editions?)\s+(?:supports?|handles?|has)\s+"
    r"(?:a\s+)?(?P<count>\d+(?:\.\d+)?\s?[Kk])\s+context\b",
    re.IGNORECASE,
)


def _role_contexts(file: str, text: str, releases: list[Release]) -> None:
    """'The pre-trained model supports text sequences up to 256K, and the Instruct model supports
    up to 128K': each context reaches the releases whose names carry that role word. 'Standard
    version supports 4K context, and long context version supports 16K': the standard context
    reaches the releases whose names carry no context of their own ("-16K")."""

    # a family with long-context versions ("Acme-2-7B-16K") has standard ones: those of its releases
    # whose names carry no context
    def stem(name: str) -> str:
        return re.sub(r"[-_ ]\d+(?:\.\d+)?[BbMm](?![A-Za-z0-9]).*$", "", name).lower()

    long_families = {stem(r.name) for r in releases if _context_in_name(r.name) is not None}
    for m in STANDARD_CONTEXT.finditer(text):
        value = _count(m.group("count").replace(" ", ""))
        ev = FactEvidence(m.group(0), file, m.start(), m.end())
        for release in releases:
            if (
                "context_length" not in release.values
                and _context_in_name(release.name) is None
                and stem(release.name) in long_families
            ):
                release.set("context_length", value, ev)
    for m in ROLE_CONTEXT.finditer(text):
        role = "base" if re.match(r"pre|base", m.group("role"), re.I) else "tuned"
        value = _count(m.group("count").replace(" ", ""))
        ev = FactEvidence(m.group(0), file, m.start(), m.end())
        for release in releases:
            if ROLE_NAMES[role].search(release.name) and "context_length" not in release.values:
                release.set("context_length", value, ev)


def _without_sizes_of_listed(releases: list[Release]) -> list[Release]:
    """'Acme-Chat-7B' is the 7B size of the listed 'Acme-Chat' (3B, 7B), not a release of its own:
    its dates go to that release."""
    kept = []
    for release in releases:
        sizes = release.values.get("parameters", ())
        bare = SIZE_IN_NAME.sub("", release.name)
        family = next(
            (
                r
                for r in releases
                if r is not release
                and sizes
                and name_key(r.name) == name_key(bare)
                and set(sizes) <= set(r.values.get("parameters", ()))
            ),
            None,
        )
        if family is None:
            kept.append(release)
        elif release.dates and "release_date" not in family.values:
            family.set("release_date", *min(release.dates, key=lambda d: d[0]))
    return kept


SIZE_IN_NAME = re.compile(r"[-_ ]\d+(?:\.\d+)?[BM](?![A-Za-z0-9])")


TUNED = re.compile(r"[-_ ](?:chat|instruct|it|sft|rlhf|dpo)(?:[-_ ]?v?\d+(?:\.\d+)*)?$", re.IGNORECASE)
REINFORCED = re.compile(r"[-_ ](?:rl|rlhf|dpo|ppo|grpo)$", re.IGNORECASE)


def _named_bases(releases: list[Release]) -> None:
    """A tuned release whose base the README also lists: "Acme-7B-Instruct" beside "Acme-7B"
    (or "Acme-7B-Base"), "Acme-1B-Chat-v0.4" beside "Acme-1B". The base the names give, where
    no sentence states one; the evidence is the tuned release's name."""
    by_key = {name_key(r.name): r for r in releases}
    for release in releases:
        stem = TUNED.sub("", release.name)
        if stem == release.name or "base_model" in release.values:
            continue
        base = by_key.get(name_key(stem)) or by_key.get(name_key(stem + "-Base"))
        if base is not None and base is not release:
            release.set("base_model", base.name, release.evidence)


def _reinforced_bases(releases: list[Release]) -> None:
    """A reinforcement stage ("Acme-Prover-RL") follows the supervised one the README lists
    beside it ("Acme-Prover-SFT"), where no sentence states its base; read after the family's
    facts reached its variants, so "Acme-Prover-RL-Zero" does not take it by name."""
    by_key = {name_key(r.name): r for r in releases}
    for release in releases:
        sft = by_key.get(name_key(REINFORCED.sub("", release.name) + "-SFT"))
        if REINFORCED.search(release.name) and sft is not None and sft is not release:
            release.set("base_model", sft.name, release.evidence)


def _context_in_name(name: str) -> re.Match | None:
    """'Acme-2B-128k', 'Acme-9B-Chat-1M-HF': a K count, or an M count after a B size, is a context."""
    for m in re.finditer(r"-(\d+)([kK]|M)(?=$|[-_])", name):
        if m.group(2) in "kK" or re.search(r"\d[B](?![a-z])", name[: m.start()]):
            return m
    return None


BUDGET = r"(?:thinking|reasoning|output|generation|test-time)\s+(?:budgets?|lengths?)"


def _budget(text: str, count: str) -> bool:
    """The README calls a name's K count a budget: "two versions ... with [40K](...) and [80K](...)
    thinking budgets"."""
    plain = LINK.sub(r"\1", text)
    return bool(re.search(rf"(?<![\w.]){re.escape(count)}\b[^.]{{0,60}}?\b{BUDGET}", plain, re.IGNORECASE))


def _not_in_table_rows(text: str, linked: list[Release], tables: list[Release]) -> list[Release]:
    """A hub link inside a model table adds no release: the table names its releases itself."""
    lines = text.split("\n")
    inside: set[int] = set()
    for header in {r.table for r in tables if r.table is not None}:
        k = header
        while k < len(lines) and lines[k].lstrip().startswith("|"):
            inside.add(k)
            k += 1
    return [r for r in linked if text.count("\n", 0, r.evidence.start) not in inside]


def read_releases(
    file: str, text: str, prose: bool = True, family: str | None = None, repository: str | None = None
) -> list[Release]:
    """The releases one README names, with the facts its news lines, tables and prose give.
    News lines and tables read in any language; prose only in English (`prose`)."""
    tables = [*table_releases(file, text), *html_table_releases(file, text)]
    releases = _merge(
        [
            *news_releases(file, text, repository),
            *tables,
            *heading_releases(file, text),
            *listed_releases(file, text),  # before hub links: "(Acmeko)" as written, not "acmeko-bf16"'s stem
            *_not_in_table_rows(text, list_releases(file, text), tables),
            *announced_releases(file, text),
            *checkpoint_releases(file, text),
            *bold_item_releases(file, text),
            *models_section_releases(file, text),
            *code_span_releases(file, text),
        ]
    )
    if not releases and prose:  # "Acme-Chat-7B, a 7B parameter chat model": defined in prose
        releases = _merge(defined_releases(file, text))
    if not releases and family:  # named only in prose, after the repository
        releases = _merge(family_releases(file, text, family))
    if not releases:
        return []
    releases = _dated_by_hub_links(file, text, releases)
    own = _family_release(file, text, family, releases) if family else None
    if own is not None:
        releases.append(own)
    for release in releases:
        ctx = _context_in_name(release.name)
        if ctx and _budget(text, ctx.group(1) + ctx.group(2)):
            ctx = None  # "Acme-M1-40k": a model trained with a 40K thinking budget, not a 40K context
        sizes = tuple(
            sizes_in(release.name[: ctx.start()] + release.name[ctx.end() :] if ctx else release.name)
        )
        if sizes:
            release.set("parameters", sizes, release.evidence)
        if ctx:
            release.set("context_length", _count(ctx.group(1) + ctx.group(2)), release.evidence)
    _sized_family_news(file, text, releases)
    _family_models_news(file, text, releases)
    _prose_release_dates(file, text, releases)
    releases = _without_sizes_of_listed(split_series(file, text, releases))
    date_mentions(file, text, releases)
    if prose:
        _role_contexts(file, text, releases)
    general = {**(prose_facts(file, text, releases) if prose else {}), **settings_facts(file, text)}
    if not prose and CJK.search(text):  # a Chinese README: its own prose reader
        general = {**zh_facts(file, text, releases), **general}
    if prose:
        _prose_bases(file, text, releases)
        _prose_bases(file, text, releases, USES_AS)  # "uses [acme-v1-5](...) as pre-training"
    _prose_bases(file, text, releases, DERIVED_ZH)  # Chinese prose: "基于Llama2进行中文预训练"
    _prose_bases(file, text, releases, USES_AS_ZH)  # "采用了[acme-v1-5](...) 作为预训练"
    _prose_bases(file, text, releases, EXTENDED_CONTEXT)  # "Acme-7B with an extended 64k context window"
    _named_bases(releases)
    for release in releases:
        for stem in stems(release, releases):
            for name, value in stem.values.items():
                # a family's news and prose reach its variants; its own table row does not
                if name != "parameters" and name not in stem.from_table:
                    release.set(name, value, stem.facts_evidence[name])
    _reinforced_bases(releases)
    total = general.pop(TOTAL, None)
    if total and len(releases) == 1 and releases[0].facts_evidence.get("parameters") is releases[0].evidence:
        # "Acme-6B ..., with the total model comprising 7.8 billion parameters": the one release's
        # stated total, not the size its name rounds to
        releases[0].values["parameters"], releases[0].facts_evidence["parameters"] = total
    elif total and len(total[0]) == 1:
        # "OLMoE-1B-7B-SFT", "OLMoE-1B-7B-Instruct" and "... 6.9 billion total parameters": when every
        # release's size comes from its name and the stated total is what that name rounds to, the total
        # is each one's size (and the name's smaller size, its active count, is none)
        named = [r for r in releases if r.facts_evidence.get("parameters") is r.evidence]
        if len(named) == len(releases) > 0 and all(
            _rounds_to(r.values["parameters"], total[0][0]) for r in named
        ):
            for release in named:
                release.values["parameters"], release.facts_evidence["parameters"] = total
    for name, (value, ev) in general.items():
        # A fact naming no release is the family's: every release's, unless the README states
        # another value per release (then it is ambiguous) or it is a date (one release's).
        stated = {r.values[name] for r in releases if name in r.values}
        others = [r for r in releases if name in r.values and r.values[name] != value]
        if (
            len(releases) == 1
            or (name != "release_date" and stated <= {value})
            or (name != "release_date" and all(_news_line_fact(text, r.facts_evidence[name]) for r in others))
        ):  # a later release's own figure on its news line ("Released Acme-2 ... continual
            # pre-training, reaching 3.2T tokens") leaves the README's general figure to the others
            for release in releases:
                release.set(name, value, ev)
        elif own is not None and name != "release_date":
            own.set(name, value, ev)  # the family's own release: "Acme" beside "Acme-Base-8K"

    for release in releases:
        if "parameters" not in release.values and not SIZE_IN_NAME.search(release.name):
            # "We have made the 130B Acme-Chat variant open source": a size right before the name
            m = re.search(
                r"(?<![\w.])(\d+(?:\.\d+)?[BM])\s+[\[*`]*" + re.escape(release.name) + r"(?![\w-])", text
            )
            if m:
                release.set("parameters", (m.group(1),), FactEvidence(m.group(0), file, m.start(), m.end()))
        _experts_in_total(release)
        # "Acme-SALA (9B)", "Acme2 (1.8B/7B/20B)", "**Acme 2.0** (11B)"
        if "parameters" not in release.values:
            m = re.search(re.escape(release.name) + r"(?:\*\*|__|`)?" + SIZE_LIST, text)
            if m:
                sizes = tuple(dict.fromkeys(re.findall(r"\d+(?:\.\d+)?[BM]", m.group(1))))
                release.set("parameters", sizes, FactEvidence(m.group(0), file, m.start(), m.end()))
    return releases


def _news_line_fact(text: str, ev: FactEvidence) -> bool:
    """A fact read off a dated news line of this README (the line announcing its release)."""
    line_start = text.rfind("\n", 0, ev.start) + 1
    return (
        0 <= ev.start < len(text)
        and text[ev.start : ev.end] == ev.text
        and bool(NEWS.match(text, line_start))
    )


HUB_REPO = re.compile(r"(?:huggingface\.co|hf\.co)/(?P<repo>[\w.-]+/(?P<model>[\w.-]+))")


def _own_news_line(name: str, lines: list) -> bool:
    """A news line names the release itself ("We upgrade to [Acme-Chat-v1.1](#model-zoo)"): that line dates
    it, not a line linking the hub repository it shares with other rows ("[Acme-Chat](hub/o/Acme-Chat)")."""
    whole = re.compile(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-]|\.\d)", re.IGNORECASE)
    return len(fold(name)) >= 3 and any(whole.search(LINK.sub(r"\1", line.rest)) for line in lines)


def _dated_by_hub_links(file: str, text: str, found: list[Release]) -> list[Release]:
    """'Nov. 30, 2023. ... [Weights](https://huggingface.co/o/Acme-LCM-1024) are released' dates the
    table row that links the same hub model ("| Acme-δ-1024-LCM | 0.6B | [diffusers](.../Acme-LCM-1024) |");
    the link's own release (named after the hub) is that row, not another release."""
    rows: dict[str, list[Release]] = {}
    for release in found:
        if release.table is None or release.evidence.file != file:
            continue
        start = text.rfind("\n", 0, release.evidence.start) + 1
        end = text.find("\n", release.evidence.start)
        row = text[start : end if end >= 0 else len(text)]
        if not row.lstrip().startswith("|"):
            continue  # named first on a news line: that line is no table row
        for hub in HUB_REPO.finditer(row):
            rows.setdefault(hub.group("repo").lower(), []).append(release)
    if not rows:
        return found
    absorbed: set[str] = set()
    lines = list(dated_lines(file, text))
    for line in lines:
        for hub in HUB_REPO.finditer(line.rest):
            for release in rows.get(hub.group("repo").lower(), []):
                if "release_date" not in release.values and not _own_news_line(release.name, lines):
                    release.dates.append((line.date, line.evidence))
                absorbed.add(name_key(hub.group("model")))  # the link names the row's release
    for release in {id(r): r for rs in rows.values() for r in rs}.values():
        if release.dates and "release_date" not in release.values:
            release.set("release_date", *min(release.dates, key=lambda d: d[0]))
    listed = {name_key(r.name) for r in found if r.table is not None}
    return [r for r in found if r.table is not None or name_key(r.name) not in absorbed - listed]


def _family_release(file: str, text: str, family: str, found: list[Release]) -> Release | None:
    """'[Oct 10, 2024] We release Acme!': a news line releasing the repository's own name (no
    digit needed) is a release of that name, beside the variants the README lists."""
    if len(fold(family)) < 3 or any(name_key(r.name) == name_key(family) for r in found):
        return None
    name = re.escape(family).replace(r"\-", "[-_ ]").replace(r"\ ", "[-_ ]")
    said = re.compile(
        rf"\b(?:release[sd]?|releasing|launch(?:ed|es)?|introduc(?:e|ed|ing)|open-?sourc(?:e|ed))\s+"
        rf"(?:(?:the|our)\s+)?(?P<name>{name})(?![\w-])(?!\s+(?:v?\d|series|family|models?|code|repo))"
        rf"|(?<![\w-])(?P<subject>{name})(?![\w-])\s+(?:is|has been)\s+"
        rf"(?:now\s+|officially\s+)?(?:released|out)\b",
        re.IGNORECASE,
    )
    release = None
    for line in dated_lines(file, text):
        plain = LINK.sub(r"\1", line.rest)
        m = said.search(plain)
        if not m or NOT_RELEASED.search(plain[: m.start()]):
            continue
        written = m.group("name") or m.group("subject")
        if release is None:
            at = line.start + line.rest.find(written) if written in line.rest else line.start
            release = Release(written, FactEvidence(written, file, at, at + len(written)))
        release.dates.append((line.date, line.evidence))
    if release is not None:
        release.set("release_date", *min(release.dates, key=lambda d: d[0]))
    return release


# "Acme-Chat-Base-20B, a 20B parameter chat model", "Acme-Chat-7B is a 7B-parameter fine-tuned
# variant of ...": a sized name the sentence defines as a model of that size
DEFINED = re.compile(
    rf"(?P<name>{PLAIN_NAME.pattern})(?:\*\*|`)?(?:,\s+|\s+is\s+)an?\s+"
    r"(?P<size>\d+(?:\.\d+)?)\s*(?P<unit>[BM]|billion|million)[- ]parameters?\b"
)


def defined_releases(file: str, text: str) -> list[Release]:
    """Releases a README defines in prose by name and size, when nothing else lists them; the
    stated size must be the name's ("Acme-7B, a 7B parameter model"), a base or a rival named
    after "from" or "than" is none."""
    found = []
    for m in DEFINED.finditer(text):
        unit = m.group("unit")[0].upper()
        if f"{m.group('size')}{unit}" not in sizes_in(m.group("name")):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if NOT_RELEASED.search(text[line_start : m.start()]):
            continue
        ev = FactEvidence(m.group("name"), file, m.start("name"), m.end("name"))
        found.append(Release(m.group("name"), ev))
    return found


SIZED_FAMILY_LEAD = r"(?<![\w.-])([A-Za-z][\w.-]*[A-Za-z0-9])"
SIZE_LIST = r"\s*[(（]((?:\d+(?:\.\d+)?[BM]\s*(?:[/,、]|and|&)?\s*)+)[)）]"


SIZED_FAMILY = re.compile(SIZED_FAMILY_LEAD + SIZE_LIST)


def _experts_in_total(release: Release) -> None:
    """'480B total, 128x3.66B MoE': the expert layout is not a second size when a total near its
    product is stated ("8x7B" alone stays the size)."""
    sizes = release.values.get("parameters", ())
    plain = [size_value(s) for s in sizes if "x" not in s]
    kept = tuple(
        s for s in sizes if "x" not in s or not any(p and abs(p - size_value(s)) <= 0.1 * p for p in plain)
    )
    if kept and kept != sizes:
        release.values["parameters"] = kept


def size_value(size: str) -> float:
    """'128x3.66B' -> 468.48e9; '480B' -> 480e9; 0.0 for anything else."""
    m = re.fullmatch(r"(?:(\d+)x)?(\d+(?:\.\d+)?)([BMT])", size)
    if not m:
        return 0.0
    return int(m.group(1) or 1) * float(m.group(2)) * {"M": 1e6, "B": 1e9, "T": 1e12}[m.group(3)]


def to_facts(release: Release, shared: ReleaseFacts) -> ReleaseFacts:
    """A release as ReleaseFacts: its own values, then the folder's shared facts where silent."""
    own = ReleaseFacts(
        model=release.name, **release.values, evidence={"model": release.evidence, **release.facts_evidence}
    )
    shared = replace(shared, model=None)
    return own.merged(shared)
