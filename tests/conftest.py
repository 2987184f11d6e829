"""Settings every browser test shares: Debian's Chromium (or $CHROMIUM_PATH; empty = Playwright's
own browser), launched quiet for a closed network."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.streamlit_server import CHROMIUM_ARGS, chromium_path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    args = {**browser_type_launch_args}
    executable = chromium_path()
    if executable:
        if not Path(executable).is_file():
            pytest.fail(
                f"Chromium not found at {executable}: run ./scripts/test.sh (installs Debian's "
                "chromium) or set CHROMIUM_PATH (empty = Playwright's own browser)."
            )
        args["executable_path"] = executable
    args["args"] = [*args.get("args", []), *CHROMIUM_ARGS]
    return args
