import pytest
from e2e_helpers import open_app, save_screenshot
from playwright.sync_api import Page, expect

from core.i18n import Translator
from core.program import program_dates

pytestmark = pytest.mark.e2e


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
