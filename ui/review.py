"""The review step: every answer given, by topic, with a way back to change it."""

from __future__ import annotations

import streamlit as st

from core.assess import Assessment
from core.interview import QUESTIONS, STEPS, answered
from ui import session
from ui.labels import STEP_TITLES


def show(assessment: Assessment) -> None:
    t = session.t()
    st.markdown(
        t("Check your answers. Questions that could not change any verdict were not asked.")
    )
    for step in STEPS:
        given = [q for q in QUESTIONS if q.step == step and answered(assessment.answers, q.path)]
        with st.container(border=True):
            st.markdown(f"**{t(STEP_TITLES[step])}**")
            if given:
                st.caption(t.plural("{n} answer given", "{n} answers given", len(given)))
            else:
                st.caption(t("Nothing answered yet."))
            st.button(t("Change"), key=f"edit:{step}", on_click=_go, args=(step,))


def _go(step: str) -> None:
    st.session_state[session.STEP] = step
