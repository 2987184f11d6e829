"""What every test shares: the consistency checks marked to run first, and the browser settings
(Debian's Chromium headless shell, else its desktop Chromium, or $CHROMIUM_PATH; empty =
Playwright's own browser, launched quiet for a closed network)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.streamlit_server import CHROMIUM_ARGS, chromium_path

# The checks every other test leans on, fast (seconds): the catalogs, the import layers, the
# lock file, one declaration per question, each condition traced to the law, the
# reference tables' envelopes, the messages' wording. scripts/test.sh runs them first (`-m
# consistency`), so a broken catalog or contract shows at once, then the rest on every core.
CONSISTENCY = {
    "tests/test_catalogs.py",
    "tests/test_layers.py",
    "tests/test_lock_file.py",
    "tests/test_streamlit_dom_in_one_place.py",
    "tests/core/test_each_question_is_declared_once.py",
    "tests/core/test_traceability_to_the_law.py",
    "tests/core/test_reference_data_files.py",
    "tests/core/test_messages_say_what_they_mean.py",
    "tests/core/test_french_typography.py",
}
ROOT = Path(__file__).resolve().parents[1]


# The longest files first: with pytest-xdist (`--dist loadfile`) a worker takes the next file as
# it finishes one, so the short files of the core fill the end and both workers end together
# (in collection order, the bench and load tests came late and one worker waited for the other).
# After the folders, the files of 8 s or more outside them (measured with --durations): the last
# of them had come last in collection order (mypy, the wheel install) and one worker ran it alone.
LONGEST_FIRST = (
    "tests/load/",
    "tests/bench/",
    "tests/e2e/",
    "tests/robustness/",
    "tests/app/",
    "tests/core/test_properties_of_any_answers.py",
    "tests/test_types.py",
    "tests/core/test_command_line.py",
    "tests/test_packaging.py",
    "tests/core/test_pdf_report.py",
    "tests/core/test_timeline.py",
    "tests/core/test_batch_caseload.py",
    "tests/core/test_command_line_timeline.py",
)


def _weight(item: pytest.Item) -> int:
    path = Path(item.path).relative_to(ROOT).as_posix()
    return next((i for i, top in enumerate(LONGEST_FIRST) if path.startswith(top)), 99)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(item.path).relative_to(ROOT).as_posix() in CONSISTENCY:
            item.add_marker(pytest.mark.consistency)
    items.sort(key=_weight)  # stable: each file's own order is kept


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    args = {**browser_type_launch_args}
    executable = chromium_path()
    if executable:
        if not Path(executable).is_file():
            pytest.fail(
                f"Chromium not found at {executable}: run ./scripts/test.sh (installs Debian's "
                "chromium and chromium-headless-shell) or set CHROMIUM_PATH (empty = "
                "Playwright's own browser)."
            )
        args["executable_path"] = executable
    args["args"] = [*args.get("args", []), *CHROMIUM_ARGS]
    return args
