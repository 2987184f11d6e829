"""The benchmarks' generated caseloads (bench/gen_answers.py) answer every declared question
somewhere, read from the declarations: a new question is benchmarked without editing the bench."""

from __future__ import annotations

from bench.gen_answers import generate
from core import paths
from core.answers_file import answers_from_data
from core.questions import QUESTIONS, Kind


def test_every_declared_question_is_answered_in_some_generated_file():
    records = list(generate(1500, seed=5))
    missing = []
    for question in QUESTIONS:
        if question.kind is Kind.LIST:
            continue
        if question.list_name is None:
            found = any(paths.read(r, question.path) is not None for r in records)
        else:
            found = any(
                entry.get(question.field) is not None
                for r in records
                for entry in r.get(question.list_name) or ()
            )
        if not found:
            missing.append(question.path)
    assert missing == []


def test_every_generated_file_loads():
    for record in generate(300, seed=11):
        answers_from_data(record)
