"""Status colors, symbols and text labels (color is never the only signal), and the legend."""

from __future__ import annotations

import html

import streamlit as st

from analyzer.export import short_params
from analyzer.model import TermResult

# status -> (symbol, background, text color); light backgrounds with dark text read in both themes.
STYLE: dict[str, tuple[str, str, str]] = {
    "granted": ("✓", "#cdeed6", "#0b4a1f"),
    "conditional": ("◐", "#ffe8a8", "#5c4000"),
    "prohibited": ("✕", "#f9c9cd", "#6b0d16"),
    "required": ("●", "#cfe0ff", "#0d2f6b"),
    "applies": ("▲", "#e4d8f6", "#3d1f6b"),
    "silent": ("–", "#eceef1", "#3c4249"),
}
UNKNOWN = ("?", "#ffffff", "#000000")


def symbol(status: str) -> str:
    return STYLE.get(status, UNKNOWN)[0]


def css(status_text: str) -> str:
    """Cell CSS for a cell whose text starts with a status label (symbol first)."""
    status = status_of(status_text)
    _, background, color = STYLE.get(status, UNKNOWN)
    return f"background-color: {background}; color: {color}"


def status_of(cell_text: str) -> str:
    words = str(cell_text).replace("·", " ").split()
    for word in words[:2]:
        if word in STYLE:
            return word
    return ""


def basis(result: TermResult) -> str:
    """ "explicit" (a clause addresses the term) or "implied" (read from a general grant); ""
    for a silent term or an engine that does not say."""
    value = getattr(result, "basis", None)
    return str(value) if value and result.status != "silent" else ""


def label(result: TermResult, condition: str = "") -> str:
    """Symbol, status word, then the params (or the condition) in short, and "implied" when the
    reading follows from a general grant: "◐ conditional · > 700M MAU", "✓ granted · implied"."""
    text = f"{symbol(result.status)} {result.status}"
    extra = short_params(result.term, result.params) or condition
    if extra:
        text = f"{text} · {extra}"
    return f"{text} · implied" if basis(result) == "implied" else text


def html_badge(status: str, extra: str = "") -> str:
    sym, background, color = STYLE.get(status, UNKNOWN)
    text = html.escape(f"{sym} {status}" + (f" · {extra}" if extra else ""))
    return (
        f'<span class="mt-badge" style="background:{background};color:{color};'
        f'padding:1px 8px;border-radius:10px;white-space:nowrap">{text}</span>'
    )


def show() -> None:
    """The legend: every status with its color, symbol and word."""
    badges = " ".join(html_badge(s) for s in STYLE)
    st.html(f'<div class="mt-legend" style="font-size:0.9rem">Status: {badges}</div>')
