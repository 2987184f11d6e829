"""Qualifying work time: the union of the periods that qualify, inside a window of calendar months.

Readings (shown to the user with the conditions that use them):
- "au cours des N mois précédant la date de présentation de la demande": the window runs from the
  same day N calendar months before the application date up to the day before it.
- Overlapping or adjacent periods are counted once (the union of the days worked).
- End dates are the last day worked; an ongoing job runs up to the day before the application.
- Each stretch of the union counts in calendar months (15 January to 14 March = 2 months); the
  days left over from separate stretches are added up at 30 days to a month.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from core.answers import WorkPeriod

DAYS_PER_LEFTOVER_MONTH = 30
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, order=True)
class Span:
    """Calendar days from `start` to `end`, both included."""

    start: date
    end: date

    def clip(self, window: Span) -> Span | None:
        start, end = max(self.start, window.start), min(self.end, window.end)
        return Span(start, end) if start <= end else None


@dataclass(frozen=True, order=True)
class Duration:
    months: int
    days: int = 0

    def at_least(self, months: int) -> bool:
        return self.months >= months

    def __str__(self) -> str:
        return f"{self.months}m{self.days}d"


def months_before(day: date, months: int) -> Span:
    """The N calendar months preceding `day` (the day itself excluded)."""
    return Span(day - relativedelta(months=months), day - ONE_DAY)


def months_after(day: date, months: int) -> Span:
    """The N calendar months following `day` (the day itself excluded)."""
    return Span(day + ONE_DAY, day + relativedelta(months=months))


def union(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end + ONE_DAY:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged


def length(spans: Iterable[Span]) -> Duration:
    stretches = union(spans)
    months = days = 0
    for span in stretches:
        step = relativedelta(span.end + ONE_DAY, span.start)
        months += step.years * 12 + step.months
        days += step.days
    if len(stretches) < 2:
        return Duration(months, days)  # one stretch: calendar months and days, nothing carried
    return Duration(months + days // DAYS_PER_LEFTOVER_MONTH, days % DAYS_PER_LEFTOVER_MONTH)


@dataclass(frozen=True)
class Tally:
    """What the work history proves: at least `sure`, at most `possible` (if unknowns go well)."""

    sure: Duration
    possible: Duration
    counted: tuple[int, ...]  # indexes of the periods counted for sure
    undecided: tuple[int, ...]  # indexes of periods that might count, once answered

    def reaches(self, months: int) -> bool | None:
        if self.sure.at_least(months):
            return True
        if not self.possible.at_least(months):
            return False
        return None


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
        dates_known = start is not None and end is not None
        # An unknown start or end could stretch across the whole window.
        span = (
            Span(start or window.start, end or window.end).clip(window)
            if ((start or window.start) <= (end or window.end))
            else None
        )
        if span is None:
            continue
        possible.append(span)
        if verdict is True and dates_known:
            sure.append(span)
            counted.append(index)
        else:
            undecided.append(index)
    return Tally(length(sure), length(possible), tuple(counted), tuple(undecided))


def shortfall(required_months: int, have: Duration) -> Duration:
    """What is missing to reach `required_months` (days borrowed at 30 to a month)."""
    if have.at_least(required_months):
        return Duration(0, 0)
    if have.days == 0:
        return Duration(required_months - have.months, 0)
    return Duration(required_months - have.months - 1, DAYS_PER_LEFTOVER_MONTH - have.days)
