"""The six ways over time, on the results page and the advisor view: the chart (core's, built
with Altair), the same facts as sentences, and the application date to assess at, typed or
clicked on the chart.

Kept in this session only: the timeline (it depends on the answers, not on the application
date chosen) and the chart's specification (the answers, the language and the date chosen).
"""

from __future__ import annotations

import json
from datetime import date

import streamlit as st

from core.i18n import parse_day
from core.program import program_dates
from core.timeline import HELD_UNCHANGED, Timeline, timeline, way_sentences
from core.timeline_chart import DAY_SELECTION, timeline_chart
from ui import session
from ui.text import md

KEPT = "_timeline"  # (answers without their date, as JSON; the timeline)
KEPT_SPEC = "_timeline_spec"  # ((that JSON, language, date chosen); the chart's specification)
DAY_TYPED = "timeline_day"  # the text box
DAY_ERROR = "_timeline_day_error"


def _timeline() -> tuple[str, Timeline]:
    facts = {k: v for k, v in session.data().items() if k != "application_date"}
    text = json.dumps(facts, sort_keys=True)
    kept = st.session_state.get(KEPT)
    if kept is None or kept[0] != text:
        kept = (text, timeline(session.answers()))
        st.session_state[KEPT] = kept
    return kept


def _spec(text: str, result: Timeline, lang: str, chosen: date) -> dict:
    key = (text, lang, chosen)
    kept = st.session_state.get(KEPT_SPEC)
    if kept is None or kept[0] != key:
        kept = (key, timeline_chart(result, lang, chosen))
        st.session_state[KEPT_SPEC] = kept
    return kept[1]


def _choose(day: date) -> None:
    session.set_value("application_date", day.isoformat())
    st.session_state.pop(DAY_ERROR, None)


def _clicked(key: str) -> None:
    picked = st.session_state[key].selection.get(DAY_SELECTION) or []
    if picked and picked[0].get("day"):
        _choose(date.fromisoformat(picked[0]["day"]))


def _typed(first: date, last: date) -> None:
    try:
        day = parse_day(st.session_state.get(DAY_TYPED) or "")
        if not first <= day <= last:
            raise ValueError(day)
    except ValueError:
        st.session_state[DAY_ERROR] = True  # what was typed stays in the box
        return
    _choose(day)


def show(place: str) -> None:
    """The chart and its sentences; `place` keeps the chart's key apart per page."""
    t = session.t()
    lang = session.lang()
    text, result = _timeline()
    chosen = session.application_date()
    dates = program_dates()
    st.subheader(t("Over time"), anchor=False)
    chart_key = f"timeline_chart:{place}"
    st.vega_lite_chart(
        spec=_spec(text, result, lang, chosen),
        key=chart_key,
        on_select=lambda: _clicked(chart_key),
        selection_mode=DAY_SELECTION,
        width="stretch",
        alt=t("The six ways in over time; the same facts are given as sentences below."),
    )
    st.caption(
        md(
            t(
                "Solid line: the application date chosen, {chosen}. Dashed: A.M. 2023-002 in "
                "force ({amended}) and the repeal ({repealed}). Click a day on the chart, or "
                "type it below, to assess the file at that date.",
                chosen=t.date(chosen),
                amended=t.date(dates.amended),
                repealed=t.date(dates.repealed),
            )
        )
    )
    if not st.session_state.get(DAY_ERROR):
        # The box shows the date chosen (typed here, clicked, or chosen elsewhere); after a
        # refused entry it keeps what was typed.
        in_range = result.first <= chosen <= result.last
        st.session_state[DAY_TYPED] = chosen.isoformat() if in_range else ""
    st.text_input(
        t("Application date (year-month-day)"),
        key=DAY_TYPED,
        on_change=_typed,
        args=(result.first, result.last),
        placeholder=t("YYYY-MM-DD"),
    )
    if st.session_state.get(DAY_ERROR):
        st.error(
            t(
                "Application date: type a date between {earliest} and {latest}, as "
                "year-month-day (for example 2025-05-15).",
                earliest=t.date(result.first),
                latest=t.date(result.last),
            ),
            icon=":material/error:",
        )
    with st.expander(t("The same, in sentences")):
        st.caption(md(t(HELD_UNCHANGED)))
        lines = [sentence for way in result.ways for sentence in way_sentences(way, lang)]
        st.markdown("\n".join(f"- {md(line)}" for line in lines))
