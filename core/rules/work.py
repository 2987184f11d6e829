"""Work experience conditions as the articles state them: which periods qualify, in which window.

Used by art. 7 3° (with 7.1), art. 9 4° and art. 10 3° (with 10.1 and 12).
"""

from __future__ import annotations

from collections.abc import Callable

from core.answers import WorkPeriod
from core.experience import Duration, Span, fewest_days_in_months, tally
from core.i18n import N_
from core.logic import Status, all_of, negate
from core.rules.base import Comparator, Comparison, Msg, Outcome
from core.rules.facts import Facts

READING_WINDOW = N_(
    "Months are counted on the calendar from the application date back (or from the end of the "
    "program forward); overlapping jobs count once; an ongoing job counts up to the day before "
    'the application. "At least N months" is read as at least as many days worked as the '
    "shortest N calendar months hold (730 days for {months_required} months, 181 for {dess_work_months}), in one period or in "
    "several: N whole calendar months always meet it, and so do periods that together make N "
    "calendar months (all of 2021 and all of 2023 make {months_required} months). The work is shown as each "
    "period's calendar months added up; what is missing, in days."
)


def feer_0_to_2_outside_ineligible(period: WorkPeriod) -> bool | None:
    """Full-time, FEER 0, 1 or 2 of NOC 2021, not in an ineligible sector of Annexe E RIQ."""
    return all_of(
        [period.full_time, Facts.teer_0_to_2(period.noc_code), negate(period.ineligible_sector)]
    )


def not_controlled_if_in_quebec(period: WorkPeriod) -> bool | None:
    """Art. 7.1 and 10.1: a job held in Québec must not be for a company the person controls."""
    return Facts.not_controlled_in_quebec(period.in_quebec, period.controlled_company)


def art12_job(period: WorkPeriod) -> bool | None:
    return Facts.art12_eligible(period.noc_code, period.vfx_sector, period.related_to_it_vfx)


def judge_months(
    facts: Facts,
    qualifies: Callable[[WorkPeriod], bool | None],
    window: Span,
    required: int,
    quantity: str,
    work: str,
) -> Outcome:
    """Met when the sure work reaches `required` months; not met when even the undecided can't.

    `quantity` names the figure compared ("months of full-time FEER 0–2 work"); `work` names
    the article's own requirement, as it reads after "N months of" ("full-time FEER 0–2 work").
    """
    periods = facts.answers.work_history
    if periods is None:
        return Outcome(
            Status.UNKNOWN,
            N_("Still to answer: your work history."),
            missing=("work_history",),
            reading=READING_WINDOW,
        )
    count = tally(periods, qualifies, window, facts.application_date)
    verdict = count.reaches(required)
    have, need = count.sure, Duration(required)
    comparison = Comparison(quantity, have, need, Comparator.AT_LEAST)
    params = {
        "have": have,
        "need": need,
        "start": window.start,
        "end": window.end,
        "work": Msg(work),
        "days": count.sure_work.days,
        "fewest": fewest_days_in_months(required),
    }
    # The months shown are each period's calendar months added up; the verdict counts days.
    # Where the two could read apart, the message gives the days.
    months_say_enough = have.at_least(required)
    if verdict is True:
        return Outcome(
            Status.MET,
            N_("{have} of {work} between {start} and {end} (at least {need} required).")
            if months_say_enough
            else N_(
                "{have} of {work} between {start} and {end}: {days} days, at least the "
                "{fewest} days that the shortest {need} on the calendar hold, as required."
            ),
            params,
            comparisons=(comparison,),
            reading=READING_WINDOW,
        )
    if verdict is False:
        gap = count.shortfall(required)
        return Outcome(
            Status.NOT_MET,
            N_("{have} of {work} between {start} and {end}: {gap} short of the {need} required.")
            if not months_say_enough
            else N_(
                "{have} of {work} between {start} and {end}, in separate periods of {days} "
                "days in all: {gap} short of the {fewest} days that the shortest {need} on the "
                "calendar hold."
            ),
            {**params, "gap": gap},
            comparisons=(comparison,),
            gap=gap,
            reading=READING_WINDOW,
        )
    missing = tuple(f"work_history.{index}" for index in count.undecided) or ("work_history",)
    return Outcome(
        Status.UNKNOWN,
        N_(
            "{have} of {work} for sure between {start} and {end}; some periods are still to "
            "be described to reach {need}."
        ),
        params,
        comparisons=(comparison,),
        reading=READING_WINDOW,
        missing=missing,
    )
