"""The interview: one topic per step, only the questions that can still change a verdict."""

import streamlit as st

from core.interview import steps_to_visit
from ui import files, navigation, review, session
from ui.labels import STEP_TITLES
from ui.steps import STEP_RENDERERS

navigation.follow()
t = session.t()
assessment = session.assessment()
steps = [*steps_to_visit(assessment), "review"]
current = st.session_state.get(session.STEP)
if current not in steps:
    current = steps[0]
    st.session_state[session.STEP] = current
position = steps.index(current)

st.title(t(STEP_TITLES[current]))
st.progress(
    (position + 1) / len(steps), text=t("Step {n} of {total}", n=position + 1, total=len(steps))
)

if current == "review":
    review.show(assessment)
else:
    STEP_RENDERERS[current](assessment)


def go(step: str) -> None:
    st.session_state[session.STEP] = step


st.divider()
back, forward = st.columns(2)
if position > 0:
    back.button(
        t("Back"), on_click=go, args=(steps[position - 1],), key="back", use_container_width=True
    )
else:
    back.button(
        t("Back"),
        on_click=navigation.request,
        args=("welcome",),
        key="back",
        use_container_width=True,
    )
if current == "review":
    forward.button(
        t("See the results"),
        type="primary",
        on_click=navigation.request,
        args=("results",),
        key="next",
        use_container_width=True,
    )
else:
    forward.button(
        t("Next"),
        type="primary",
        on_click=go,
        args=(steps[position + 1],),
        key="next",
        use_container_width=True,
    )

files.download_answers()
files.clear_button()
