"""End-to-end test infrastructure: a real Streamlit server and Debian's Chromium.

- `app_server` (session): starts `streamlit run app.py` on a free port
  (`e2e_helpers.start_server`, also used by tests that need a server of their own), waits
  for `/_stcore/health`, loads the page once in the browser (warm-up), yields the base URL.
  pytest-playwright's `base_url` is set to it, so `page.goto("/")` works.
- `server_log` (session): path of the server's stdout+stderr log under test-artifacts/.
- Browser: /usr/bin/chromium-headless-shell (Debian's, the faster headless build), else
  /usr/bin/chromium, or $CHROMIUM_PATH (set it to an empty string to use Playwright's own
  downloaded browser): `tests.support.streamlit_server.chromium_path`. test_smoke.py opens the
  app in the desktop /usr/bin/chromium as well. Per-test context options:
  `@pytest.mark.browser_context_args(locale="en-CA")`.
- Helpers live in e2e_helpers.py (`open_app`, `save_screenshot`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_helpers import ARTIFACTS_DIR, DEFAULT_LOCALE, VIEWPORT, open_app, start_server
from playwright.sync_api import Browser

from tests.support.streamlit_server import per_worker

SERVER_LOG = per_worker(ARTIFACTS_DIR / "server.log")  # one server per pytest-xdist worker
TIMINGS_FILE = per_worker(ARTIFACTS_DIR / "e2e-timings.json")

_timings: dict[str, float] = {}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.e2e)


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest hook
    if _timings:
        parts = ", ".join(f"{k} {v:.2f} s" for k, v in _timings.items())
        terminalreporter.write_line(f"e2e timings: {parts}")


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict, app_server: str) -> dict:
    return {
        **browser_context_args,
        "base_url": app_server,
        "viewport": VIEWPORT,
        "locale": DEFAULT_LOCALE,
    }


@pytest.fixture(scope="session")
def base_url(app_server: str) -> str:
    return app_server


@pytest.fixture(scope="session")
def server_log() -> Path:
    return SERVER_LOG


@pytest.fixture(scope="session")
def app_server(browser: Browser, server_log: Path) -> Iterator[str]:
    started = time.monotonic()
    with start_server(server_log) as url:  # raises ServerFailed with the log if it cannot
        _timings["server start to healthy"] = time.monotonic() - started

        # Warm-up: one full page load before any test.
        context = browser.new_context(viewport=VIEWPORT, locale=DEFAULT_LOCALE)
        try:
            page = context.new_page()
            t0 = time.monotonic()
            open_app(page, url)
            _timings["first page render"] = time.monotonic() - t0
        finally:
            context.close()
        TIMINGS_FILE.write_text(json.dumps(_timings, indent=2) + "\n")

        yield url
