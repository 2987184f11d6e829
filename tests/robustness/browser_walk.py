"""A small browser walk for the robustness tests (Playwright): act, then wait for the run.

An init script counts finished script runs (`data-test-script-state` on
`[data-testid='stApp']` turning to `notRunning`, as Streamlit's own e2e tests watch); an action
waits until at least one more run has finished and the app is idle again. No fixed sleeps.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

APP = "[data-testid='stApp']"
RUNS_JS = """
(() => {
  window.__runs = 0;
  const watch = () => new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.target.getAttribute('data-test-script-state') === 'notRunning'
          && c.oldValue !== 'notRunning') window.__runs += 1;
    }
  }).observe(document.documentElement, {attributes: true, subtree: true,
    attributeFilter: ['data-test-script-state'], attributeOldValue: true});
  if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();
"""
TIMEOUT_MS = 30_000
WHERE_JS = """[document.querySelector('h1')?.innerText.trim() ?? '',
  document.querySelector("[data-testid='stProgress']")?.innerText.trim() ?? '']"""
STATE_JS = f"""[window.__runs,
  document.querySelector("{APP}")?.getAttribute('data-test-script-state')]"""


def key_class(key: str) -> str:
    """Streamlit's CSS class for a widget key: "q:job.title" → ".st-key-q-job-title"."""
    return ".st-key-" + re.sub(r"[^A-Za-z0-9_-]", "-", key)


class Walk:
    def __init__(self, page: Page) -> None:
        self.page = page
        page.add_init_script(RUNS_JS)

    def idle(self) -> None:
        app = self.page.locator(APP)
        expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=TIMEOUT_MS)
        expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=TIMEOUT_MS)
        expect(self.page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=TIMEOUT_MS)

    def act(self, action: Callable[[], Any]) -> None:
        before = self.page.evaluate("window.__runs")
        action()
        self.page.wait_for_function(f"window.__runs > {before}", timeout=TIMEOUT_MS)
        self.settle()

    def settle(self, quiet_s: float = 0.3) -> None:
        """Wait until no run has started or finished for `quiet_s` (a page switch is 2 runs)."""
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        last, since = None, time.monotonic()
        while time.monotonic() < deadline:
            now_state = self.page.evaluate(STATE_JS)
            if now_state != last or now_state[1] != "notRunning":
                last, since = now_state, time.monotonic()
            elif time.monotonic() - since >= quiet_s:
                self.idle()
                return
            self.page.wait_for_timeout(20)
        raise AssertionError(f"the app never settled: {last}")

    def open(self, path: str = "/") -> None:
        self.page.goto(path)
        self.page.wait_for_function("window.__runs > 0", timeout=TIMEOUT_MS)
        self.settle()

    def has(self, key: str) -> bool:
        return self.page.locator(key_class(key)).count() > 0

    def type(self, key: str, text: str) -> None:
        """Type and press Enter; again if no run followed (the field was being redrawn)."""
        field = self.page.locator(f"{key_class(key)} input")
        for _ in range(3):
            before = self.page.evaluate("window.__runs")
            field.fill(text)
            field.press("Enter")
            try:
                self.page.wait_for_function(f"window.__runs > {before}", timeout=5_000)
            except PlaywrightTimeout:
                field.fill("")
                continue
            self.settle()
            return
        raise AssertionError(f"typing in {key} never ran the app")

    def click(self, key: str) -> None:
        self.act(lambda: self.page.locator(f"{key_class(key)} button").first.click())

    def choose(self, key: str, label: str) -> None:
        if self.checked(key) == label:
            return
        box = self.page.locator(key_class(key))
        before = self.page.evaluate("window.__runs")
        box.get_by_text(label, exact=True).click()
        try:
            self.page.wait_for_function(f"window.__runs > {before}", timeout=5_000)
        except PlaywrightTimeoutError:
            # Either the run was too quick for the state observer to see it (the radio then
            # shows the choice), or a click landing while the previous rerun repainted was
            # lost (no choice shown: a person clicks again). Either way the answer must be
            # stored, which the downloaded file checks later.
            if self.checked(key) != label:
                self.act(lambda: box.get_by_text(label, exact=True).click())
                return
        self.settle()

    def where(self) -> tuple[str, str]:
        """The page's title and the interview's "Step n of N" (empty off the interview)."""
        return tuple(self.page.evaluate(WHERE_JS))

    def move(self, key: str) -> None:
        """Click a button that changes the step or the page, and wait for the change."""
        before = self.where()
        self.page.locator(f"{key_class(key)} button").first.click()
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while self.where() == before:
            if time.monotonic() > deadline:
                raise AssertionError(f"{key} did not leave {before}")
            self.page.wait_for_timeout(20)
        self.settle()

    def checked(self, key: str) -> str | None:
        """The label of the chosen option of a radio, or None."""
        box = self.page.locator(key_class(key))
        chosen = box.locator("input[type=radio]:checked")
        if chosen.count() == 0:
            return None
        return chosen.locator("xpath=ancestor::label").inner_text().strip()

    def title(self) -> str:
        return self.where()[0]

    def upload(self, path: Path) -> None:
        field = self.page.locator(".st-key-upload_answers input[type=file]")
        self.act(lambda: field.set_input_files(str(path)))
