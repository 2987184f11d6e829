"""Moving between pages and steps. Callbacks only set a target; the page body switches at its
top (st.switch_page inside a callback behaves differently in AppTest than in a browser, and a
switch from app.py before st.navigation is not honoured)."""

from __future__ import annotations

import streamlit as st

from ui import session

GOTO = "goto"
PAGES = "_pages"


def register(pages: dict) -> None:
    """Keep this run's st.Page objects: switching by object, not by path, stays inside
    st.navigation (by path, AppTest resolved "pages/…" to a bare pages-folder script)."""
    st.session_state[PAGES] = pages


def request(page: str, step: str | None = None) -> None:
    """Use as a button callback: go to `page` (and interview `step`) on this rerun."""
    st.session_state[GOTO] = page
    if step is not None:
        st.session_state[session.STEP] = step


def follow() -> None:
    """Called first in each page body: switch if a callback asked for another page."""
    target = st.session_state.pop(GOTO, None)
    if target:
        st.switch_page(st.session_state[PAGES][target])
