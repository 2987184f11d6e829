"""Findings → words and figures in the reader's language, and the contract's JSON.

Each rule returns an Outcome (a message id, typed figures, a gap, a reading); this module only
renders them: money, dates and durations through Babel for fr_CA / en_CA.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import cache
from json.encoder import encode_basestring as _json_str  # json.dumps's own, ensure_ascii=False
from typing import Any

from babel.lists import format_list

from core.assess import PROFILE_LABELS, STREAM_LABELS, Assessment, Finding, Way, verdict_of
from core.experience import Duration
from core.i18n import N_, Translator, babel_locale, in_catalog
from core.logic import Status
from core.program import RULES_VERSION, before_amendment, program_dates
from core.reference import SourceNote, fees_for, source_of
from core.rules.base import (
    REGISTRY,
    Comparison,
    Condition,
    HourlyWage,
    Money,
    Msg,
    Outcome,
    Percent,
    Value,
)
from core.rules.figures import figures

STATUS_LABELS = {
    Status.MET: N_("met"),
    Status.NOT_MET: N_("not met"),
    Status.UNKNOWN: N_("cannot tell yet"),
    Status.NOT_APPLICABLE: N_("does not apply"),
}
VERDICT_LABELS = {
    "eligible": N_("eligible"),
    "not-eligible": N_("not eligible"),
    "incomplete": N_("cannot tell yet"),
}
NOT_ASSESSED = (
    N_("The officer's judgment of your file and of the documents you provide."),
    N_(
        "Admissibility to Canada (health, security, criminality), decided by the federal "
        "government."
    ),
    N_("Whether the yearly cap of s. 4 was reached when the file was filed."),
    N_("The authenticity of diplomas, job offers and test results."),
)
CONFIDENCE_LABELS = {
    "high": N_("high"),
    "medium": N_("medium"),
    "low": N_("low"),
    None: N_("unknown"),
}
COMPARATOR_WORDS = {
    ">=": N_("at least"),
    ">": N_("more than"),
    "within-months-before": N_("within the months before"),
    "within-months-after": N_("within the months after"),
    "is": N_("is"),
    "date-range": N_("between"),
}


def render(t: Translator, message: str, params: dict[str, Value] | None = None) -> str:
    """A message in the reader's language, with its figures: those the rule gave, and the
    text's own thresholds (core.rules.figures), so no sentence retypes a figure."""
    if not params and in_catalog(t.lang, message):
        return _rendered(t.lang, message)
    texts = {**figure_texts(t.lang), **{k: value_text(t, v) for k, v in (params or {}).items()}}
    return t(message).format(**texts)


@cache  # a catalog message with no figure of the person's: the same words for everyone
def _rendered(lang: str, msgid: str) -> str:
    return Translator(lang)(msgid).format(**figure_texts(lang))


@cache  # the text's own figures, formatted once per language (constants, no answers)
def figure_texts(lang: str) -> dict[str, str]:
    t = Translator(lang)
    return {key: value_text(t, value) for key, value in figures().items()}


def value_text(t: Translator, value: Value | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, Money):
        return t.money(value.amount)
    if isinstance(value, HourlyWage):
        return t("{amount}/h", amount=t.money(value.amount, cents=True, places=value.places))
    if isinstance(value, Percent):
        return t.percent(value.value)
    if isinstance(value, Duration):
        return duration_text(t, value)
    if isinstance(value, date):
        return t.date(value)
    if isinstance(value, Msg):
        return render(t, value.msgid, value.params)
    if isinstance(value, tuple):
        return format_list([value_text(t, item) for item in value], locale=babel_locale(t.lang))
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, int | Decimal):
        return t.number(value)
    return str(value)


def duration_text(t: Translator, value: Duration) -> str:
    months = t.plural("{n} month", "{n} months", value.months)
    days = t.plural("{n} day", "{n} days", value.days)
    if not value.days:
        return months
    if not value.months:
        return days
    return t("{months} and {days}", months=months, days=days)


