"""What would change the outcome: for each condition not met that has a threshold or a duration,
the smallest change that would meet it, when the change is the person's to make.

- A figure (salary, hourly wage, oral French level, funds): the figure that meets the text's
  comparison ("au moins" → equal is enough; "supérieur à" → one cent more).
- A duration (24 months of the 60, 6 of the 12 after a DESS): if a job is ongoing, the first
  application date at which the months are reached, found by assessing day by day (the window
  moves with the date, so older work can drop out). Checked against the program's dates, and
  the conditions that the later date would make worse are named.
Past facts (a diploma's level or date, a share of studies) are not the person's to change now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from core import paths
from core.answers import Answers
from core.assess import Assessment, assess
from core.i18n import N_
from core.logic import Status
from core.program import program_dates
from core.rules.ai_foreign_worker import SALARY_INSIDE_CMM
from core.rules.base import Comparator, Comparison, HourlyWage, Money, Value
from core.rules.facts import WEEKS_PER_YEAR, Facts
from core.rules.ids import ConditionId

CENT = Decimal("0.01")
SEARCH_MONTHS = 72  # long enough for any 60-month window to refill
DURATION_IDS = (ConditionId.ART7_3, ConditionId.ART10_3, ConditionId.ART9_4)


@dataclass(frozen=True)
class NearMiss:
    condition_id: ConditionId
    message: str  # msgid
    params: dict[str, Value | None]  # None: not known ("—")
    change: dict[str, Any]  # answer path → value that would meet the condition
    met_on: date | None = None  # for a duration: the first application date meeting it
    after_repeal: bool = False
    side_effects: tuple[ConditionId, ...] = field(default=())  # conditions worse at that date
    side_statuses: tuple[Status, ...] = field(default=())  # their status at that date


def near_misses(assessment: Assessment) -> list[NearMiss]:
    found = []
    for cid, outcome in assessment.outcomes.items():
        if outcome.status is not Status.NOT_MET:
            continue
        finder = FINDERS.get(cid)
        miss = finder(assessment) if finder else None
        if miss is not None:
            found.append(miss)
    return found


def apply_change(answers: Answers, change: dict[str, Any]) -> Answers:
    data = answers.model_dump(mode="json")
    for path, value in change.items():
        paths.write(data, path, value)
    return Answers.model_validate(data)


def _compared(assessment: Assessment, condition_id: ConditionId) -> Comparison | None:
    """The condition's own comparison (the person's figure and the text's), when it has one:
    the figure to reach is read from the rule, never re-derived here."""
    comparisons = assessment.outcomes[condition_id].comparisons
    return comparisons[0] if comparisons else None


def _to_meet(compared: Comparison) -> Decimal:
    """The smallest figure that meets the comparison: "au moins" → the figure itself,
    "supérieur à" → a cent more."""
    amount = _amount(compared.required)
    return amount + CENT if compared.comparator is Comparator.GREATER_THAN else amount


def _amount(figure: Value) -> Decimal:
    """A threshold of the text as a number: an amount, or a level (oral French)."""
    if isinstance(figure, Money | HourlyWage):
        return figure.amount
    if isinstance(figure, int | Decimal):
        return Decimal(figure)
    raise TypeError(f"not a figure to reach: {figure!r}")


def _salary(assessment: Assessment) -> NearMiss | None:
    facts = Facts(assessment.answers, assessment.application_date)
    compared = _compared(assessment, ConditionId.ART7_4_B)
    if compared is None or not facts.has_job:
        return None
    required = _to_meet(compared)
    if facts.employer_in_cmm is None:
        # The place is not known: the figure to reach depends on it; say which applies where.
        figures = {"low": Money(required), "high": Money(SALARY_INSIDE_CMM), "now": compared.actual}
        return NearMiss(
            ConditionId.ART7_4_B,
            N_(
                "A gross annual salary of at least {low} if the employer is outside the CMM, "
                "{high} if it is inside (now {now})."
            ),
            figures,
            {"job.annual_salary": str(required)},
        )
    return NearMiss(
        ConditionId.ART7_4_B,
        N_("A gross annual salary of at least {required} (now {now})."),
        {"required": Money(required), "now": compared.actual},
        {"job.annual_salary": str(required)},
    )


def _hourly_wage(assessment: Assessment) -> NearMiss | None:
    job = assessment.answers.job
    compared = _compared(assessment, ConditionId.ART10_4)
    if compared is None or compared.actual is None:
        return None  # not met for another reason than the wage
    needed = _to_meet(compared)  # "supérieur à": strictly higher
    if job.hourly_wage is not None or not job.weekly_hours:
        return NearMiss(
            ConditionId.ART10_4,
            N_("An hourly wage of at least {required} (now {now})."),
            {"required": HourlyWage(needed), "now": compared.actual},
            {"job.hourly_wage": str(needed)},
        )
    hours = job.weekly_hours * WEEKS_PER_YEAR
    threshold = compared.required
    # The smallest whole-dollar salary whose hourly figure is strictly above the threshold.
    salary = (_amount(threshold) * hours).to_integral_value(rounding=ROUND_FLOOR) + 1
    return NearMiss(
        ConditionId.ART10_4,
        N_(
            "A gross annual salary of at least {required} for the same hours, so "
            "the hourly wage is above {threshold} (now {now})."
        ),
        {"required": Money(salary), "threshold": threshold, "now": compared.actual},
        {"job.annual_salary": str(salary)},
    )


def _french(assessment: Assessment) -> NearMiss | None:
    compared = _compared(assessment, ConditionId.ART6_2)
    if compared is None or compared.actual is None:
        return None
    required = int(_to_meet(compared))
    return NearMiss(
        ConditionId.ART6_2,
        N_("Oral French at level {required} or more (now {now})."),
        {"required": required, "now": compared.actual},
        {"french.oral_level": required},
    )


def _funds(assessment: Assessment) -> NearMiss | None:
    outcome = assessment.outcomes[ConditionId.ART6_3]
    family = assessment.answers.family
    if not outcome.comparisons or family.undertaking_signed is False:
        return None
    required = outcome.comparisons[0].required
    return NearMiss(
        ConditionId.ART6_3,
        N_("Funds of at least {required} for the first 3 months (now {now})."),
        {"required": required, "now": None if family.funds is None else Money(family.funds)},
        {"family.funds": str(_amount(required))},
    )


Finder = Callable[[Assessment], NearMiss | None]


def _duration(condition_id: ConditionId) -> Finder:
    def find(assessment: Assessment) -> NearMiss | None:
        answers = assessment.answers
        ongoing = [p for p in answers.work_history or () if p.ongoing]
        if not ongoing:
            return None  # no job that goes on: waiting adds nothing
        met_on = _first_date_met(answers, assessment.application_date, condition_id)
        if met_on is None:
            return None
        repealed = program_dates().repealed
        later = assess(answers, application_date=met_on)
        worse = tuple(
            cid
            for cid, before in assessment.outcomes.items()
            if cid != condition_id and _rank(later.outcomes[cid].status) < _rank(before.status)
        )
        outcome = assessment.outcomes[condition_id]
        if met_on >= repealed:
            message = N_(
                "{gap} more of {work} at your current job would reach it on "
                "{date} — after the program was repealed ({repealed}): too late."
            )
        else:
            message = N_(
                "{gap} more of {work} at your current job: reached on {date}, "
                "if the job goes on and the application is filed that day."
            )
        return NearMiss(
            condition_id,
            message,
            {
                "gap": outcome.gap,
                "work": outcome.params["work"],  # the article's own words for the work
                "date": met_on,
                "repealed": repealed,
            },
            {"application_date": met_on.isoformat()},
            met_on,
            met_on >= repealed,
            worse,
            tuple(later.outcomes[cid].status for cid in worse),
        )

    return find


def _first_date_met(answers: Answers, start: date, condition_id: ConditionId) -> date | None:
    """The first application date after `start` at which the condition is met."""

    def met(day: date) -> bool:
        return assess(answers, application_date=day).outcomes[condition_id].status is Status.MET

    previous = start
    for months in range(1, SEARCH_MONTHS + 1):
        probe = start + relativedelta(months=months)
        if met(probe):
            day = previous + timedelta(days=1)
            while not met(day):
                day += timedelta(days=1)
            return day
        previous = probe
    return None


def _rank(status: Status) -> int:
    return {Status.NOT_MET: 0, Status.UNKNOWN: 1, Status.MET: 2, Status.NOT_APPLICABLE: 2}[status]


FINDERS: dict[ConditionId, Finder] = {
    ConditionId.ART7_4_B: _salary,
    ConditionId.ART10_4: _hourly_wage,
    ConditionId.ART6_2: _french,
    ConditionId.ART6_3: _funds,
    **{cid: _duration(cid) for cid in DURATION_IDS},
}
