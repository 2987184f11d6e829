"""The benchmarks keep working: each runs with --tiny and prints its table (no timing asserted).

The core ones run in a few seconds; the browser ones start real servers and Chromium and are
marked `e2e`. The fast paths they led to in core are checked in
tests/core/test_fast_paths_agree_with_the_libraries.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.streamlit_server import chromium_path

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = chromium_path()


def run_bench(script: str, timeout: float) -> str:
    done = subprocess.run(
        [sys.executable, f"bench/{script}", "--tiny"],
        cwd=REPO,
        env={**os.environ, "CHROMIUM_PATH": CHROMIUM},  # the tests' browser, not the bench's
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert done.stdout.startswith("machine: "), done.stdout[:500]
    return done.stdout


def assert_table(output: str, title: str, rows: int) -> None:
    assert f"### {title}" in output, output
    block = output.split(f"### {title}", 1)[1]
    lines = [line for line in block.splitlines() if line.startswith("|")]
    assert len(lines) >= 2 + rows, output  # header, rule, rows


def test_core_one_prints_its_table() -> None:
    output = run_bench("core_one.py", timeout=300)
    assert_table(output, "Core, one person", rows=3)
    assert "assess() only (no messages)" in output


def test_core_batch_prints_its_table() -> None:
    output = run_bench("core_batch.py", timeout=300)
    assert_table(output, "Core, a caseload", rows=4)
    assert_table(output, "Where one record's time goes", rows=5)
    assert "Peak memory" in output


needs_chromium = pytest.mark.skipif(
    bool(CHROMIUM) and not Path(CHROMIUM).is_file(), reason=f"no Chromium at {CHROMIUM}"
)


@pytest.mark.e2e
@needs_chromium
def test_app_interactions_prints_its_tables() -> None:
    output = run_bench("app_interactions.py", timeout=900)
    assert_table(output, "The app, per interaction, in Chromium", rows=3)
    assert_table(output, "Server-side script run", rows=3)


@pytest.mark.e2e
@needs_chromium
def test_app_first_visit_prints_its_table() -> None:
    output = run_bench("app_first_visit.py", timeout=900)
    assert_table(output, "The app, first visit", rows=3)


@pytest.mark.e2e
@needs_chromium
def test_app_sessions_prints_its_table() -> None:
    output = run_bench("app_sessions.py", timeout=900)
    assert_table(output, "The app, many people", rows=2)  # none open, then 1 (--tiny)


def test_reference_lookup_prints_its_table() -> None:
    output = run_bench("reference_lookup.py", timeout=300)
    assert_table(output, "Core, per keystroke", rows=2)
    assert "search_occupations, each keystroke" in output


def test_timeline_prints_its_table() -> None:
    output = run_bench("timeline.py", timeout=300)
    assert_table(output, "A file over the program's life vs one results page run", rows=4)
    assert "slowest kind found" in output