def value_json(value: Value | None) -> Any:
    """The figure itself, for programs: amounts as numbers, durations as months and days."""
    if isinstance(value, Money | HourlyWage):
        amount = value.amount
        return int(amount) if amount == amount.to_integral_value() else float(amount)
    if isinstance(value, Percent):
        number = value.value
        return int(number) if number == number.to_integral_value() else float(number)
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


def finding_json(finding: Finding, t: Translator) -> dict[str, Any]:
    condition, outcome = finding.condition, finding.outcome
    label, citation = _condition_words(condition, t.lang)
    notes = [value_text(t, note) for note in outcome.notes]
    return {
        "id": condition.id,
        "status": outcome.status.value,
        "label": label,
        "citation": citation,
        "message": render(t, outcome.reason, outcome.params),
        "figures": [figure_json(c, t) for c in outcome.comparisons],
        "gap": value_json(outcome.gap),
        "gap_text": value_text(t, outcome.gap) if outcome.gap is not None else None,
        "reading": reading_text(outcome, notes, t),
        "notices": notes,
        "sources": [dict(_source_json(source, t.lang)[0]) for source in outcome.sources],
        "to_answer": list(outcome.missing),
        "law_fr": condition.text_fr,
        "law_en_unofficial": condition.text_en,
    }


def figure_json(comparison: Comparison, t: Translator) -> dict[str, Any]:
    c = comparison
    return {
        "quantity": t(c.quantity),
        "actual": value_json(c.actual),
        "required": value_json(c.required),
        "comparator": c.comparator.value,
        "text": t(
            "{actual} against {words} {required}",
            actual=value_text(t, c.actual),
            words=t(COMPARATOR_WORDS[c.comparator.value]),
            required=value_text(t, c.required),
        ),
    }


def reading_text(outcome: Outcome, notes: list[str], t: Translator) -> str | None:
    """Notices (the NOC version before A.M. 2023-002) ride with the reading, where the
    condition's caveats are shown, and are listed on their own too."""
    return " ".join(([render(t, outcome.reading)] if outcome.reading else []) + notes) or None


def _condition_words(condition: Condition, lang: str) -> tuple[str, str]:
    """A condition's label and citation in a language (rule metadata: the same for everyone)."""
    if REGISTRY.get(condition.id) is condition:
        return _registered_words(condition.id, lang)
    return render(Translator(lang), condition.label), condition.citation.render(lang)


@cache
def _registered_words(cid: str, lang: str) -> tuple[str, str]:
    condition = REGISTRY[cid]
    return render(Translator(lang), condition.label), condition.citation.render(lang)


@cache  # reference data: a table's source, as the contract gives it and as JSON text
def _source_json(source: SourceNote, lang: str) -> tuple[dict[str, Any], str]:
    fields = source.as_dict(lang)
    return fields, json.dumps(fields, ensure_ascii=False)


def way_json(way: Way, t: Translator) -> dict[str, Any]:
    return {
        "stream": way.stream,
        "profile": way.profile,
        "verdict": way.verdict,
        "label": way_label(way.stream, way.profile, t),
        "unmet": [finding_json(f, t) for f in way.unmet],
        "unknown": [finding_json(f, t) for f in way.unknown],
        "conditions": [{"id": f.id, "status": f.status.value} for f in way.findings],
    }


def notices(assessment: Assessment | None, t: Translator) -> list[str]:
    """The program's notices (the same for every assessment of a text, in a language)."""
    in_2021_text = assessment is not None and before_amendment(assessment.application_date)
    return list(_notices(t.lang, in_2021_text))


