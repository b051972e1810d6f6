"""What a README says of commercial use of the weights, when it is stricter than the license.

"ChatGLM2-6B weights are completely open for academic research, and free commercial use is also
allowed after completing the questionnaire": the license file may grant use for any purpose,
the README adds a step before commercial use. A row is never more permissive than what the
repository says: such a sentence makes a `granted` (or silent) commercial_use `conditional`,
with the README sentence as evidence. A sentence that lifts a condition ("no registration is
needed") changes nothing.
"""

from __future__ import annotations

import re

from analyzer.model import Evidence
from analyzer.scan.results import RowTerm, SourcedEvidence

SENTENCE = re.compile(r"[^.!?\n。！？]+(?:[.!?](?=\s|$)|[。！？])?")
COMMERCIAL = re.compile(r"\bcommercial(?:ly)?\b|\bcommerciali[sz]|商用|商业用途|商业使用", re.IGNORECASE)
CONDITION = re.compile(
    r"\b(after|upon|once|subject to|require[sd]?|requiring|need(?:s|ed)? to|must|only with|by|please)\b"
    r"[^.]{0,80}?\b(regist\w*|appl(?:y|ication)|questionnaire|form|approv\w*|authori[sz]\w*|"
    r"permission|written consent|request(?:ing)? a licen[cs]e|contact|e-?mail)"
    r"|(?:登记|申请|问卷|书面授权|获得授权|取得授权)"  # "请您...进行登记并向许可方申请书面授权"
    # "进行商用, 请通过邮箱发送邮件进行咨询": ask first; "如有问题请联系我们" is for questions, no gate
    r"|(?<!问题)(?<!疑问)(?<!问题，)(?<!疑问，)(?<!问题,)(?<!疑问,)请[^。；;\n]{0,40}?(?:联系|邮件|邮箱|咨询)",
    re.IGNORECASE,
)
LIFTED = re.compile(
    r"\b(without|no need|not (?:required|necessary)|do(?:es)? not need)\b|无需|不需要|不必", re.IGNORECASE
)
URL_IN_LINK = re.compile(r"(?<=\]\()[^)\s]+(?=\))")
LINK = re.compile(r"\[([^\]\[]*)\]\([^)\s]*\)")
ABOUT_WEIGHTS = re.compile(r"\b(weights?|models?|checkpoints?|parameters)\b|模型|权重", re.IGNORECASE)


def commercial_condition(readmes: list[tuple[str, str]]) -> tuple[str, Evidence] | None:
    """The first README sentence saying commercial use of the model needs a step first."""
    for rel, text in readmes:
        # a link's address ends no sentence: its dots become "_", offsets kept
        masked = URL_IN_LINK.sub(lambda u: re.sub(r"[.!?]", "_", u.group()), text)
        previous = None  # the sentence before, when it spoke of commercial use of the weights
        for m in SENTENCE.finditer(masked):
            sentence = text[m.start() : m.end()]
            about = ABOUT_WEIGHTS.search(sentence) or (
                # "... model weights ... allow free commercial usage. To apply for a commercial
                # license, please fill in the application form": the next sentence goes on
                previous is not None and "\n\n" not in text[previous : m.start()]
            )
            previous = m.end() if COMMERCIAL.search(sentence) and ABOUT_WEIGHTS.search(sentence) else None
            if not (COMMERCIAL.search(sentence) and about):
                continue
            plain = LINK.sub(r"\1", sentence)  # "sign [this agreement](https://...)": the words
            if CONDITION.search(plain) and not LIFTED.search(plain):
                start = m.start() + len(sentence) - len(sentence.lstrip(" -*>#"))
                return rel, Evidence(text[start : m.end()], start, m.end(), "README")
    return None


GRANT = re.compile(
    r"\b(?:allows?|permits?|supports?|enables?)\s+(?:free\s+)?commercial\s+(?:use|usage)"
    r"|\b(?:free|available|open)\s+for\s+commercial\s+(?:use|usage|purposes)"
    r"|\bcommercial(?:ly)?\s+(?:use|usage)\s+is\s+(?:(?:also|fully)\s+)?(?:allowed|permitted|supported)"
    r"|\bcommercially\s+(?:available|usable)|可商用|支持商用|允许商用|免费商用",
    re.IGNORECASE,
)
DENIED = re.compile(r"\b(?:not|no|never|non-?commercial|cannot|can't|without)\b|不|禁止|非商", re.IGNORECASE)


def commercial_grant(readmes: list[tuple[str, str]], weights: bool = False) -> tuple[str, Evidence] | None:
    """The first README sentence saying the models may be used commercially ("Acme supports
    commercial use", "free for commercial use"), none of it negated; `weights`: a sentence that
    speaks of the weights or models ("the model weights are free for commercial use")."""
    for rel, text in readmes:
        masked = URL_IN_LINK.sub(lambda u: re.sub(r"[.!?]", "_", u.group()), text)
        for m in SENTENCE.finditer(masked):
            sentence = text[m.start() : m.end()]
            if weights and not ABOUT_WEIGHTS.search(sentence):
                continue
            if GRANT.search(sentence) and not DENIED.search(LINK.sub(r"\1", sentence)):
                start = m.start() + len(sentence) - len(sentence.lstrip(" -*>#"))
                return rel, Evidence(text[start : m.end()], start, m.end(), "README")
    return None


# "All model weights and data are for research use ONLY": "all" is a determiner too
RESEARCH_ONLY = re.compile(
    r"\b(?:our|these|this|the|all)\s+(?:released\s+|pre-?trained\s+)?(?:checkpoints?|weights?|models?)\b"
    r"[^.]{0,60}?\b(?:for|to)\s+(?:non-?commercial\s+)?(?:academic\s+)?research\s+(?:purposes?\s+|use\s+)?only\b",
    re.IGNORECASE,
)


