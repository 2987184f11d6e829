import json
from pathlib import Path

import pytest
from browser_driver import Person
from e2e_helpers import VIEWPORT, open_app, save_screenshot
from playwright.sync_api import Page, Playwright, expect

from core.assess import STREAM_LABELS
from core.i18n import Translator
from core.program import program_dates
from tests.support.streamlit_server import CHROMIUM_ARGS, DESKTOP_CHROMIUM

pytestmark = pytest.mark.e2e


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
fr = Translator("fr")
TITLE = fr("AI, IT and visual effects: eligibility self-assessment")


def test_welcome_page_renders(page: Page) -> None:
    open_app(page)
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    repealed = fr.date(program_dates().repealed)  # "1 janvier 2026", as Babel writes it
    expect(page.get_by_text(repealed).first).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    # client.toolbarMode = "minimal": no developer menu for users.
    expect(page.get_by_test_id("stMainMenu")).to_have_count(0)
    save_screenshot(page, "smoke-welcome")


def test_server_log_has_no_traceback(page: Page, server_log) -> None:
    open_app(page)
    assert "Traceback" not in server_log.read_text(errors="replace")


@pytest.mark.skipif(not Path(DESKTOP_CHROMIUM).is_file(), reason=f"no {DESKTOP_CHROMIUM}")
def test_a_person_finishes_the_interview_in_the_desktop_chromium(
    playwright: Playwright, app_server: str
) -> None:
    """The suite drives Debian's headless shell, the faster build of the same Chromium
    (tests.support.streamlit_server.chromium_path); a person runs the desktop browser. There
    too, the Québec graduate's French interview reaches the results and the verdict shows."""
    browser = playwright.chromium.launch(executable_path=DESKTOP_CHROMIUM, args=CHROMIUM_ARGS)
    try:
        context = browser.new_context(base_url=app_server, locale="fr-CA", viewport=VIEWPORT)
        person = Person(context.new_page(), "fr", screenshots="fr-desktop-chromium")
        person.open()
        data = json.loads((EXAMPLES / "ai-quebec-graduate.json").read_text(encoding="utf-8"))
        assert person.go_through_interview(data)[-1] == "review"
        person.see_results()
        verdicts = person.verdicts()
        assert verdicts[fr(STREAM_LABELS["ai-quebec-graduate"])][0] == f"✓ {fr('eligible')}"
        expect(person.page.get_by_test_id("stException")).to_have_count(0)
    finally:
        browser.close()
