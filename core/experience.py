"""Qualifying work time: the union of the periods that qualify, inside a window of calendar months.

Readings (shown to the user with the conditions that use them):
- "au cours des N mois précédant la date de présentation de la demande": the window runs from the
  same day N calendar months before the application date up to the day before it.
- Overlapping or adjacent periods are counted once (the union of the days worked).
- End dates are the last day worked; an ongoing job runs up to the day before the application.
- "Une période d'au moins N mois" (every "N mois" of work in the program): each calendar month
  (January, February…) worked from its first to its last day counts as one month, whatever its
  length; the days worked in months not worked in full are added up, 30 days making a month.
  This one count gives the verdict and the figures every sentence states (N months and D days,
  what is missing), so they cannot disagree. Why this one:
  (a) N whole calendar months always meet it, in one period or several (four September–February
      contracts are 24 months), and so does an unbroken run of N months from any day of a month
      other than February (its two partial months hold 30 or 31 days);
  (b) it depends only on the days worked, never on how they are split into periods, and a day
      more never lowers it: a day either adds one day, or completes a month, whose 29 days at
      most (30 for a 31-day month) become a month of 30;
  the cost: a run begun inside February (15 February to 14 August), or from the 29th–31st to
  a shorter February, counts those days as days, one or two short of a month. Counting each period from date to date instead breaks (b):
  a day that joins two periods can lower the count (31 January to 27 February is a month alone).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

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


DAYS_A_MONTH = 30  # days worked in months not worked in full, per month counted


def whole_months_and_days(span: Span) -> tuple[int, int]:
    """The calendar months a stretch covers from first to last day, and its days outside them."""
    first = span.start if span.start.day == 1 else add_months(span.start.replace(day=1), 1)
    after = span.end + ONE_DAY
    last_excluded = after.replace(day=1)  # the month holding `after` is not whole
    months = (last_excluded.year - first.year) * 12 + last_excluded.month - first.month
    if months <= 0:
        return 0, span.days
    return months, span.days - (last_excluded - first).days


@dataclass(frozen=True)
class Coverage:
    """Work counted: the days, its stretches, whole calendar months and the days outside them."""

    days: int
    stretches: int
    whole_months: int  # calendar months worked from their first to their last day
    other_days: int  # days worked in months not worked in full, added up

    @classmethod
    def of(cls, spans: Iterable[Span]) -> Coverage:
        merged = union(spans)
        parts = [whole_months_and_days(span) for span in merged]
        return cls(
            days=sum(span.days for span in merged),
            stretches=len(merged),
            whole_months=sum(months for months, _ in parts),
            other_days=sum(days for _, days in parts),
        )

    @property
    def in_days(self) -> int:
        """The count in days of the reading: a whole month is 30."""
        return self.whole_months * DAYS_A_MONTH + self.other_days

    @property
    def duration(self) -> Duration:
        return in_months(self.in_days)


def in_months(days: int) -> Duration:
    """Days of the reading as months of 30 days and the days left."""
    return Duration(*divmod(max(0, days), DAYS_A_MONTH))


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
        return self.sure_work.duration

    @property
    def possible(self) -> Duration:
        return self.possible_work.duration

    def reaches(self, months: int) -> bool | None:
        if self.sure.at_least(months):
            return True
        if not self.possible.at_least(months):
            return False
        return None

    def shortfall(self, months: int) -> Duration:
        """What the sure work lacks to reach `months`, in the same count (months of 30 days)."""
        return in_months(months * DAYS_A_MONTH - self.sure_work.in_days)


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
