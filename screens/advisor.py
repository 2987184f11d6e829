"""Advisor view: a whole consultation on one screen, for screen-sharing.

At the top, the client's file: the application date (typed; nothing is assessed without it),
an answers file to load, the answers to download. Below, the verdicts and the questions side
by side. The questions are the interview's own steps (same code, same "ask only what still
matters"); the verdicts and their reasons come from the results view (core/results_view.py),
kept in view while answers change; the PDF is one click away.
"""

import streamlit as st

from core.interview import STEPS
from core.results_view import results_view
from ui import (
    consultation,
    files,
    navigation,
    session,
    steps,
    streamlit_dom,
    timeline_chart,
    verdicts,
)
from ui.date_field import application_date_field
from ui.labels import STEP_TITLES
from ui.steps import STEP_RENDERERS
from ui.text import md

navigation.follow()
t = session.t()

# The verdicts column stays in view while the questions scroll (advisor.css); the field being
# answered stays where it is on the screen while the page redraws (hold_the_answer.js).
st.html(streamlit_dom.style("advisor"))
st.html(streamlit_dom.script("hold_the_answer"), unsafe_allow_javascript=True)

st.title(t("Advisor view"), anchor=False)

# The client's file: one row, always at the top (nothing above it changes with the answers).
with st.container(key="advisor_file"):
    date_column, load_column, keep_column = st.columns([1, 1.4, 1], gap="medium")
    with date_column:
        chosen = application_date_field()
    with load_column:
        files.resume_from_file(
            move_on=False, label=t("Load a client's answers file"), key=consultation.upload_key()
        )
    with keep_column:
        consultation.client_actions()
files.example_notice(advisor=True)  # under the file row: loading a file ends it without moving the row
files.resumed_notice()

if chosen is None:
    # Every verdict depends on the date: nothing is assessed, no question asked, before it.
    st.info(
        t(
            "Type the application date first (or load the client's answers file): every "
            "verdict depends on it, so nothing is assessed before."
        ),
        icon=":material/calendar_month:",
    )
else:
    assessment = session.assessment()
    view = results_view(assessment, session.lang())
    st.caption(
        t(
            "Assessed as of {date}. Every answer can be changed here; the table follows.",
            date=view.date_text,
        )
    )
    verdicts_column, questions = st.columns([1, 1], gap="large")  # verdicts first when stacked

    with verdicts_column, st.container(key="advisor_verdicts"):
        st.markdown(f"**{md(view.headline)}**")
        verdicts.grid(view)
        timeline_chart.show("advisor")
        verdicts.why(view)
        files.download_report(consultation.notes())
        if view.near_misses:
            change_title = t("What would change the outcome")
            st.markdown(f"**{md(change_title)}**")
            st.markdown("\n".join(f"- {md(line)}" for line in view.near_misses))
        # Each figure's source and how sure it is (the "[2]" in the reasons and the PDF).
        with st.expander(t("Sources of the reference figures used")):
            st.markdown("\n".join(f"- {md(line)}" for line in view.sources))

    with questions, st.container(key="advisor_questions"):
        for step in STEPS:
            # A step's questions run only while its box is open (opening it reruns the page):
            # drawing every step's widgets at once made this page's script the slowest
            # (≈ 30 ms with a complete file), and a closed box shows nothing anyway.
            box = st.expander(
                t(STEP_TITLES[step]),
                expanded=step in ("stay", "job"),
                key=f"advisor_step:{step}",
                on_change="rerun",
            )
            if box.open:
                with box:
                    STEP_RENDERERS[step](assessment)
    steps.remember_answers(session.data())
