"""The six ways over time, in Chromium: on the results page and the advisor view, in French and
English, at 1280 and 390 px. The chart is drawn (a bar per span, in the reader's words), fits
its column without sideways scroll, says the same in sentences; typing a day, or clicking one
on the chart, makes it the application date (the verdict grid follows). Screenshots are saved
under test-artifacts/screenshots/timeline-*.png."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from browser_driver import Person
from e2e_helpers import save_screenshot
from playwright.sync_api import Browser, expect

from core.i18n import Translator

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ai-quebec-graduate.json"
CHART = "[data-testid='stVegaLiteChart']"
OVERFLOW_JS = """() => {
  const main = document.querySelector("[data-testid='stMain']");
  const chart = document.querySelector("[data-testid='stVegaLiteChart']");
  const box = chart.getBoundingClientRect();
  return [main.scrollWidth - main.clientWidth, box.left, box.right, window.innerWidth];
}"""
# Each word the chart draws (years, rows' names, legend) and how far it runs past the chart's
# left or right edge, in px: the last year sits at the chart's edge, under the repeal's line.
CLIPPED_JS = """() => {
  const svg = document.querySelector("[data-testid='stVegaLiteChart'] svg");
  const box = svg.getBoundingClientRect();
  return [...svg.querySelectorAll("text")].map((text) => {
    const r = text.getBoundingClientRect();
    return [text.textContent, Math.max(box.left - r.left, r.right - box.right)];
  }).filter(([words, out]) => words.trim() && out > 0);
}"""


def open_results(browser: Browser, base_url: str, lang: str, width: int):  # noqa: ANN201
    context = browser.new_context(
        base_url=base_url, locale=f"{lang}-CA", viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    person = Person(page, lang)
    person.open()
    person.act(
        lambda: page.locator(".st-key-upload_answers input[type=file]").set_input_files(
            str(EXAMPLE)
        ),
        "uploading an example",
    )
    t = Translator(lang)
    if person.title() != t("Results"):
        person.act(
            lambda: page.get_by_role("link", name=t("Results"), exact=True).first.click(),
            "opening the results",
        )
    expect(page.locator("h1").first).to_have_text(t("Results"))
    return context, page, person


def chart_fits(page) -> None:  # noqa: ANN001
    chart = page.locator(CHART).first
    expect(chart.locator("svg").first).to_be_visible()
    sideways, left, right, width = page.evaluate(OVERFLOW_JS)
    assert sideways <= 0, "the page scrolls sideways"
    assert left >= 0 and right <= width, (left, right, width)
    assert page.evaluate(CLIPPED_JS) == [], "words cut at the chart's edge"


def grid_text(page) -> str:  # noqa: ANN001
    return page.locator("[data-testid='stMarkdownContainer'] table").first.inner_text()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_chart_is_drawn_in_the_readers_words_and_fits(
    browser: Browser, base_url: str, lang: str, width: int
):
    t = Translator(lang)
    context, page, person = open_results(browser, base_url, lang, width)
    try:
        heading = page.get_by_role("heading", name=t("Over time"))
        heading.scroll_into_view_if_needed()
        chart_fits(page)
        svg = page.locator(CHART).first.locator("svg").first
        labels = " ".join(svg.locator("text").all_text_contents())
        assert t("AI — Québec graduate") + " · " + t("Francisation") in labels, labels
        assert t("eligible") in labels and t("not eligible") in labels, labels
        if lang == "fr":
            assert "eligible" not in labels.replace("admissible", ""), labels
        page.get_by_text(t("The same, in sentences")).click()  # an expander: no rerun
        sentences = page.locator("[data-testid='stExpander']").filter(
            has_text=t("The same, in sentences")
        )
        expected = "6 juin 2024" if lang == "fr" else "June 6, 2024"
        expect(sentences).to_contain_text(expected)
        page.locator(CHART).first.scroll_into_view_if_needed()
        save_screenshot(page, f"timeline-results-{lang}-{width}", full_page=False)
        # At 390 px the pages' links are in the folded sidebar: the link is clicked as is.
        link = page.get_by_role("link", name=t("Advisor view"), exact=True).first
        person.act(lambda: link.dispatch_event("click"), "opening the advisor view")
        expect(page.locator("h1").first).to_have_text(t("Advisor view"))
        page.locator(CHART).first.scroll_into_view_if_needed()
        chart_fits(page)
        save_screenshot(page, f"timeline-advisor-{lang}-{width}", full_page=False)
    finally:
        context.close()


def test_typing_a_day_makes_it_the_application_date(browser: Browser, base_url: str):
    t = Translator("fr")
    context, page, person = open_results(browser, base_url, "fr", 1280)
    try:
        assert "✓" in grid_text(page)  # 2025-03-15: the graduate ways are eligible
        box = page.locator(".st-key-timeline_day")
        field = box.locator("input")
        person.type_text(box, "2024-06-05", "typing the day before the master's counts")
        assert "✓" not in grid_text(page)
        expect(field).to_have_value("2024-06-05")
        person.type_text(box, "2024-06-06", "typing the day it counts")
        assert "✓" in grid_text(page)
        person.type_text(box, "2031-01-01", "a day outside the program's life")
        refused = t(
            "Application date: type a date between {earliest} and {latest}, as "
            "year-month-day (for example 2025-05-15).",
            earliest=t.date(date(2021, 4, 22)),
            latest=t.date(date(2025, 12, 31)),
        )
        expect(page.get_by_text(refused)).to_be_visible()
        expect(field).to_have_value("2031-01-01")  # what was typed stays
    finally:
        context.close()


def test_clicking_a_day_on_the_chart_makes_it_the_application_date(browser: Browser, base_url: str):
    context, page, person = open_results(browser, base_url, "fr", 1280)
    try:
        field = page.locator(".st-key-timeline_day input")
        expect(field).to_have_value("2025-03-15")
        chart = page.locator(CHART).first
        chart.scroll_into_view_if_needed()
        # The first way's bar starts on the first day (2021-04-22): click just inside it.
        bar = chart.locator("svg .mark-rect path").first.bounding_box()
        assert bar
        x, y = bar["x"] + 6, bar["y"] + bar["height"] / 2
        person.act(lambda: page.mouse.click(x, y), "clicking a day on the chart")
        clicked = field.input_value()
        assert "2021-04-22" <= clicked <= "2021-06-30", clicked  # near the start of the axis
        assert "✓" not in grid_text(page)  # the graduate ways are not eligible in 2021
    finally:
        context.close()
