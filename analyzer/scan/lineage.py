"""Lineage: the model a release derives from, and the terms it inherits from that model's license.

`base_model` comes from card front matter, a Base Model table column, prose ("fine-tuned from
LLaMA-7B"), or the `--base_model` a README's commands pass. When the base is a catalog release,
its license binds the derivative in two cases: the derivative declares no license of its own (it
is then the base's), or the base license is non-commercial / research-only (its limits follow the
weights into every fine-tune, whatever the derivative says: a LLaMA-1 fine-tune cannot be used
commercially). The row says what was inherited and from where.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from analyzer.catalog import Release
from analyzer.model import LicenseProfile
from analyzer.scan.results import FactEvidence
from analyzer.scan.variants import find_release

# "fine-tuned from LLaMA-7B", "trained on top of Llama-2-13B", "based on the Qwen2.5-7B model",
# "an optimized version of `large-v3`"
# "initialized with [Acme-Coder-v1.5 7B]", "trained on the foundation of Acme-Instruct 7B": a
# name whose size follows after a space is whole
# "continued pretrained from Acme2-Base", "Pre-trained on AcmeMath-Base": a pretraining's start
# (a name ending in "-Base" is a model's, digit or not)
DERIVED = re.compile(
    r"\b(?:(?:[Ff]ine-?tuned|[Ff]inetuned|continually trained|[Tt]rained|[Bb]uilt|[Dd]erived|[Dd]istilled"
    r"|[Ii]nitiali[sz]ed|[Bb]ased"
    r"|(?:[Cc]ontinu(?:ed|ally|ously)\s+)?[Pp]re-?trained)"
    r"\s+(?:from|on top of|on the (?:foundation|basis) of|on|upon)|initiali[sz]ed with"
    r"|(?:optimi[sz]ed|distilled|quantized|pruned|fine-?tuned|finetuned) version of"
    r"|(?:fine-?tuned|instruction-tuned) variant of"
    # "produced by mixed training on A data and B data from Acme2-chat series": the series tuning starts from
    # "Chat model by Acme training on Acme-7B-64k-base": training on a checkpoint its name calls a base
    r"|[Tt]raining\s+on(?=\s+[\[`*]*[A-Za-z][\w.-]*-[Bb]ase(?![\w-]))"
    r"|(?:[Tt]raining|[Tt]uning)\s+on\s+(?=[^.\n]{0,80}?\sfrom\s+\S+\s+(?:series|family)\b)[^.\n]{0,80}?\s+from"
    # "our model uses **pretrained Acme2.1 checkpoint**": the checkpoint it starts from
    r"|\b(?:uses?|using)\s+(?:the\s+|a\s+)?[*_]*pre-?trained(?=\s+\S+\s+(?:checkpoints?|weights)\b))"
    r"\s+(?:(?:the|our|its)\s+)?(?:previous\s+|earlier\s+)?"
    # "based on Acme's next-generation flagship text foundation model Acme-4-Air": a description first
    r"(?:(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?(?:foundation|base|language|text)\s+models?\s+)?"
    r"[\[`]?(?P<base>[A-Z][\w.-]*\d[\w.-]*(?:\s\d+(?:\.\d+)?[BM])?"
    r"|[A-Z][\w.-]*[A-Za-z]\s(?:\d+(?:\.\d+)?\s)?\d+(?:\.\d+)?[BM]\b"  # "Llama 3.1 8B"
    r"|[a-z](?=[\w.-]*-)(?=[\w.-]*\d)[\w.-]*[a-z0-9]"  # a hub id: "deepseek-coder-33b-base"
    r"|[A-Z][A-Za-z.]*(?:-[A-Za-z.]+)*-[Bb]ase(?![\w-]))",  # "AcmeMath-Base", no digit
)
# Chinese: "基于Llama2做了中文能力的持续优化", "在Llama2的基础上...持续预训练", "基于Acme-7B进行对话微调"
DERIVED_ZH = re.compile(
    # a model's name: a capital first ("Llama2"), or a hub id's hyphen ("acme-7b"); not "bfloat16"
    # "在强大的基座模型[Acme-VL](...)上进行微调": a description ending in 模型 first; then a name
    # without a digit is the model's too
    r"(?:基于|在)\s*(?:[^\s\[`，,。；]{0,10}?(?:基座|基础|底座|预训练|开源)模型\s*)?[\[`]?"
    r"(?P<base>[A-Z][\w.-]*\d[\w.-]*|[a-z](?=[\w.-]*-)[\w.-]*\d[\w.-]*"
    r"|(?:(?<=模型)|(?<=模型\[)|(?<=模型`))[A-Z][\w.-]*[A-Za-z0-9])[\]`]?"
    r"(?:\([^)\n]*\))?\s*"
    r"(?:的基础上|上?进行|做了|做|继续|增量|训练|微调|构建)"
)
# "| **Acme-7B-64k-base** | ... | **Acme-7B** with an extended 64k context window |": the model whose context
# was extended is the base; the name opens a table cell or a line (in prose, "AcmeLong-7B outperforms
# Rival-7B with 32k context window" names a rival, no base)
EXTENDED_CONTEXT = re.compile(
    r"(?:^|(?<=\|))[ \t]*[*`]*(?P<base>[A-Z][\w.-]*\d[\w.-]*?)[*`]*\s+with\s+(?:an?\s+)?"
    r"(?:(?:extended|longer|expanded)\s+)?\d+(?:\.\d+)?[kKmM]\s+context\s+(?:window|length)\b",
    re.MULTILINE,
)
_NAME = (
    # "Acme-2-7B", "acme-v1-5"
    r"(?P<base>[A-Z][\w.-]*\d[\w.-]*?|[a-z](?=[\w.-]*-)(?=[\w.-]*\d)[\w.-]*[a-z0-9])"
)
# "The pre-training model uses [acme-diffusion-v1-5](...) as pre-training", "uses Acme-7B as the base model"
USES_AS = re.compile(
    r"\b(?:uses?|using|adopts?)\s+(?:the\s+)?[\[`*]*"
    + _NAME
    + r"[\]`*]*(?:\([^)\s]*\))?\s+as\s+(?:the\s+|its\s+)?"
    r"(?:pre-?training|(?:pre-?trained\s+|base\s+|initial\s+|starting\s+)?(?:model|checkpoint|initiali[sz]ation)"
    r"|starting\s+point)\b"
)
# "预训练模型采用了[acme-diffusion-v1-5](...) 作为预训练": the same in Chinese
USES_AS_ZH = re.compile(
    r"(?:采用|使用|选用)了?\s*[\[`]?" + _NAME + r"[\]`]?(?:\([^)\n]*\))?\s*作为(?:预训练|基座|基础|底座|初始)"
)
BINDING_FAMILIES = ("non-commercial", "research-only")
BOUND_TERMS = ("commercial_use",)


def base_in_prose(file: str, text: str) -> tuple[str, FactEvidence] | None:
    """The first model a text says this one derives from, with its evidence."""
    m = DERIVED.search(text)
    if not m:
        return None
    base = m.group("base").rstrip(".,)")
    end = m.start("base") + len(base)
    return base, FactEvidence(text[m.start() : end], file, m.start(), end)


# "python finetune.py --base_model 'org/llama-7b-hf' ...": the model a README's own commands adapt
BASE_FLAG = re.compile(r"--base[_-]model[= \t]+['\"]?(?P<base>[A-Za-z0-9][\w.-]*(?:/[A-Za-z0-9][\w.-]*)?)")


def base_in_command(file: str, text: str) -> tuple[str, FactEvidence] | None:
    """The base model a README's commands pass as `--base_model` (the same one in every command
    that passes one: a README showing several bases names none)."""
    found = list(BASE_FLAG.finditer(text))
    if not found or len({m.group("base").lower() for m in found}) != 1:
        return None
    m = found[0]
    return m.group("base"), FactEvidence(m.group(0), file, m.start(), m.end())


@dataclass(frozen=True)
class Inherited:
    """What a derivative takes from its base: the base release, its license, which terms, why."""

    base_model: str
    catalog_release: str
    license_id: str
    terms: tuple[str, ...]
    reason: str  # "no license of its own" or "the base license binds derivatives"


def inheritance(
    base_model: str | None,
    own: LicenseProfile | None,
    base_profile: callable,
    releases: Mapping[str, Release],
) -> tuple[Inherited, LicenseProfile] | None:
    """The base's license when it binds this derivative, else None. `base_profile(key)` gives
    the profile of a LicenseDB key (or None)."""
    if not base_model:
        return None
    release = find_release([base_model], releases)
    if release is None:
        return None
    profile = base_profile(release.license)
    if profile is None:
        return None
    if own is None:
        terms = tuple(profile.terms)
        return Inherited(base_model, release.id, release.license, terms, "no license of its own"), profile
    if profile.family in BINDING_FAMILIES and own.family not in BINDING_FAMILIES:
        reason = "the base license binds derivatives"
        return Inherited(base_model, release.id, release.license, BOUND_TERMS, reason), profile
    return None
