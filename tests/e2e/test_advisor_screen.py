"""The advisor view on the screens advisors share (issue 18): one layout whatever is clicked,
nothing sideways, the verdict grid whole. French first, as the app opens for a fr-CA browser.

Each test opens /advisor in a context of its own on the shared server and waits on the app's
runs (tests/support/app_runs.py), never on time."""

from __future__ import annotations

import pytest
from browser_driver import Person
from e2e_helpers import save_screenshot
from playwright.sync_api import Browser, Page

SCREENS = [(1280, 720), (1280, 800), (1440, 900), (1920, 1080)]
DATE = "2025-06-01"  # a day the program was open

# The content's width, whether anything scrolls sideways, and whether the verdict grid is cut
# (its table wider than the box that holds it, or its right edge past the column's).
MEASURE_JS = """() => {
  const main = document.querySelector("[data-testid='stMain']");
  const content = document.querySelector("[data-testid='stMainBlockContainer']");
  const grid = document.querySelector(".st-key-advisor_verdicts table");
  const column = document.querySelector(".st-key-advisor_verdicts");
  let clipped = null;
  if (grid) {
    clipped = false;
    for (let box = grid.parentElement; box && box !== column; box = box.parentElement) {
      if (box.scrollWidth > box.clientWidth + 1) clipped = true;
    }
    if (grid.getBoundingClientRect().right > column.getBoundingClientRect().right + 1) clipped = true;
  }
  return {
    width: content.getBoundingClientRect().width,
    sideways: main.scrollWidth > main.clientWidth + 1
      || document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
    clipped,
  };
}"""

UNCHOSEN = ".st-key-advisor_questions [data-testid='stRadio'] label:has(input:not(:checked))"


def open_advisor(page: Page, lang: str = "fr") -> Person:
    """The advisor view opened directly, with the application date typed at its top."""
    person = Person(page, lang)
    person.open("/advisor")
    field = page.locator(".st-key-advisor_date input")
    if field.count():
        person.act(lambda: (field.fill(DATE), field.press("Enter")), "typing the date")
    return person


@pytest.mark.parametrize("width,height", SCREENS, ids=lambda v: str(v))
def test_the_layout_stays_the_same_over_twenty_answers(
    browser: Browser, base_url: str, width: int, height: int
) -> None:
    context = browser.new_context(
        base_url=base_url, locale="fr-CA", viewport={"width": width, "height": height}
    )
    try:
        page = context.new_page()
        person = open_advisor(page)
        first = page.evaluate(MEASURE_JS)
        assert not first["sideways"] and first["clipped"] is False, first
        seen = []
        for click in range(20):
            options = [o for o in page.locator(UNCHOSEN).all() if o.is_visible()]
            assert options, f"no answer left to click after {click} clicks"
            option = options[(click * 7) % len(options)]  # spread over the questions shown
            person.act(option.click, f"answer {click + 1}")
            now = page.evaluate(MEASURE_JS)
            seen.append(round(now["width"]))
            assert abs(now["width"] - first["width"]) <= 2, (click + 1, seen)
            assert not now["sideways"], (click + 1, now)
            assert now["clipped"] is False, (click + 1, now)
        save_screenshot(page, f"advisor-fr-{width}x{height}-after-20-answers", full_page=False)
    finally:
        context.close()