NOT_COMMERCIAL = re.compile(
    r"\bcommercial\s+(?:use|usage)\b[^.]{0,40}?\b(?:is|are)\s+(?:strictly\s+)?(?:not|never)\s+"
    r"(?:permitted|allowed)|\b(?:may|must|can|shall)\s*not\s+be\s+used\s+(?:for\s+|in\s+)?commercial(?:ly)?\b"
    r"|\bnot\s+for\s+commercial\s+(?:use|usage|purposes)\b|禁止商用|不得商用|不可商用|不允许商用|不得用于商业",
    re.IGNORECASE,
)
EXCEPT = re.compile(r"\b(?:without|unless|except|contact)\b|除非|联系|申请|授权", re.IGNORECASE)
# a project-wide disclaimer ("The resources, including code, data, and model weights, ... cannot be
# used for commercial purposes") is not the weights' own terms
BLANKET = re.compile(r"\b(?:code|data|resources|content)\b|代码|数据", re.IGNORECASE)


def not_commercial(readmes: list[tuple[str, str]]) -> tuple[str, Evidence] | None:
    """The first README sentence about the weights saying they may not be used commercially
    ("Commercial use of the model weights is not permitted", "模型权重禁止商用"), with no way
    around it in the sentence ("... without written permission" is a condition)."""
    return next(
        (
            (rel, evidence)
            for rel, sentence, evidence in _sentences(readmes)
            if NOT_COMMERCIAL.search(sentence)
            and ABOUT_WEIGHTS.search(sentence)
            and not EXCEPT.search(sentence)
            and not BLANKET.search(sentence)
        ),
        None,
    )


def _sentences(readmes: list[tuple[str, str]]):
    """Each README sentence (links reduced to their text) with its evidence, list marks left out;
    a URL's dots never end a sentence."""
    for rel, text in readmes:
        masked = URL_IN_LINK.sub(lambda u: re.sub(r"[.!?]", "_", u.group()), text)
        for m in SENTENCE.finditer(masked):
            raw = text[m.start() : m.end()]
            start = m.start() + len(raw) - len(raw.lstrip(" -*>#"))
            yield rel, LINK.sub(r"\1", raw), Evidence(text[start : m.end()], start, m.end(), "README")


# "..., and permits individual and research usages", "允许个人使用和研究用途": the uses a license
# statement lists, none of them commercial
RESEARCH_PERMITS = re.compile(
    r"\b(?:permits?|allows?)\s+(?:only\s+)?(?:(?:individual|personal|academic|non-?commercial)\s*(?:,|and|or)\s*)*"
    r"(?:academic\s+)?research\s+(?:use|usages?|purposes)\b"
    r"|允许(?:个人(?:使用)?(?:和|与|及|、))?(?:学术)?研究(?:用途|使用)",
    re.IGNORECASE,
)


ALLOWS = re.compile(r"\ballow|\bpermit|允许", re.IGNORECASE)


def research_only(readmes: list[tuple[str, str]]) -> tuple[str, Evidence] | None:
    """The first README sentence saying the repository's own weights are for research only ("Our
    released checkpoints are also for research purposes only"); a third party's models ("face
    models from X are for research purposes only") are not the weights'. A sentence listing the
    uses a license permits, none commercial ("VisCPM is governed by the X License, and permits
    individual and research usages"), is one too, unless the next sentence allows commercial use
    ("Commercial use is also allowed after registration": a gate, not a limit)."""
    said = list(_sentences(readmes))
    for i, (rel, sentence, evidence) in enumerate(said):
        if RESEARCH_ONLY.search(sentence.replace("*", "")):
            return rel, evidence
        if RESEARCH_PERMITS.search(sentence) and not COMMERCIAL.search(sentence):
            following = said[i + 1][1] if i + 1 < len(said) and said[i + 1][0] == rel else ""
            if not GRANT.search(following) and not ALLOWS.search(following):
                return rel, evidence
    return None


def stricter_commercial(
    terms: dict[str, RowTerm], readmes: list[tuple[str, str]], grants: bool = False
) -> dict[str, RowTerm]:
    """The row's terms, commercial_use made `conditional` when a README says it needs a step.
    `grants`: the license is only named (no text), so a README sentence saying commercial use is
    allowed makes a silent commercial_use `granted` first (then any step makes it conditional)."""
    current = terms.get("commercial_use")
    if (current is None or current.status in ("granted", "silent", "conditional")) and (
        said := research_only(readmes)
    ):  # the README is stricter than any license: research only is not commercial use
        return {**terms, "commercial_use": RowTerm("prohibited", {}, (SourcedEvidence(said[0], said[1]),))}
    if (current is None or current.status in ("granted", "silent")) and (said := not_commercial(readmes)):
        return {**terms, "commercial_use": RowTerm("prohibited", {}, (SourcedEvidence(said[0], said[1]),))}
    if (
        (grants or current is None)
        and (current is None or current.status == "silent")
        and (said := commercial_grant(readmes, weights=not grants))
    ):  # no license text decides: the README's own words ("free for commercial use") do
        current = RowTerm("granted", {}, (SourcedEvidence(said[0], said[1]),), "explicit")
        terms = {**terms, "commercial_use": current}
    if current is not None and current.status not in ("granted", "silent"):
        return terms
    found = commercial_condition(readmes)
    if found is None:
        return terms
    rel, ev = found
    params = dict(current.params) if current else {}
    params["condition"] = ev.text
    return {**terms, "commercial_use": RowTerm("conditional", params, (SourcedEvidence(rel, ev),))}