@cache  # the program's dates and cap, in a language: reference data, no answers
def _notices(lang: str, in_2021_text: bool = False) -> tuple[str, ...]:
    t = Translator(lang)
    dates = program_dates()
    rules = (
        t(
            "Rules assessed: the 2021 text (A.M. 2021-002), in force at this application date, "
            "before A.M. 2023-002 (published in the Gazette officielle on {published}, in force "
            "most probably on {amended}; to verify). Art. 7 3° and 9 4° are decided on its "
            "words: full-time work of NOC 2016 skill type 0 or skill level A or B, as you state "
            "for each job. The information technologies and visual effects stream cannot be "
            "told: the 2021 list of eligible occupations (art. 12, NOC 2016 codes) is not encoded "
            "in this tool.",
            published=t.date(dates.amended_published),
            amended=t.date(dates.amended),
        )
        if in_2021_text
        else t(
            "Rules assessed: the text as amended by A.M. 2023-002 (NOC 2021, TEER), published "
            "in the Gazette officielle on {published} and in force most probably on {amended} "
            "(to verify). For an application dated before then, the 2021 text (NOC 2016) is "
            "applied where this tool knows its words.",
            published=t.date(dates.amended_published),
            amended=t.date(dates.amended),
        )
    )
    return (
        t(
            "The program was repealed on {end} (s. 14); it was in effect from {start}. "
            "This is a self-assessment, not a decision of the ministry.",
            end=t.date(dates.repealed),
            start=t.date(dates.in_force),
        ),
        rules,
        t(
            "At most {cap} foreign nationals are selected each year under the program "
            "(s. 4); this tool cannot tell whether that year's cap was reached.",
            cap=t.number(dates.annual_cap),
        ),
    )


def fees_json(assessment: Assessment, t: Translator) -> dict[str, Any]:
    return _fees_copy(assessment.application_date.year, t.lang, assessment.program_in_force)


def _fees_copy(year: int, lang: str, in_force: bool = True) -> dict[str, Any]:
    """The cached fees of a year, copied so that a caller may change its own."""
    fees = _fees_json(year, lang, in_force)
    return {**fees, "source": dict(fees["source"])}


@cache  # the fees of a year, in a language: reference data, no answers
def _fees_json(year: int, lang: str, in_force: bool = True) -> dict[str, Any]:
    """No fees where no application could be filed (before the program or after its repeal)."""
    t = Translator(lang)
    fees = fees_for(date(year, 1, 1))
    known = in_force and fees.principal is not None
    return {
        "year": fees.year,
        "principal": value_json(Money(fees.principal)) if known else None,
        "family_member": value_json(Money(fees.family_member)) if known else None,
        "confidence": fees.confidence,
        "text": (
            t(
                "Fees for {year}: {principal} for the principal applicant and {member} for "
                "each accompanying family member (s. 13).",
                year=str(fees.year),
                principal=t.money(fees.principal),
                member=t.money(fees.family_member),
            )
            if known
            else t(
                "The fees for {year} are not known here (to verify on the ministry's site).",
                year=str(fees.year),
            )
            if in_force
            else t(
                "No fees: no application could be filed under the program at the "
                "application date."
            )
        ),
        "source": source_of("fees").as_dict(t.lang),
    }


def assessment_json(assessment: Assessment, lang: str) -> dict[str, Any]:
    t = Translator(lang)
    return {
        "application_date": assessment.application_date.isoformat(),
        "program_in_force": assessment.program_in_force,
        "ways": [way_json(way, t) for way in assessment.ways],
        **_closing_json(
            assessment.application_date.year,
            t,
            assessment.program_in_force,
            before_amendment(assessment.application_date),
        ),
    }


def _closing_json(
    year: int, t: Translator, in_force: bool = True, in_2021_text: bool = False
) -> dict[str, Any]:
    """The fields after the ways: the same for every assessment of a year in a language."""
    return {
        "rules_version": RULES_VERSION,
        "lang": t.lang,
        "notices": list(_notices(t.lang, in_2021_text)),
        "fees": _fees_copy(year, t.lang, in_force),
    }


