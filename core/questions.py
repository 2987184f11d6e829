"""Every question of the interview, read from its one declaration: the `Ask(...)` on the field of
the answers model it fills (core.answers). Nothing about a question is typed here.

A `Question` is that declaration with its answer path ("work_history.start" for a field of
every work period) and its bounds, which are the field's own: what the widget accepts is what
the model enforces. The web app renders any question from it (one widget per kind), the review
page and the PDF format any answer from its kind (core.answer_text), and core.interview decides
which of them still matter.

Labels may hold `{date}`: the application date, because a situation is assessed at that date
("On 15 May 2025, were you staying in Québec?"), not today.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, get_args

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from core import paths
from core.answers import (
    ADULTS,
    FRENCH_PROOFS,
    FRENCH_TESTS,
    GRADUATE_LEVELS,
    JOB_STATUSES,
    LEVELS,
    NOC_2016_SKILLS,
    ORAL_LEVELS,
    PURPOSES,
    Answers,
    Applies,
    Ask,
    FrenchTest,
    Kind,
    NotAsked,
    Step,
    sector_condition,
)
from core.i18n import N_, Translator

__all__ = [
    "ADULTS",
    "ENTRY_TITLES",
    "FRENCH_PROOFS",
    "FRENCH_TESTS",
    "GRADUATE_LEVELS",
    "JOB_STATUSES",
    "LEVELS",
    "LIST_NAMES",
    "NOC_2016_SKILLS",
    "NOT_ASKED",
    "ORAL_LEVELS",
    "PURPOSES",
    "QUESTIONS",
    "QUESTIONS_BY_PATH",
    "STEPS",
    "Kind",
    "Question",
    "Step",
    "item_questions",
    "mark_out_of",
    "question_for",
    "sector_condition",
]

STEPS = tuple(Step)
ENTRY_TITLES = {"diplomas": N_("Diploma {n}"), "work_history": N_("Job {n}")}  # one entry
LIST_NAMES = tuple(ENTRY_TITLES)


@dataclass(frozen=True)
class Question:
    path: str  # the answer it fills; a list entry's field as "work_history.start"
    step: Step
    kind: Kind
    label: str  # msgid; may hold {date}
    definition: str | None  # msgid: what the term it uses means, in plain words
    options: tuple[tuple[Any, str], ...]  # (stored value, msgid), for CHOICE
    bounds: tuple[Decimal, Decimal] | None  # smallest and largest the model accepts
    applies: Applies  # whether it makes sense, from earlier answers (and its list entry)
    info: bool  # decides nothing; kept for the file and the report
    optional: bool  # never listed as "still to answer"

    @property
    def list_name(self) -> str | None:
        """"work_history" for a field of a work period; None for a question of its own."""
        parts = paths.parts(self.path)
        return str(parts[0]) if len(parts) > 1 and parts[0] in LIST_NAMES else None

    @property
    def field(self) -> str:
        return str(paths.parts(self.path)[-1])

    def wording(self, t: Translator, application_date: date) -> str:
        """The question in the reader's language, asked at the application date."""
        return t(self.label, date=t.date(application_date))


# --- Read from the declarations of the answers model -------------------------------------------


def _model_inside(annotation: Any) -> type[BaseModel] | None:
    """The section or entry model inside `X | None`, `list[X]`, `Annotated[...]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_inside(arg)
        if found is not None:
            return found
    return None


def _constraints(annotation: Any) -> Iterator[Any]:
    """Every constraint written on a type, however deep in `Annotated[...] | None` it sits."""
    for arg in get_args(annotation):
        if isinstance(arg, FieldInfo):
            yield from arg.metadata
        elif isinstance(arg, annotated_types.BaseMetadata):
            yield arg
        else:
            yield from _constraints(arg)


def bounds_of(field: FieldInfo) -> tuple[Decimal, Decimal] | None:
    """The smallest and largest value the model accepts for a field (None: not a number)."""
    low = high = None
    for constraint in [*field.metadata, *_constraints(field.annotation)]:
        if isinstance(constraint, annotated_types.Ge | annotated_types.Gt):
            low = Decimal(str(getattr(constraint, "ge", getattr(constraint, "gt", None))))
        elif isinstance(constraint, annotated_types.Le | annotated_types.Lt):
            high = Decimal(str(getattr(constraint, "le", getattr(constraint, "lt", None))))
    return None if low is None or high is None else (low, high)


def _declared(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, FieldInfo]]:
    """Every field of the answers model, with its answer path, in declaration order."""
    for name, field in model.model_fields.items():
        path = f"{prefix}{name}"
        yield path, field
        inner = _model_inside(field.annotation)
        if inner is not None:
            yield from _declared(inner, path + ".")


def _marker(field: FieldInfo, kind: type) -> Any:
    return next((m for m in field.metadata if isinstance(m, kind)), None)


def _question(path: str, field: FieldInfo, ask: Ask) -> Question:
    return Question(
        path,
        ask.step,
        ask.kind,
        ask.label,
        ask.definition,
        tuple((ask.options or {}).items()),
        bounds_of(field),
        ask.applies,
        ask.info,
        ask.optional,
    )


DECLARED = tuple(_declared(Answers))
QUESTIONS: tuple[Question, ...] = tuple(
    _question(path, field, ask) for path, field in DECLARED if (ask := _marker(field, Ask))
)
QUESTIONS_BY_PATH = {question.path: question for question in QUESTIONS}
# The step that asks each section of the answers file ("scholarship" → the diplomas step): the
# step of its first question, as the interview asks it. Top-level answers are no section.
SECTION_STEPS: dict[str, Step] = {
    question.path.split(".")[0]: question.step
    for question in reversed(QUESTIONS)  # reversed: the first question's step is written last
    if "." in question.path
}
# Leaves of the answers model that no question asks, and why (NotAsked on the field).
NOT_ASKED = {
    path: marker.why for path, field in DECLARED if (marker := _marker(field, NotAsked))
}


def question_for(path: str) -> Question | None:
    """The declaration of an answer path; list entries by their field ("diplomas.0.level")."""
    return QUESTIONS_BY_PATH.get(paths.declared(path))


def item_questions(list_name: str, answers: Answers, item: Any) -> list[Question]:
    """The questions about one entry of a list that apply to it, in the order they are asked."""
    return [q for q in QUESTIONS if q.list_name == list_name and q.applies(answers, item)]


# What an oral exam's mark is out of, as printed on the results ("18/25"); TEF and TCF listening
# give points with no denominator printed. The TCF's speaking is out of 20 (answers.French).
MARKS_OUT_OF = {
    FrenchTest.DELF_B2: 25,
    FrenchTest.DALF_C1: 25,
    FrenchTest.DALF_C2: 50,
}


def mark_out_of(answers: Answers, path: str) -> int | None:
    """The denominator of the mark asked at `path` for the test chosen, when it has one."""
    test = answers.french.test
    if test in MARKS_OUT_OF:
        return MARKS_OUT_OF[test]
    if path == "french.speaking" and test is not None and test.value.startswith("tcf"):
        return 20
    return None
