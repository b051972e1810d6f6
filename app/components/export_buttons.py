"""Download buttons in the CLI's shapes: compare CSV, analyze CSV and JSON, and any table as CSV."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pandas as pd
import streamlit as st

from analyzer import export
from analyzer.model import LicenseProfile

CSV = "text/csv"


def frame_button(frame: pd.DataFrame, file_name: str, label: str, key: str, help: str = "") -> bool:
    """One CSV download of a table, exactly as `to_csv(index=False)` writes it."""
    return st.download_button(
        label,
        frame.to_csv(index=False).encode("utf-8"),
        file_name=file_name,
        mime=CSV,
        key=key,
        help=help or None,
        on_click="ignore",
        icon=":material/download:",
    )


def json_button(data: Any, file_name: str, label: str, key: str, help: str = "") -> bool:
    text = data if isinstance(data, str) else json.dumps(data, indent=2, ensure_ascii=False)
    return st.download_button(
        label,
        text.encode("utf-8"),
        file_name=file_name,
        mime="application/json",
        key=key,
        help=help or None,
        on_click="ignore",
        icon=":material/download:",
    )


def show(profiles: Sequence[LicenseProfile], key: str, name: str = "comparison") -> bool:
    """Matrix CSV (`compare --format csv`), long CSV (`analyze --format csv`) and JSON."""
    with st.container(horizontal=True):
        wide = frame_button(
            export.matrix_frame(profiles),
            f"modelterms-{name}.csv",
            "Matrix CSV",
            f"{key}.wide",
            "as `modelterms compare --format csv`",
        )
        long = frame_button(
            export.long_frame(profiles),
            f"modelterms-{name}-long.csv",
            "Long CSV with evidence",
            f"{key}.long",
            "as `modelterms analyze --format csv`: one row per license and term",
        )
        js = json_button(
            export.profiles_json(profiles),
            f"modelterms-{name}.json",
            "JSON",
            f"{key}.json",
            "as `modelterms analyze --format json`",
        )
    return wide or long or js
