"""Robustness tests: fuzzing, injection, privacy and faults.

- The AppTest driver of tests/app (`driver.py`) is importable here.
- `fuzz_tally` counts the generated inputs and their time; the totals are printed at the end.
- Browser tests (marker `e2e`) start their own real `streamlit run` server
  (`robust_server.AppServer`), with HOME and TMPDIR of the test's choosing, restartable.
  Chromium: `tests.support.streamlit_server.chromium_path()` (Debian's headless shell, else its
  desktop Chromium, or $CHROMIUM_PATH; empty = Playwright's own browser).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
APP_TESTS = REPO_ROOT / "tests" / "app"
if str(APP_TESTS) not in sys.path:
    sys.path.insert(0, str(APP_TESTS))


# {strategy name: [inputs tried, seconds]}
_TALLY: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])


@pytest.fixture(scope="session")
def fuzz_tally() -> dict[str, list[float]]:
    return _TALLY


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest hook
    if not _TALLY:
        return
    total = sum(int(n) for n, _ in _TALLY.values())
    seconds = sum(s for _, s in _TALLY.values())
    terminalreporter.write_line(
        f"robustness inputs: {total} in {seconds:.1f} s (checking time only): "
        + ", ".join(f"{name} {int(n)} ({s:.1f} s)" for name, (n, s) in sorted(_TALLY.items()))
    )
