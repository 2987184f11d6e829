"""The results as one view, in the reader's language: what the results page, the advisor view
and the PDF show, decided here once (they only lay it out).

Answer first, then explain: one sentence for the whole file, then the ways in — eligible, then
cannot tell yet, then not eligible — each with one sentence; per stream, the conditions not met
and still open first (the settled ones folded); a lost way's decisive reason in one line; what
is still to answer (the answer path of each question that would settle it); near misses; the
reference figures used, with their sources and official links; what happens next.

Machine ids (art9/1…) are kept in `id` fields for programs only: no text here contains them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from babel.lists import format_list

from core.answer_text import answer_text, given
from core.answers import Answers
from core.assess import PROFILE_LABELS, STREAM_LABELS, STREAMS, Assessment, Finding, Way
from core.contract import SourceRecord, condition_result, source_record
from core.explain import (
    CONFIDENCE_LABELS,
    NOT_ASSESSED,
    STATUS_LABELS,
    VERDICT_LABELS,
    fees_text,
    notices,
    render,
    value_text,
)
from core.i18n import N_, Translator, babel_locale
from core.interview import Unanswered, feeds, open_conditions, unanswered
from core.logic import Status
from core.near_miss import NearMiss, near_misses
from core.program import RULES_VERSION, before_amendment, program_dates
from core.questions import ENTRY_TITLES, Kind
from core.reference import load_table, source_of
from core.rules.base import REGISTRY, HourlyWage, Money
from core.rules.facts import Facts
from core.rules.general import LEVEL_REQUIRED, PROFILES
from core.rules.ids import ConditionId
from core.typography import typeset

VERDICT_ORDER = {"eligible": 0, "incomplete": 1, "not-eligible": 2}
STATUS_ORDER = {Status.NOT_MET: 0, Status.UNKNOWN: 1, Status.MET: 2, Status.NOT_APPLICABLE: 3}
VERDICT_MARKS = {"eligible": "✅", "not-eligible": "❌", "incomplete": "❔"}
STATUS_MARKS = {
    Status.MET: "✅",
    Status.NOT_MET: "❌",
    Status.UNKNOWN: "❔",
    Status.NOT_APPLICABLE: "➖",
}
# The program's dates decide every way at once: a lost way's reason is another condition first.
DATE_CONDITIONS = (ConditionId.ART1, ConditionId.ART14)
# Answers that are a published figure the person reads (not a fact of their own): the
# reference link that says where to find it.
PUBLISHED_FIGURES = {
    "job.wage_threshold": "wage_9th_decile",
    "family.official_amount": "immigration_regulation",
}
# Where each reference table is published (official_links ids).
TABLE_LINKS = {
    "program": "program_text",
    "annex_c": "immigration_regulation",
    "ineligible_sectors": "immigration_regulation",
    "fees": "fees",
    "cmm_municipalities": "cmm",
    "occupations": "noc",
    "noc_common": "noc",
    "wage_thresholds": "wage_9th_decile",
}
# Conditions whose comparison is a key figure of the file (page 1 of the PDF).
KEY_CONDITIONS = (
    ConditionId.ART7_4_B,
    ConditionId.ART10_4,
    ConditionId.ART7_3,
    ConditionId.ART10_3,
    ConditionId.ART9_4,
    ConditionId.ART6_2,
    ConditionId.ART6_3,
)


@dataclass(frozen=True)
class Link:
    id: str
    text: str
    url: str
    confidence: str


@dataclass(frozen=True)
class ConditionView:
    id: ConditionId  # machine id: JSON and widget keys only, never shown
    status: Status
    mark: str
    status_text: str
    citation: str
    label: str
    heading: str  # the condition in plain words, then its article: "… hourly wage … (art. 10, par. 4°)"
    message: str
    figures: tuple[str, ...]  # "gross annual salary: 70 000 $ against at least 75 000 $"
    gap: str | None
    reading: str | None
    law_fr: str
    law_en: str
    sources: tuple[str, ...]
    marks: str  # "[2] [5]": the numbers of its sources in the Sources section ("" if none)
    to_answer: tuple[str, ...]  # answer paths that would settle it
    # A published figure the person cannot know from their own life: not a missing answer.
    published_figure: Link | None = None
    profile_note: str | None = None  # "Francophone profile only"


@dataclass(frozen=True)
class WayView:
    stream: str
    profile: str
    verdict: str
    name: str  # "Artificial intelligence — foreign worker — Francophone profile"
    profile_text: str  # "Francophone profile"
    mark: str
    verdict_text: str
    decisive: str | None  # a lost way: why, in one line


@dataclass(frozen=True)
class StreamView:
    stream: str
    name: str
    verdict: str  # the best of its two profiles
    summary: str
    ways: tuple[WayView, ...]
    open: tuple[ConditionView, ...]  # not met, then cannot tell yet
    settled: tuple[ConditionView, ...]  # met, then does not apply
    decisive: str | None  # lost in both profiles: the reason, in one line


NOT_ASKED_HERE = N_(
    "Not asked: this stream is already not met for another reason, so this answer would not "
    "change the result."
)


def settled_elsewhere(stream: StreamView, condition: ConditionView) -> bool:
    """A condition left undecided in a stream lost in both profiles for another reason: the
    interview does not ask what would decide it (core.interview), so nothing prompts for it."""
    return stream.verdict == "not-eligible" and condition.status is Status.UNKNOWN


@dataclass(frozen=True)
class ToAnswer:
    """One or more conditions still open, and the answers that would settle them together."""

    conditions: tuple[str, ...]  # "Full-time job … hourly wage … (art. 10, par. 4°)", in words
    paths: tuple[str, ...]  # the answers that would settle them (each question found from it)
    questions: tuple[str, ...]  # those questions, worded at the application date
    published_figure: Link | None = None


@dataclass(frozen=True)
class KeyFigure:
    label: str
    text: str
    status_text: str | None = None
    mark: str = ""


@dataclass(frozen=True)
class ResultsView:
    lang: str
    application_date: date
    date_text: str
    assessed_text: str  # "Assessed as of … · rules: …"
    headline: str
    repeal_notice: str
    program_in_force: bool
    other_notices: tuple[str, ...]
    streams: tuple[StreamView, ...]  # eligible first, then cannot tell, then not eligible
    ways: tuple[WayView, ...]  # all six, in the same order
    grid: tuple[tuple[str, tuple[WayView, ...]], ...]  # stream name → its two ways (text order)
    to_answer: tuple[ToAnswer, ...]
    near_misses: tuple[str, ...]
    key_figures: tuple[KeyFigure, ...]
    sources: tuple[str, ...]  # numbered, "[1] …": the figures' sources and how sure each is
    next_steps: tuple[str, ...]
    links: tuple[Link, ...]
    not_assessed: tuple[str, ...]
    fees: str
    answers_used: tuple[tuple[str, str], ...] = field(default=())


# --- reference links --------------------------------------------------------------------------


@cache
def _links_table() -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for entry in load_table("official_links")["entries"]}


def official_link(link_id: str, lang: str) -> Link:
    entry = _links_table()[link_id]
    return Link(
        link_id,
        typeset(entry[f"what_{lang}"], lang),
        entry.get(f"url_{lang}") or entry["url_en"],
        entry["confidence"],
    )


def _figure_link(path: str, lang: str) -> Link | None:
    if path in PUBLISHED_FIGURES:
        return official_link(PUBLISHED_FIGURES[path], lang)
    return None


# --- conditions and ways ----------------------------------------------------------------------


def condition_view(
    finding: Finding, t: Translator, book: SourceBook | None = None
) -> ConditionView:
    """A condition in words; with a source book, its message ends with the numbers of its
    sources (the figure's source and confidence are in the Sources section, not here)."""
    detail = condition_result(finding, t)
    marks = book.marks(finding) if book else ""
    reading_mark = book.reading_mark(finding) if book and detail.reading else ""
    status = finding.status
    published = None
    if status is Status.UNKNOWN:
        missing = detail.to_answer
        figures = [p for p in missing if p in PUBLISHED_FIGURES]
        if figures and len(figures) == len(missing):
            published = _figure_link(figures[0], t.lang)
    profiles = finding.condition.profiles
    return ConditionView(
        id=finding.id,
        status=status,
        mark=STATUS_MARKS[status],
        status_text=(
            t("not assessed: the published figure is needed")
            if published
            else t(STATUS_LABELS[status])
        ),
        citation=detail.citation,
        label=detail.label,
        heading=t("{label} ({citation})", label=detail.label, citation=detail.citation),
        message=f"{detail.message} {marks}" if marks else detail.message,
        figures=tuple(
            t("{quantity}: {figures}", quantity=f.quantity, figures=f.text)
            for f in detail.figures
        ),
        gap=detail.gap_text,
        reading=f"{detail.reading} {reading_mark}" if reading_mark else detail.reading,
        law_fr=typeset(detail.law_fr, "fr"),
        law_en=detail.law_en_unofficial,
        sources=tuple(source_text(s, t) for s in detail.sources),
        marks=marks,
        to_answer=detail.to_answer if status is Status.UNKNOWN else (),
        published_figure=published,
        profile_note=(
            t("Applies to the {profile} only.", profile=t(PROFILE_LABELS[next(iter(profiles))]))
            if profiles is not None and len(profiles) == 1
            else None
        ),
    )


def way_name(way: Way, t: Translator) -> str:
    return t(
        "{stream} — {profile}",
        stream=t(STREAM_LABELS[way.stream]),
        profile=t(PROFILE_LABELS[way.profile]),
    )


# A condition measured against another one: when both are not met, the other is the reason a
# person can act on or recognise, and this one only repeats it in the law's terms. (Art. 9 1°,
# the stay for studies, is measured against the program of the Québec DESS, master's or
# doctorate of 3°: with no such diploma, "no Québec graduate diploma" is the reason; 7 4° a)
# and b) are about the job of 7 4°.)
MEASURED_FROM = {
    ConditionId.ART9_1: ConditionId.ART9_3,
    ConditionId.ART7_4_A: ConditionId.ART7_4,
    ConditionId.ART7_4_B: ConditionId.ART7_4,
}


def _decisive_order(ids: list[ConditionId]) -> list[ConditionId]:
    """Condition ids not met, the decisive first: those the person can act on or recognise,
    then those measured from another one not met, the dates (art. 1, 14) last."""
    unmet = set(ids)
    return sorted(
        ids,
        key=lambda i: (i in DATE_CONDITIONS, MEASURED_FROM.get(i) in unmet),
    )


def _decisive(
    findings: tuple[Finding, ...], t: Translator, book: SourceBook | None = None
) -> str | None:
    """The reason a way is lost, in one line: the decisive condition not met (see
    `_decisive_order`)."""
    unmet = [f for f in findings if f.status is Status.NOT_MET]
    if not unmet:
        return None
    order = _decisive_order([f.id for f in unmet])
    unmet.sort(key=lambda f: order.index(f.id))
    first = unmet[0]
    more = len(unmet) - 1
    line = t(
        "{label} ({citation}): {reason}",
        citation=first.condition.citation.render(t.lang),
        label=render(t, first.condition.label),
        reason=render(t, first.outcome.reason, first.outcome.params),
    )
    marks = book.marks(first) if book else ""
    if marks:
        line += f" {marks}"
    if more:
        line += " " + t.plural(
            "({n} other condition not met)", "({n} other conditions not met)", more
        )
    return line


def _way_view(way: Way, t: Translator, book: SourceBook | None = None) -> WayView:
    return WayView(
        stream=way.stream,
        profile=way.profile,
        verdict=way.verdict,
        name=way_name(way, t),
        profile_text=t(PROFILE_LABELS[way.profile]),
        mark=VERDICT_MARKS[way.verdict],
        verdict_text=t(VERDICT_LABELS[way.verdict]),
        decisive=_decisive(way.findings, t, book) if way.verdict == "not-eligible" else None,
    )


def _stream_summary(stream: str, ways: tuple[Way, ...], t: Translator) -> str:
    name = t(STREAM_LABELS[stream])
    verdicts = {way.profile: way.verdict for way in ways}
    if len(set(verdicts.values())) == 1:
        verdict = next(iter(verdicts.values()))
        return {
            "eligible": t("{stream}: eligible in both profiles.", stream=name),
            "incomplete": t("{stream}: cannot tell yet, in both profiles.", stream=name),
            "not-eligible": t("{stream}: not eligible, in either profile.", stream=name),
        }[verdict]
    parts = [
        t(
            "{profile}: {verdict}",
            profile=t(PROFILE_LABELS[profile]),
            verdict=t(VERDICT_LABELS[verdicts[profile]]),
        )
        for profile in PROFILES
    ]
    return t("{stream}: {profiles}.", stream=name, profiles="; ".join(parts))


def _stream_view(
    assessment: Assessment, stream: str, t: Translator, book: SourceBook | None = None
) -> StreamView:
    ways = tuple(assessment.way(stream, profile) for profile in PROFILES)
    # Both profiles share every condition but those of one profile only (art. 6, par. 2°):
    # the Francophone way holds them all, so each condition is shown once per stream.
    findings = assessment.way(stream, "francophone").findings
    views = sorted(
        (condition_view(f, t, book) for f in findings), key=lambda c: STATUS_ORDER[c.status]
    )
    best = min((way.verdict for way in ways), key=VERDICT_ORDER.__getitem__)
    lost = all(way.verdict == "not-eligible" for way in ways)
    return StreamView(
        stream=stream,
        name=t(STREAM_LABELS[stream]),
        verdict=best,
        summary=_stream_summary(stream, ways, t),
        ways=tuple(_way_view(way, t, book) for way in ways),
        open=tuple(c for c in views if c.status in (Status.NOT_MET, Status.UNKNOWN)),
        settled=tuple(c for c in views if c.status in (Status.MET, Status.NOT_APPLICABLE)),
        decisive=_decisive(ways[1].findings, t, book) if lost else None,
    )


# --- the sentence that answers ----------------------------------------------------------------


def headline(assessment: Assessment, t: Translator) -> str:
    day = t.date(assessment.application_date)
    dates = program_dates()
    if assessment.application_date >= dates.repealed:
        return t(
            "On {date}, no application could be filed under this program: it had been "
            "repealed on {end}. No file could be eligible on that date.",
            date=day,
            end=t.date(dates.repealed),
        )
    if assessment.application_date < dates.in_force:
        return t(
            "On {date}, the program was not yet in force (it took effect on {start}): no "
            "application could be filed under it yet.",
            date=day,
            start=t.date(dates.in_force),
        )
    eligible, open_ = [], []
    for stream in STREAMS:
        ways = [assessment.way(stream, profile) for profile in PROFILES]
        good = [w.profile for w in ways if w.verdict == "eligible"]
        name = t(STREAM_LABELS[stream])
        if len(good) == 2:
            eligible.append(t("{stream}, in both profiles", stream=name))
        elif good:
            eligible.append(
                t("{stream}, in the {profile}", stream=name, profile=t(PROFILE_LABELS[good[0]]))
            )
        if any(w.verdict == "incomplete" for w in ways):
            open_.append(name)
    locale = babel_locale(t.lang)
    if eligible:
        return t.plural(
            "On {date}, you were eligible for the stream {ways}.",
            "On {date}, you were eligible for the streams {ways}.",
            len(eligible),
            date=day,
            ways=format_list(eligible, locale=locale),
        )
    if open_:
        return t.plural(
            "On {date}, your answers did not make you eligible in any stream yet. For the "
            "stream {streams}, it cannot be decided yet: answer the questions listed below.",
            "On {date}, your answers did not make you eligible in any stream yet. For the "
            "streams {streams}, it cannot be decided yet: answer the questions listed below.",
            len(open_),
            date=day,
            streams=format_list(open_, locale=locale),
        )
    return t(
        "On {date}, you were not eligible in any of the program's three streams, in either profile.", date=day
    )


# --- what is still to answer, key figures, sources --------------------------------------------


def still_to_answer(assessment: Assessment, t: Translator) -> tuple[ToAnswer, ...]:
    """The questions that could still change a verdict (core.interview.unanswered: the same
    list the interview, its review and the file loaded count), grouped by the open conditions
    they would settle (the hourly wage and the published 9th decile: one item)."""
    open_ids = open_conditions(assessment)
    grouped: dict[tuple[str, ...], list[Unanswered]] = {}
    for item in unanswered(assessment):
        conditions = tuple(
            dict.fromkeys(_condition_words(cid, t) for cid in feeds(item.question) if cid in open_ids)
        )
        grouped.setdefault(conditions, []).append(item)
    day = assessment.application_date
    return tuple(
        ToAnswer(
            conditions,
            tuple(item.path for item in items),
            tuple(_item_words(item, day, t) for item in items),
            next(
                (_figure_link(i.path, t.lang) for i in items if i.path in PUBLISHED_FIGURES), None
            ),
        )
        for conditions, items in grouped.items()
    )


def _item_words(item: Unanswered, day: date, t: Translator) -> str:
    """The question, with the list entry it is about ("Job 2 — Full-time?")."""
    words = item.question.wording(t, day)
    list_name = item.question.list_name
    if item.entry is None or list_name is None:
        return words
    entry = ENTRY_TITLES[list_name]
    return f"{t(entry, n=item.entry)} — {words}"


def key_figures(
    assessment: Assessment, t: Translator, book: SourceBook | None = None
) -> tuple[KeyFigure, ...]:
    """The figures of the file compared with the text's: salary, wage, months, French, funds."""
    found: list[KeyFigure] = []
    answers = assessment.answers
    facts = Facts(answers, assessment.application_date)
    job = answers.job
    if job.annual_salary is not None:
        found.append(KeyFigure(t("Gross annual salary"), value_text(t, Money(job.annual_salary))))
    wage = facts.hourly_wage
    if wage is not None:
        found.append(KeyFigure(t("Hourly wage"), value_text(t, HourlyWage(wage))))
    seen: set[str] = set()
    for cid in KEY_CONDITIONS:
        outcome = assessment.outcomes.get(cid)
        if outcome is None:
            continue
        finding = next((f for way in assessment.ways for f in way.findings if f.id == cid), None)
        if finding is None:
            continue
        view = condition_view(finding, t, book)
        if view.published_figure is not None:
            found.append(
                KeyFigure(
                    view.heading,
                    t(
                        "Not assessed: the published figure is needed ({where}).",
                        where=view.published_figure.text,
                    ),
                    view.status_text,
                    view.mark,
                )
            )
            continue
        for text in view.figures:
            if text in seen:
                continue
            seen.add(text)
            found.append(
                KeyFigure(
                    view.heading,
                    f"{text} {view.marks}" if view.marks else text,
                    view.status_text,
                    view.mark,
                )
            )
    return tuple(found)


def source_text(source: SourceRecord, t: Translator) -> str:
    """Where a figure comes from, in words: table, source, confidence."""
    return t(
        "{table}: {source} (confidence: {confidence}{verify}).",
        table=typeset(table_title(source.table, t.lang), t.lang),
        source=typeset(source.source, t.lang),
        confidence=t(CONFIDENCE_LABELS[source.confidence]),
        verify=t("; to verify") if source.verify else "",
    )


def table_title(name: str, lang: str) -> str:
    table = load_table(name)
    return table.get(f"title_{lang}") or table.get("title_en") or name


AMENDED = "amended"  # the day A.M. 2023-002 came into force: a figure with its own source
AMENDED_SOURCE = N_(
    "A.M. 2023-002 in force on {amended}: the date the ministry's press release of {published} "
    "gives, and the day intake reopened; the order's own final article was not read "
    "(confidence: {confidence}; to verify)."
)


class SourceBook:
    """The sources of the figures a file's assessment used, numbered in the order they are
    first used: the Sources section lists them, and each condition that uses one ends with its
    number ("[2]"). Confidence and "to verify" are said there, once, not in the person's text."""

    def __init__(self, assessment: Assessment, t: Translator) -> None:
        self.assessment, self.t = assessment, t
        self.texts: dict[str, str] = {}
        self._add(AMENDED, self._amended_text())  # the rules notice always dates it
        for finding in (f for way in assessment.ways for f in way.findings):
            for source in finding.outcome.sources:
                self._add(source.table, source_text(source_record(source, t.lang), t))
        for name in ("program", "fees"):
            self._add(name, source_text(source_record(source_of(name), t.lang), t))

    def _add(self, key: str, text: str) -> None:
        self.texts.setdefault(key, text)

    def _amended_text(self) -> str:
        dates = program_dates()
        entry = next(e for e in load_table("program")["entries"] if e["event"] == "amended")
        return self.t(
            AMENDED_SOURCE,
            amended=value_text(self.t, dates.amended),  # "—" if not known
            published=value_text(self.t, dates.amended_published),
            confidence=self.t(CONFIDENCE_LABELS[entry["confidence"]]),
        )

    def mark(self, key: str) -> str:
        return f"[{list(self.texts).index(key) + 1}]" if key in self.texts else ""

    def marks(self, finding: Finding) -> str:
        """The numbers of the reference tables a condition's figures come from."""
        keys = dict.fromkeys(s.table for s in finding.outcome.sources)
        return " ".join(self.mark(key) for key in keys if key in self.texts)

    def reading_mark(self, finding: Finding) -> str:
        """Before A.M. 2023-002, a NOC-dependent condition's reading dates the amendment."""
        if finding.condition.noc_version and before_amendment(self.assessment.application_date):
            return self.mark(AMENDED)
        return ""

    def lines(self) -> tuple[str, ...]:
        return tuple(f"{self.mark(key)} {text}" for key, text in self.texts.items())

    def links(self) -> tuple[Link, ...]:
        link_ids = ["program_text", "program_page"]
        link_ids += [TABLE_LINKS[name] for name in self.texts if name in TABLE_LINKS]
        link_ids += ["wage_9th_decile", "immigration_regulation", "cmm", "noc", "fees"]
        return tuple(official_link(i, self.t.lang) for i in dict.fromkeys(link_ids))


def next_steps(assessment: Assessment, t: Translator) -> tuple[str, ...]:
    """What the verdict means for a file filed at that date, and what an officer still examines."""
    dates = program_dates()
    steps = [
        t(
            "No new application can be filed under this program since its repeal. This "
            "assessment tells how a file filed on {date} stood against the text.",
            date=t.date(assessment.application_date),
        ),
        t(
            "An eligible verdict here is not a selection: the ministry's officer examines the "
            "documents of the file (diplomas, job offer, pay, French test results) and decides."
        ),
        t(
            "At most {cap} foreign nationals could be selected each year under the program "
            "(s. 4): a file that met every condition could still be refused once that "
            "year's cap was reached.",
            cap=t.number(dates.annual_cap),
        ),
        t(
            "For a file filed while the program was in force, the ministry's decision letter and "
            "the official pages below are the references; for a new plan, see the ministry's "
            "current programs."
        ),
    ]
    return tuple(steps)


def answers_count(answers: Answers) -> int:
    """How many answers a file holds (each list entry's fields count one by one)."""

    def count(value: Any) -> int:
        if isinstance(value, dict):
            return sum(count(v) for v in value.values())
        if isinstance(value, list):
            return sum(count(v) for v in value) if value else 1
        return 0 if value is None else 1

    data = answers.model_dump(mode="json", exclude_none=True)
    for key in ("schema_version", "notes"):
        data.pop(key, None)
    return count(data)


def loaded_message(answers: Answers, assessment: Assessment, t: Translator) -> str:
    """Said after a file is loaded: what was loaded and what is still to answer."""
    missing = len(unanswered(assessment))  # the count the interview's review gives
    loaded = t.plural(
        "Loaded: {n} answer, for an application dated {date}.",
        "Loaded: {n} answers, for an application dated {date}.",
        answers_count(answers),
        date=t.date(assessment.application_date),
    )
    if not missing:
        return loaded + " " + t("Nothing is left to answer that could change a verdict.")
    return (
        loaded
        + " "
        + t.plural(
            "{n} question could still change a verdict.",
            "{n} questions could still change a verdict.",
            missing,
        )
    )


# --- the view ---------------------------------------------------------------------------------


def way_reasons(stream: StreamView, profile: str, limit: int = 3) -> tuple[ConditionView, ...]:
    """Why a way of `stream` is not won, as a short list, the decisive reason first: the
    conditions not met (none measured from another one also listed), else those still open.
    Each has its plain sentence (`message`), its article (`citation`) and the law's text."""
    mine = [c for c in stream.open if c.profile_note is None or profile == "francophone"]
    unmet = [c for c in mine if c.status is Status.NOT_MET]
    if unmet:
        order = _decisive_order([c.id for c in unmet])
        listed = {c.id for c in unmet}
        unmet = [c for c in unmet if MEASURED_FROM.get(c.id) not in listed]
        return tuple(sorted(unmet, key=lambda c: order.index(c.id))[:limit])
    return tuple(c for c in mine if c.status is Status.UNKNOWN)[:limit]


def profiles_explained(t: Translator) -> tuple[str, str]:
    """The two profiles, one sentence each (art. 3, art. 6 2°), where verdicts are shown."""
    return (
        t(
            "Francophone profile: the conditions of the stream, plus oral French at level "
            "{level} or more on the Québec scale (s. 6, para. 2°).",
            level=t.number(LEVEL_REQUIRED),
        ),
        t(
            "Francisation profile: the same conditions, without that level of French "
            "(s. 3; s. 6, para. 2° applies to the Francophone profile only)."
        ),
    )


def reasons(stream: StreamView) -> tuple[tuple[str, str], ...]:
    """Why each way of a stream not won is lost or still open, in one line: (who, why), one
    line for the stream when its two profiles share the reason. The conditions of one profile
    only (art. 6, par. 2°) count for the Francophone way alone."""
    by_reason: dict[str, list[WayView]] = {}
    for way in stream.ways:
        if way.verdict == "eligible":
            continue
        why = way.decisive or "; ".join(
            f"{c.heading} — {c.status_text}"
            for c in stream.open
            if c.profile_note is None or way.profile == "francophone"
        )
        by_reason.setdefault(why or "—", []).append(way)
    return tuple(
        (stream.name if len(ways) == len(stream.ways) else ways[0].name, why)
        for why, ways in by_reason.items()
    )


def results_view(assessment: Assessment, lang: str) -> ResultsView:
    t = Translator(lang)
    book = SourceBook(assessment, t)
    streams = tuple(
        sorted(
            (_stream_view(assessment, stream, t, book) for stream in STREAMS),
            key=lambda s: VERDICT_ORDER[s.verdict],
        )
    )
    ways = tuple(
        sorted(
            (_way_view(way, t, book) for way in assessment.ways),
            key=lambda w: VERDICT_ORDER[w.verdict],
        )
    )
    grid = tuple(
        (
            t(STREAM_LABELS[stream]),
            tuple(_way_view(assessment.way(stream, p), t, book) for p in PROFILES),
        )
        for stream in STREAMS
    )
    found_notices = notices(assessment, t, amended_mark=book.mark(AMENDED))
    misses = [_near_miss_text(miss, assessment, t) for miss in near_misses(assessment)]
    return ResultsView(
        lang=t.lang,
        application_date=assessment.application_date,
        date_text=t.date(assessment.application_date),
        assessed_text=t(
            "Assessed as of {date} · rules: {version}",
            date=t.date(assessment.application_date),
            version=t(RULES_VERSION),
        ),
        headline=headline(assessment, t),
        repeal_notice=found_notices[0],
        program_in_force=assessment.program_in_force,
        other_notices=tuple(found_notices[1:2]),
        streams=streams,
        ways=ways,
        grid=grid,
        to_answer=still_to_answer(assessment, t),
        near_misses=tuple(misses),
        key_figures=key_figures(assessment, t, book),
        sources=book.lines(),
        next_steps=next_steps(assessment, t),
        links=book.links(),
        not_assessed=tuple(t(line) for line in NOT_ASSESSED),
        fees=fees_text(
            assessment.application_date.year, t.lang, assessment.program_in_force
        ),
        answers_used=answers_used(assessment.answers, assessment.application_date, t),
    )


def _near_miss_text(miss: NearMiss, assessment: Assessment, t: Translator) -> str:
    """What would change the outcome, for which stream, and what else the change would move,
    in words: "AI — foreign worker: Gross annual salary … (art. 7 …): at least 75 000 $ …"."""
    text = render(t, miss.message, miss.params)
    if miss.side_effects:
        changes = [
            t(
                "the condition “{condition}” would become: {status}",
                condition=_condition_words(cid, t),
                status=t(STATUS_LABELS[status]),
            )
            for cid, status in zip(miss.side_effects, miss.side_statuses, strict=True)
        ]
        text += " " + t("At that date, {changes}.", changes="; ".join(changes))
    streams = [
        t(STREAM_LABELS[stream])
        for stream in STREAMS
        if any(f.id == miss.condition_id for w in assessment.ways if w.stream == stream
               for f in w.findings)
    ]
    return t(
        "{streams} — {condition}: {change}",
        streams=format_list(streams, locale=babel_locale(t.lang)),
        condition=_condition_words(miss.condition_id, t),
        change=text,
    )


def _condition_words(cid: ConditionId, t: Translator) -> str:
    """A condition in plain words, then its article."""
    condition = REGISTRY[cid]
    return t(
        "{label} ({citation})",
        label=render(t, condition.label),
        citation=condition.citation.render(t.lang),
    )


# --- the answers the assessment used (for the PDF) --------------------------------------------


def answers_used(answers: Answers, day: date, t: Translator) -> tuple[tuple[str, str], ...]:
    """Every answer given, as the review page lists them: the question at the application date
    (with its list entry), then the answer in words. Read from the declarations (no answer
    is typed here), so a new question is printed without a line added."""
    rows = []
    if answers.application_date:
        rows.append((t("Application date"), t.date(answers.application_date)))
    for item in given(answers):
        if item.question.kind is Kind.LIST and item.value:
            continue  # its entries follow, each named
        rows.append((item.words(t, day), answer_text(t, item.question, item.value, answers)))
    return tuple(rows)
