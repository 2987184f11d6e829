"""The contract's command line, run as a program: `python -m core evaluate|schema`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.answers import Answers

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.json"))
STREAMS = ("ai-foreign-worker", "ai-quebec-graduate", "it-vfx")
PROFILES = ("francophone", "francisation")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "core", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        timeout=60,
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    return done


def evaluate_json(*args: str, stdin: bytes | None = None) -> dict:
    done = run("evaluate", *args, stdin=stdin)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def refused(*args: str, stdin: bytes | None = None) -> str:
    """Run, expect exit 2 and exactly one line on stderr; return that line."""
    done = run("evaluate", *args, stdin=stdin)
    assert done.returncode == 2, done.stdout.decode()[:300]
    assert done.stdout == b""
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].strip()
    return lines[0]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_json_output_has_the_contract_shape(example):
    data = evaluate_json(str(example))
    assert set(data) >= {"application_date", "program_in_force", "ways"}
    assert isinstance(data["program_in_force"], bool)
    assert [(w["stream"], w["profile"]) for w in data["ways"]] == [
        (s, p) for s in STREAMS for p in PROFILES
    ]
    for way in data["ways"]:
        assert way["verdict"] in {"eligible", "not-eligible", "incomplete"}
        for key in ("unmet", "unknown"):
            for item in way[key]:
                assert isinstance(item["id"], str) and item["id"].startswith("art")
                assert isinstance(item["message"], str) and item["message"]
        # The verdict agrees with its lists.
        if way["unmet"]:
            assert way["verdict"] == "not-eligible"
        elif way["unknown"]:
            assert way["verdict"] == "incomplete"
        else:
            assert way["verdict"] == "eligible"


def test_exit_0_for_an_assessment_whatever_the_verdicts():
    # The Québec-graduate example is not eligible for some ways: still exit 0.
    data = evaluate_json(str(REPO / "examples" / "ai-quebec-graduate.json"))
    assert "not-eligible" in {w["verdict"] for w in data["ways"]}
    # And after the repeal: every way not eligible, still exit 0.
    data = evaluate_json(str(REPO / "examples" / "ai-quebec-graduate.json"), "--date", "2026-03-01")
    assert {w["verdict"] for w in data["ways"]} == {"not-eligible"}


def test_the_files_date_is_used_and_date_overrides_it():
    example = str(REPO / "examples" / "ai-foreign-worker.json")
    assert evaluate_json(example)["application_date"] == "2025-06-01"
    data = evaluate_json(example, "--date", "2026-01-01")
    assert data["application_date"] == "2026-01-01"
    assert data["program_in_force"] is False
    assert all(w["unmet"][0]["id"] == "art14" for w in data["ways"])


def test_stdin_is_read_with_a_dash():
    raw = (REPO / "examples" / "it-vfx.json").read_bytes()
    assert evaluate_json("-", stdin=raw) == evaluate_json(str(REPO / "examples" / "it-vfx.json"))


def test_the_empty_answers_file_from_stdin_is_incomplete_everywhere():
    data = evaluate_json("-", "--date", "2025-06-01", stdin=b'{"schema_version": 1}')
    assert [w["verdict"] for w in data["ways"]] == ["incomplete"] * 6


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_text_format_prints_each_way_and_its_conditions(lang):
    done = run(
        "evaluate",
        str(REPO / "examples" / "ai-quebec-graduate.json"),
        "--format",
        "text",
        "--lang",
        lang,
    )
    assert done.returncode == 0
    text = done.stdout.decode()
    assert "art7/4/b" in text
    # The salary compared and the threshold it missed, formatted for the language.
    if lang == "fr":
        assert "88\u00a0000\u00a0$" in text and "100\u00a0000\u00a0$" in text
    else:
        assert "$88,000" in text and "$100,000" in text
    assert text.count("\n") > 20


def test_the_json_messages_follow_the_language():
    example = str(REPO / "examples" / "ai-quebec-graduate.json")
    fr = evaluate_json(example, "--lang", "fr")
    en = evaluate_json(example, "--lang", "en")
    assert fr["lang"] == "fr" and en["lang"] == "en"
    message_en = en["ways"][0]["unmet"][0]["message"]
    message_fr = fr["ways"][0]["unmet"][0]["message"]
    assert "$100,000" in message_en
    assert "100\u00a0000\u00a0$" in message_fr


# --- refusals: exit 2, one line naming the field ---------------------------------------------


def test_a_broken_json_file_is_refused_in_one_line(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,', encoding="utf-8")
    line = refused(str(broken), "--lang", "en")
    assert "JSON" in line


def test_an_impossible_application_date_is_refused_naming_the_field(tmp_path):
    bad = tmp_path / "bad-date.json"
    bad.write_text('{"schema_version": 1, "application_date": "2025-02-30"}', encoding="utf-8")
    line = refused(str(bad), "--lang", "en")
    assert "application_date" in line
    assert "YYYY-MM-DD" in line


def test_a_four_digit_noc_code_is_refused_naming_the_work_period(tmp_path):
    bad = tmp_path / "bad-noc.json"
    bad.write_text(
        json.dumps({"schema_version": 1, "work_history": [{"noc_code": "2121"}]}), encoding="utf-8"
    )
    for lang in ("en", "fr"):
        line = refused(str(bad), "--lang", lang)
        assert "work_history[0].noc_code" in line


def test_a_file_from_a_newer_release_is_refused_naming_schema_version():
    line = refused("-", "--lang", "en", stdin=b'{"schema_version": 2}')
    assert "schema_version" in line
    assert "2" in line


def test_a_file_without_schema_version_is_refused():
    line = refused("-", "--lang", "en", stdin=b'{"application_date": "2025-06-01"}')
    assert "schema_version" in line


def test_an_unreadable_path_is_refused_naming_the_path(tmp_path):
    missing = tmp_path / "nowhere" / "answers.json"
    line = refused(str(missing), "--lang", "en")
    assert str(missing) in line


def test_a_directory_given_as_the_file_is_refused(tmp_path):
    line = refused(str(tmp_path), "--lang", "en")
    assert str(tmp_path) in line


@pytest.mark.parametrize("bad_date", ["2025-13-01", "01/06/2025", "tomorrow"])
def test_a_bad_date_option_is_refused_naming_date(bad_date):
    line = refused(str(EXAMPLES[0]), "--date", bad_date, "--lang", "en")
    assert "--date" in line


def test_an_unknown_field_is_refused_naming_it():
    line = refused("-", "--lang", "en", stdin=b'{"schema_version": 1, "salary": 5}')
    assert "salary" in line


def test_a_negative_salary_is_refused_naming_it():
    raw = b'{"schema_version": 1, "job": {"annual_salary": -1}}'
    assert "job.annual_salary" in refused("-", "--lang", "en", stdin=raw)


def test_an_empty_stdin_is_refused():
    refused("-", "--lang", "en", stdin=b"")


def test_a_bad_option_value_is_refused_in_one_line():
    done = run("evaluate", str(EXAMPLES[0]), "--format", "xml")
    assert done.returncode == 2
    assert len(done.stderr.decode().splitlines()) == 1


# --- the schema --------------------------------------------------------------------------------


def test_the_schema_command_prints_a_json_schema_that_the_examples_validate_against():
    done = run("schema")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    assert {"schema_version", "diplomas", "work_history", "job", "french", "family"} <= set(
        schema["properties"]
    )
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - depends on the environment
        jsonschema = None
    for example in EXAMPLES:
        data = json.loads(example.read_text(encoding="utf-8"))
        Answers.model_validate(data)
        if jsonschema is not None:
            jsonschema.validate(data, schema)
    if jsonschema is not None:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"schema_version": 1, "job": {"noc_code": "2121"}}, schema)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_writes_the_pdf_of_an_answers_file(tmp_path, lang):
    output = tmp_path / "report.pdf"
    done = run("report", str(EXAMPLES[0]), "--lang", lang, "--output", str(output))
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b"" and output.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args",
    [
        ("missing.json", "--output", "x.pdf"),
        (str(EXAMPLES[0]),),  # no --output
        (str(EXAMPLES[0]), "--output", "/nonexistent/folder/report.pdf"),
    ],
    ids=["missing-file", "no-output", "unwritable"],
)
def test_report_refuses_with_exit_2_and_one_line(args):
    done = run("report", *args)
    assert done.returncode == 2 and done.stdout == b""
    assert len(done.stderr.decode().splitlines()) == 1
