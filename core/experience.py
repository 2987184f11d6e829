"""Qualifying work time: the union of the periods that qualify, inside a window of calendar months.

Readings (shown to the user with the conditions that use them):
- "au cours des N mois précédant la date de présentation de la demande": the window runs from the
  same day N calendar months before the application date up to the day before it.
- Overlapping or adjacent periods are counted once (the union of the days worked).
- End dates are the last day worked; an ongoing job runs up to the day before the application.
- "Une période d'au moins N mois" is met by as many days worked as the shortest N calendar
  months hold (730 days for 24 months, 181 for 6), in one stretch or in several. Every run of N
  calendar months holds at least that many days, so N whole calendar months always meet it,
  and periods that together make N calendar months (all of 2021 and all of 2023) meet it too.
  The verdict depends only on the days worked: splitting or joining periods never changes it,
  and one more day worked never turns "met" into "not met" (calendar months alone would: a
  stretch from 31 January is a month by 29 February, and two short stretches joined by a day
  can count fewer whole months than apart). The work is shown as each stretch's calendar
  months added up, the days left over pooled and counted back from the window's end; what is
  missing is said in days.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from core.answers import WorkPeriod

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, order=True)
class Span:
    """Calendar days from `start` to `end`, both included."""

    start: date
    end: date

    def clip(self, window: Span) -> Span | None:
        start, end = max(self.start, window.start), min(self.end, window.end)
        return Span(start, end) if start <= end else None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, order=True)
class Duration:
    months: int
    days: int = 0

    def at_least(self, months: int) -> bool:
        return self.months >= months

    def __str__(self) -> str:
        return f"{self.months}m{self.days}d"


def add_months(day: date, months: int) -> date:
    """`day + relativedelta(months=months)`: the same day N calendar months later (or earlier),
    or that month's last day when it is shorter. Plain arithmetic: relativedelta was most of the
    time of an assessment (see bench/README.md); tests/core/test_fast_paths_agree_with_the_libraries.py
    checks both agree."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    if day.day <= 28:
        return date(year, month, day.day)
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def months_and_days(later: date, earlier: date) -> tuple[int, int]:
    """`relativedelta(later, earlier)` as (months, days), years folded into months."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    reached = add_months(earlier, months)
    if later >= earlier:
        while later < reached:
            months -= 1
            reached = add_months(earlier, months)
    else:
        while later > reached:
            months += 1
            reached = add_months(earlier, months)
    return months, (later - reached).days


def months_before(day: date, months: int) -> Span:
    """The N calendar months preceding `day` (the day itself excluded)."""
    return Span(add_months(day, -months), day - ONE_DAY)


def months_after(day: date, months: int) -> Span:
    """The N calendar months following `day` (the day itself excluded)."""
    return Span(day + ONE_DAY, add_months(day, months))


def union(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end + ONE_DAY:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged


def days_in(spans: Iterable[Span]) -> int:
    """Days covered, each counted once."""
    return sum(span.days for span in union(spans))


def calendar_length(span: Span) -> Duration:
    """An unbroken stretch in calendar months and days (15 January to 14 March = 2 months)."""
    return Duration(*months_and_days(span.end + ONE_DAY, span.start))


@dataclass(frozen=True)
class Coverage:
    """Work counted: the days, its stretches, and each stretch's calendar months added up."""

    days: int
    stretches: int
    months: int  # whole calendar months of each stretch, added up
    leftover_days: int  # the days left over in each stretch, pooled
    only_span: Span | None = None  # the stretch, when there is exactly one

    @classmethod
    def of(cls, spans: Iterable[Span]) -> Coverage:
        merged = union(spans)
        lengths = [calendar_length(span) for span in merged]
        return cls(
            days=sum(span.days for span in merged),
            stretches=len(merged),
            months=sum(length.months for length in lengths),
            leftover_days=sum(length.days for length in lengths),
            only_span=merged[0] if len(merged) == 1 else None,
        )


@cache
def fewest_days_in_months(months: int) -> int:
    """The fewest days N calendar months can hold (any start, over a 4-year leap cycle)."""
    starts = (date(2024, 1, 1) + relativedelta(months=k) for k in range(48))
    return min(((start + relativedelta(months=months)) - start).days for start in starts)


def as_duration(days: int, ending: date) -> Duration:
    """That many days as calendar months and days, counted back from `ending` (included)."""
    if days <= 0:
        return Duration(0, 0)
    after = ending + ONE_DAY
    return Duration(*months_and_days(after, after - timedelta(days=days)))


@dataclass(frozen=True)
class Tally:
    """What the work history proves: at least `sure`, at most `possible` (if unknowns go well)."""

    window: Span
    sure_work: Coverage
    possible_work: Coverage
    counted: tuple[int, ...]  # indexes of the periods counted for sure
    undecided: tuple[int, ...]  # indexes of periods that might count, once answered

    @property
    def sure(self) -> Duration:
        return self._shown(self.sure_work)

    @property
    def possible(self) -> Duration:
        return self._shown(self.possible_work)

    def _shown(self, work: Coverage) -> Duration:
        """Each stretch's calendar months added up; the leftover days pooled, as months too."""
        pooled = as_duration(work.leftover_days, self.window.end)
        return Duration(work.months + pooled.months, pooled.days)

    @staticmethod
    def _enough(work: Coverage, months: int) -> bool:
        return work.days >= fewest_days_in_months(months)

    def reaches(self, months: int) -> bool | None:
        if self._enough(self.sure_work, months):
            return True
        if not self._enough(self.possible_work, months):
            return False
        return None

    def shortfall(self, months: int) -> Duration:
        """The days of work still missing to reach `months` (the verdict counts days, so the gap
        is said in days: "12 months … 365 days short", never a calendar sum that reads wrong)."""
        return Duration(0, max(0, fewest_days_in_months(months) - self.sure_work.days))


def period_span(period: WorkPeriod, application_date: date) -> tuple[date | None, date | None]:
    end = period.end
    if end is None and period.ongoing:
        end = application_date - ONE_DAY
    return period.start, end


def tally(
    periods: list[WorkPeriod],
    qualifies: Callable[[WorkPeriod], bool | None],
    window: Span,
    application_date: date,
) -> Tally:
    """Count the periods that qualify inside the window; undecided ones bound the count above."""
    sure: list[Span] = []
    possible: list[Span] = []
    counted: list[int] = []
    undecided: list[int] = []
    for index, period in enumerate(periods):
        verdict = qualifies(period)
        if verdict is False:
            continue
        start, end = period_span(period, application_date)
        # An unknown start or end could stretch across the whole window.
        first, last = start or window.start, end or window.end
        span = Span(first, last).clip(window) if first <= last else None
        if span is None:
            continue
        possible.append(span)
        if verdict is True and start is not None and end is not None:
            sure.append(span)
            counted.append(index)
        else:
            undecided.append(index)
    sure_work = Coverage.of(sure)
    # With no undecided period the possible spans are the sure ones: measured once.
    possible_work = sure_work if not undecided else Coverage.of(possible)
    return Tally(window, sure_work, possible_work, tuple(counted), tuple(undecided))
