"""The interview: one topic per step, only the questions that can still change a verdict."""

import streamlit as st

from core.interview import steps_to_visit, unanswered
from core.questions import question_for
from ui import files, focus, navigation, review, session, steps
from ui.labels import STEP_TITLES
from ui.widgets import error_text, label_of

LEFT_BEHIND = "left_behind"  # (step, paths) still open when the person moved on from a step

navigation.follow()
t = session.t()
assessment = session.assessment()
visible = [*steps_to_visit(assessment), "review"]
current = st.session_state.get(session.STEP)
if current not in visible:
    current = visible[0]
    st.session_state[session.STEP] = current
position = visible.index(current)


def go(step: str, leaving: str | None = None) -> None:
    """Move to `step`; on leaving a step forward, remember what it left open (not blocking)."""
    if leaving is not None:
        left = [item.path for item in unanswered(session.assessment(), leaving)]
        st.session_state[LEFT_BEHIND] = (leaving, left) if left else None
    else:
        st.session_state[LEFT_BEHIND] = None
    st.session_state[session.STEP] = step
    st.session_state[session.ERRORS].clear()  # the fields of the step left are gone with it
    focus.request("title")


st.title(t(STEP_TITLES[current]), anchor=False)
st.progress(
    (position + 1) / len(visible),
    text=t("Step {n} of {total}", n=position + 1, total=len(visible)),
)

files.example_notice()
files.resumed_notice()
if session.get("application_date") is None:
    # Reached by the menu before the first page: the answers would be read at today's date.
    with st.container(border=True, key="no_date"):
        st.warning(
            t(
                "No application date chosen yet: the questions below are asked at today's "
                "date, when the program is closed. Choose the date first."
            ),
            icon=":material/event:",
        )
        st.button(
            t("Choose the application date"),
            key="choose_date",
            on_click=navigation.request,
            args=("welcome", None, "date_choice"),
        )

# Refused entries on this step, each a link to its field (the error summary): filled in after
# the step is drawn, when each field has said whether its refusal still stands.
error_summary = st.empty()

# What the previous step left open that could change a verdict (never blocking).
left_behind = st.session_state.get(LEFT_BEHIND)
if left_behind and current != "review":
    step_left, paths = left_behind
    still = [item for item in unanswered(assessment, step_left) if item.path in paths]
    if still:
        with st.container(border=True, key="left_behind"):
            st.markdown(
                t.plural(
                    "On the step “{step}”, {n} question that could change a verdict has no "
                    "answer yet:",
                    "On the step “{step}”, {n} questions that could change a verdict have no "
                    "answer yet:",
                    len(still),
                    step=t(STEP_TITLES[step_left]),
                )
            )
            for index, item in enumerate(still):
                review.answer_link(item, f"left:{index}")

if current == "review":
    review.show(assessment)
else:
    steps.show(assessment, current)

refused = [
    (path, error_text(path))
    for path in st.session_state[session.ERRORS]
    if (question_for(path) and question_for(path).step == current)
]
if refused:
    with error_summary.container(border=True, key="error_summary"):
        st.markdown("**" + t("There is a problem with these answers:") + "**")
        for index, (path, message) in enumerate(refused):
            st.button(
                f"{label_of(question_for(path))} — {message}",
                key=f"fix:{index}",
                on_click=focus.request,
                args=(path,),
                type="tertiary",
                icon=":material/error:",
            )

st.divider()
with st.container(horizontal=True, key="step_buttons"):
    if position > 0:
        st.button(t("Back"), on_click=go, args=(visible[position - 1],), key="back")
    else:
        st.button(t("Back"), on_click=navigation.request, args=("welcome",), key="back")
    if current == "review":
        st.button(
            t("See the results"),
            type="primary",
            on_click=navigation.request,
            args=("results",),
            key="next",
        )
    else:
        st.button(
            t("Next"), type="primary", on_click=go, args=(visible[position + 1], current),
            key="next",
        )

files.download_answers()
files.clear_button()
