"""When could this file have been filed? Each way's verdict over a range of application dates.

The answers that describe the situation on the application date (the stay, the job held, its
salary, French level, family and funds) are held unchanged over the range; the facts that carry
dates (work periods, the start of the job held, diplomas, tests) are counted at each day, by the
engine itself: a day's verdict here is what `python -m core evaluate --date DAY` gives.

How, without assessing every day: each condition lists the days on which its outcome can first
differ (core/rules/change_days.py, from its article's windows and the file's dates), and is
evaluated there. Work counted up to the day before the application changes between those days
too: where the count can only grow or only shrink (one end of its window inside work), the
outcome moves one way, and a bisection finds the day it changes; where both ends of a sliding
window lie inside work, a range of days is settled at once when its status is bounded below
(only the work every day of it counts) and above (the jobs stretched over a whole window) by
the same one, and is halved otherwise, down to short ranges read day by day. The whole file is then assessed on each day where a condition
changed, and the ways' verdicts are read from those assessments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from core.answers import Answers
from core.assess import CONDITION_IDS, Assessment, assess
from core.experience import ONE_DAY, add_months
from core.i18n import N_, Translator
from core.logic import Status
from core.program import program_dates
from core.rules.base import REGISTRY
from core.rules.change_days import ACCRUING_WORK, CHANGE_DAYS, GROUPS, SLIDING_WORK_MONTHS
from core.rules.facts import Facts
from core.rules.ids import ConditionId

SHORT_RANGE = timedelta(days=24)  # read day by day rather than halved again

HELD_UNCHANGED = N_(
    "Your answers about your situation on the application date (your stay, the job you hold "
    "or accepted and its pay, your French, your family and funds) are taken as unchanged over "
    "these dates; the facts that carry a date (work periods, the start of the job you hold, "
    "diplomas, tests) are counted at each day."
)


@dataclass(frozen=True)
class Change:
    """A condition whose status changed on a day (from the day before)."""

    condition: ConditionId
    before: Status
    after: Status


@dataclass(frozen=True)
class VerdictSpan:
    """Days from `start` to `end` (both included) with one verdict."""

    start: date
    end: date
    verdict: str
    changed_by: tuple[Change, ...] = ()  # empty for the range's first span


@dataclass(frozen=True)
class WayTimeline:
    stream: str
    profile: str
    spans: tuple[VerdictSpan, ...]


@dataclass(frozen=True)
class Timeline:
    first: date
    last: date
    ways: tuple[WayTimeline, ...]
    days: tuple[date, ...]  # the range's first day, then each day a condition changed


def default_range() -> tuple[date, date]:
    """The program's life: in force (art. 1) to the day before its repeal (art. 14)."""
    dates = program_dates()
    return dates.in_force, dates.repealed - ONE_DAY


def timeline(answers: Answers, first: date | None = None, last: date | None = None) -> Timeline:
    start, end = default_range()
    first, last = first or start, last or end
    if last < first:
        raise ValueError("the range ends before it starts")
    days = {first}
    for ids in _groups():
        days |= _GroupSearch(answers, ids, first, last).changes()
    ordered = sorted(days)
    assessments = [assess(answers, application_date=day) for day in ordered]
    ways = tuple(
        _way_timeline(assessments, index, last) for index in range(len(assessments[0].ways))
    )
    return Timeline(first, last, ways, tuple(ordered))


def _groups() -> list[tuple[ConditionId, ...]]:
    grouped = {cid for group in GROUPS for cid in group}
    return [*GROUPS, *((cid,) for cid in CONDITION_IDS if cid not in grouped)]


def _way_timeline(assessments: list[Assessment], index: int, last: date) -> WayTimeline:
    way = assessments[0].ways[index]
    spans: list[VerdictSpan] = []
    start, verdict, changed_by = assessments[0].application_date, way.verdict, ()
    for before, after in zip(assessments, assessments[1:], strict=False):
        now = after.ways[index]
        if now.verdict == verdict:
            continue
        day = after.application_date
        spans.append(VerdictSpan(start, day - ONE_DAY, verdict, changed_by))
        changed_by = tuple(
            Change(old.id, old.status, new.status)
            for old, new in zip(before.ways[index].findings, now.findings, strict=True)
            if old.status is not new.status
        )
        start, verdict = day, now.verdict
    spans.append(VerdictSpan(start, last, verdict, changed_by))
    return WayTimeline(way.stream, way.profile, tuple(spans))


