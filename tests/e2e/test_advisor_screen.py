"""The advisor view on the screens advisors share (issue 18): one layout whatever is clicked,
nothing sideways, the verdict grid whole. French first, as the app opens for a fr-CA browser.

Each test opens /advisor in a context of its own on the shared server and waits on the app's
runs (tests/support/app_runs.py), never on time."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_driver import Person
from e2e_helpers import REPO_ROOT, save_screenshot
from playwright.sync_api import Browser, Page, expect

from core.answers_file import parse_answers

# The screens advisors share (1280×720, 1920×1080) and a width between. The layout follows the
# width; 1280×800 went (the width of 1280×720, with more room below).
SCREENS = [(1280, 720), (1440, 900), (1920, 1080)]
EXAMPLES = REPO_ROOT / "examples"
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
            # As a person does, bring it to the middle of the screen first: scrolled only just
            # into view, it can sit under Streamlit's sticky top bar, which then takes the click.
            option.evaluate("el => el.scrollIntoView({block: 'center'})")
            person.act(option.click, f"answer {click + 1}")
            now = page.evaluate(MEASURE_JS)
            seen.append(round(now["width"]))
            assert abs(now["width"] - first["width"]) <= 2, (click + 1, seen)
            assert not now["sideways"], (click + 1, now)
            assert now["clipped"] is False, (click + 1, now)
        save_screenshot(page, f"advisor-fr-{width}x{height}-after-20-answers", full_page=False)
    finally:
        context.close()


def test_a_clients_file_is_loaded_and_downloaded_from_the_view(
    browser: Browser, base_url: str, tmp_path
) -> None:
    example = EXAMPLES / "ai-foreign-worker.json"
    context = browser.new_context(
        base_url=base_url, locale="fr-CA", viewport={"width": 1280, "height": 720}
    )
    try:
        page = context.new_page()
        person = Person(page, "fr")
        person.open("/advisor")
        # No date yet: the view asks for it and shows no verdict, no question.
        expect(page.locator(".st-key-advisor_date input")).to_have_value("")
        expect(page.locator(".st-key-advisor_verdicts")).to_have_count(0)
        expect(page.locator(".st-key-advisor_questions")).to_have_count(0)
        save_screenshot(page, "advisor-fr-1280x720-no-date", full_page=False)
        person.act(
            lambda: page.locator(".st-key-upload_answers input[type=file]").set_input_files(
                str(example)
            ),
            "loading the client's file",
        )
        assert page.url.rstrip("/").endswith("/advisor"), page.url  # the view stays
        expect(page.locator(".st-key-advisor_date input")).to_have_value("2025-06-01")
        expect(page.locator(".st-key-advisor_verdicts table")).to_have_count(1)
        save_screenshot(page, "advisor-fr-1280x720-file-loaded", full_page=False)
        with page.expect_download() as download:
            page.locator(".st-key-download_answers [data-testid='stDownloadButton'] button").first.click()
        saved = parse_answers(Path(download.value.path()).read_bytes())
        assert saved == parse_answers(example.read_bytes())  # the same answers, read back
    finally:
        context.close()


# Where the title and the language switch are, against the header's bottom edge.
PLACES_JS = """() => {
  const header = document.querySelector("header").getBoundingClientRect();
  const title = document.querySelector("h1").getBoundingClientRect();
  const langs = document.querySelector(".st-key-lang_bar [data-testid='stRadio']");
  const switchBox = langs.getBoundingClientRect();
  return {headerBottom: header.bottom, titleTop: title.top, switchTop: switchBox.top,
          switchBottom: switchBox.bottom, switches: document.querySelectorAll(
            ".st-key-lang_bar").length};
}"""


@pytest.mark.parametrize("address", ["", "questions", "results", "advisor"])
@pytest.mark.parametrize("width,height", [(1280, 900), (390, 844)], ids=lambda v: str(v))
def test_no_band_above_the_title_and_the_language_switch_in_the_header(
    browser: Browser, base_url: str, address: str, width: int, height: int
) -> None:
    context = browser.new_context(
        base_url=base_url, locale="fr-CA", viewport={"width": width, "height": height}
    )
    try:
        page = context.new_page()
        person = Person(page, "fr")
        person.open(f"/{address}")
        places = page.evaluate(PLACES_JS)
        assert places["switches"] == 1, places
        # The switch sits inside the header's band, the title right under it.
        assert places["switchBottom"] <= places["headerBottom"] + 1, places
        assert places["titleTop"] - places["headerBottom"] <= 40, places
        save_screenshot(page, f"top-fr-{address or 'welcome'}-{width}", full_page=False)
        if address == "questions" and width == 1280:
            # Step 1's Next is on the first screen (no date chosen: its notice is shown too).
            next_button = page.get_by_role("button", name=person.t("Next"), exact=True)
            box = next_button.bounding_box()
            assert box is not None and box["y"] + box["height"] <= height, box
    finally:
        context.close()


# Where each question is, by its key, and in which step's box; and where the field pressed last
# was when it was pressed (read in the page, at the press itself).
QUESTIONS_JS = """() => Object.fromEntries(Array.from(document.querySelectorAll(
  ".st-key-advisor_questions [class*='st-key-q-']")).map((box) => [
    Array.from(box.classList).find((c) => c.startsWith('st-key-q-')),
    [box.getBoundingClientRect().top,
     Array.from(box.closest("[class*='st-key-advisor_step']").classList).find(
       (c) => c.startsWith('st-key-advisor_step'))]]))"""
PRESSED_JS = """() => document.addEventListener('pointerdown', (event) => {
  const box = event.target.closest("[class*='st-key-q-']");
  window.__pressed = box ? box.getBoundingClientRect().top : null;
}, true)"""


@pytest.mark.parametrize("stride", [5, 7])
def test_the_answered_field_stays_put_and_what_it_opens_comes_below(
    browser: Browser, base_url: str, stride: int
) -> None:
    context = browser.new_context(
        base_url=base_url, locale="fr-CA", viewport={"width": 1280, "height": 720}
    )
    try:
        page = context.new_page()
        person = open_advisor(page)
        page.evaluate(PRESSED_JS)
        opened_somewhere = 0
        for click in range(24):
            # First "I held a job" (it opens the job's questions), then answers spread around.
            held = ".st-key-q-job-status label:has(input:not(:checked))"
            where = held if click == 0 else UNCHOSEN
            options = [o for o in page.locator(where).all() if o.is_visible()]
            assert options, f"no answer left to click after {click} clicks"
            option = options[(click * stride) % len(options)]
            key = option.evaluate(
                "(el) => Array.from(el.closest('[class*=st-key-q-]').classList)"
                ".find((c) => c.startsWith('st-key-q-'))"
            )
            before = page.evaluate(QUESTIONS_JS)
            person.act(option.click, f"answer {click + 1} ({key})")
            pressed = page.evaluate("() => window.__pressed")
            after = page.evaluate(QUESTIONS_JS)
            assert key in after, f"the answered question {key} left the screen"
            assert abs(after[key][0] - pressed) <= 4, (click + 1, key, pressed, after[key][0])
            step = after[key][1]
            for other, (top, its_step) in after.items():
                if other not in before and its_step == step:
                    opened_somewhere += 1
                    assert top > after[key][0], f"{other} opened above {key}"
        assert opened_somewhere, "no answer opened a question in its own step: test proves nothing"
        save_screenshot(page, f"advisor-fr-1280x720-held-{stride}", full_page=False)
    finally:
        context.close()


@pytest.mark.parametrize("width,height", [(1280, 720), (1920, 1080)], ids=lambda v: str(v))
def test_new_client_leaves_nothing_of_the_last_one_on_screen(
    browser: Browser, base_url: str, width: int, height: int
) -> None:
    example = EXAMPLES / "ai-foreign-worker.json"
    context = browser.new_context(
        base_url=base_url, locale="fr-CA", viewport={"width": width, "height": height}
    )
    try:
        page = context.new_page()
        person = Person(page, "fr")
        person.open("/advisor")
        person.act(
            lambda: page.locator(".st-key-upload_answers input[type=file]").set_input_files(
                str(example)
            ),
            "loading the client's file",
        )
        save_screenshot(page, f"advisor-fr-{width}x{height}-first-screen", full_page=False)
        save_screenshot(page, f"advisor-fr-{width}x{height}-whole")
        notes = page.locator(".st-key-advisor_notes textarea")
        person.act(lambda: (notes.fill("Client A : vérifier le CAQ."), notes.blur()), "notes")
        with page.expect_download() as report:
            page.get_by_role("button", name=person.t("Download the report (PDF)")).click()
        pdf = Path(report.value.path()).read_bytes()
        assert pdf.startswith(b"%PDF")
        person.act(lambda: page.get_by_role("button", name=person.t("New client"), exact=True).click(), "new client")
        # Asked first, with the answers file on offer; nothing cleared yet.
        expect(page.locator(".st-key-new_client_box .st-key-download_answers")).to_have_count(1)
        save_screenshot(page, f"advisor-fr-{width}x{height}-new-client-asked", full_page=False)
        person.act(
            lambda: page.get_by_role("button", name=person.t("Clear and start the next client")).click(), "clearing"
        )
        body = page.inner_text("body")
        for trace in ("Client A", "CAQ", "Machine-learning", "2025-06-01", "ai-for"):
            assert trace not in body, trace
        expect(page.locator(".st-key-advisor_date input")).to_have_value("")
        expect(page.locator(".st-key-advisor_verdicts")).to_have_count(0)
        save_screenshot(page, f"advisor-fr-{width}x{height}-next-client", full_page=False)
    finally:
        context.close()
