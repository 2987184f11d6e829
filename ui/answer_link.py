"""The one place that turns an answer path into a way to answer it ("Answer: <question>").

The results page and the resume message call this; when the interview's questions move, only
this file is re-pointed.
"""

from __future__ import annotations

import streamlit as st

from core.interview import step_of
from core.questions import question_for
from ui import navigation, session
from ui.labels import STEP_TITLES
from ui.widgets import label_of


def question_text(path: str) -> str | None:
    """The question that asks an answer path, in the reader's language (else its step's title)."""
    t = session.t()
    question = question_for(path)
    if question is not None:
        return label_of(question)
    step = step_of(path)
    return t(STEP_TITLES[step]) if step else None


def answer_button(path: str, key: str) -> None:
    """A button that opens the interview at the step asking `path`."""
    step = step_of(path)
    question = question_text(path)
    if not step or not question:
        return
    st.button(
        session.t()("Answer: {question}", question=question),
        key=key,
        on_click=navigation.request,
        args=("interview", step, path),
    )
