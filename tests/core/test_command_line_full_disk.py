"""Standard output on a full disk (`> /dev/full`) or an answers file that is a pipe: one line
on standard error, exit 2, never a traceback, never a wait."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples" / "it-vfx.json")


def caseload(folder: Path) -> str:
    path = folder / "caseload.jsonl"
    line = (ROOT / "examples" / "it-vfx.json").read_bytes().replace(b"\n", b" ") + b"\n"
    path.write_bytes(line * 300)
    return str(path)


COMMANDS = {
    "schema": lambda folder: ["schema"],
    "evaluate json": lambda folder: ["evaluate", EXAMPLE],
    "evaluate text": lambda folder: ["evaluate", EXAMPLE, "--format", "text"],
    "batch folder": lambda folder: ["evaluate-batch", str(ROOT / "examples"), "--jobs", "1"],
    "batch lines, 2 jobs": lambda folder: ["evaluate-batch", caseload(folder), "--jobs", "2"],
    "batch csv, 2 jobs": lambda folder: [
        "evaluate-batch",
        caseload(folder),
        "--format",
        "csv",
        "--jobs",
        "2",
    ],
    "batch stdin": lambda folder: ["evaluate-batch", "-", "--jobs", "2"],
    "timeline json": lambda folder: ["timeline", EXAMPLE],
    "timeline text": lambda folder: ["timeline", EXAMPLE, "--format", "text"],
    "timeline csv": lambda folder: ["timeline", EXAMPLE, "--format", "csv"],
}


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_full_disk_is_one_line_and_exit_2(tmp_path, command):
    args = COMMANDS[command](tmp_path)
    stdin = Path(caseload(tmp_path)).read_bytes() if args[1:2] == ["-"] else b""
    language = [] if command == "schema" else ["--lang", "en"]  # schema speaks French only
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "core", *args, *language],
            cwd=ROOT, stdout=full, stderr=subprocess.PIPE, input=stdin, timeout=120,
        )  # fmt: skip
    errors = done.stderr.decode()
    assert done.returncode == 2, errors
    assert len(errors.splitlines()) == 1 and "Traceback" not in errors, errors
    assert "(No space left on device)" in errors
    if language:
        assert errors == "standard output: cannot be written (No space left on device)\n"


def test_an_answers_file_that_is_a_pipe_is_refused_not_waited_on(tmp_path):
    pipe = tmp_path / "answers.json"
    os.mkfifo(pipe)
    done = subprocess.run(
        [sys.executable, "-m", "core", "evaluate", str(pipe), "--lang", "en"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"{pipe}: not a regular file (a folder, a pipe or a device): not read"
    ]
