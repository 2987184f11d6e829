"""The command `python -m core evaluate -` on 200 generated files, read from stdin.

Exit 0 (assessed, JSON on stdout) or 2 (exactly one line on stderr); never a traceback, never
more than a few seconds of CPU (in process; a process each is only given a minute to end). The
command's own `main` reads all 200 in this process (its standard streams swapped for each file:
an exception escaping it is the traceback a person would see); the hand-written extremes and a
sample of the rest also go through the real command, a process each, for what only a process
shows (its exit status, what Python prints as it exits). Each process costs a cold start of
~0.6 s, so 200 of them took two minutes of the suite.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest
from answers_fuzz import answers_shaped, encode, json_documents, raw_bytes
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from core.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = 200
# A process each: the 7 extremes, every 10th generated file, an example file (24 processes took
# 25–29 s of a worker on 2 busy cores; all 200 files go through `main` in process).
IN_PROCESSES = 12
ARGS = ["evaluate", "-", "--lang", "en"]
CPU_SECONDS_PER_CALL = 2.0  # one file read and assessed in process, this thread's CPU time
PROCESS_TIMEOUT = 60.0  # a process that hangs; its speed is not judged (a loaded machine)


def sample(strategy: st.SearchStrategy, n: int) -> list:
    """n inputs drawn by Hypothesis, the same ones every run."""
    drawn: list = []

    @settings(
        max_examples=n,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(strategy)
    def collect(value):
        drawn.append(value)

    collect()
    return drawn[:n]


def inputs() -> list[bytes]:
    files = st.one_of(
        raw_bytes,
        json_documents.map(encode),
        answers_shaped(spoil=True).map(encode),
        answers_shaped(spoil=False).map(encode),
    )
    extremes = [
        b"",
        b"[" * 10_000,
        b" " * 3_000_000,
        encode({"schema_version": 1, "x\n[a](http://evil.example)": 1}),
        b'{"schema_version":1,"job":{"annual_salary":1e30}}',
        b'{"schema_version":1,"job":{"annual_salary":NaN}}',
        encode({"schema_version": 1, "application_date": "2025-02-30"}),
    ]
    return extremes + sample(files, SAMPLE - len(extremes))


def evaluate(raw: bytes) -> tuple[bytes, subprocess.CompletedProcess, float]:
    done = subprocess.run(
        [sys.executable, "-m", "core", *ARGS],
        input=raw,
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=PROCESS_TIMEOUT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return raw, done, 0.0  # no CPU measure for a process: its time is not judged


def evaluate_in_process(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, object, float]:
    """`main` as `python -m core` calls it, its standard streams those of a process fed `raw`."""
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stdin", stdin)
        patch.setattr(sys, "stdout", stdout)
        patch.setattr(sys, "stderr", stderr)
        started = time.thread_time()
        code = main(list(ARGS))  # an exception here fails the test with its traceback
        seconds = time.thread_time() - started
    done = SimpleNamespace(
        returncode=code, stdout=stdout.getvalue().encode(), stderr=stderr.getvalue().encode()
    )
    return raw, done, seconds


def check(results: list[tuple[bytes, object, float]]) -> dict[int, int]:
    codes = {0: 0, 2: 0}
    for raw, done, seconds in results:
        stderr = done.stderr.decode("utf-8", "replace")
        shown = raw[:120]
        assert "Traceback" not in stderr, (shown, stderr[-2000:])
        assert done.returncode in (0, 2), (shown, done.returncode, stderr[-500:])
        assert seconds < CPU_SECONDS_PER_CALL, (shown, seconds)
        codes[done.returncode] += 1
        if done.returncode == 2:
            assert stderr.count("\n") == 1 and stderr.endswith("\n"), (shown, stderr)
            assert stderr.strip(), shown
            assert done.stdout == b"", shown
        else:
            assert stderr == "", (shown, stderr)
            assert "ways" in json.loads(done.stdout)
    return codes


def test_two_hundred_generated_files_exit_0_or_2_with_one_line_and_no_traceback(
    fuzz_tally, monkeypatch
):
    files = inputs()
    assert len(files) == SAMPLE
    started = time.perf_counter()
    results = [evaluate_in_process(raw, monkeypatch) for raw in files]
    fuzz_tally["command line"][0] += len(results)
    fuzz_tally["command line"][1] += time.perf_counter() - started
    codes = check(results)
    assert codes[0] > 0 and codes[2] > 0, codes


def test_the_extremes_and_a_sample_exit_the_same_as_real_processes(fuzz_tally):
    files = inputs()
    # An example file too: a sample this small may hold no file that gets assessed (exit 0).
    example = (REPO_ROOT / "examples" / "ai-foreign-worker.json").read_bytes()
    chosen = files[:7] + files[7::10][: IN_PROCESSES - 8] + [example]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(evaluate, chosen))
    fuzz_tally["command line, a process each"][0] += len(results)
    fuzz_tally["command line, a process each"][1] += time.perf_counter() - started
    codes = check(results)
    assert codes[0] > 0 and codes[2] > 0, codes
