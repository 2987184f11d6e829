"""The review step: every answer given, by topic, with a way back to change it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import streamlit as st

from core.assess import Assessment
from core.interview import QUESTIONS, STEPS, answered
from ui import session
from ui.labels import (
    ADULTS,
    FRENCH_TESTS,
    JOB_STATUSES,
    LEVELS,
    PURPOSES,
    QUESTION_LABELS,
    STEP_TITLES,
)
from ui.text import md
from ui.widgets import CHOICE_LABELS

CHOICES = {
    "stay.purpose": PURPOSES,
    "job.status": JOB_STATUSES,
    "french.test": FRENCH_TESTS,
    "family.adults": ADULTS,
    "level": LEVELS,
    "equivalent_level": LEVELS,
}
MONEY = ("annual_salary", "funds", "official_amount")
WAGES = ("hourly_wage", "wage_threshold")


def value_text(path: str, value: Any) -> str:
    """An answer as the person would say it, in their language."""
    t = session.t()
    field = path.rsplit(".", 1)[-1]
    if isinstance(value, bool):
        return t(CHOICE_LABELS["yes" if value else "no"])
    labels = CHOICES.get(path) or CHOICES.get(field)
    if labels is not None:
        return t(labels.get(value, str(value)))
    if field in MONEY:
        return t.money(Decimal(str(value)))
    if field in WAGES:
        return t.money(Decimal(str(value)), cents=True)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return t.date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _lines(item: dict, generic: str) -> list[str]:
    t = session.t()
    return [
        f"{t(QUESTION_LABELS[f'{generic}.{field}'])} — {value_text(field, value)}"
        for field, value in item.items()
        if f"{generic}.{field}" in QUESTION_LABELS
    ]


def show(assessment: Assessment) -> None:
    t = session.t()
    st.markdown(
        t("Check your answers. Questions that could not change any verdict were not asked.")
    )
    for step in STEPS:
        given = [q for q in QUESTIONS if q.step == step and answered(assessment.answers, q.path)]
        with st.container(border=True):
            st.markdown(f"**{md(t(STEP_TITLES[step]))}**")
            if not given:
                st.caption(t("Nothing answered yet."))
            for question in given:
                value = session.get(question.path)
                if isinstance(value, list):
                    if not value:
                        st.markdown(f"- {md(t('Answered: none.'))}")
                    for index, item in enumerate(value, start=1):
                        lines = _lines(item, question.path)
                        st.markdown(f"- **{index}.** " + md(" · ".join(lines)))
                    continue
                label = t(QUESTION_LABELS[question.path])
                st.markdown(f"- {md(label)} — **{md(value_text(question.path, value))}**")
            st.button(t("Change"), key=f"edit:{step}", on_click=_go, args=(step,))


def _go(step: str) -> None:
    st.session_state[session.STEP] = step
