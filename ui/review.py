"""The "check your answers" step: every answer given, by topic, formatted from its kind, and
every question still open that could change a verdict, each a link to its field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import streamlit as st

from core.answers import Answers
from core.assess import Assessment
from core.interview import STEPS, Unanswered, answered, to_ask, unanswered
from core.questions import Kind, Question, item_questions, question_for
from ui import focus, session
from ui.labels import STEP_TITLES
from ui.occupations import title as occupation_title
from ui.steps import ENTRY_TITLES
from ui.text import md
from ui.widgets import CHOICE_LABELS, label_of, option_text


def value_text(question: Question, value: Any) -> str:
    """An answer as the person would say it, in their language."""
    t = session.t()
    kind = question.kind
    if kind is Kind.YES_NO:
        return t(CHOICE_LABELS["yes" if value else "no"])
    if kind is Kind.CHOICE:
        labels = dict(question.options)
        return option_text(t(labels[value])) if value in labels else str(value)
    if kind is Kind.MONEY:
        return t.money(Decimal(str(value)))
    if kind is Kind.HOURLY_WAGE:
        return t.money(Decimal(str(value)), cents=True)
    if kind is Kind.DATE:
        return t.date(date.fromisoformat(value))
    if kind in (Kind.WHOLE_NUMBER, Kind.DECIMAL):
        return t.number(Decimal(str(value)))
    if kind is Kind.PERCENT:
        return t.percent(Decimal(str(value)))
    if kind is Kind.NOC:
        return f"{value} — {occupation_title(value)}"
    return str(value)


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
        given = [q for q in to_ask(assessment, step) if answered(answers, q.path)]
        with st.container(border=True):
            st.markdown(f"**{md(t(STEP_TITLES[step]))}**")
            if not given:
                st.caption(t("Nothing answered yet."))
            for question in given:
                value = session.get(question.path)
                if question.kind is Kind.LIST:
                    st.markdown(f"{md(t(question.label))}")
                    if not value:
                        st.markdown(f"- {md(t('Answered: none.'))}")
                    entries = getattr(answers, question.path) or []
                    for index, entry in enumerate(entries):
                        title = t(ENTRY_TITLES[question.path], n=index + 1)
                        lines = _entry_lines(question.path, answers, index, entry)
                        st.markdown(
                            f"- **{md(title)}**\n"
                            + "\n".join(f"    - {line}" for line in lines)
                        )
                    continue
                st.markdown(f"- {md(label_of(question))} — **{md(value_text(question, value))}**")
            st.button(t("Change"), key=f"edit:{step}", on_click=go_to, args=(step,))


def _entry_lines(list_name: str, answers: Answers, index: int, entry: Any) -> list[str]:
    """An entry's answers, as the interview asks them (only the questions that apply to it)."""
    lines = []
    for question in item_questions(list_name, answers, entry):
        value = session.get(f"{list_name}.{index}.{question.field}")
        if value is not None:
            lines.append(f"{md(label_of(question))} — **{md(value_text(question, value))}**")
    return lines
