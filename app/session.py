"""What the user has picked, kept in st.session_state under page-independent keys.

Streamlit drops the state of a widget whose page is not shown, so each widget is seeded from
one of these keys on every run and writes back to it when the user changes it (`bind`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import streamlit as st

DEFAULT_RELEASES = ("llama-1", "llama-2", "llama-3.1")
DEFAULT_TERM = "commercial_use"

RELEASES = "mt.releases"  # catalog release ids in the comparison
LICENSES = "mt.licenses"  # LicenseDB keys in the comparison
UPLOADS = "mt.uploads"  # every text uploaded in this session, by upload id
CHOSEN_UPLOADS = "mt.chosen_uploads"  # upload ids in the comparison
SEEN_FILES = "mt.seen_files"  # uploader file ids already taken in
FOCUS_TERM = "mt.focus_term"  # the term whose evidence is shown
FOCUS_SOURCE = "mt.focus_source"  # the license (source id) whose evidence is shown
LAST_PICK = "mt.last_pick"  # the matrix cell last selected, to notice a new selection
USE_FLAGS = "mt.use.flags"  # the yes/no facets of the planned use ("commercial", "modify", ...)
USE_USERS = "mt.use.users"  # as typed: "800M"
USE_REVENUE = "mt.use.revenue"  # as typed: "USD 1M"
USE_REGION = "mt.use.region"  # a region code or None
USE_ONLY = "mt.use.only"  # the matrix narrowed to the terms the use touches
DIFF_OLD = "mt.diff_old"
DIFF_NEW = "mt.diff_new"

UPLOAD_PREFIX = "upload:"


@dataclass(frozen=True)
class Upload:
    """An uploaded license text that decoded cleanly."""

    id: str
    name: str
    text: str


def init() -> None:
    """Defaults on first open: the LLaMA / Llama 2 / Llama 3.1 comparison of the seed story."""
    defaults: dict[str, Any] = {
        RELEASES: list(DEFAULT_RELEASES),
        LICENSES: [],
        UPLOADS: {},
        CHOSEN_UPLOADS: [],
        SEEN_FILES: set(),
        FOCUS_TERM: DEFAULT_TERM,
        FOCUS_SOURCE: "llama-2",
        LAST_PICK: None,
        USE_FLAGS: ["commercial"],  # the question people come with: may I use it commercially?
        USE_USERS: "",
        USE_REVENUE: "",
        USE_REGION: None,
        USE_ONLY: False,
        DIFF_OLD: "llama-1",
        DIFF_NEW: "llama-2",
    }
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)


def get(key: str) -> Any:
    init()
    return st.session_state[key]


def put(key: str, value: Any) -> None:
    init()
    st.session_state[key] = value


def _store(widget_key: str, key: str) -> None:
    st.session_state[key] = st.session_state[widget_key]


def bind(widget_key: str, key: str) -> dict[str, Any]:
    """Seed widget `widget_key` from `key`; returns the widget kwargs that write changes back."""
    value = get(key)
    st.session_state[widget_key] = list(value) if isinstance(value, list) else value
    return {"key": widget_key, "on_change": _store, "args": (widget_key, key)}


def upload_id(text: str) -> str:
    return UPLOAD_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def first_line(text: str, width: int = 40) -> str:
    """The first line of a text with words in it, shortened to `width` characters."""
    for line in text.splitlines():
        line = " ".join(line.strip(" #*=-_\t").split())
        if any(ch.isalnum() for ch in line):
            return line if len(line) <= width else line[: width - 1].rstrip() + "…"
    return ""


def unique_name(name: str, text: str, taken: Iterable[str]) -> str:
    """`name`, or when another upload already has it, `name` with the text's first line
    ("LICENSE · Apache License"), then a number: two files named LICENSE stay two columns
    (and two license ids in the exports)."""
    taken = set(taken)
    if name not in taken:
        return name
    line = first_line(text)
    candidate = f"{name} · {line}" if line else name
    n = 2
    while candidate in taken:
        candidate = f"{name} · {line} ({n})" if line else f"{name} ({n})"
        n += 1
    return candidate


def add_upload(name: str, text: str) -> Upload:
    """Keep an uploaded text (under a name no other upload has) and put it in the comparison."""
    known = get(UPLOADS)
    uid = upload_id(text)
    if uid in known:  # the same text again: keep its first name
        upload = known[uid]
    else:
        upload = Upload(uid, unique_name(name, text, (u.name for u in known.values())), text)
    known[upload.id] = upload
    chosen = get(CHOSEN_UPLOADS)
    if upload.id not in chosen:
        put(CHOSEN_UPLOADS, [*chosen, upload.id])
    return upload


def uploads() -> dict[str, Upload]:
    return get(UPLOADS)


def sources() -> list[str]:
    """The comparison's columns in order: releases, LicenseDB licenses, uploads."""
    return [*get(RELEASES), *get(LICENSES), *(u for u in get(CHOSEN_UPLOADS) if u in uploads())]


def add_to_comparison(ids: Iterable[str], catalog_ids: Iterable[str]) -> list[str]:
    """Add catalog ids and LicenseDB keys (ids not in `catalog_ids`); returns the new ones."""
    catalog_ids = set(catalog_ids)
    releases, licenses = list(get(RELEASES)), list(get(LICENSES))
    added = []
    for source in ids:
        target = releases if source in catalog_ids else licenses
        if source not in target:
            target.append(source)
            added.append(source)
    put(RELEASES, releases)
    put(LICENSES, licenses)
    return added


def set_focus(term: str, source: str) -> None:
    put(FOCUS_TERM, term)
    put(FOCUS_SOURCE, source)


def focus_on_pick(picked: tuple[str, str] | None) -> None:
    """Follow a newly selected matrix cell; a cell kept selected does not override later picks
    made with the term and license boxes."""
    if picked and picked != get(LAST_PICK):
        set_focus(*picked)
    put(LAST_PICK, picked)
