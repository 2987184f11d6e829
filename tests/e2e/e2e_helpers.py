"""Helpers for end-to-end tests: `from e2e_helpers import open_app, save_screenshot`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page

from tests.support.app_runs import AppRuns
from tests.support.streamlit_server import REPO_ROOT, VIEWPORT, StreamlitServer

ARTIFACTS_DIR = REPO_ROOT / "test-artifacts"
SCREENSHOTS_DIR = ARTIFACTS_DIR / "screenshots"

DEFAULT_LOCALE = "fr-CA"
__all__ = ["REPO_ROOT", "VIEWPORT", "start_server", "open_app", "save_screenshot"]


@contextmanager
def start_server(log_path: Path, *, file_watcher: str = "none") -> Iterator[str]:
    """Run `streamlit run app.py` on a free port until the block ends; yields its base URL
    once `/_stcore/health` answers `ok`. Output goes to `log_path` (a fresh file). No page is
    loaded. `file_watcher`: server.fileWatcherType ("none" for tests; "auto" as `streamlit
    run`)."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_path.write_bytes(b"")
    with StreamlitServer(log=log_path, file_watcher=file_watcher) as server:
        yield server.url


def open_app(page: Page, path: str = "/") -> AppRuns:
    """Load the app and wait for the end of its first script run (an event read from the
    websocket, see tests/support/app_runs.py); returns the waiter for later actions."""
    runs = AppRuns(page)
    runs.open(path)
    return runs


def save_screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    """Save a PNG under test-artifacts/screenshots/<name>.png and return its path.

    The app scrolls inside `[data-testid='stMain']`, not the document, so Playwright's own
    `full_page` sees only the viewport: for a full page, the viewport is made as tall as the
    app's content for the shot, then put back.

    None is taken when E2E_SCREENSHOTS=0 (scripts/test.sh's full run): a shot costs a re-layout
    and a PNG, ~0.6 s, a third of a walk's time; they are for a person to look at, and no test
    reads them.
    """
    path = SCREENSHOTS_DIR / f"{name}.png"
    if os.environ.get("E2E_SCREENSHOTS", "1") == "0":
        return path
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate(
        "() => { const m = document.querySelector(\"[data-testid='stMain']\");"
        " return m ? m.scrollHeight : 0; }"
    )
    if full_page and size and height > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": height})
        try:
            page.screenshot(path=str(path))
        finally:
            page.set_viewport_size(size)
    else:
        page.screenshot(path=str(path), full_page=full_page)
    return path