class _GroupSearch:
    """The days on which a group of conditions changes status, within [first, last]."""

    def __init__(
        self, answers: Answers, ids: tuple[ConditionId, ...], first: date, last: date
    ) -> None:
        self.answers, self.ids, self.first, self.last = answers, ids, first, last
        self.conditions = [REGISTRY[cid] for cid in ids]
        self.months = next((SLIDING_WORK_MONTHS[c] for c in ids if c in SLIDING_WORK_MONTHS), None)
        self.accrues = any(cid in ACCRUING_WORK for cid in ids)
        self.seen: dict[date, tuple[Status, ...]] = {}
        self.found: set[date] = set()

    def status(self, day: date) -> tuple[Status, ...]:
        if day not in self.seen:
            facts = Facts(self.answers, day)
            self.seen[day] = tuple(c.evaluate(facts).status for c in self.conditions)
        return self.seen[day]

    def listed_days(self) -> list[date]:
        days: set[date] = {self.first}
        for cid in self.ids:
            days.update(CHANGE_DAYS[cid](self.answers, self.first, self.last))
        amended = program_dates().amended
        if amended and any(c.noc_version for c in self.conditions):
            days.add(amended)  # the text that applies changes (A.M. 2023-002)
        return sorted(day for day in days if self.first <= day <= self.last)

    def changes(self) -> set[date]:
        listed = self.listed_days()
        for day in listed[1:]:  # against the day before (a search may find a change between)
            if self.status(day - ONE_DAY) != self.status(day):
                self.found.add(day)
        if self.months is not None or self.accrues:
            ends = [day - ONE_DAY for day in listed[1:]] + [self.last]
            for start, end in zip(listed, ends, strict=True):
                if start < end:
                    self._search(start, end)
        return self.found

    def _search(self, start: date, end: date) -> None:
        """Between two listed days: one way (bisection), or both ways (halving)."""
        if self.months is not None and self._both_ends_in_work(start):
            self._halve(start, end)
        else:
            self._bisect(start, end)

    def _bisect(self, start: date, end: date) -> None:
        """The status moves one way between `start` and `end`: equal ends, no change."""
        if self.status(start) == self.status(end):
            return
        if end - start == ONE_DAY:
            self.found.add(end)
            return
        middle = start + (end - start) // 2
        self._bisect(start, middle)
        self._bisect(middle, end)

    def _halve(self, start: date, end: date) -> None:
        """The count can rise and fall: a range is settled when its days' status is bounded
        below and above by the same one; a longer one is halved; a short one is read day by
        day."""
        if self.status(start) == self.status(end) and self._settled(start, end):
            return
        if end - start <= SHORT_RANGE:
            day = start
            while day < end:
                if self.status(day) != self.status(day + ONE_DAY):
                    self.found.add(day + ONE_DAY)
                day += ONE_DAY
            return
        middle = start + (end - start) // 2
        self._halve(start, middle)
        self._halve(middle, end)

    def _settled(self, start: date, end: date) -> bool:
        """Every day from `start` to `end` has the status of `start`, shown by two bounds:
        - below: only the work every one of those days counts (the latest window's start to
          the earliest window's end): more work never lowers a status (not met < cannot tell
          < met), so no day is below it;
        - above: every period stretched over the whole window of `start`: no day counts more
          work than a window worked through, which meets or fails the same at any date.
        A waiver (not applicable) holds between listed days: it is settled by its status."""
        status = self.status(start)
        if all(s is Status.NOT_APPLICABLE for s in status):
            return True
        window_start, window_end = add_months(end, -self.months), start - ONE_DAY
        low = self._with_work(start, self._clipped(window_start, window_end))
        if low is None or not _at_most(status, low):
            return False
        if all(s is Status.MET for s in status):
            return True
        stretched = [
            period.model_copy(
                update={
                    "start": add_months(start, -self.months),
                    "end": window_end,
                    "ongoing": False,
                }
            )
            for period in self.answers.work_history or ()
        ]
        high = self._with_work(start, stretched)
        return high is not None and _at_most(high, status)

    def _clipped(self, first: date, last: date) -> list:
        """The periods whose days are all known, clipped to [first, last]."""
        periods = []
        for period in self.answers.work_history or ():
            last_day = period.end or (last if period.ongoing else None)
            if period.start is None or last_day is None:
                continue  # its extent is not known: left out of what is surely held
            begin, finish = max(period.start, first), min(last_day, last)
            if begin <= finish:
                periods.append(
                    period.model_copy(update={"start": begin, "end": finish, "ongoing": False})
                )
        return periods

    def _with_work(self, day: date, periods: list) -> tuple[Status, ...] | None:
        if self.answers.work_history is None:
            return None
        facts = Facts(self.answers.model_copy(update={"work_history": periods}), day)
        return tuple(c.evaluate(facts).status for c in self.conditions)

    def _both_ends_in_work(self, day: date) -> bool:
        """The window's first day and its last (the day before) both lie in some period (an
        unknown start or end reaching as far as it can): the count can then rise and fall."""
        window_start, window_end = add_months(day, -self.months), day - ONE_DAY

        def covered(point: date) -> bool:
            for period in self.answers.work_history or ():
                end = period.end if period.end else None  # ongoing or unknown: open-ended
                if (period.start is None or period.start <= point) and (
                    end is None or point <= end
                ):
                    return True
            return False

        return covered(window_start) and covered(window_end)


