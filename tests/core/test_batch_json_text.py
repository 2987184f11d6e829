"""The caseload's JSON (core/batch_json.py), spliced from fragments prepared once per language, is
the contract's JSON (core/contract.py): byte for byte what `json.dumps(assessment_json(...))`
gives, for varied answers, dates and both languages — and those cases fill every field of the
contract's records at least once, so no field's splice goes unchecked. (That the caches behind
it take no answers is checked by tests/robustness/test_answers_stay_private_by_construction.py.)"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bench.gen_answers import generate
from core.answers_file import answers_from_data, parse_answers
from core.assess import assess
from core.batch_json import assessment_json_bytes, assessment_json_text
from core.contract import AssessmentRecord, ConditionResult, FeesRecord, assessment_json

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
DAYS = (None, date(2019, 5, 1), date(2022, 1, 1), date(2023, 6, 30), date(2024, 2, 29))


def contract_line(result, lang: str, record: str | None) -> str:
    data = assessment_json(result, lang)
    return json.dumps(data if record is None else {"record": record, **data}, ensure_ascii=False)


def filled_fields(data: dict) -> set[str]:
    """The fields of the contract's records holding a value (not null, not an empty list) in an
    assessment's JSON: "ConditionResult.gap", "FeesRecord.principal"…"""
    filled = {f"AssessmentRecord.{k}" for k, v in data.items() if v not in (None, [])}
    filled |= {f"FeesRecord.{k}" for k, v in data["fees"].items() if v not in (None, [])}
    for way in data["ways"]:
        for result in way["unmet"] + way["unknown"]:
            filled |= {f"ConditionResult.{k}" for k, v in result.items() if v not in (None, [])}
    return filled


def every_field(*records: type) -> set[str]:
    return {f"{r.__name__}.{name}" for r in records for name in r.__dataclass_fields__}


def test_the_spliced_json_is_the_contract_json_for_varied_answers_dates_and_languages():
    files = [parse_answers(path.read_bytes()) for path in EXAMPLES]
    files += [answers_from_data(data) for data in generate(150, seed=11)]
    files.append(parse_answers(b'{"schema_version": 1}'))  # nothing answered: every "unknown"
    compared = 0
    filled: set[str] = set()
    for number, answers in enumerate(files):
        for day in DAYS:
            result = assess(answers, application_date=day, today=date(2025, 6, 1))
            for lang in ("fr", "en"):
                record = None if number % 7 == 0 else str(number)
                expected = contract_line(result, lang, record)
                assert assessment_json_text(result, lang, record) == expected
                assert assessment_json_bytes(result, lang, record) == expected.encode()
                filled |= filled_fields(assessment_json(result, lang))
                compared += 1
    assert compared > 1_500
    assert every_field(AssessmentRecord, ConditionResult, FeesRecord) <= filled


def test_a_record_name_is_encoded_as_the_output_would_encode_it():
    result = assess(parse_answers(EXAMPLES[0].read_bytes()))
    name = "caf\udce9.json"  # a file name that is not UTF-8, as Python reads it (surrogateescape)
    expected = contract_line(result, "fr", name)
    assert assessment_json_bytes(result, "fr", name, "surrogateescape") == expected.encode(
        "utf-8", "surrogateescape"
    )
    with pytest.raises(UnicodeEncodeError):
        assessment_json_bytes(result, "fr", name)
