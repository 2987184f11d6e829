"""Advisor view: the answers and the verdicts side by side, for screen-sharing.

The questions are the interview's own steps (same code, same "ask only what still matters");
the verdicts come from the results view (core/results_view.py), the results page's grid and
one line of why per stream, kept in view while answers change; the PDF is one click away.
"""

import streamlit as st

from core.interview import STEPS
from core.results_view import reasons, results_view
from ui import files, navigation, session, timeline_chart, verdicts
from ui.labels import STEP_TITLES
from ui.steps import STEP_RENDERERS
from ui.text import md

st.set_page_config(layout="wide")
navigation.follow()
t = session.t()
assessment = session.assessment()
view = results_view(assessment, session.lang())

# The verdicts column stays in view while the questions column scrolls: the column itself is
# sticky (its row is as tall as the questions column), and scrolls on its own when taller than
# the screen. On a phone the columns are stacked: nothing sticks there.
st.html(
    "<style>@media (min-width: 640px) {[data-testid='stColumn']:has(.st-key-advisor_verdicts)"
    "{position:sticky;top:4rem;align-self:flex-start;max-height:calc(100vh - 5rem);"
    "overflow-y:auto;}}</style>"
)

st.title(t("Advisor view"), anchor=False)
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
    lines = [
        t("{label}: {value}", label="**" + md(who) + "**", value=md(why))
        for stream in view.streams
        for who, why in reasons(stream)
    ]
    if lines:
        why_title = t("Why")  # outside the f-string: pybabel skips calls inside one
        st.markdown(f"**{md(why_title)}**")
        st.markdown("\n".join(f"- {line}" for line in lines))
    files.download_report()
    if view.near_misses:
        change_title = t("What would change the outcome")
        st.markdown(f"**{md(change_title)}**")
        st.markdown("\n".join(f"- {md(line)}" for line in view.near_misses))

with questions:
    for step in STEPS:
        # A step's questions run only while its box is open (opening it reruns the page):
        # drawing every step's widgets at once made this page's script the slowest (≈ 30 ms
        # with a complete file), and a closed box shows nothing anyway.
        box = st.expander(
            t(STEP_TITLES[step]),
            expanded=step in ("stay", "job"),
            key=f"advisor_step:{step}",
            on_change="rerun",
        )
        if box.open:
            with box:
                STEP_RENDERERS[step](assessment)
    files.download_answers()
