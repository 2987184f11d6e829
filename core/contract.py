"""The public contract's JSON output (`python -m core evaluate --format json`), defined once.

An assessment as typed records, in the reader's language: each record's fields, in their
declared order, are the JSON object's keys, in that order. `assessment_record` builds them from
the engine's result (core.assess), `to_json` writes them as JSON values, and `assessment_json`
is the two together. The results view and the PDF (core.results_view) read the same records'
attributes; the caseload's fast encoder (core.batch_json) is checked against `assessment_json`,
byte for byte (tests/core/test_batch_json_text.py). Keys and ids must stay as they are: programs
read them (README.md, "The core, from the command line").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from core.assess import Assessment, Finding, Way
from core.experience import Duration
from core.explain import (
    condition_words,
    fees_text,
    figure_text,
    reading_text,
    render,
    rules_notices,
    value_text,
    way_label,
)
from core.i18n import Translator
from core.logic import Status
from core.program import RULES_VERSION, before_amendment
from core.reference import SourceNote, fees_for, source_of
from core.rules.base import Comparator, Comparison, HourlyWage, Money, Msg, Percent, Value
from core.rules.ids import ConditionId

# A figure as programs read it: amounts as numbers, durations as {"months", "days"}, dates as
# ISO text, a list of messages as their ids.
JsonValue = Union[None, bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"]]  # noqa: UP007


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """Where a figure comes from (a reference table), in the reader's language."""

    table: str
    source: str
    confidence: str
    verify: bool
    url: str | None


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """A figure of the person's next to the figure the text requires."""

    quantity: str  # "gross annual salary", in words
    actual: JsonValue
    required: JsonValue
    comparator: Comparator
    text: str  # "70 000 $ against at least 75 000 $"


@dataclass(frozen=True, slots=True)
class ConditionResult:
    """A condition not met or not decided, in full: what a way's `unmet` and `unknown` list."""

    id: ConditionId
    status: Status
    label: str
    citation: str  # "art. 7, par. 4°, sous-par. b)"
    message: str
    figures: tuple[FigureRecord, ...]
    gap: JsonValue  # how far from meeting it, when that can be said
    gap_text: str | None
    reading: str | None  # the reading of the text used, and the notices beside it
    notices: tuple[str, ...]
    sources: tuple[SourceRecord, ...]
    to_answer: tuple[str, ...]  # answer paths that would decide it
    law_fr: str  # the provision, verbatim
    law_en_unofficial: str


@dataclass(frozen=True, slots=True)
class ConditionStatus:
    id: ConditionId
    status: Status


@dataclass(frozen=True, slots=True)
class WayRecord:
    """One of the six ways in (stream × profile) and its verdict."""

    stream: str
    profile: str
    verdict: str  # "eligible", "not-eligible", "incomplete"
    label: str
    unmet: tuple[ConditionResult, ...]
    unknown: tuple[ConditionResult, ...]
    conditions: tuple[ConditionStatus, ...]  # every condition of the way, in the text's order


@dataclass(frozen=True, slots=True)
class FeesRecord:
    """The fees of the application's year (s. 13); no figures where none is known or due."""

    year: int
    principal: int | float | None
    family_member: int | float | None
    confidence: str | None
    text: str
    source: SourceRecord


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    application_date: date
    program_in_force: bool
    ways: tuple[WayRecord, ...]  # six, streams × profiles
    rules_version: str
    lang: str
    notices: tuple[str, ...]
    fees: FeesRecord


# --- records → JSON ---------------------------------------------------------------------------


def to_json(record: Any) -> dict[str, JsonValue]:
    """A record as the contract's JSON object: its fields in their declared order; enums as
    their strings, dates in ISO, tuples as lists (each field converted as its type says)."""
    data: dict[str, JsonValue] = {}
    for name, convert in _PLANS[type(record)]:
        value = getattr(record, name)
        data[name] = value if convert is None else convert(value)
    return data


Convert = Callable[[Any], JsonValue]


def _records(values: tuple[Any, ...]) -> list[JsonValue]:
    return [to_json(value) for value in values]


