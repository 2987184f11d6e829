"""Each example file loaded from the welcome page, in French (and one in English), at 1280 px:
the first paragraph under the results title names the eligible way(s) or says none; no machine id
in the page; the advisor view has no sideways scroll. Screenshots (1280 and 390 px) are saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_check import violations
from browser_driver import Person
from e2e_helpers import save_screenshot
from playwright.sync_api import Browser, expect

from core.answers import Answers
from core.assess import assess
from core.i18n import Translator
from core.results_view import headline

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
MACHINE_ID = re.compile(r"art\d+/")
FIRST_PARAGRAPH_JS = """() => {
  const h1 = document.querySelector('h1');
  const all = Array.from(document.querySelectorAll('[data-testid="stMarkdownContainer"] p'));
  const after = all.filter((p) => h1.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
  return after.length ? after[0].innerText : '';
}"""


# Scroll the app (it scrolls inside stMain) until the verdicts' row starts 600 px above the
# screen, its end still below it: where are the verdicts then? (At the row's very end they
# leave with it, as they should.)
STICKY_JS = """() => {
  const main = document.querySelector("[data-testid='stMain']");
  const verdicts = document.querySelector('.st-key-advisor_verdicts');
  const row = verdicts.closest("[data-testid='stHorizontalBlock']");
  const before = main.scrollTop;
  const rowTop = row.getBoundingClientRect().top + main.scrollTop;
  main.scrollTop = rowTop + 600;
  const moved = main.scrollTop - before;
  const stillBelow = row.getBoundingClientRect().bottom > window.innerHeight;
  const top = verdicts.getBoundingClientRect().top;
  main.scrollTop = before;
  return [stillBelow ? moved : 0, top];
}"""


def nav(page, name: str) -> None:
    """The top navigation's link (same session: a page load would start an empty one)."""
    page.locator("header, [data-testid='stTopNavLinkContainer'], nav").get_by_role(
        "link", name=name, exact=True
    ).first.click()


# Every example in French; in English, the first: the page is built the same way for each, and
# every example's English headline is read on page one of its PDF (tests/core/test_pdf_report.py)
# and its verdicts on the results page of an AppTest interview (tests/app/test_interview_flows.py).
CASES = [pytest.param(path, "fr", id=f"{path.stem}-fr") for path in EXAMPLES] + [
    pytest.param(EXAMPLES[0], "en", id=f"{EXAMPLES[0].stem}-en")
]


@pytest.mark.parametrize(("path", "lang"), CASES)
def test_results_and_advisor_answer_first_for_each_example(
    browser: Browser, base_url: str, path: Path, lang: str
):
    t = Translator(lang)
    expected = headline(assess(Answers.model_validate_json(path.read_text("utf-8"))), t)
    context = browser.new_context(
        base_url=base_url, locale=f"{lang}-CA", viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        person = Person(page, lang)
        person.open()
        person.act(
            lambda: page.locator(".st-key-upload_answers input[type=file]").set_input_files(
                str(path)
            ),
            "uploading an example",
        )
        if person.title() != t("Results"):  # a step still open: go to the results page
            person.act(lambda: nav(page, t("Results")), "opening the results")
        expect(page.locator("h1").first).to_have_text(t("Results"))
        first = page.evaluate(FIRST_PARAGRAPH_JS)
        assert " ".join(first.split()) == " ".join(expected.split())
        assert not MACHINE_ID.findall(page.locator("body").inner_text())
        save_screenshot(page, f"results-{lang}-{path.stem}-1280")
        assert violations(page) == [], "axe on the results page"

        person.act(lambda: nav(page, t("Advisor view")), "opening the advisor view")
        expect(page.locator("h1").first).to_have_text(t("Advisor view"))
        assert not MACHINE_ID.findall(page.locator("body").inner_text())
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], widths
        # The verdicts stay in view while the advisor scrolls down the answers beside them.
        scrolled, top = page.evaluate(STICKY_JS)
        assert scrolled > 400, "the advisor view should be taller than the screen"
        assert 0 <= top <= 120, f"the verdicts column left the screen (top {top}px)"
        assert violations(page) == [], "axe on the advisor view"
        save_screenshot(page, f"advisor-{lang}-{path.stem}-1280", full_page=False)
        if path == EXAMPLES[0]:
            page.set_viewport_size({"width": 390, "height": 844})
            save_screenshot(page, f"advisor-{lang}-{path.stem}-390", full_page=False)
    finally:
        context.close()
