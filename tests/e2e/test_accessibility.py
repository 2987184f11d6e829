"""Accessibility in the browser: axe-core (WCAG 2.1 A and AA rules, tests/e2e/axe_check.py) on
every page of the interview in English here, and on every French screen in the two French walks
of tests/e2e/test_the_last_mile_in_browser.py (the foreign worker at 390 px, IT/VFX at 1280 px:
welcome, each step, review, results, after clearing, after loading a file, the advisor view);
and the interview answered with the keyboard alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from axe_check import violations
from browser_driver import Person, key_class
from playwright.sync_api import Page, expect

from core.i18n import Translator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.browser_context_args(locale="en-CA")
def test_every_page_in_english_meets_wcag_2_1_aa(page: Page) -> None:
    data = json.loads((EXAMPLES / "ai-foreign-worker.json").read_text(encoding="utf-8"))
    person = Person(page, "en")
    person.open()
    found: dict[str, list[str]] = {}

    def check(name: str) -> None:
        if problems := violations(page):
            found[name] = problems

    steps = person.go_through_interview(data, on_each_page=check)
    person.see_results()
    check("results")
    assert steps[-1] == "review", steps
    assert not found, "axe violations (WCAG 2.1 A/AA):\n" + "\n".join(
        f"[en {name}] {line}" for name, lines in found.items() for line in lines
    )


# Keyboard only --------------------------------------------------------------------------

FOCUSED_IN_JS = "(selector) => !!document.activeElement?.closest(selector)"


def tab_to(page: Page, selector: str, *, backwards: bool = False, limit: int = 80) -> None:
    """Press Tab (or Shift+Tab) until the focused element matches `selector`."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        if page.evaluate(FOCUSED_IN_JS, selector):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{key} never reached {selector} in {limit} presses")


def choose_first_date(person: Person) -> None:
    """On the welcome page: Tab to the date question, Space picks its first option (the last
    day the program was open)."""
    tab_to(person.page, f".{key_class('date_choice')} input[type='radio']")
    person.act(lambda: person.page.keyboard.press("Space"), "Space: the last open day")


def radio_input(path: str) -> str:
    return f".{key_class('q:' + path)} input[type='radio']"


@pytest.mark.browser_context_args(locale="fr-CA")
def test_the_first_step_can_be_answered_with_the_keyboard_alone(page: Page) -> None:
    t = Translator("fr")
    person = Person(page, "fr", screenshots="fr-keyboard")
    person.open()
    keyboard = page.keyboard

    choose_first_date(person)
    tab_to(page, f".{key_class('start')} button")
    person.act(lambda: keyboard.press("Enter"), "Enter on Start")
    assert person.step() == "stay", person.title()

    # Tab reaches a radio group; with nothing chosen yet, Space picks the focused option
    # ("Yes", the first) and an arrow key moves to the next option and picks it ("No").
    tab_to(page, radio_input("spouse_open_work_permit"))
    person.act(lambda: keyboard.press("ArrowRight"), "ArrowRight: No")
    tab_to(page, radio_input("stay.in_quebec"))
    person.act(lambda: keyboard.press("Space"), "Space: Yes")
    tab_to(page, radio_input("stay.purpose"))
    person.act(lambda: keyboard.press("Space"), "Space: To work")
    answers = {
        "spouse_open_work_permit": t("No"),
        "stay.in_quebec": t("Yes"),
        "stay.purpose": t("To work"),
    }
    shown = {w["path"]: w["shown"] for w in person.widgets()}
    assert {path: shown.get(path) for path in answers} == answers
    person.snapshot("stay")

    tab_to(page, f".{key_class('next')} button")
    person.act(lambda: keyboard.press("Enter"), "Enter on Next")
    assert person.step() == "diplomas", person.title()

    tab_to(page, f".{key_class('back')} button", backwards=True)
    person.act(lambda: keyboard.press("Enter"), "Enter on Back")
    assert person.step() == "stay", person.title()
    shown = {w["path"]: w["shown"] for w in person.widgets()}
    assert {path: shown.get(path) for path in answers} == answers
    expect(page.locator(f".{key_class('next')} button")).to_be_visible()
    person.snapshot("stay-again")


@pytest.mark.browser_context_args(locale="en-CA")
def test_the_whole_interview_can_be_done_with_the_keyboard_alone(page: Page) -> None:
    """Welcome → every step → review → results with Tab, arrows, Space, Enter and typing only
    (the test reads the page to know where the focus is; it never clicks)."""
    t = Translator("en")
    person = Person(page, "en", screenshots="en-keyboard-whole")
    person.open()
    keyboard = page.keyboard

    def press(key: str, what: str) -> None:
        person.act(lambda: keyboard.press(key), what)

    def next_step() -> None:
        tab_to(page, f".{key_class('next')} button")
        press("Enter", "Enter on Next")

    choose_first_date(person)
    tab_to(page, f".{key_class('start')} button")
    press("Enter", "Enter on Start")
    tab_to(page, radio_input("spouse_open_work_permit"))
    press("ArrowRight", "ArrowRight: No")
    tab_to(page, radio_input("stay.in_quebec"))
    press("Space", "Space: Yes")
    tab_to(page, radio_input("stay.purpose"))
    press("Space", "Space: To work")
    next_step()
    assert person.step() == "diplomas"
    tab_to(page, f".{key_class('add:diplomas')} button")
    press("Enter", "Enter on Add a diploma")
    tab_to(page, radio_input("diplomas.0.issued_in_quebec"))
    press("Space", "Space: issued in Québec")
    tab_to(page, radio_input("diplomas.0.level"))
    for _ in range(6):  # DEP, AEC, general DEC, technical DEC, bachelor's, DESS, master's
        press("ArrowDown", "ArrowDown: the next level")
    level = t("master's degree")
    assert person.shown("diplomas.0.level") == level[:1].upper() + level[1:]  # as a list shows it
    next_step()
    assert person.step() == "work"
    tab_to(page, f".{key_class('none:work_history')} button")
    press("Enter", "Enter on I have no work experience")
    next_step()
    assert person.step() == "job"
    tab_to(page, radio_input("job.status"))
    press("Space", "Space: I held a job")
    tab_to(page, f".{key_class('q:job.annual_salary')} input")
    person.act(lambda: (keyboard.type("92,000"), keyboard.press("Enter")), "type a salary")
    person.snapshot("job")
    for _ in range(4):  # French, family, then the review
        if person.step() == "review":
            break
        next_step()
    assert person.step() == "review", person.title()
    tab_to(page, f".{key_class('next')} button")
    press("Enter", "Enter on See the results")
    expect(page.locator("h1").first).to_have_text(t("Results"))
    person.snapshot("results")
    # The three ways in are shown, each with a verdict for both profiles.
    assert len(person.verdicts()) == 3
