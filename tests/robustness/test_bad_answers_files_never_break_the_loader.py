"""Bad input never breaks anything: 10 000 generated answers files through the loader.

Each file is either read (then assessed and written as JSON without error) or refused with an
`AnswersFileError` whose message is one line naming the field or the file; never another
exception, never more than 2 s. Derandomized, so CI sees the same inputs every run.
"""

from __future__ import annotations

import time

import pytest
from answers_fuzz import (
    answers_shaped,
    check,
    encode,
    json_documents,
    nested,
    raw_bytes,
)
from hypothesis import HealthCheck, given, settings

from core.answers_file import MAX_BYTES, AnswersFileError, parse_answers

FUZZ = settings(
    derandomize=True,
    database=None,  # nothing written under .hypothesis/
    deadline=2000,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)


def tally(fuzz_tally, name: str, started: float, outcomes: list[str]) -> None:
    fuzz_tally[name][0] += len(outcomes)
    fuzz_tally[name][1] += time.perf_counter() - started


def test_any_json_document_is_read_or_refused_in_one_line(fuzz_tally):
    outcomes: list[str] = []
    started = time.perf_counter()

    @settings(FUZZ, max_examples=2500)
    @given(json_documents)
    def run(document):
        outcomes.append(check(encode(document)))

    run()
    tally(fuzz_tally, "json documents", started, outcomes)
    assert len(outcomes) >= 2500


def test_random_bytes_and_broken_json_are_refused_in_one_line(fuzz_tally):
    outcomes: list[str] = []
    started = time.perf_counter()

    @settings(FUZZ, max_examples=2500)
    @given(raw_bytes)
    def run(raw):
        outcomes.append(check(raw))

    run()
    tally(fuzz_tally, "bytes", started, outcomes)
    assert len(outcomes) >= 2500


def test_answers_files_with_wrong_missing_and_extra_fields_are_read_or_refused(fuzz_tally):
    outcomes: list[str] = []
    started = time.perf_counter()

    @settings(FUZZ, max_examples=3000)
    @given(answers_shaped(spoil=True))
    def run(document):
        outcomes.append(check(encode(document)))

    run()
    tally(fuzz_tally, "spoiled answers", started, outcomes)
    assert len(outcomes) >= 3000
    assert "refused" in outcomes


def test_plausible_answers_files_are_assessed_or_refused_for_a_named_field(fuzz_tally):
    outcomes: list[str] = []
    started = time.perf_counter()

    @settings(FUZZ, max_examples=2000)
    @given(answers_shaped(spoil=False))
    def run(document):
        outcomes.append(check(encode(document)))

    run()
    tally(fuzz_tally, "plausible answers", started, outcomes)
    assert len(outcomes) >= 2000
    # Most are read; some are refused by cross-field rules (end before start...).
    assert outcomes.count("read") > len(outcomes) // 4


def work_periods(n: int) -> list[dict]:
    return [
        {"title": f"Job {i}", "noc_code": "21211", "start": "2021-01-01", "end": "2024-12-31",
         "full_time": True, "in_quebec": i % 2 == 0, "controlled_company": False,
         "ineligible_sector": False}
        for i in range(n)
    ]  # fmt: skip


def doc(**fields) -> bytes:
    return encode({"schema_version": 1, **fields})


EXTREMES = {
    "empty file": b"",
    "blank file": b"  \n\t ",
    "10 000 levels of arrays": b"[" * 10_000 + b"]" * 10_000,
    "10 000 levels of objects": b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
    "100 000 levels, unclosed": b"[" * 100_000,
    "10 000 levels inside a field": b'{"schema_version":1,"notes":'
    + b"[" * 10_000
    + b"]" * 10_000
    + b"}",
    "21 levels (just too deep)": doc(notes=nested(21)),
    "several MB of spaces": b" " * 5_000_000 + b'{"schema_version":1}',
    "several MB of JSON": doc(notes="x" * 4_000_000),
    "just under the size limit": doc() + b" " * (MAX_BYTES - 30),
    "just over the size limit": doc() + b" " * MAX_BYTES,
    "thousands of work periods": doc(work_history=work_periods(3000)),
    "the most work periods allowed": doc(work_history=work_periods(200)),
    "a string of 100 000 characters": doc(job={"title": "é" * 100_000}),
    "impossible date 2025-02-30": doc(application_date="2025-02-30"),
    "end before start": doc(work_history=[{"start": "2024-01-01", "end": "2023-01-01"}]),
    "negative salary": doc(job={"annual_salary": -1}),
    "salary 1e30": b'{"schema_version":1,"job":{"annual_salary":1e30}}',
    "salary 10^30 as text": doc(job={"annual_salary": "10^30"}),
    "salary 10**30 as an integer": doc(job={"annual_salary": 10**30}),
    "salary 1e30 as text": doc(job={"annual_salary": "1e30"}),
    "salary NaN": b'{"schema_version":1,"job":{"annual_salary":NaN}}',
    "salary NaN as text": doc(job={"annual_salary": "NaN"}),
    "funds Infinity": b'{"schema_version":1,"family":{"funds":Infinity}}',
    "weekly hours -Infinity": b'{"schema_version":1,"job":{"weekly_hours":-Infinity}}',
    "share 1e400": b'{"schema_version":1,"diplomas":[{"share_in_quebec_percent":1e400}]}',
    "schema_version 10^30": b'{"schema_version":1000000000000000000000000000000}',
    "an unknown field with a newline and markdown": doc(**{"x\n[a](http://evil.example)": 1}),
    "an unknown field 100 000 characters long": doc(**{"k" * 100_000: 1}),
    "a key that is not valid UTF-16": b'{"schema_version":1,"\\ud800":1}',
}


@pytest.mark.parametrize("raw", EXTREMES.values(), ids=EXTREMES.keys())
def test_extreme_files_are_read_or_refused_in_one_line_within_two_seconds(raw, fuzz_tally):
    started = time.perf_counter()
    outcome = check(raw)
    tally(fuzz_tally, "extremes", started, [outcome])


def test_a_file_of_several_megabytes_is_refused_as_too_large_naming_the_limit():
    with pytest.raises(AnswersFileError) as refused:
        parse_answers(doc(notes="x" * 4_000_000))
    assert refused.value.code == "too_large"


def test_thousands_of_work_periods_are_refused_naming_the_list():
    with pytest.raises(AnswersFileError) as refused:
        parse_answers(doc(work_history=work_periods(3000)))
    assert refused.value.field == "work_history"


def test_two_hundred_work_periods_are_assessed():
    assert check(doc(work_history=work_periods(200))) == "read"
