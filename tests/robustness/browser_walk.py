"""A small browser walk for the robustness tests (Playwright): act, then wait for the run.

Every action waits on the event it causes: the end of the script run it started, read from
the websocket frames the page receives (tests/support/app_runs.py), never on a state polled
from the page that a quick run can skip. No fixed sleeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.support.app_runs import AppRuns

WHERE_JS = """[document.querySelector('h1')?.innerText.trim() ?? '',
  document.querySelector("[data-testid='stProgress']")?.innerText.trim() ?? '']"""


def key_class(key: str) -> str:
    """Streamlit's CSS class for a widget key: "q:job.title" → ".st-key-q-job-title"."""
    return ".st-key-" + re.sub(r"[^A-Za-z0-9_-]", "-", key)


class Walk:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.runs = AppRuns(page)

    def act(self, action: Callable[[], Any], what: str = "an action") -> None:
        self.runs.act(action, what)

    def open(self, path: str = "/") -> None:
        self.runs.open(path)

    def has(self, key: str) -> bool:
        return self.page.locator(key_class(key)).count() > 0

    def type(self, key: str, text: str) -> None:
        """Type and press Enter (Streamlit commits a text field on Enter)."""
        field = self.page.locator(f"{key_class(key)} input")

        def type_and_enter() -> None:
            field.fill(text)
            field.press("Enter")

        self.act(type_and_enter, f"typing in {key}")
        expect(field).to_have_value(text)

    def click(self, key: str) -> None:
        self.act(lambda: self.page.locator(f"{key_class(key)} button").first.click(), key)

    def choose(self, key: str, label: str) -> None:
        if self.checked(key) == label:
            return
        option = self.page.locator(key_class(key)).get_by_test_id("stRadioOption").filter(
            has=self.page.get_by_text(label, exact=True)
        )
        self.act(option.click, f"{key} = {label}")
        expect(option).to_have_attribute("data-selected", "true")

    def start(self) -> None:
        """On the welcome page: the first date offered (the last day the program was open),
        then Start."""
        first = self.page.locator(key_class("date_choice")).get_by_test_id("stRadioOption").first
        self.choose("date_choice", first.inner_text().strip())
        self.move("start")

    def where(self) -> tuple[str, str]:
        """The page's title and the interview's "Step n of N" (empty off the interview)."""
        return tuple(self.page.evaluate(WHERE_JS))

    def move(self, key: str) -> None:
        """Click a button that changes the step or the page; the run it causes must show
        another title or step."""
        before = self.where()
        self.click(key)
        assert self.where() != before, f"{key} did not leave {before}"

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
        self.act(lambda: field.set_input_files(str(path)), f"uploading {path.name}")
