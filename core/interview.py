"""Which questions still matter, and why each is asked.

A question is asked when its answer could still change a verdict: it feeds a condition that is
"cannot tell yet" in a way in that is not already lost for another reason. The program's dates
(art. 1, 14) are left out of that test, so a person assessing a file outside them can still read
how it stood. A question already answered stays on screen, so it can be changed, and so does one
shown earlier on the same visit of a step (`keep`): nothing vanishes under the person's cursor.

The questions themselves are declared once, in core.questions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from core import paths
from core.assess import Assessment
from core.logic import Status
from core.questions import (
    QUESTIONS,
    QUESTIONS_BY_PATH,
    STEPS,
    Kind,
    Question,
    item_questions,
    question_for,
)
from core.rules.base import REGISTRY, Money
from core.rules.ids import ConditionId

__all__ = [
    "STEPS",
    "QUESTIONS",
    "QUESTIONS_BY_PATH",
    "Question",
    "Unanswered",
    "feeds",
    "answered",
    "to_ask",
    "unanswered",
    "steps_to_visit",
    "first_open_step",
    "step_of",
    "FundsCheck",
    "funds_check",
]

DATE_CONDITIONS = (ConditionId.ART1, ConditionId.ART14)


def feeds(question: Question) -> tuple[ConditionId, ...]:
    """Condition ids that read this answer (its own path, or the section holding it)."""
    path = question.list_name or question.path
    return tuple(
        cid
        for cid, condition in REGISTRY.items()
        if any(path == p or path.startswith(p + ".") for p in condition.inputs)
    )


def value_at(answers: Any, path: str) -> Any:
    """The answer at `path` ("work_history.0.start"), or None when it is not answered."""
    return paths.read(answers, path)


def answered(answers: Any, path: str) -> bool:
    return value_at(answers, path) is not None


def open_conditions(assessment: Assessment) -> set[ConditionId]:
    """Conditions still undecided in a way in that other conditions have not already lost, and
    that an answer could decide."""
    found: set[ConditionId] = set()
    for way in assessment.ways:
        lost = any(f.status is Status.NOT_MET and f.id not in DATE_CONDITIONS for f in way.findings)
        if not lost:
            found.update(
                f.id for f in way.findings if f.status is Status.UNKNOWN and f.outcome.decidable
            )
    return found


def to_ask(
    assessment: Assessment, step: str | None = None, keep: Iterable[str] = ()
) -> list[Question]:
    """The questions to show, in order: those that apply and still matter, those already
    answered, and those in `keep` (shown earlier on this visit) while they still apply."""
    answers = assessment.answers
    open_ids = open_conditions(assessment)
    kept = set(keep)
    return [
        question
        for question in QUESTIONS
        if question.list_name is None
        and (step is None or question.step == step)
        and question.applies(answers, None)
        and (
            question.info
            or question.path in kept
            or answered(answers, question.path)
            or set(feeds(question)) & open_ids
        )
    ]


@dataclass(frozen=True)
class Unanswered:
    """A question that could still change a verdict and has no answer yet."""

    path: str  # the concrete path ("work_history.1.vfx_sector")
    question: Question
    entry: int | None = None  # 1-based number of the list entry it belongs to


def unanswered(assessment: Assessment, step: str | None = None) -> list[Unanswered]:
    """What is still to answer that matters, question by question, entries of lists included."""
    answers = assessment.answers
    open_ids = open_conditions(assessment)
    found: list[Unanswered] = []
    for question in to_ask(assessment, step):
        if question.optional or question.info or not set(feeds(question)) & open_ids:
            continue
        if question.kind is Kind.LIST:
            items = value_at(answers, question.path)
            if items is None:
                found.append(Unanswered(question.path, question))
                continue
            for index, item in enumerate(items):
                for field in item_questions(question.path, answers, item):
                    path = paths.dotted((question.path, index, field.field))
                    # The same test as outside lists: what decides nothing is never "still to
                    # answer" (the list's conditions, checked above, are the entry's own).
                    if not (field.optional or field.info) and not answered(answers, path):
                        found.append(Unanswered(path, field, index + 1))
        elif not answered(answers, question.path):
            found.append(Unanswered(question.path, question))
    return found


def steps_to_visit(assessment: Assessment) -> list[str]:
    """The steps with at least one question to show."""
    return [step for step in STEPS if to_ask(assessment, step)]


def first_open_step(assessment: Assessment) -> str | None:
    """The first step with a question that still matters and is unanswered (resume point)."""
    for step in STEPS:
        if unanswered(assessment, step):
            return step
    return None


def step_of(path: str) -> str | None:
    """The step that asks an answer path ("work_history.2" → "work")."""
    here: str | None = path
    while here is not None:
        question = question_for(here)
        if question is not None:
            return question.step
        here = paths.parent(here)
    return None


SELF_SUFFICIENCY = ConditionId.ART6_3


@dataclass(frozen=True)
class FundsCheck:
    """The money typed for the first 3 months next to the Annexe C amount, as the rule of
    art. 6, par. 3° compared them (never re-decided here)."""

    funds: Decimal
    required: Decimal
    short_by: Decimal | None  # None: the funds reach the amount


def funds_check(assessment: Assessment) -> FundsCheck | None:
    """The rule's own comparison of the funds with the Annexe C amount, when it could make it."""
    for way in assessment.ways:
        for finding in way.findings:
            if finding.id != SELF_SUFFICIENCY or not finding.outcome.comparisons:
                continue
            compared = finding.outcome.comparisons[0]
            actual, required, gap = compared.actual, compared.required, finding.outcome.gap
            if not isinstance(actual, Money) or not isinstance(required, Money):
                return None  # art. 6 3° compares amounts; anything else is not this check
            return FundsCheck(
                actual.amount, required.amount, gap.amount if isinstance(gap, Money) else None
            )
    return None
