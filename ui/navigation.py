"""Moving between pages and steps. Callbacks only set a target; the page body switches at its
top, and app.py, seeing a target pending, runs the page before drawing anything else, so the run
cut short by the switch costs next to nothing. (st.switch_page inside a callback makes AppTest
run the new page's file without app.py, unlike a browser; a switch from app.py, before or
after st.navigation, is not honoured by AppTest.)"""

from __future__ import annotations

import streamlit as st

from ui import focus, session

GOTO = "goto"
PAGES = "_pages"


def register(pages: dict) -> None:
    """Keep this run's st.Page objects: switching by object, not by path, stays inside
    st.navigation (by path, AppTest resolved a path to a bare script)."""
    st.session_state[PAGES] = pages


def request(page: str, step: str | None = None, question: str | None = None) -> None:
    """Use as a button callback: go to `page` (and interview `step`) on this rerun, shown from
    its top, or on `question` (an answer path) when one is named."""
    st.session_state[GOTO] = page
    if step is not None:
        st.session_state[session.STEP] = step
    focus.request(question or "title")


def pending() -> bool:
    """A callback asked for another page (app.py then runs the page first: it switches)."""
    return bool(st.session_state.get(GOTO))


def follow() -> None:
    """Called first in each page body: switch if a callback asked for another page."""
    target = st.session_state.pop(GOTO, None)
    if target:
        st.switch_page(st.session_state[PAGES][target])
