"""`python -m core timeline`, run as a program: the issue's JSON shape, text, CSV, refusals."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest

from tests.core.test_command_line import EXAMPLES, PROFILES, STREAMS, run

VERDICTS = {"eligible", "not-eligible", "incomplete"}


def timeline_json(*args: str, stdin: bytes | None = None) -> dict:
    done = run("timeline", *args, stdin=stdin)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def refused(*args: str, stdin: bytes | None = None) -> str:
    done = run("timeline", *args, stdin=stdin)
    assert done.returncode == 2, done.stdout.decode()[:300]
    assert done.stdout == b""
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_json_has_the_issues_shape_and_spans_cover_the_programs_life(example):
    data = timeline_json(str(example), "--lang", "en")
    assert (data["from"], data["to"]) == ("2021-04-22", "2025-12-31")
    assert [(w["stream"], w["profile"]) for w in data["ways"]] == [
        (s, p) for s in STREAMS for p in PROFILES
    ]
    for way in data["ways"]:
        spans = way["spans"]
        assert spans[0]["from"] == data["from"] and spans[-1]["to"] == data["to"]
        for before, after in zip(spans, spans[1:], strict=False):
            day_after = date.fromisoformat(before["to"]) + timedelta(days=1)
            assert after["from"] == day_after.isoformat()  # no gap, no overlap
            assert after["changed_by"] and all(c["id"] and c["words"] for c in after["changed_by"])
        assert {s["verdict"] for s in spans} <= VERDICTS
    assert data["held_unchanged"].startswith("Your answers about your situation")


def test_a_days_verdict_is_what_evaluate_says_for_that_day():
    example = next(p for p in EXAMPLES if p.stem == "ai-foreign-worker")
    data = timeline_json(str(example))
    way = next(w for w in data["ways"] if w["profile"] == "francisation")
    for span in way["spans"]:
        for day in (span["from"], span["to"]):
            done = run("evaluate", str(example), "--date", day)
            evaluated = json.loads(done.stdout)["ways"][1]
            assert (evaluated["stream"], evaluated["profile"]) == (way["stream"], "francisation")
            assert evaluated["verdict"] == span["verdict"], day


def test_from_and_to_choose_the_range_and_stdin_is_read_with_a_dash():
    example = next(p for p in EXAMPLES if p.stem == "ai-quebec-graduate")
    data = timeline_json(
        "-", "--from", "2024-06-01", "--to", "2024-06-30", stdin=example.read_bytes()
    )
    graduate = data["ways"][2]["spans"]
    assert [(s["from"], s["to"], s["verdict"]) for s in graduate] == [
        ("2024-06-01", "2024-06-05", "not-eligible"),
        ("2024-06-06", "2024-06-30", "eligible"),
    ]
    assert graduate[1]["changed_by"][0]["id"] == "art9/3"


def test_the_text_says_each_span_as_a_sentence_in_french_by_default():
    example = next(p for p in EXAMPLES if p.stem == "ai-quebec-graduate")
    done = run("timeline", str(example), "--format", "text")
    assert done.returncode == 0
    text = done.stdout.decode()
    assert "admissible à partir du 6 juin 2024" in text
    assert "jusqu'à l'abrogation du programme" in text or "jusqu’à l’abrogation" in text


def test_the_csv_has_one_row_per_span():
    example = next(p for p in EXAMPLES if p.stem == "ai-foreign-worker")
    done = run("timeline", str(example), "--format", "csv", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    spans = sum(len(w["spans"]) for w in timeline_json(str(example))["ways"])
    assert len(rows) == spans
    assert {"stream", "profile", "from", "to", "verdict", "changed_by", "words"} <= set(rows[0])
    assert any(r["changed_by"] == "art7/3" for r in rows)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--from", "2024-02-30"), "--from"),
        (("--to", "soon"), "--to"),
        (("--from", "2025-01-01", "--to", "2024-01-01"), "--from, --to"),
    ],
)
def test_a_bad_range_is_refused_in_one_line_naming_the_option(args, named):
    example = EXAMPLES[0]
    assert refused(str(example), *args, "--lang", "en").startswith(named)


def test_an_unusable_answers_file_is_refused_naming_the_field():
    line = refused(
        "-", "--lang", "en", stdin=b'{"schema_version": 1, "job": {"annual_salary": -3}}'
    )
    assert line.startswith("job.annual_salary")
