"""Work experience conditions as the articles state them: which periods qualify, in which window.

Used by art. 7 3° (with 7.1), art. 9 4° and art. 10 3° (with 10.1 and 12).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from core.answers import NOC_2016_SKILLED, Noc2016Skill, WorkPeriod
from core.experience import Duration, Span, tally
from core.i18n import N_
from core.logic import Status, all_of, negate
from core.rules.base import Comparator, Comparison, Msg, Outcome, Value
from core.rules.facts import Facts

READING_WINDOW = N_(
    "Months are counted on the calendar from the application date back (or from the end of the "
    "program forward); overlapping jobs count once; an ongoing job counts up to the day before "
    'the application. For "at least N months", each calendar month worked from its first to its '
    "last day counts as one month, whatever its length, and the days worked in months not worked "
    "in full are added up, 30 days making a month. So N whole calendar months always meet it, in "
    "one period or in several (four September–February contracts make {months_required} months), "
    "and one more day worked never lowers the count. A period that begins or ends inside "
    "February can count a day or two short of a month."
)


READING_2021 = N_(
    "Read in the 2021 text (the application date is before A.M. 2023-002 came into force), as "
    "the ministry's page of April 2021 put it (a secondary copy): full-time work in a job of "
    "NOC 2016 skill type 0 or skill level A or B, as you stated for each job. The exclusions "
    "the 2023 text added (ineligible sectors of Annexe E, a company you control) are not "
    "applied (to verify)."
)


LIST_2021_NOT_ENCODED = N_(
    "Cannot tell yet: at this application date the 2021 text applies (before A.M. 2023-002 came "
    "into force), and its list of eligible occupations (s. 12, NOC 2016 codes) is not encoded "
    "in this tool. Check the occupation against that list with the ministry or an advisor."
)


def list_2021_not_encoded() -> Outcome:
    """Art. 10 3° and 4° before A.M. 2023-002: the 2021 art. 12 list is not in the project."""
    return Outcome(Status.UNKNOWN, LIST_2021_NOT_ENCODED, decidable=False)


def in_the_2021_text(outcome: Outcome) -> Outcome:
    """Art. 7 3° and 9 4° decided on the 2021 words: the reading said beside the verdict."""
    return replace(outcome, notes=(*outcome.notes, Msg(READING_2021)))


def noc2016_skilled(period: WorkPeriod) -> bool | None:
    """The 2021 text: NOC 2016 skill type 0 or skill level A or B (unknown until stated)."""
    if period.noc2016_skill in (None, Noc2016Skill.UNKNOWN):
        return None
    return period.noc2016_skill in NOC_2016_SKILLED


def skilled_2016_full_time(period: WorkPeriod) -> bool | None:
    """Art. 7 3° and 9 4° before A.M. 2023-002: full-time, NOC 2016 skill type 0, A or B."""
    return all_of([period.full_time, noc2016_skilled(period)])


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
    params: dict[str, Value] = {
        "have": have,
        "need": need,
        "start": window.start,
        "end": window.end,
        "work": Msg(work),
    }
    # One count gives the verdict and every figure said beside it (core/experience.py).
    if verdict is True:
        return Outcome(
            Status.MET,
            N_("{have} of {work} between {start} and {end} (at least {need} required)."),
            params,
            comparisons=(comparison,),
            reading=READING_WINDOW,
        )
    if verdict is False:
        gap = count.shortfall(required)
        return Outcome(
            Status.NOT_MET,
            N_("{have} of {work} between {start} and {end}: {gap} short of the {need} required."),
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
