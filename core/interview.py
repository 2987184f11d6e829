"""Which questions still matter, and why each is asked.

A question is asked when its answer could still change a verdict: it feeds a condition that is
"cannot tell yet" in a way in that is not already lost for another reason. The program's dates
(art. 1, 14) are left out of that test, so a person assessing a file outside them can still read
how it stood. A question already answered stays on screen, so it can be changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.answers import Answers, Diploma, JobStatus, WorkPeriod
from core.assess import Assessment
from core.logic import Status
from core.reference import art12_occupations, match_municipality
from core.rules.ai_quebec_graduate import GRADUATE_LEVELS
from core.rules.base import REGISTRY

DATE_CONDITIONS = ("art1", "art14")


@dataclass(frozen=True)
class Question:
    path: str  # the answer it fills, e.g. "job.annual_salary"
    step: str
    applies: Callable[[Answers], bool] = lambda answers: True  # only where it makes sense
    info: bool = False  # decides nothing; asked for the file and the report

    @property
    def feeds(self) -> tuple[str, ...]:
        """Condition ids that read this answer (its own path, or the section holding it)."""
        return tuple(
            cid
            for cid, condition in REGISTRY.items()
            if any(self.path == p or self.path.startswith(p + ".") for p in condition.inputs)
        )


def _job_known(answers: Answers) -> bool:
    return answers.job.status is not JobStatus.NONE


def _art12_condition(answers: Answers) -> str | None:
    return sector_condition(answers.job.noc_code)


def _hours_needed(answers: Answers) -> bool:
    return _job_known(answers) and answers.job.hourly_wage is None


def _return_condition(answers: Answers) -> bool:
    return bool(answers.scholarship.has_return_condition)


def _not_listed_applies(answers: Answers) -> bool:
    """Asked only when the municipality typed is not recognised (never assume it is outside)."""
    typed = answers.job.employer_municipality
    return _job_known(answers) and bool(typed) and match_municipality(typed).in_cmm is None


def _scored_test(answers: Answers) -> bool:
    """TEF and TCF scores; the oral exam scores of a DELF B2 or DALF (not of a DELF below B2)."""
    test = answers.french.test
    return test is not None and test.value.startswith(("tef", "tcf", "delf-b2", "dalf"))


STEPS = ("stay", "diplomas", "work", "job", "french", "family")

QUESTIONS: tuple[Question, ...] = (
    Question("spouse_open_work_permit", "stay"),
    Question("stay.in_quebec", "stay"),
    Question("stay.purpose", "stay", lambda a: a.stay.in_quebec is not False),
    Question("diplomas", "diplomas"),
    Question("scholarship.has_return_condition", "diplomas"),
    Question("scholarship.condition_fulfilled", "diplomas", _return_condition),
    Question("work_history", "work"),
    Question("job.status", "job"),
    Question("job.title", "job", _job_known, info=True),
    Question("job.noc_code", "job", _job_known),
    Question("job.full_time", "job", _job_known),
    Question("job.in_quebec", "job", _job_known),
    Question("job.ai_sector", "job", _job_known),
    Question("job.vfx_sector", "job", lambda a: _job_known(a) and _art12_condition(a) == "vfx"),
    Question(
        "job.related_to_it_vfx",
        "job",
        lambda a: _job_known(a) and _art12_condition(a) == "it_or_vfx",
    ),
    Question("job.ineligible_sector", "job", _job_known),
    Question("job.controlled_company", "job", _job_known),
    Question("job.skills_meet_requirements", "job", _job_known),
    Question("job.annual_salary", "job", _job_known),
    Question("job.employer_municipality", "job", _job_known),
    Question("job.municipality_not_listed", "job", _not_listed_applies),
    Question("job.hourly_wage", "job", _job_known),
    Question("job.weekly_hours", "job", _hours_needed),
    Question("job.wage_threshold", "job", _job_known),
    Question("french.oral_level", "french"),
    Question("french.test", "french"),
    Question("french.test_date", "french", lambda a: a.french.test is not None),
    Question("french.listening", "french", _scored_test),
    Question("french.speaking", "french", _scored_test),
    Question("french.three_years_studies_in_french", "french"),
    Question("family.adults", "family"),
    Question("family.children_under_18", "family"),
    Question("family.dependent_children_18_plus", "family"),
    # Named by art. 6, par. 3° (the undertaking covers them); no figure depends on it here.
    Question("family.dependent_canadian_children", "family", info=True),
    Question("family.undertaking_signed", "family"),
    Question("family.funds", "family"),
    Question("family.official_amount", "family"),
    Question("family.funds_meet_scale", "family"),
)
QUESTIONS_BY_PATH = {question.path: question for question in QUESTIONS}


def answered(answers: Answers, path: str) -> bool:
    value: Any = answers
    for part in path.split("."):
        value = getattr(value, part, None)
    return value is not None


def open_conditions(assessment: Assessment) -> set[str]:
    """Conditions still undecided in a way in that other conditions have not already lost."""
    found: set[str] = set()
    for way in assessment.ways:
        lost = any(f.status is Status.NOT_MET and f.id not in DATE_CONDITIONS for f in way.findings)
        if not lost:
            found.update(f.id for f in way.findings if f.status is Status.UNKNOWN)
    return found


def matters(question: Question, assessment: Assessment) -> bool:
    """Its answer could still change a verdict."""
    return bool(set(question.feeds) & open_conditions(assessment))


def to_ask(assessment: Assessment, step: str | None = None) -> list[Question]:
    """The questions to show: those that still matter, and those already answered."""
    answers = assessment.answers
    open_ids = open_conditions(assessment)
    return [
        question
        for question in QUESTIONS
        if (step is None or question.step == step)
        and question.applies(answers)
        and (question.info or answered(answers, question.path) or set(question.feeds) & open_ids)
    ]


def steps_to_visit(assessment: Assessment) -> list[str]:
    """The steps with at least one question to show."""
    return [step for step in STEPS if to_ask(assessment, step)]


def first_open_step(assessment: Assessment) -> str | None:
    """The first step with a question that still matters and is unanswered (resume point)."""
    for step in STEPS:
        if any(
            not answered(assessment.answers, q.path) and matters(q, assessment)
            for q in to_ask(assessment, step)
        ):
            return step
    return None


def sector_condition(noc_code: str | None) -> str | None:
    """The art. 12 sector condition of an occupation: "vfx", "it_or_vfx" or None."""
    occupation = art12_occupations().get(noc_code or "")
    return occupation.condition if occupation else None


def period_fields(period: WorkPeriod) -> tuple[str, ...]:
    """The questions about one work period that can matter, in the order they are asked."""
    fields = ["title", "noc_code", "start", "ongoing"]
    if not period.ongoing:
        fields.append("end")
    fields += ["full_time", "in_quebec"]
    if period.in_quebec is not False:  # art. 7.1, 10.1: control matters only in Québec
        fields.append("controlled_company")
    fields.append("ineligible_sector")
    condition = sector_condition(period.noc_code)
    if condition == "vfx":
        fields.append("vfx_sector")
    if condition == "it_or_vfx":
        fields.append("related_to_it_vfx")
    return tuple(fields)


def diploma_fields(diploma: Diploma) -> tuple[str, ...]:
    """The questions about one diploma that can matter, in the order they are asked."""
    fields = ["title", "level", "issued_in_quebec"]
    if diploma.issued_in_quebec is False:
        fields.append("equivalent_level")  # the comparative evaluation (art. 7, 10: "correspond")
    fields.append("obtained_on")
    if diploma.level in GRADUATE_LEVELS:
        fields.append("program_end_on")  # art. 9, par. 4°
        if diploma.issued_in_quebec is not False:
            fields.append("share_in_quebec_percent")  # art. 9, par. 1°
    return tuple(fields)


def step_of(path: str) -> str | None:
    """The step that asks an answer path ("work_history.2" → "work")."""
    while path:
        question = QUESTIONS_BY_PATH.get(path)
        if question is not None:
            return question.step
        path = path.rpartition(".")[0]
    return None
