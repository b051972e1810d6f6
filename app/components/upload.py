"""Uploaded license files: read, checked, kept in the session; bad ones get a message."""

from __future__ import annotations

import math

import streamlit as st

from analyzer import corpus
from analyzer.model import InputError, InputProblem
from app import session


def limit_label() -> str:
    limit = corpus.max_bytes()
    return f"{limit / 1024 / 1024:g} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"


def read_upload(name: str, data: bytes) -> session.Upload | InputProblem:
    """The text of an upload read as the CLI reads a file (decoded, HTML/Markdown markup removed),
    or its problem (empty, binary, too large, not readable as text)."""
    limit = corpus.max_bytes()
    if len(data) > limit:
        return InputProblem(name, f"too large ({len(data):,} bytes; the limit is {limit_label()})")
    try:
        text, _meta = corpus.license_text(data, name, name)  # as the CLI reads a file
    except InputError as exc:
        return exc.problem
    return session.Upload(session.upload_id(text), name, text)


def take_in(files) -> list[InputProblem]:
    """Add the good files to the comparison (each once), return the problems of the bad ones."""
    problems = []
    seen = session.get(session.SEEN_FILES)
    for file in files or []:
        result = read_upload(file.name, file.getvalue())
        if isinstance(result, InputProblem):
            problems.append(result)
        elif file.file_id not in seen:
            seen.add(file.file_id)
            session.add_upload(result.name, result.text)
    return problems


def show_problems(problems: list[InputProblem]) -> None:
    for problem in problems:
        st.error(
            f"**{problem.source}** was not added: {problem.reason}. "
            "The rest of the comparison is unaffected.",
            icon=":material/error:",
        )


def show(key: str = "w.upload") -> list[InputProblem]:
    """The uploader and the list of uploaded texts in the comparison, in a popover so that the
    row of pickers stays one line high; returns the problems."""
    with st.popover("Upload license files", icon=":material/upload_file:", width="stretch"):
        return _show(key)


def _show(key: str) -> list[InputProblem]:
    files = st.file_uploader(
        f"Upload license files (UTF-8 text, up to {limit_label()} each)",
        accept_multiple_files=True,
        key=key,
        max_upload_size=max(1, math.ceil(corpus.max_bytes() / 1024 / 1024)),
        help="Plain-text or Markdown license files. Binary, empty, oversized or non-UTF-8 "
        "files are refused with a message.",
    )
    problems = take_in(files)
    uploads = session.uploads()
    if uploads:
        st.multiselect(
            "Uploaded texts in the comparison",
            list(uploads),
            format_func=lambda u: uploads[u].name,
            **session.bind("w.chosen_uploads", session.CHOSEN_UPLOADS),
        )
    return problems
