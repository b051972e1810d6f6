"""A license a README names or links, to LicenseDB keys, when the Hub table does not know it.

Two readings, after analyzer.scan.declared's table:
- the name written as an SPDX identifier with spaces ("CC BY-SA-4.0", "CC BY NC 4.0",
  "Apache License 2.0"): hyphenated and matched against LicenseDB keys and SPDX keys;
- the link's address, matched against the addresses LicenseDB lists for each license
  ("https://creativecommons.org/licenses/by-nc-sa/4.0/" is CC BY-NC-SA 4.0).
"""

from __future__ import annotations

import functools
import re

from analyzer.licensedb import licensedb
from analyzer.scan.declared import DeclaredTable


def _address(url: str) -> str:
    """A license address without scheme, www, query, fragment, trailing slash or legalcode page."""
    url = re.sub(r"^[a-z]+://(www\.)?", "", url.strip().lower()).split("#")[0].split("?")[0]
    url = re.sub(r"/(legalcode(\.[a-z-]+)?|deed\.[a-z-]+)$", "", url.rstrip("/"))
    return re.sub(r"\.(html?|txt|php)$", "", url.rstrip("/"))


@functools.lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, str], dict[str, str]]:
    """(address -> key, spdx or key -> key). An address several licenses list goes to the one
    that lists it earliest among those with an SPDX identifier of their own (not an exception),
    and to none when that is still a tie."""
    by_address: dict[str, list[tuple[tuple[bool, bool, int], str]]] = {}
    by_id: dict[str, str] = {}
    for key, entry in licensedb().items():
        by_id.setdefault(key.lower(), key)
        ref = not entry.spdx_key or entry.spdx_key.startswith("LicenseRef")
        if not ref:
            by_id.setdefault(entry.spdx_key.lower(), key)
        for n, url in enumerate(entry.urls):
            by_address.setdefault(_address(url), []).append(((ref, "exception" in key, n), key))
    addresses = {}
    for address, found in by_address.items():
        found.sort()
        if address and (len(found) == 1 or found[0][0] < found[1][0]):
            addresses[address] = found[0][1]
    return addresses, by_id


def key_of_identifier(name: str | None) -> str | None:
    """'CC BY-SA-4.0' -> 'cc-by-sa-4.0'; 'Apache License 2.0' -> 'apache-2.0'; else None."""
    if not name:
        return None
    text = re.sub(r"\b(the|licen[cs]e|version|v(?=\d))\b", " ", name.lower())
    ident = re.sub(r"[\s_-]+", "-", text.strip(" .,;:()[]")).strip("-")
    return _indexes()[1].get(ident)


def key_of_link(link: str | None) -> str | None:
    """The one LicenseDB license whose listed address the link is."""
    if not link or not re.match(r"^[a-z]+://", link.strip(), re.IGNORECASE):
        return None
    return _indexes()[0].get(_address(link))


def declared_keys(name: str | None, link: str | None, table: DeclaredTable) -> tuple[str, ...]:
    """LicenseDB keys for a license named (and linked) in a README: the table first, then the
    identifier reading of the name, then the link's address."""
    keys = table.keys_for(name, name) if name else ()
    if keys:
        return keys
    key = key_of_identifier(name) or key_of_link(link)
    if key is None and name and name.lower().endswith((" license", " licence")):
        # "Llama 2 License" in a License column, or as model_license_named writes it
        key = _catalog_license(name[: -len(" license")])
    return (key,) if key else ()


def _catalog_license(model: str) -> str | None:
    from analyzer.catalog import load_catalog
    from analyzer.scan.variants import find_release

    release = find_release([model], load_catalog())
    return release.license if release is not None and release.license in licensedb() else None


NAME = r"[A-Z][\w.\-]*(?:[ -]\d[\w.]*)?"
# "the license agreement pertinent to the Llama-2 model", "Llama 2's license", "LLaMA's model license"
MODEL_LICENSE_OF = re.compile(
    rf"(?i:licen[cs]e(?:\s+agreements?)?\s+(?:of|for|pertinent\s+to|applicable\s+to|governing))"
    rf"\s+(?:the\s+)?(?:original\s+)?(?P<a>{NAME})"
    rf"|(?P<b>{NAME})(?:'s|’s)\s+(?i:(?:open[- ]?source\s+)?(?:model\s+|original\s+)?licen[cs]e)"
)


def model_license_named(text: str, context: str | None = None) -> tuple[str, str, re.Match] | None:
    """A license named after a model the catalog knows ("the license ... pertinent to the Llama-2
    model"): (the name as written, that release's LicenseDB key, the match). A family named alone
    ("Mixtral's open-source license agreement") is the one catalog release of that family the
    `context` (the whole README) names ("on top of Mixtral-8x7B-v0.1"), when all it names agree."""
    for m in MODEL_LICENSE_OF.finditer(text):
        model = (m.group("a") or m.group("b")).rstrip(".,;:")
        if not re.search(r"\d", model):  # "based on Llama 2 ... under Llama's model license": Llama 2's
            version = rf"\b{re.escape(model)}[ -]?(\d+(?:\.\d+)?)(?![\w.]*[A-Za-z])"  # not "Llama-7B"
            versions = {v.lower() for v in re.findall(version, text, re.IGNORECASE)}
            if len(versions) == 1:
                model = f"{model} {versions.pop()}"
        key = _catalog_license(model)
        if key is None and context and not re.search(r"\d", model):
            named = _family_release(model, context)
            if named:
                model, key = named
        if key:
            return f"{model} license", key, m
    return None


def _family_release(family: str, context: str) -> tuple[str, str] | None:
    """The one catalog release of a family a text names ("Mixtral-8x7B-v0.1" for "Mixtral"), with
    its LicenseDB key; None when it names none or releases of different licenses."""
    found: dict[str, str] = {}
    for m in re.finditer(rf"(?<![\w.])(?:[\w.]+-)?{re.escape(family)}[-_ ][\w.\-]*\d[\w.\-]*", context):
        name = m.group().rstrip(".-")
        if name.lower().startswith(family.lower()):  # not "Chinese-Mixtral-..." (a release built on it)
            key = _catalog_license(name)
            if key:
                found.setdefault(key, name)
    return next(iter(found.items()))[::-1] if len(found) == 1 else None
