"""An advisor's caseload: one result per good record, one error line per bad one."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from core.answers_file import parse_answers
from core.assess import assess
from core.batch import WAY_COLUMNS, run_batch

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_a_mixed_file_gives_one_result_per_good_record_and_one_error_line_per_bad(tmp_path):
    good = [json.dumps(json.loads(p.read_text(encoding="utf-8"))) for p in EXAMPLES]
    lines = [
        good[0],
        '{"schema_version": 1, "job": {"annual_salary": "x"}}',
        good[1],
        "",
        "not json",
        good[2],
        '{"schema_version": 9}',
    ]
    source = tmp_path / "caseload.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("evaluate-batch", str(source), "--lang", "en")
    assert done.returncode == 2  # some records were refused
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["record"] for r in results] == ["1", "3", "6"]
    assert all(len(r["ways"]) == 6 for r in results)
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 3
    assert errors[0].startswith("line 2: job.annual_salary")
    assert errors[1].startswith("line 5: ")
    assert errors[2].startswith("line 7: schema_version")
    assert "Traceback" not in done.stderr


def test_the_csv_has_one_row_per_file_of_a_folder(tmp_path):
    for path in EXAMPLES:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    done = run("evaluate-batch", str(tmp_path), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["record"] for row in rows] == [p.name for p in EXAMPLES]
    assert rows[0]["ai-foreign-worker/francophone"] == "eligible"
    assert set(rows[0]) >= {"it-vfx/francisation", "ai-quebec-graduate/francophone"}


def test_a_missing_source_is_one_line_and_exit_2():
    done = run("evaluate-batch", "no-such-file.jsonl")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1


def caseload(folder: Path, size: int) -> Path:
    """`size` records: the examples, each with its own salary, and a bad record every 37th."""
    good = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    lines = []
    for index in range(size):
        if index % 37 == 5:
            lines.append(f'{{"schema_version": 1, "job": {{"annual_salary": "bad {index}"}}}}')
            continue
        record = json.loads(json.dumps(good[index % len(good)]))
        record["job"]["annual_salary"] = 60_000 + 1_000 * (index % 60)
        lines.append(json.dumps(record))
    source = folder / "caseload.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


def test_every_core_or_one_gives_the_same_output_in_the_input_order(tmp_path):
    size = 300  # several chunks per worker, so the workers finish out of order
    source = caseload(tmp_path, size)
    outputs = {}
    for fmt in ("jsonl", "csv"):
        one = run("evaluate-batch", str(source), "--format", fmt, "--jobs", "1", "--lang", "en")
        two = run("evaluate-batch", str(source), "--format", fmt, "--jobs", "2", "--lang", "en")
        every = run("evaluate-batch", str(source), "--format", fmt, "--lang", "en")
        assert one.returncode == two.returncode == every.returncode == 2  # bad records in it
        assert two.stdout == one.stdout and every.stdout == one.stdout
        assert two.stderr == one.stderr and every.stderr == one.stderr
        outputs[fmt] = two
    bad = [n for n in range(1, size + 1) if (n - 1) % 37 == 5]
    errors = outputs["jsonl"].stderr.splitlines()
    assert [line.split(":")[0] for line in errors] == [f"line {n}" for n in bad]
    assert all(
        line.startswith(f"line {n}: job.annual_salary") for n, line in zip(bad, errors, strict=True)
    )
    rows = list(csv.DictReader(io.StringIO(outputs["csv"].stdout)))
    good = [n for n in range(1, size + 1) if n not in bad]
    assert [row["record"] for row in rows] == [str(n) for n in good]
    # Each result is its own record's: the same as assessing that line alone.
    lines = source.read_bytes().splitlines()
    results = [json.loads(line) for line in outputs["jsonl"].stdout.splitlines()]
    assert [r["record"] for r in results] == [str(n) for n in good]
    for result, row in zip(results, rows, strict=True):
        alone = assess(parse_answers(lines[int(result["record"]) - 1]))
        verdicts = [way.verdict for way in alone.ways]
        assert [way["verdict"] for way in result["ways"]] == verdicts
        assert [row[column] for column in WAY_COLUMNS] == verdicts
    assert len({tuple(w["verdict"] for w in r["ways"]) for r in results}) > 1  # not all alike


def test_jobs_must_be_a_whole_number_of_at_least_one(tmp_path):
    source = caseload(tmp_path, 3)
    for bad in ("0", "-1", "two"):
        done = run("evaluate-batch", str(source), "--jobs", bad)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1
        assert "--jobs" in done.stderr


def test_every_way_of_sharing_the_work_writes_the_same_bytes(tmp_path):
    """Workers reading their share of a file, a pool fed from standard input, and a pool whose
    results come back to be written (an output that is not a file): one output, in order."""
    source = caseload(tmp_path, 200)
    one = run("evaluate-batch", str(source), "--jobs", "1", "--lang", "fr")
    assert one.returncode == 2 and one.stdout.count("\n") == 200 - 6
    piped = subprocess.run(
        [sys.executable, "-m", "core", "evaluate-batch", "-", "--jobs", "2", "--lang", "fr"],
        cwd=ROOT, input=source.read_bytes(), capture_output=True, timeout=120,
    )  # fmt: skip
    assert piped.stdout == one.stdout.encode() and piped.stderr == one.stderr.encode()
    out, err = io.StringIO(), io.StringIO()
    tally = run_batch(
        str(source), out, err, lang="fr", fmt="jsonl", on=None, progress=False, jobs=2
    )
    assert (tally.assessed, tally.refused) == (194, 6)
    assert out.getvalue() == one.stdout and err.getvalue() == one.stderr
