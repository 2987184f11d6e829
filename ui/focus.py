"""Where the person's attention goes after a move: the top of a step, or one question.

After Next, Back or a change of page, the step is shown from its top and the keyboard focus is
on its title; after "Answer: …" the question itself is in view, focused and highlighted.
Streamlit keeps the scroll position across reruns, so without this a step opens mid-page.
"""

from __future__ import annotations

import re

import streamlit as st

from ui import streamlit_dom

FOCUS = "focus_request"
COUNT = "focus_count"


def request(target: str = "title") -> None:
    """Use in a callback: "title", or an answer path ("job.annual_salary", "diplomas.0")."""
    st.session_state[FOCUS] = target


def key_class(key: str) -> str:
    """The class Streamlit puts on a keyed element ("q:job.x" → "st-key-q-job-x")."""
    return streamlit_dom.KEY_CLASS + re.sub(r"[^A-Za-z0-9_-]", "-", key)


def apply() -> None:
    """Called once at the end of a page: carries out the pending request, if any."""
    target = st.session_state.pop(FOCUS, None)
    if target is None:
        return
    st.session_state[COUNT] = st.session_state.get(COUNT, 0) + 1
    if target == "title":
        selectors = []
    else:
        selectors = [
            "." + key_class(target),
            "." + key_class(f"q:{target}"),
            "." + key_class(f"search:{target}"),
            "." + key_class(f"entry:{target}"),
            "." + key_class(f"add:{target}"),
        ]
    st.html(
        streamlit_dom.script("focus", selectors=selectors, move=st.session_state[COUNT]),
        unsafe_allow_javascript=True,
    )
