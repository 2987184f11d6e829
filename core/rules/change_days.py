"""Which application dates can change each condition's outcome (read by core/timeline.py).

A condition reads the application date only through the windows and dates its article sets:
"dans les 12 mois précédant", a test result's 2 years, the program's own dates, a year's
Annexe C figure. So its outcome can first differ from the day before only on the days where
one of the file's dates enters or leaves one of those windows: those are listed here, from the
rules' own constants. The work counted in "the 60 months before" slides with the date, day by
day: for those conditions the window is named (`SLIDING_WORK_MONTHS`) and the timeline searches
the days between the listed ones. Nothing here decides a condition; a missed day would show as
a timeline that disagrees with `evaluate --date` (tests/core/test_timeline.py checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from core.answers import Answers
from core.experience import ONE_DAY, add_months
from core.program import program_dates
from core.reference import load_table
from core.rules import ai_foreign_worker, ai_quebec_graduate, general, it_vfx
from core.rules.facts import current_job_start
from core.rules.ids import ConditionId

DaysOf = Callable[[Answers, date, date], Iterable[date]]


def window_start_reaches(day: date, months: int) -> date:
    """The first application date whose "N months preceding" window starts on or after `day`."""
    candidate = add_months(day, months) - 5 * ONE_DAY
    while add_months(candidate, -months) < day:
        candidate += ONE_DAY
    return candidate


def in_window_before(day: date, months: int) -> tuple[date, date]:
    """`day` is inside "the N months preceding" the application date from the first of these
    days, and no longer from the second."""
    return day + ONE_DAY, window_start_reaches(day + ONE_DAY, months)


def _program(_answers: Answers, _first: date, _last: date) -> Iterable[date]:
    dates = program_dates()
    return (dates.in_force, dates.repealed)


def _year_starts(_answers: Answers, first: date, last: date) -> Iterable[date]:
    """Art. 6 3°: the Annexe C figure of the application's year."""
    return (date(year, 1, 1) for year in range(first.year, last.year + 2))


def _oral_french_test(answers: Answers, _first: date, _last: date) -> Iterable[date]:
    """Art. 6 2°: a test counts from its date, and is "to verify" once over 2 years old."""
    tested = answers.french.test_date
    if tested is None:
        return ()
    return (tested, *in_window_before(tested, 12 * general.TEST_VALIDITY_YEARS))


def _diplomas_held(answers: Answers, _first: date, _last: date) -> Iterable[date]:
    """Art. 7 2°, 10 2°: a diploma counts from the day it was obtained."""
    return (d.obtained_on for d in answers.diplomas or () if d.obtained_on)


def _diplomas_within(months: int) -> DaysOf:
    """A diploma "obtenu dans les N mois précédant": it enters and leaves the window."""

    def days(answers: Answers, _first: date, _last: date) -> Iterable[date]:
        for diploma in answers.diplomas or ():
            if diploma.obtained_on:
                yield diploma.obtained_on
                yield from in_window_before(diploma.obtained_on, months)

    return days


def _work_edges(months: int | None) -> DaysOf:
    """Work counted up to the day before the application: each period's first day and the day
    after its last cross that edge; with a window of N months back, they cross its start too."""

    def days(answers: Answers, _first: date, _last: date) -> Iterable[date]:
        for period in answers.work_history or ():
            for edge in (period.start, period.end and period.end + ONE_DAY):
                if edge is None:
                    continue
                yield edge + ONE_DAY
                if months is not None:
                    yield window_start_reaches(edge, months)

    return days


def _dess_program_end(answers: Answers, _first: date, _last: date) -> Iterable[date]:
    """Art. 9 4°: the 12 months after the DESS program's end, counted up to the day before."""
    for diploma in answers.diplomas or ():
        if diploma.program_end_on:
            window_end = add_months(diploma.program_end_on, ai_quebec_graduate.WORK_AFTER_MONTHS)
            yield diploma.program_end_on + ONE_DAY
            yield window_end + ONE_DAY


def _job_start(answers: Answers, _first: date, _last: date) -> Iterable[date]:
    """The job held is held from its start (its ongoing period of the work history)."""
    start = current_job_start(answers)
    return (start,) if start else ()


def _wage_thresholds(answers: Answers, _first: date, _last: date) -> Iterable[date]:
    """Art. 10 4°: the published 9th decile in force at the application date."""
    code = answers.job.noc_code
    for entry in load_table("wage_thresholds")["entries"]:
        if entry.get("code") == code:
            if entry.get("effective_from"):
                yield date.fromisoformat(entry["effective_from"])
            if entry.get("effective_to"):
                yield date.fromisoformat(entry["effective_to"]) + ONE_DAY


def _all(*sources: DaysOf) -> DaysOf:
    def days(answers: Answers, first: date, last: date) -> Iterable[date]:
        for source in sources:
            yield from source(answers, first, last)

    return days


def _none(_answers: Answers, _first: date, _last: date) -> Iterable[date]:
    return ()


_ART9 = _all(
    _diplomas_within(ai_quebec_graduate.DIPLOMA_WINDOW_MONTHS),
    _dess_program_end,
    _work_edges(None),
)

# Conditions decided together (art. 9 1°, 3° and 4° read the same diploma, chosen among
# several by the three together): their days are searched as one.
GROUPS: tuple[tuple[ConditionId, ...], ...] = (
    (ConditionId.ART9_1, ConditionId.ART9_3, ConditionId.ART9_4),
)

CHANGE_DAYS: dict[ConditionId, DaysOf] = {
    ConditionId.ART1: _program,
    ConditionId.ART14: _program,
    ConditionId.ART6_2: _oral_french_test,
    ConditionId.ART6_3: _year_starts,
    ConditionId.ART7_1: _none,  # the stay: as on the application date
    ConditionId.ART7_2: _diplomas_held,
    ConditionId.ART7_3: _all(
        _diplomas_within(ai_foreign_worker.WAIVER_MONTHS),
        _work_edges(ai_foreign_worker.WINDOW_MONTHS),
    ),
    ConditionId.ART7_4: _job_start,
    ConditionId.ART7_4_A: _job_start,
    ConditionId.ART7_4_B: _job_start,
    ConditionId.ART9_1: _ART9,
    ConditionId.ART9_2: _none,  # the scholarship: as on the application date
    ConditionId.ART9_3: _ART9,
    ConditionId.ART9_4: _ART9,
    ConditionId.ART9_5: _job_start,
    ConditionId.ART10_1: _none,
    ConditionId.ART10_2: _diplomas_held,
    ConditionId.ART10_3: _work_edges(it_vfx.WINDOW_MONTHS),
    ConditionId.ART10_4: _all(_job_start, _wage_thresholds),
}

# Work counted up to the day before the application date: between the days above, the count
# can change on any day. After a fixed start (art. 9 4°) it only grows, so the outcome moves
# one way; in "the N months preceding" both ends of the window move.
ACCRUING_WORK = frozenset({ConditionId.ART9_1, ConditionId.ART9_3, ConditionId.ART9_4})
SLIDING_WORK_MONTHS: dict[ConditionId, int] = {
    ConditionId.ART7_3: ai_foreign_worker.WINDOW_MONTHS,
    ConditionId.ART10_3: it_vfx.WINDOW_MONTHS,
}
