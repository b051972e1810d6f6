"""Download buttons in the CLI's shapes: compare CSV, analyze CSV and JSON, and any table as CSV."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from analyzer import export
from analyzer.model import LicenseProfile

CSV = "text/csv"


def frame_button(
    frame: pd.DataFrame | Callable[[], pd.DataFrame], file_name: str, label: str, key: str, help: str = ""
) -> bool:
    """One CSV download of a table, exactly as `to_csv(index=False)` writes it. A callable is only
    run when the button is clicked (big tables cost nothing until then)."""

    def data() -> bytes:
        table = frame() if callable(frame) else frame
        return table.to_csv(index=False).encode("utf-8")

    return _button(label, data, file_name, CSV, key, help)


def json_button(data: Any, file_name: str, label: str, key: str, help: str = "") -> bool:
    """A JSON download of `data` (a JSON string, a JSON-ready object or a callable making one)."""

    def text() -> bytes:
        value = data() if callable(data) else data
        value = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
        return value.encode("utf-8")

    return _button(label, text, file_name, "application/json", key, help)


def _button(label: str, data: Callable[[], bytes], file_name: str, mime: str, key: str, help: str) -> bool:
    return st.download_button(
        label,
        data,
        file_name=file_name,
        mime=mime,
        key=key,
        help=help or None,
        on_click="ignore",
        icon=":material/download:",
    )


def show(profiles: Sequence[LicenseProfile], key: str, name: str = "comparison") -> bool:
    """Matrix CSV (`compare --format csv`), long CSV (`analyze --format csv`) and JSON."""
    with st.container(horizontal=True):
        wide = frame_button(
            lambda: export.matrix_frame(profiles),
            f"modelterms-{name}.csv",
            "Matrix CSV",
            f"{key}.wide",
            "as `modelterms compare --format csv`",
        )
        long = frame_button(
            lambda: export.long_frame(profiles),
            f"modelterms-{name}-long.csv",
            "Long CSV with evidence",
            f"{key}.long",
            "as `modelterms analyze --format csv`: one row per license and term",
        )
        js = json_button(
            lambda: export.profiles_json(profiles),
            f"modelterms-{name}.json",
            "JSON",
            f"{key}.json",
            "as `modelterms analyze --format json`",
        )
    return wide or long or js
