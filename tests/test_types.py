"""The core type-checks: mypy, configured in pyproject.toml ([tool.mypy]), finds no error in core/.

Names instead of strings (issue 21): a `date | None` passed where a date is needed, a figure that
may be missing compared as if it were there, are caught before a person meets them. A failure
lists every error, file and line.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]



@cache
def mypy_errors() -> tuple[str, ...]:
    """mypy's error lines for core/, run from the repository root with its configuration."""
    here = Path.cwd()
    os.chdir(ROOT)  # [tool.mypy] names `core` relative to the root
    try:
        out, err, status = api.run(["--config-file", "pyproject.toml"])
    finally:
        os.chdir(here)
    assert status in (0, 1), f"mypy did not run: {err or out}"  # 2: a crash or a bad config
    return tuple(line for line in out.splitlines() if ": error: " in line)


def test_mypy_finds_no_error_in_the_core() -> None:
    errors = mypy_errors()
    assert not errors, f"{len(errors)} type errors:\n" + "\n".join(errors)
