"""The "check your answers" step: every answer given, by topic, formatted from its kind, and
every question still open that could change a verdict, each a link to its field."""

from __future__ import annotations

from typing import Any

import streamlit as st

from core.answer_text import answer_text, given
from core.answers import Answers
from core.assess import Assessment
from core.interview import STEPS, Unanswered, unanswered
from core.questions import Kind, Question, question_for
from ui import focus, session
from ui.labels import STEP_TITLES
from ui.steps import ENTRY_TITLES
from ui.text import md
from ui.widgets import label_of


def value_text(question: Question, value: Any) -> str:
    """An answer as the person would say it, in their language (core.answer_text)."""
    return answer_text(session.t(), question, value, session.answers())


def go_to(step: str, path: str | None = None) -> None:
    """Callback: open `step`, on a question when one is named."""
    st.session_state[session.STEP] = step
    focus.request(path or "title")


def answer_link(item: Unanswered, key: str) -> None:
    """A button "Answer: <question>" that opens its step on that very question."""
    t = session.t()
    text = label_of(item.question)
    if item.entry is not None:
        entry = t(ENTRY_TITLES[item.question.list_name], n=item.entry)
        text = f"{entry} — {text}"
    st.button(
        t("Answer: {question}", question=text),
        key=key,
        on_click=go_to,
        args=(question_for(item.path).step, item.path),
        type="tertiary",
    )


def still_open(assessment: Assessment) -> None:
    """The questions still to answer that could change a verdict, each a link."""
    t = session.t()
    left = unanswered(assessment)
    if not left:
        st.success(t("Every question that could change a verdict has an answer."), icon=":material/check_circle:")
        return
    with st.container(border=True, key="still_open"):
        st.markdown(
            "**"
            + t.plural(
                "{n} question could still change a verdict:",
                "{n} questions could still change a verdict:",
                len(left),
            )
            + "**"
        )
        for index, item in enumerate(left):
            answer_link(item, f"open:{index}")


def show(assessment: Assessment) -> None:
    t = session.t()
    st.markdown(
        t("Check your answers. Questions that could not change any verdict were not asked.")
    )
    still_open(assessment)
    answers = assessment.answers
    for step in STEPS:
        with st.container(border=True):
            st.markdown(f"**{md(t(STEP_TITLES[step]))}**")
            lines = _lines(answers, step)
            if not lines:
                st.caption(t("Nothing answered yet."))
            if lines:
                st.markdown("\n".join(lines))
            st.button(t("Change"), key=f"edit:{step}", on_click=go_to, args=(step,))


def _lines(answers: Answers, step: str) -> list[str]:
    """The step's answers as a Markdown list, as the interview asks them: a list's entries
    under it, each with its own answers (core.answer_text.given)."""
    t = session.t()
    lines, entry = [], None
    for item in given(answers, step):
        question = item.question
        if question.kind is Kind.LIST:
            entry = None
            lines.append(f"- {md(t(question.label))}")
            if not item.value:
                lines.append(f"    - {md(t('Answered: none.'))}")
            continue
        answer = f"{md(label_of(question))} — **{md(value_text(question, item.value))}**"
        if item.entry is None:
            lines.append(f"- {answer}")
            continue
        if item.entry != entry:
            entry = item.entry
            title = t(ENTRY_TITLES[question.list_name or ""], n=item.entry)
            lines.append(f"    - **{md(title)}**")
        lines.append(f"        - {answer}")
    return lines
