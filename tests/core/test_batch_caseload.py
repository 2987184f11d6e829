"""An advisor's caseload: one result per good record, one error line per bad one."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

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
