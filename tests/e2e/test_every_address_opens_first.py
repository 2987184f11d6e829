"""Every page's address, opened directly as the very first request to a fresh server (a bookmark,
a link from an email, a reload after a restart), shows that page in the reader's language.

Issue 18: with the pages in a folder named `pages/`, Streamlit took that folder for its
automatic pages until some session had run app.py, so `/advisor` on a fresh server ran the bare
script and showed "This app has encountered an error". Each address gets a server of its own,
watching files as a plain `streamlit run` does, with no warm-up load; then the server restarts
and the address is opened first again, by a reader of the other language (so each address is
opened first in both languages, at the cost of two server starts, not four)."""

from __future__ import annotations

import pytest
from e2e_helpers import ARTIFACTS_DIR, VIEWPORT, open_app, save_screenshot
from playwright.sync_api import Browser, expect

from core.i18n import Translator
from tests.support.streamlit_server import StreamlitServer

# Address → the page's title (its h1), as the reader's language gives it.
TITLES = {
    "advisor": "Advisor view",
    "results": "Results",
    "welcome": "AI, IT and visual effects: eligibility self-assessment",
}


def expected_title(address: str, t: Translator) -> str | None:
    # /questions opens on the first step, whose title the interview chooses: checked apart.
    return t(TITLES[address]) if address in TITLES else None


# The first visit's language, then the other one's after the restart.
FIRST_LOCALES = {
    "advisor": ("fr-CA", "en-CA"),
    "results": ("en-CA", "fr-CA"),
    "questions": ("fr-CA", "en-CA"),
    "welcome": ("en-CA", "fr-CA"),
}


@pytest.mark.parametrize("address", list(FIRST_LOCALES))
def test_an_address_opened_first_on_a_fresh_server_shows_its_page(
    browser: Browser, address: str
) -> None:
    log = ARTIFACTS_DIR / f"server-first-{address}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_bytes(b"")
    with StreamlitServer(log=log, file_watcher="auto") as server:
        for visit, locale in zip(("fresh", "after restart"), FIRST_LOCALES[address], strict=True):
            t = Translator(locale[:2])
            if visit == "after restart":
                server.restart()
            context = browser.new_context(viewport=VIEWPORT, locale=locale)
            try:
                page = context.new_page()
                open_app(page, f"{server.url}/{address}")
                shot = f"first-{address}-{locale}-{visit.replace(' ', '-')}"
                save_screenshot(page, shot, full_page=False)
                expect(page.get_by_test_id("stException")).to_have_count(0)
                body = page.inner_text("body")
                assert "encountered an error" not in body
                # Streamlit's English "Page not found" box (an address it does not know).
                assert "Page not found" not in body and "does not seem to exist" not in body
                expect(page.get_by_role("dialog")).to_have_count(0)
                assert page.url.removeprefix(server.url).strip("/") == address, page.url
                # The document's language is the reader's, and no automatic page is listed
                # (the bare scripts' names would be lower-case file names).
                assert page.evaluate("document.documentElement.lang") == locale[:2]
                nav_text = page.locator("header").inner_text()
                for script in ("app", "advisor", "interview"):
                    assert script not in nav_text.split(), nav_text
                title = page.locator("h1").first
                wanted = expected_title(address, t)
                if wanted is not None:
                    expect(title).to_have_text(wanted)
                else:
                    expect(page.get_by_test_id("stProgress")).to_have_count(1)
                    expect(title).not_to_be_empty()
            finally:
                context.close()
