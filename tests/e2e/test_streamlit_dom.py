"""Each piece of Streamlit's page that the app reaches into (ui/streamlit_dom.py) still finds
its element, in Streamlit as installed: after an upgrade, a failure here names the constant to
fix. One case per constant; a constant without a case fails too. And each script of ui/static/
parses in Chromium, the engine that runs it.

Each case looks in the page where the element must be (opened once per module in a context of
its own, French as the app opens for a fr-CA browser, after the app's run has ended:
tests/support/app_runs.py), and waits for the element itself to be attached (a wait on the
event, with a deadline)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit
from e2e_helpers import REPO_ROOT, open_app
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.support.app_runs import AppRuns
from ui import streamlit_dom as dom
from ui.focus import key_class

PHONE = {"width": 390, "height": 844}
DATE = "2025-06-01"
WAIT_MS = 15_000


def welcome(page: Page) -> None:
    open_app(page, "/")


def results_of_an_example(page: Page) -> None:
    runs = open_app(page, "/")
    example = page.locator("." + key_class("example:ai-foreign-worker") + " button")
    runs.act(example.click, "loading an example")


def advisor_with_a_date(page: Page) -> None:
    runs = open_app(page, "/advisor")
    field = page.locator("." + key_class("advisor_date") + " input")
    runs.act(lambda: (field.fill(DATE), field.press("Enter")), "typing the date")


def advisor_typing(page: Page) -> None:
    """A date being typed, not yet applied: Streamlit's hint sits by the field."""
    open_app(page, "/advisor")
    page.locator("." + key_class("advisor_date") + " input").fill(DATE[:-1])


def phone_menu_open(page: Page) -> None:
    """At 390 px the page menu is in the side panel; it is opened as a person would."""
    page.set_viewport_size(PHONE)
    open_app(page, "/")
    page.get_by_role("button", name="Ouvrir le menu").click()  # no run of the app: no wait


# constant name → (where its element must be, the selector looked for there: built from the
# constant the way the app's scripts and style sheets use it)
CASES: dict[str, tuple[Callable[[Page], None], str]] = {
    "APP": (welcome, dom.APP),
    "CONNECTION_STATE": (welcome, f"{dom.APP}[{dom.CONNECTION_STATE}='CONNECTED']"),
    "MAIN": (welcome, f"{dom.MAIN} h1"),
    "MAIN_BLOCK": (welcome, f"{dom.MAIN} {dom.MAIN_BLOCK}"),
    "ELEMENT": (welcome, f"{dom.MAIN_BLOCK} {dom.ELEMENT}"),
    "HTML": (welcome, f"{dom.ELEMENT} > {dom.HTML} > script"),
    "INPUT_INSTRUCTIONS": (advisor_typing, dom.INPUT_INSTRUCTIONS),
    "PAGE_LINK": (results_of_an_example, f"{dom.PAGE_LINK} p"),
    "COLUMN": (advisor_with_a_date, f"{dom.COLUMN}:has(.{dom.KEY_CLASS}advisor_verdicts)"),
    "SIDEBAR": (phone_menu_open, dom.SIDEBAR),
    "SIDEBAR_NAV": (phone_menu_open, f"{dom.SIDEBAR} {dom.SIDEBAR_NAV} a"),
    "SIDEBAR_CLOSE": (phone_menu_open, dom.SIDEBAR_CLOSE),
    "SIDEBAR_HEADER_BUTTON": (phone_menu_open, f"{dom.SIDEBAR} {dom.SIDEBAR_HEADER_BUTTON}"),
    # The rule the app applies to a key ("example:ai-foreign-worker": the colon becomes "-").
    "KEY_CLASS": (welcome, "." + key_class("example:ai-foreign-worker") + " button"),
}


def test_every_constant_of_the_module_has_a_case() -> None:
    missing = sorted(set(dom.SELECTORS) - set(CASES))
    assert not missing, f"ui/streamlit_dom.py constants with no case in CASES: {missing}"
    assert not set(CASES) - set(dom.SELECTORS), "CASES names a constant the module lost"


@pytest.fixture(scope="module")
def opened(browser: Browser, base_url: str) -> Iterator[Callable[[Callable[[Page], None]], Page]]:
    """Each page of CASES opened once, in a context of its own, and shared by its cases (they
    only read it)."""
    pages: dict[Callable[[Page], None], Page] = {}

    def open_once(where: Callable[[Page], None]) -> Page:
        if where not in pages:
            context = browser.new_context(
                base_url=base_url, locale="fr-CA", viewport={"width": 1280, "height": 720}
            )
            pages[where] = context.new_page()
            where(pages[where])
        return pages[where]

    yield open_once
    for page in pages.values():
        page.context.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_selector_finds_its_element(opened: Callable, name: str) -> None:
    where, selector = CASES[name]
    page = opened(where)
    try:
        page.locator(selector).first.wait_for(state="attached", timeout=WAIT_MS)
    except PlaywrightTimeout:
        pytest.fail(
            f"ui/streamlit_dom.py {name} = {dom.SELECTORS[name]!r} finds nothing on the "
            f"page of {where.__name__} (looked for {selector!r}) in Streamlit "
            f"{streamlit.__version__}: Streamlit's page changed; fix {name} there.",
            pytrace=False,
        )


SCRIPTS = sorted((REPO_ROOT / "ui" / "static").glob("*.js"))


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_each_script_parses_in_chromium(page: Page, path: Path) -> None:
    """As the app runs it: the body of a function given DOM and ARGS (streamlit_dom.script)."""
    error = page.evaluate(
        """(source) => {
            try { new Function("DOM", "ARGS", source); return null; }
            catch (error) { return String(error); }
        }""",
        path.read_text(encoding="utf-8"),
    )
    assert error is None, f"ui/static/{path.name} does not parse: {error}"


def test_the_page_runs_every_script_without_an_error(browser: Browser, base_url: str) -> None:
    """The scripts and style sheets as the app injects them, on the pages that use them: each
    takes effect, and no page error."""
    context = browser.new_context(
        base_url=base_url, locale="fr-CA", viewport={"width": 1280, "height": 720}
    )
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        advisor_with_a_date(page)  # every script but focus.js runs here
        # Both style sheets took effect: the verdicts column sticks (advisor.css), the title
        # leaves Streamlit's band above it (chrome.css).
        column = f"{dom.COLUMN}:has(.{dom.KEY_CLASS}advisor_verdicts)"
        assert page.eval_on_selector(column, "el => getComputedStyle(el).position") == "sticky"
        padding = page.eval_on_selector(dom.MAIN_BLOCK, "el => getComputedStyle(el).paddingTop")
        assert padding == "72px", padding  # 4.5rem
        runs = AppRuns(page)
        runs.open("/questions")
        runs.act(page.locator("." + key_class("next") + " button").click, "Next")
        page.wait_for_function("() => (window.__focusMoves || []).length > 0")
        assert page.evaluate("document.documentElement.lang") == "fr"
        assert page.evaluate("Object.keys(window.__streamlitWords).length") > 0
    finally:
        context.close()
    assert not errors, errors
