"""The Sources section in a real browser, in French (issue 17): the salary condition's reason
ends with the number of the CMM list's source, and the Sources section at the end of the
results gives that source and how sure it is; no confidence note above it."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from browser_driver import person_at
from e2e_helpers import save_screenshot
from playwright.sync_api import Browser, expect

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from answers_builders import build_dict  # noqa: E402

from core.i18n import Translator  # noqa: E402


def laval_file(folder: Path) -> Path:
    """Laval, inside the CMM, at 92 000 $: art. 7 4° b) not met, its figure from the CMM list."""
    data = build_dict({"job": {"employer_municipality": "Laval", "annual_salary": 92000}})
    path = folder / "laval.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [1280, 390])
def test_the_salary_condition_points_to_the_cmm_list_in_the_sources_section(
    browser: Browser, base_url: str, tmp_path: Path, width: int
):
    person = person_at(browser, base_url, {"width": width, "height": 900})
    try:
        person.upload(laval_file(tmp_path))
        t = Translator("fr")
        expect(person.page.locator("h1").first).to_have_text(t("Results"))
        main = person.page.get_by_test_id("stMain")
        heading = main.get_by_role("heading", name=t("Sources of the reference figures used"))
        expect(heading).to_be_visible()
        # The section lists the CMM list, numbered, with how sure it is.
        listed = main.locator("li", has_text="Municipalités de la Communauté métropolitaine")
        expect(listed.first).to_contain_text("confiance\u00a0: moyenne; à vérifier")
        number = re.match(r"\[(\d+)\]", listed.first.inner_text().strip())
        assert number, listed.first.inner_text()
        # The reason the AI streams are lost (art. 7 4° b) ends with that number; above the
        # section, the page says nothing about confidence.
        text = main.inner_text()
        above = text[: text.index(t("Sources of the reference figures used"))]
        assert re.search(rf"art\. 7, par\. 4°.*\[{number.group(1)}\]", above), above
        assert "confiance" not in above and "fort probablement" not in above
        heading.scroll_into_view_if_needed()
        save_screenshot(person.page, f"sources-section-results-{width}")
    finally:
        person.page.context.close()


@pytest.mark.parametrize("width,height", [(1280, 720), (1920, 1080)], ids=lambda v: str(v))
def test_the_advisor_view_lists_the_same_numbered_sources(
    browser: Browser, base_url: str, tmp_path: Path, width: int, height: int
):
    person = person_at(browser, base_url, {"width": width, "height": height}, path="/advisor")
    try:
        person.upload(laval_file(tmp_path))
        t = Translator("fr")
        verdicts = person.page.locator(".st-key-advisor_verdicts")
        why = verdicts.locator("li", has_text="art. 7, par. 4°").first
        expect(why).to_contain_text("[4]")  # the CMM list: the 4th source of this file
        box = verdicts.get_by_text(t("Sources of the reference figures used"))
        box.click()  # a plain expander opens in the browser: no script run to wait for
        listed = verdicts.locator("li", has_text="[4] Municipalités de la Communauté")
        expect(listed).to_contain_text("confiance\u00a0: moyenne; à vérifier")
        listed.scroll_into_view_if_needed()
        save_screenshot(person.page, f"sources-advisor-{width}x{height}", full_page=False)
    finally:
        person.page.context.close()
