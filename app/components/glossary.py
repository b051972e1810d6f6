"""What the 29 terms mean, in a popover beside the tables that use their ids."""

from __future__ import annotations

import streamlit as st

from analyzer.taxonomy import CATEGORY_LABEL, TERMS


def glossary_markdown() -> str:
    """The definitions as Markdown, grouped by category (analyzer/rules/terms.yaml)."""
    lines = []
    for category, label in CATEGORY_LABEL.items():
        lines.append(f"**{label.capitalize()}**")
        lines += [f"- `{t.id}` · {t.label}: {t.definition}" for t in TERMS if t.category == category]
        lines.append("")
    return "\n".join(lines)


def show() -> None:
    with st.popover("What the terms mean", icon=":material/menu_book:"):
        st.markdown(glossary_markdown())