# --- The same JSON as UTF-8 text, for a caseload ------------------------------------------------
# `assessment_json_text(a, lang, record)` is, character for character, `json.dumps({"record":
# record, **assessment_json(a, lang)}, ensure_ascii=False)` (tests/core/test_batch_json_text.py
# checks it), and `assessment_json_bytes` the same encoded in UTF-8. What is the same for everyone
# (a condition's label, citation and the law's words, a way's label, the notices and the fees of a
# year) is encoded once per language, to JSON and to UTF-8, and spliced in; only what the person's
# answers decide is encoded for each assessment. A finding shared by ways is encoded once.


# json.dumps(value, ensure_ascii=False), without making an encoder at each call
_json = json.JSONEncoder(ensure_ascii=False).encode


def assessment_json_text(assessment: Assessment, lang: str, record: str | None = None) -> str:
    return assessment_json_bytes(assessment, lang, record, "surrogatepass").decode(
        "utf-8", "surrogatepass"
    )


def assessment_json_bytes(
    assessment: Assessment, lang: str, record: str | None = None, errors: str = "strict"
) -> bytes:
    """`errors`: what to do with a character UTF-8 cannot encode (as the output stream would)."""
    t = Translator(lang)
    done: dict[int, bytes] = {}  # this assessment's findings, encoded once each (not shared)
    head = "".join(
        (
            "{" if record is None else '{"record": ' + _json_str(record) + ", ",
            '"application_date": "',
            assessment.application_date.isoformat(),
            '", "program_in_force": ',
            "true" if assessment.program_in_force else "false",
            ', "ways": [',
        )
    )
    return b"".join(
        (
            head.encode("utf-8", errors),
            b", ".join([_way_bytes(way, t, done, errors) for way in assessment.ways]),
            b"], ",
            _closing_bytes(
                assessment.application_date.year,
                t.lang,
                assessment.program_in_force,
                before_amendment(assessment.application_date),
            ),
        )
    )


@cache  # reference data in a language (the year's fees): no answers
def _closing_bytes(
    year: int, lang: str, in_force: bool = True, in_2021_text: bool = False
) -> bytes:
    closing = _closing_json(year, Translator(lang), in_force, in_2021_text)
    return json.dumps(closing, ensure_ascii=False)[1:].encode()


def _way_bytes(way: Way, t: Translator, done: dict[int, bytes], errors: str) -> bytes:
    conditions = _condition_status_bytes()
    unmet: list[bytes] = []
    unknown: list[bytes] = []
    statuses: list[Status] = []
    encoded_statuses: list[bytes] = []
    for finding in way.findings:
        status = finding.outcome.status
        statuses.append(status)
        known = conditions.get(finding.condition.id)
        encoded_statuses.append(known[status] if known else _status_bytes(finding.id, status))
        if status is Status.NOT_MET or status is Status.UNKNOWN:
            encoded = done.get(id(finding))
            if encoded is None:
                encoded = done[id(finding)] = _finding_bytes(finding, t, errors)
            (unmet if status is Status.NOT_MET else unknown).append(encoded)
    head, label = _way_head_bytes(way.stream, way.profile, t.lang)
    return b"".join(
        (
            head,
            _json_str(verdict_of(statuses)).encode(),
            label,
            b', "unmet": [',
            b", ".join(unmet),
            b'], "unknown": [',
            b", ".join(unknown),
            b'], "conditions": [',
            b", ".join(encoded_statuses),
            b"]}",
        )
    )


@cache  # rule metadata: each condition's {"id", "status"} for each status, as JSON text
def _condition_status_bytes() -> dict[str, dict[Status, bytes]]:
    return {cid: {status: _status_bytes(cid, status) for status in Status} for cid in REGISTRY}


def _status_bytes(cid: str, status: Status) -> bytes:
    return json.dumps({"id": cid, "status": status.value}, ensure_ascii=False).encode()


@cache  # rule metadata in a language: a way's opening (its verdict and label are next)
def _way_head_bytes(stream: str, profile: str, lang: str) -> tuple[bytes, bytes]:
    head = json.dumps({"stream": stream, "profile": profile}, ensure_ascii=False)[:-1]
    label = json.dumps(way_label(stream, profile, Translator(lang)), ensure_ascii=False)
    return (head + ', "verdict": ').encode(), (', "label": ' + label).encode()


