"""A side panel that stays in view: the right-hand column sticks under the toolbar while the page
scrolls, so what a click on the left shows (the deciding sentence) is next to the click."""

from __future__ import annotations

import streamlit as st

KEY = "mt-panel"
# The column holding the keyed container sticks; past the viewport's height it scrolls inside
# (without scroll anchoring, which would scroll it when its content changes on a click).
CSS = f"""<style>
div[data-testid="stColumn"]:has(.st-key-{KEY}) {{
  position: sticky; top: 3.75rem; align-self: flex-start;
  max-height: calc(100vh - 4.5rem); overflow-y: auto; overflow-anchor: none; padding-right: 4px;
}}
/* A sticky box cannot leave its row: room under the main column keeps the panel whole when
   the page is scrolled to its end (a click on the last row). */
div[data-testid="stHorizontalBlock"]:has(.st-key-{KEY}) > div[data-testid="stColumn"]:first-child {{
  padding-bottom: 45vh;
}}
</style>"""


def columns(ratio: tuple[float, float] = (5, 3)):
    """(main, panel): the main column and the sticky panel's container beside it."""
    st.html(CSS)
    main, side = st.columns(list(ratio), gap="medium")
    with side:
        panel = st.container(key=KEY, border=True)
    return main, panel
