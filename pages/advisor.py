"""Advisor view: the answers and the verdicts side by side, for screen-sharing.

The questions are the interview's own steps (same code, same "ask only what still matters");
the verdicts come from the results view (core/results_view.py), one row per way in, kept in
view while answers change; the PDF is one click away.
"""

import streamlit as st

from core.interview import STEPS
from core.results_view import results_view
from ui import files, navigation, session
from ui.labels import STEP_TITLES
from ui.steps import STEP_RENDERERS
from ui.text import md

st.set_page_config(layout="wide")
navigation.follow()
t = session.t()
assessment = session.assessment()
view = results_view(assessment, session.lang())

# The verdicts column stays in view while the questions column scrolls.
st.html("<style>.st-key-advisor_verdicts{position:sticky;top:4rem;align-self:flex-start;}</style>")

st.title(t("Advisor view"), anchor=False)
st.caption(
    t(
        "Assessed at {date}. Every answer can be changed here; the table follows.",
        date=view.date_text,
    )
)

verdicts, questions = st.columns([1, 1], gap="large")  # verdicts first when stacked

with verdicts, st.container(key="advisor_verdicts"):
    st.markdown(f"**{md(view.headline)}**")
    lines = [
        "| " + " | ".join((t("Way in"), t("Verdict"), t("Why"))) + " |",
        "|---|---|---|",
    ]
    for way in view.ways:
        stream = next(s for s in view.streams if s.stream == way.stream)
        if way.decisive:
            why = way.decisive
        else:
            why = "; ".join(
                f"{c.citation} — {c.status_text}"
                for c in stream.open
                if c.profile_note is None or way.profile == "francophone"
            )
        lines.append(f"| {md(way.name)} | {way.mark} {md(way.verdict_text)} | {md(why) or '—'} |")
    st.markdown("\n".join(lines))
    files.download_report()
    if view.near_misses:
        st.markdown(f"**{md(t('What would change the outcome'))}**")
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