def way_label(stream: str, profile: str, t: Translator) -> str:
    return f"{t(STREAM_LABELS[stream])} — {t(PROFILE_LABELS[profile])}"


def _finding_bytes(finding: Finding, t: Translator, errors: str) -> bytes:
    condition, outcome = finding.condition, finding.outcome
    head, middle, tail = _condition_fragments(condition, t.lang)
    notes = [value_text(t, note) for note in outcome.notes]
    gap = outcome.gap
    reading = reading_text(outcome, notes, t)
    varying = "".join(
        (
            _json_str(render(t, outcome.reason, outcome.params)),
            ', "figures": ',
            _json([figure_json(c, t) for c in outcome.comparisons])
            if outcome.comparisons
            else "[]",
            ', "gap": ',
            "null" if gap is None else _json(value_json(gap)),
            ', "gap_text": ',
            "null" if gap is None else _json_str(value_text(t, gap)),
            ', "reading": ',
            "null" if reading is None else _json_str(reading),
            ', "notices": [',
            ", ".join(map(_json_str, notes)),
            '], "sources": [',
            ", ".join(_source_json(source, t.lang)[1] for source in outcome.sources),
            '], "to_answer": [',
            ", ".join(map(_json_str, outcome.missing)),
            "]",
        )
    )
    return b"".join(
        (
            head,
            _json_str(outcome.status.value).encode(),
            middle,
            varying.encode("utf-8", errors),
            tail,
        )
    )


def _condition_fragments(condition: Condition, lang: str) -> tuple[bytes, bytes, bytes]:
    if REGISTRY.get(condition.id) is condition:
        return _registered_fragments(condition.id, lang)
    return _fragments(condition, lang)


@cache  # rule metadata: the same for everyone
def _registered_fragments(cid: str, lang: str) -> tuple[bytes, bytes, bytes]:
    return _fragments(REGISTRY[cid], lang)


def _fragments(condition: Condition, lang: str) -> tuple[bytes, bytes, bytes]:
    """A finding's JSON text around what the answers decide: before the status, between the
    status and the message, after what is left to answer."""
    label, citation = _condition_words(condition, lang)
    head = json.dumps({"id": condition.id}, ensure_ascii=False)[:-1] + ', "status": '
    middle = json.dumps({"label": label, "citation": citation}, ensure_ascii=False)
    tail = json.dumps(
        {"law_fr": condition.text_fr, "law_en_unofficial": condition.text_en},
        ensure_ascii=False,
    )
    return (
        head.encode(),
        (", " + middle[1:-1] + ', "message": ').encode(),
        (", " + tail[1:]).encode(),
    )


def assessment_text(assessment: Assessment, lang: str) -> str:
    """The same assessment for a person reading a terminal."""
    t = Translator(lang)
    lines = [t("Assessment at {date}", date=t.date(assessment.application_date)), ""]
    lines += [f"! {notice}" for notice in notices(assessment, t)]
    for way in assessment.ways:
        lines += [
            "",
            f"{t(STREAM_LABELS[way.stream])} — {t(PROFILE_LABELS[way.profile])}: "
            f"{t(VERDICT_LABELS[way.verdict]).upper()}",
        ]
        for finding in way.findings:
            outcome = finding.outcome
            mark = {
                Status.MET: "✓",
                Status.NOT_MET: "✗",
                Status.UNKNOWN: "?",
                Status.NOT_APPLICABLE: "–",
            }[outcome.status]
            lines.append(
                f"  {mark} {finding.id} ({finding.condition.citation.render(t.lang)}) "
                f"{render(t, finding.condition.label)}: {t(STATUS_LABELS[outcome.status])}"
            )
            if outcome.status in (Status.NOT_MET, Status.UNKNOWN):
                lines.append(f"      {render(t, outcome.reason, outcome.params)}")
    lines += ["", fees_json(assessment, t)["text"]]
    return "\n".join(lines)
