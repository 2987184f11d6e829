"""The public contract's output (/work/shared/contract.md, docs/contract.md), defined once.

An assessment as typed records, in the reader's language: each record's fields, in their
declared order, are the JSON object's keys, in that order. `assessment_record` builds them from
the engine's result (core.assess), `to_json` writes them as JSON values, and `assessment_json`
is the two together. The results view and the PDF (core.results_view) read the same records'
attributes; the caseload's fast encoder (core.batch_json) is checked against `assessment_json`,
byte for byte (tests/core/test_batch_json_text.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, Union

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


Record = Union[  # noqa: UP007
    SourceRecord, FigureRecord, ConditionResult, ConditionStatus, WayRecord, FeesRecord,
    AssessmentRecord,
]  # fmt: skip


# --- records → JSON ---------------------------------------------------------------------------


def to_json(value: Any) -> JsonValue:
    """A record as the contract's JSON value: its fields in order; enums as their strings,
    dates in ISO, tuples as lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: to_json(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, Enum):
        return value.value  # type: ignore[no-any-return]
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value  # type: ignore[no-any-return]


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def assessment_json(assessment: Assessment, lang: str) -> dict[str, JsonValue]:
    """The contract's JSON object of an assessment, in `lang`."""
    data = to_json(assessment_record(assessment, lang))
    assert isinstance(data, dict)  # a record is an object
    return data


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
        principal=value_json(Money(fees.principal)) if known else None,  # type: ignore[arg-type]
        family_member=value_json(Money(fees.family_member)) if known else None,  # type: ignore[arg-type]
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