_RANKS = {Status.NOT_MET: 0, Status.UNKNOWN: 1, Status.MET: 2, Status.NOT_APPLICABLE: 3}


def _at_most(lower: tuple[Status, ...], upper: tuple[Status, ...]) -> bool:
    """Each status no further than its pair in the order more work moves them."""
    return all(_RANKS[a] <= _RANKS[b] for a, b in zip(lower, upper, strict=True))


# --- words ---------------------------------------------------------------------------------

CHANGE_WORDS = {
    Status.MET: N_("{condition}: met from this day"),
    Status.NOT_MET: N_("{condition}: not met from this day"),
    Status.UNKNOWN: N_("{condition}: cannot tell from this day"),
    Status.NOT_APPLICABLE: N_("{condition}: does not apply from this day"),
}
PROGRAM_WORDS = {
    (ConditionId.ART1, Status.MET): N_("the program comes into force"),
    (ConditionId.ART14, Status.NOT_MET): N_("the program is repealed"),
}


def change_words(change: Change, t: Translator) -> str:
    from core.explain import render  # messages, formatted in the reader's language

    special = PROGRAM_WORDS.get((change.condition, change.after))
    if special:
        return t(special)
    label = render(t, REGISTRY[change.condition].label)
    return t(CHANGE_WORDS[change.after], condition=label)


def timeline_json(result: Timeline, lang: str) -> dict:
    t = Translator(lang)
    return {
        "from": result.first.isoformat(),
        "to": result.last.isoformat(),
        "held_unchanged": t(HELD_UNCHANGED),
        "events": [
            {"date": day.isoformat(), "event": event, "words": t(words)}
            for event, day, words in program_events()
        ],
        "ways": [
            {
                "stream": way.stream,
                "profile": way.profile,
                "spans": [
                    {
                        "from": span.start.isoformat(),
                        "to": span.end.isoformat(),
                        "verdict": span.verdict,
                        "changed_by": [
                            {"id": change.condition, "words": change_words(change, t)}
                            for change in span.changed_by
                        ],
                    }
                    for span in way.spans
                ],
            }
            for way in result.ways
        ],
    }


def program_events() -> list[tuple[str, date, str]]:
    """The program's own dates that a timeline marks: (event, day, msgid)."""
    dates = program_dates()
    events = [("in-force", dates.in_force, N_("the program comes into force"))]
    if dates.amended:
        events.append(("amended", dates.amended, N_("A.M. 2023-002 in force (NOC 2021)")))
    events.append(("repealed", dates.repealed, N_("the program is repealed")))
    return events


SENTENCES = {
    (False, False): N_("{way}: {verdict} from {start} to {end}."),
    (True, False): N_("{way}: {verdict} from {start} ({why}) to {end}."),
    (False, True): N_("{way}: {verdict} from {start} until the program's repeal."),
    (True, True): N_("{way}: {verdict} from {start} ({why}) until the program's repeal."),
}


def way_sentences(way: WayTimeline, lang: str) -> list[str]:
    """The spans of a way as sentences (what the chart shows, for every reader)."""
    from core.explain import VERDICT_LABELS, way_label

    t = Translator(lang)
    until_repeal = program_dates().repealed - ONE_DAY
    label = way_label(way.stream, way.profile, t)
    sentences = []
    for span in way.spans:
        why = "; ".join(change_words(change, t) for change in span.changed_by)
        template = SENTENCES[(bool(why), span.end == until_repeal)]
        sentences.append(
            t(
                template,
                way=label,
                verdict=t(VERDICT_LABELS[span.verdict]),
                start=t.date(span.start),
                end=t.date(span.end),
                why=why,
            )
        )
    return sentences


def timeline_text(result: Timeline, lang: str) -> str:
    t = Translator(lang)
    lines = [t(HELD_UNCHANGED), ""]
    for way in result.ways:
        lines.extend(way_sentences(way, lang))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


CSV_HEADER = ("stream", "profile", "from", "to", "verdict", "changed_by", "words")


def timeline_rows(result: Timeline, lang: str) -> Iterable[tuple[str, ...]]:
    t = Translator(lang)
    for way in result.ways:
        for span in way.spans:
            yield (
                way.stream,
                way.profile,
                span.start.isoformat(),
                span.end.isoformat(),
                span.verdict,
                " ".join(change.condition for change in span.changed_by),
                "; ".join(change_words(change, t) for change in span.changed_by),
            )
