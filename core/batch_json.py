"""The contract's JSON as UTF-8, fast, for a caseload (core/batch.py).

`assessment_json_text(a, lang, record)` is, character for character, `json.dumps({"record":
record, **assessment_json(a, lang)}, ensure_ascii=False)` with core.contract's `assessment_json`
(tests/core/test_batch_json_text.py checks it on ~1 500 assessments, and that every field of
the contract's records is written here), and `assessment_json_bytes` the same encoded in UTF-8.
It is about twice as fast as building the records and `json.dumps` (bench/core_batch.py): what
is the same for everyone (a condition's label, citation and the law's words, a way's label, the
notices and the fees of a year) is encoded once per language, to JSON and to UTF-8, and
spliced in; only what the person's answers decide is encoded for each assessment. A finding
shared by ways is encoded once. The words and figures come from core.contract's own builders
(`figure_record`, `source_record`, `fees_record`), so only the splicing is written here: the
field order of `ConditionResult`, `WayRecord` and `AssessmentRecord`.
"""

from __future__ import annotations

import json
from functools import cache
from json.encoder import encode_basestring as _json_str  # json.dumps's own, ensure_ascii=False

from core.assess import Assessment, Finding, Way, verdict_of
from core.contract import (
    fees_record,
    figure_record,
    source_record,
    to_json,
    value_json,
)
from core.explain import condition_words, reading_text, render, rules_notices, value_text, way_label
from core.i18n import Translator
from core.logic import Status
from core.program import RULES_VERSION, before_amendment
from core.reference import SourceNote
from core.rules.base import REGISTRY, Condition
from core.rules.ids import ConditionId

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


@cache  # reference data in a language (the notices, the year's fees): no answers
def _closing_bytes(year: int, lang: str, in_force: bool, in_2021_text: bool) -> bytes:
    """The fields after the ways, as `AssessmentRecord` orders them."""
    closing = {
        "rules_version": RULES_VERSION,
        "lang": lang,
        "notices": list(rules_notices(lang, in_2021_text)),
        "fees": to_json(fees_record(year, lang, in_force)),
    }
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
def _condition_status_bytes() -> dict[ConditionId, dict[Status, bytes]]:
    return {cid: {status: _status_bytes(cid, status) for status in Status} for cid in REGISTRY}


def _status_bytes(cid: ConditionId, status: Status) -> bytes:
    return json.dumps({"id": cid.value, "status": status.value}, ensure_ascii=False).encode()


@cache  # rule metadata in a language: a way's opening (its verdict and label are next)
def _way_head_bytes(stream: str, profile: str, lang: str) -> tuple[bytes, bytes]:
    head = json.dumps({"stream": stream, "profile": profile}, ensure_ascii=False)[:-1]
    label = json.dumps(way_label(stream, profile, Translator(lang)), ensure_ascii=False)
    return (head + ', "verdict": ').encode(), (', "label": ' + label).encode()


def _finding_bytes(finding: Finding, t: Translator, errors: str) -> bytes:
    """A `ConditionResult`, as core.contract.condition_result builds it, in its field order."""
    condition, outcome = finding.condition, finding.outcome
    head, middle, tail = _condition_fragments(condition, t.lang)
    notes = [value_text(t, note) for note in outcome.notes]
    gap = outcome.gap
    reading = reading_text(outcome, notes, t)
    varying = "".join(
        (
            _json_str(render(t, outcome.reason, outcome.params)),
            ', "figures": ',
            _json([to_json(figure_record(c, t)) for c in outcome.comparisons])
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
            ", ".join(_source_text(source, t.lang) for source in outcome.sources),
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


@cache  # reference data: a table's source, as JSON text
def _source_text(source: SourceNote, lang: str) -> str:
    return _json(to_json(source_record(source, lang)))


def _condition_fragments(condition: Condition, lang: str) -> tuple[bytes, bytes, bytes]:
    if REGISTRY.get(condition.id) is condition:
        return _registered_fragments(condition.id, lang)
    return _fragments(condition, lang)


@cache  # rule metadata: the same for everyone
def _registered_fragments(cid: ConditionId, lang: str) -> tuple[bytes, bytes, bytes]:
    return _fragments(REGISTRY[cid], lang)


def _fragments(condition: Condition, lang: str) -> tuple[bytes, bytes, bytes]:
    """A finding's JSON text around what the answers decide: before the status, between the
    status and the message, after what is left to answer."""
    label, citation = condition_words(condition, lang)
    head = json.dumps({"id": condition.id.value}, ensure_ascii=False)[:-1] + ', "status": '
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
