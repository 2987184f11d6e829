"""The answers given, in words: each answered question, with its answer as the person would say
it. Read from the declarations (core.questions), so a new question shows here without a line
added: the review page lists these, the PDF's "answers this assessment used" prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from core import paths
from core.answers import Answers, Step
from core.i18n import N_, Translator
from core.questions import ENTRY_TITLES, QUESTIONS, Kind, Question, item_questions, mark_out_of
from core.reference import known_occupations

YES_NO = {True: N_("Yes"), False: N_("No")}


@dataclass(frozen=True)
class Given:
    """One answer given: where it is, the question that asked it, and the list entry (1-based)
    it belongs to."""

    path: str  # "work_history.0.start"
    question: Question
    value: Any
    entry: int | None = None

    def words(self, t: Translator, application_date: date) -> str:
        """The question, with its list entry when it has one ("Job 2 — Start date")."""
        wording = self.question.wording(t, application_date)
        if self.entry is None or self.question.list_name is None:
            return wording
        return f"{t(ENTRY_TITLES[self.question.list_name], n=self.entry)} — {wording}"


def given(answers: Answers, step: Step | str | None = None) -> Iterator[Given]:
    """Every answered question that applies, in the interview's order; a list first as itself
    ([] is answered "none"), then each entry's answers to the questions that apply to it."""
    for question in QUESTIONS:
        if question.list_name is not None or (step is not None and question.step != step):
            continue
        value = paths.read(answers, question.path)
        if value is None or not question.applies(answers, None):
            continue
        if question.kind is not Kind.LIST:
            yield Given(question.path, question, value)
            continue
        yield Given(question.path, question, value)  # the list itself: [] is "none"
        for index, entry in enumerate(value):
            for field in item_questions(question.path, answers, entry):
                answer = paths.read(entry, field.field)
                if answer is not None:
                    path = paths.dotted((question.path, index, field.field))
                    yield Given(path, field, answer, index + 1)


def option_text(label: str) -> str:
    """An option as a list shows it: a capital first letter, whatever its place in a sentence
    ("Baccalauréat" beside "DEP (…)"); the message keeps its lower case for use in sentences."""
    return label[:1].upper() + label[1:]


def answer_text(
    t: Translator, question: Question, value: Any, answers: Answers | None = None
) -> str:
    """An answer as the person would say it, in their language: from the model (typed values)
    or from the session's answers (as the file stores them)."""
    kind = question.kind
    if isinstance(value, Enum):
        value = value.value
    if kind is Kind.LIST:
        return t("Answered: none.") if not value else t.number(len(value))
    if kind is Kind.YES_NO:
        return t(YES_NO[bool(value)])
    if kind is Kind.CHOICE:
        labels = dict(question.options)
        return option_text(t(labels[value])) if value in labels else str(value)
    if kind is Kind.MONEY:
        return t.money(Decimal(str(value)))
    if kind is Kind.HOURLY_WAGE:
        return t.money(Decimal(str(value)), cents=True)
    if kind is Kind.DATE:
        return t.date(value if isinstance(value, date) else date.fromisoformat(value))
    if kind is Kind.WHOLE_NUMBER and answers is not None:
        out_of = mark_out_of(answers, question.path)
        if out_of:  # a mark as printed on the attestation: "18/25"
            return f"{value}/{out_of}"
    if kind in (Kind.WHOLE_NUMBER, Kind.DECIMAL):
        return t.number(Decimal(str(value)))
    if kind is Kind.PERCENT:
        return t.percent(Decimal(str(value)))
    if kind is Kind.NOC:
        occupation = known_occupations().get(value)
        return f"{value} — {occupation.title(t.lang)}" if occupation else str(value)
    return str(value)
