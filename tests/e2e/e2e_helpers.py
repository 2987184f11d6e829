"""Helpers for end-to-end tests: `from e2e_helpers import wait_for_app, save_screenshot`."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS_DIR = REPO_ROOT / "test-artifacts"
SCREENSHOTS_DIR = ARTIFACTS_DIR / "screenshots"

APP_SELECTOR = "[data-testid='stApp']"


def wait_for_app(page: Page, timeout: float = 30_000) -> None:
    """Wait until the app is connected and its script run has finished.

    `[data-testid='stApp']` carries `data-test-connection-state` (`CONNECTED` once the
    websocket is up) and `data-test-script-state` (`initial` -> `running` -> `notRunning`;
    also `rerunRequested`, `stopRequested`, `compilationError`), as in Streamlit's own
    end-to-end tests. Right after a click the state may still read `notRunning` from the
    previous run: then wait for the element you expect to change rather than only this.
    """
    app = page.locator(APP_SELECTOR)
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=timeout)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=timeout)


def save_screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    """Save a PNG under test-artifacts/screenshots/<name>.png and return its path."""
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
