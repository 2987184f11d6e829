"""Results: the sentence that answers first, then each way in with its reasons.

Everything shown comes from the results view (core/results_view.py): this page only lays it out.
"""

import streamlit as st

from core.results_view import (
    NOT_ASKED_HERE,
    ConditionView,
    Link,
    StreamView,
    results_view,
    settled_elsewhere,
)
from ui import files, focus, navigation, session, timeline_chart, verdicts
from ui.answer_link import answer_button
from ui.labels import STEP_TITLES
from ui.text import md

navigation.follow()
t = session.t()

st.title(t("Results"), anchor=False)
if not files.has_answers():
    # An empty session (a reload, a new visit): no verdicts from nothing.
    st.info(
        t(
            "No answers in this session: nothing to assess. Answers are kept in the browser "
            "tab only, so a reload or a new visit starts empty. If you downloaded your answers, "
            "load that file below to get them back; otherwise start with the questions."
        ),
        icon=":material/info:",
    )
    files.resume_from_file()
    st.button(
        t("Start the questions"),
        type="primary",
        on_click=navigation.request,
        args=("welcome",),
        key="start_from_results",
    )
    focus.apply()  # st.stop ends the run before app.py would
    st.stop()
view = results_view(session.assessment(), session.lang())  # nothing to assess before
files.example_notice()
st.markdown(f"**{md(view.headline)}**")
files.resumed_notice()
st.caption(md(view.assessed_text))
if view.program_in_force:
    st.warning(md(view.repeal_notice), icon=":material/warning:")
else:
    st.error(md(view.repeal_notice), icon=":material/block:")

st.subheader(t("At a glance"))
verdicts.grid(view)
timeline_chart.show("results")


def official_link(link: Link) -> None:
    """An official page, opened in a new tab (an address from the reference data)."""
    st.page_link(link.url, label=md(link.text), icon=":material/open_in_new:")


def show_condition(stream: StreamView, condition: ConditionView) -> None:
    """A condition not met or not decided: why, the figures, the gap, the law."""
    with st.container(border=True):
        st.markdown(
            f"{verdicts.icon(condition.mark)} **{md(condition.heading)}**  \n"
            f"*{md(condition.status_text)}*"
        )
        if condition.profile_note:
            st.caption(md(condition.profile_note))
        if settled_elsewhere(stream, condition):
            st.markdown(md(t(NOT_ASKED_HERE)))  # the interview did not ask: no prompt here
            return
        st.markdown(md(condition.message))
        for figure in condition.figures:
            st.markdown(f"- {md(figure)}")
        if condition.gap:
            st.markdown(md(t("Gap: {gap}", gap=condition.gap)))
        if condition.reading:
            st.caption(md(t("Reading used: {reading}", reading=condition.reading)))
        for source in condition.sources:
            st.caption(md(source))
        if condition.published_figure:
            official_link(condition.published_figure)
        for index, path in enumerate(condition.to_answer):
            answer_button(path, key=f"answer:{stream.stream}:{condition.id}:{index}")
        with st.expander(t("The law's words — {citation}", citation=condition.citation)):
            st.markdown(f"> {md(condition.law_fr)}")
            if t.lang == "en":
                st.caption(
                    t("Unofficial English rendering (only the French text has legal force):")
                )
                st.markdown(f"> {md(condition.law_en)}")


for stream in view.streams:
    st.divider()
    st.header(stream.name, anchor=stream.stream)
    st.markdown(f"**{md(stream.summary)}**")
    if stream.decisive:
        st.markdown(md(t("Decisive reason: {reason}", reason=stream.decisive)))
        with st.expander(t("Why, condition by condition ({n})", n=len(stream.open))):
            for condition in stream.open:
                show_condition(stream, condition)
    else:
        for condition in stream.open:
            show_condition(stream, condition)
    with st.expander(t("Conditions met or not applicable ({n})", n=len(stream.settled))):
        for condition in stream.settled:
            st.markdown(
                f"{verdicts.icon(condition.mark)} **{md(condition.heading)}** · "
                f"*{md(condition.status_text)}*  \n{md(condition.message)}"
            )

if view.to_answer:
    st.divider()
    st.header(t("Still to answer"))
    for index, item in enumerate(view.to_answer):
        with st.container(border=True):
            st.markdown("\n".join(f"- {md(condition)}" for condition in item.conditions))
            if item.published_figure:
                st.markdown(md(t("not assessed: the published figure is needed")))
                official_link(item.published_figure)
            for number, path in enumerate(item.paths):
                answer_button(path, key=f"to-answer:{index}:{number}")

if view.near_misses:
    st.divider()
    st.header(t("What would change the outcome"))
    st.markdown("\n".join(f"- {md(line)}" for line in view.near_misses))

st.divider()
st.header(t("What happens next"))
st.markdown("\n".join(f"- {md(line)}" for line in view.next_steps))
st.subheader(t("Official pages"))
for link in view.links:
    official_link(link)

st.header(t("What this tool does not assess"))
st.markdown("\n".join(f"- {md(line)}" for line in view.not_assessed))

st.header(t("Fees"))
st.write(md(view.fees))

st.header(t("About this assessment"))
for line in (*view.other_notices, *view.sources):
    st.caption(md(line))

st.subheader(t("Keep this assessment"))
files.download_report()
files.download_answers()
files.clear_button()

st.subheader(t("Change my answers"))
# One row that wraps, in step order (columns would stack column by column on a phone).
with st.container(horizontal=True, key="change_steps"):
    for step in ("stay", "diplomas", "work", "job", "french", "family"):
        st.button(
            t(STEP_TITLES[step]),
            key=f"edit:{step}",
            on_click=navigation.request,
            args=("interview", step),
        )