def _plan(record: type) -> tuple[tuple[str, Convert | None], ...]:
    """How each field of a record is written, from its declared type (None: as it is)."""
    hints = get_type_hints(record)

    def converter(hint: Any) -> Convert | None:
        if hint in _RECORDS:
            return to_json
        if get_origin(hint) is tuple:
            return _records if get_args(hint)[0] in _RECORDS else list
        if isinstance(hint, type) and issubclass(hint, StrEnum):
            return str.__str__  # the member's string, as a plain str
        if hint is date:
            return date.isoformat
        return None  # text, numbers, booleans, a figure's JSON (value_json)

    return tuple((f.name, converter(hints[f.name])) for f in fields(record))


def assessment_json(assessment: Assessment, lang: str) -> dict[str, JsonValue]:
    """The contract's JSON object of an assessment, in `lang`."""
    return to_json(assessment_record(assessment, lang))


# --- the engine's result → records -----------------------------------------------------------


def assessment_record(assessment: Assessment, lang: str) -> AssessmentRecord:
    t = Translator(lang)
    day = assessment.application_date
    return AssessmentRecord(
        application_date=day,
        program_in_force=assessment.program_in_force,
        ways=tuple(way_record(way, t) for way in assessment.ways),
        rules_version=RULES_VERSION,
        lang=t.lang,
        notices=rules_notices(t.lang, before_amendment(day)),
        fees=fees_record(day.year, t.lang, assessment.program_in_force),
    )


def way_record(way: Way, t: Translator) -> WayRecord:
    return WayRecord(
        stream=way.stream,
        profile=way.profile,
        verdict=way.verdict,
        label=way_label(way.stream, way.profile, t),
        unmet=tuple(condition_result(f, t) for f in way.unmet),
        unknown=tuple(condition_result(f, t) for f in way.unknown),
        conditions=tuple(ConditionStatus(f.id, f.status) for f in way.findings),
    )


def condition_result(finding: Finding, t: Translator) -> ConditionResult:
    condition, outcome = finding.condition, finding.outcome
    label, citation = condition_words(condition, t.lang)
    notes = tuple(value_text(t, note) for note in outcome.notes)
    return ConditionResult(
        id=condition.id,
        status=outcome.status,
        label=label,
        citation=citation,
        message=render(t, outcome.reason, outcome.params),
        figures=tuple(figure_record(c, t) for c in outcome.comparisons),
        gap=value_json(outcome.gap),
        gap_text=value_text(t, outcome.gap) if outcome.gap is not None else None,
        reading=reading_text(outcome, notes, t),
        notices=notes,
        sources=tuple(source_record(source, t.lang) for source in outcome.sources),
        to_answer=outcome.missing,
        law_fr=condition.text_fr,
        law_en_unofficial=condition.text_en,
    )


def figure_record(comparison: Comparison, t: Translator) -> FigureRecord:
    return FigureRecord(
        quantity=t(comparison.quantity),
        actual=value_json(comparison.actual),
        required=value_json(comparison.required),
        comparator=comparison.comparator,
        text=figure_text(comparison, t),
    )


@cache  # reference data: a table's source in a language
def source_record(source: SourceNote, lang: str) -> SourceRecord:
    return SourceRecord(**source.as_dict(lang))


@cache  # reference data: the fees of a year, in a language (no answers)
def fees_record(year: int, lang: str, in_force: bool = True) -> FeesRecord:
    """No fees where no application could be filed (before the program or after its repeal)."""
    fees = fees_for(date(year, 1, 1))
    known = in_force and fees.principal is not None and fees.family_member is not None
    return FeesRecord(
        year=fees.year,
        principal=_number(fees.principal) if known and fees.principal is not None else None,
        family_member=(
            _number(fees.family_member) if known and fees.family_member is not None else None
        ),
        confidence=fees.confidence,
        text=fees_text(year, lang, in_force),
        source=source_record(source_of("fees"), lang),
    )


def value_json(value: Value | None) -> JsonValue:
    """The figure itself, for programs: amounts as numbers, durations as months and days."""
    if isinstance(value, Money | HourlyWage):
        return _number(value.amount)
    if isinstance(value, Percent):
        return _number(value.value)
    if isinstance(value, Duration):
        return {"months": value.months, "days": value.days}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Msg):
        return value.msgid
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple):
        return [value_json(item) for item in value]
    return value


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


_RECORDS = (
    SourceRecord,
    FigureRecord,
    ConditionResult,
    ConditionStatus,
    WayRecord,
    FeesRecord,
    AssessmentRecord,
)
_PLANS = {record: _plan(record) for record in _RECORDS}
