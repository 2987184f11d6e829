"""A person gets through the interview alone, in French first, on a desktop and on a phone:
every move shows the step from its top with the keyboard focus on its title, a question left
open is pointed out on Next and on the review (each a link that lands on it). (No English word in
the French interface: tests/e2e/test_the_last_mile_in_browser.py walks every screen for it.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_driver import Person, key_class
from playwright.sync_api import Page, expect

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}

LANGS = [
    pytest.param(lang, id=lang, marks=pytest.mark.browser_context_args(locale=f"{lang}-CA"))
    for lang in ("fr", "en")
]

# French on a desk and on a phone; English on the phone, where a longer text scrolls most (the
# words are the catalog's, the landing is the same code: English on a desk added no case).
WALKS = [
    pytest.param(lang, viewport, id=f"{lang}-{viewport['width']}px",
                 marks=pytest.mark.browser_context_args(locale=f"{lang}-CA"))
    for lang, viewport in (("fr", DESKTOP), ("fr", PHONE), ("en", PHONE))
]  # fmt: skip

# The title is in view (below the page's own header) and holds the keyboard focus.
TITLE_IN_VIEW_AND_FOCUSED_JS = """
() => {
  const h1 = document.querySelector("[data-testid='stMain'] h1");
  if (!h1) return "no title";
  const box = h1.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) return `title at ${box.top}..${box.bottom}`;
  if (document.activeElement !== h1) return `focus on ${document.activeElement?.tagName}`;
  return "ok";
}
"""

# Where the page records each move it carried out (ui/focus.py).
MOVES_JS = "() => (window.__focusMoves || []).length"


def moved(person: Person, before: int) -> None:
    """The page carried out the move asked by the run that just ended (an event it records)."""
    person.page.wait_for_function(f"() => (window.__focusMoves || []).length > {before}")


def title_shown(person: Person) -> None:
    assert person.page.evaluate(TITLE_IN_VIEW_AND_FOCUSED_JS) == "ok", person.title()


def click_and_land(person: Person, key: str) -> None:
    before = person.page.evaluate(MOVES_JS)
    person.click(key)
    moved(person, before)


def scroll_to_bottom(page: Page) -> None:
    page.evaluate(
        "() => { const m = document.querySelector(\"[data-testid='stMain']\");"
        " if (m) m.scrollTop = m.scrollHeight; window.scrollTo(0, document.body.scrollHeight); }"
    )


@pytest.mark.parametrize(("lang", "viewport"), WALKS)
def test_next_and_back_show_each_step_from_its_title(page: Page, lang: str, viewport) -> None:
    page.set_viewport_size(viewport)
    person = Person(page, lang)
    person.open()
    person.answer("application_date", "2025-05-15")
    click_and_land(person, "start")
    title_shown(person)
    for _ in range(3):
        scroll_to_bottom(page)  # the person reads to the end, then moves on
        before = person.title()
        click_and_land(person, "next")
        assert person.title() != before
        title_shown(person)
    scroll_to_bottom(page)
    click_and_land(person, "back")
    title_shown(person)
    # Back and Next sit side by side, phone included.
    back = page.locator(f".{key_class('back')} button").bounding_box()
    forward = page.locator(f".{key_class('next')} button").bounding_box()
    assert abs(back["y"] - forward["y"]) < 2 and back["x"] < forward["x"]


def vfx_job_without_its_sector() -> dict:
    """A compositor (NOC 52120 counts only in visual effects) whose sector is not given yet."""
    return {
        "noc_code": "52120",
        "start": "2021-01-04",
        "ongoing": True,
        "full_time": True,
        "in_quebec": True,
        "controlled_company": False,
        "ineligible_sector": False,
    }


@pytest.mark.parametrize(("lang", "viewport"), WALKS)
def test_a_question_left_open_is_listed_on_next_and_on_the_review(
    page: Page, lang: str, viewport
) -> None:
    page.set_viewport_size(viewport)
    person = Person(page, lang)
    person.open()
    data = {"application_date": "2025-05-15", "work_history": [vfx_job_without_its_sector()]}
    person.go_through_interview(data, stop_at="work")
    person.answer_step(data)
    sector = person.t("Was it in the visual-effects sector?")
    # Leaving the step: the question it left open is named at the top of the next one.
    click_and_land(person, "next")
    box = page.locator(f".{key_class('left_behind')}")
    expect(box).to_contain_text(sector)
    title_shown(person)
    # On the review too, each a link that opens the question itself, highlighted and focused.
    while person.step() != "review":
        click_and_land(person, "next")
    still_open = page.locator(f".{key_class('still_open')}")
    link = still_open.get_by_role("button").filter(has_text=sector)
    expect(link).to_have_count(1)
    # Read as links, each from the left edge even where a long one wraps (a button centres).
    expect(link.locator("p")).to_have_css("text-align", "left")
    before = page.evaluate(MOVES_JS)
    person.act(link.click, "answer the sector")
    moved(person, before)
    assert person.step() == "work"
    question = page.locator(f".{key_class('q:work_history.0.vfx_sector')}")
    expect(question).to_have_class(re.compile(r"\banswer-highlight\b"))
    expect(question).to_be_in_viewport()
    assert page.evaluate(
        "(sel) => !!document.activeElement?.closest(sel)",
        f".{key_class('q:work_history.0.vfx_sector')}",
    )


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_first_screen_shows_the_title_the_date_and_start(page: Page, lang) -> None:
    page.set_viewport_size(PHONE)
    person = Person(page, lang)
    person.open()
    for selector in (
        "[data-testid='stMain'] h1",
        f".{key_class('date_choice')}",
        f".{key_class('start')} button",
    ):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["y"] >= 0, selector
        assert box["y"] + box["height"] <= PHONE["height"], f"{selector} below the first screen"


@pytest.mark.browser_context_args(locale="fr-CA")
def test_leaving_with_answers_not_downloaded_asks_first(page: Page) -> None:
    person = Person(page, "fr")
    person.open()
    person.go_through_interview({"application_date": "2025-05-15"}, stop_at="stay")
    person.answer("stay.in_quebec", False)
    with page.expect_event("dialog") as asked:
        page.close(run_before_unload=True)  # the person closes the tab
    assert asked.value.type == "beforeunload"
    asked.value.accept()


@pytest.mark.browser_context_args(locale="fr-CA")
def test_leaving_after_downloading_the_answers_asks_nothing(page: Page) -> None:
    person = Person(page, "fr")
    person.open()
    person.go_through_interview({"application_date": "2025-05-15"}, stop_at="stay")
    person.answer("stay.in_quebec", False)
    with page.expect_download():
        page.locator(f".{key_class('download_answers')}").get_by_role(
            "button", name=person.t("Download my answers")
        ).click()
    # With no dialog to answer, the tab closes (a dialog would keep it open: no close event).
    with page.expect_event("close"):
        page.close(run_before_unload=True)
