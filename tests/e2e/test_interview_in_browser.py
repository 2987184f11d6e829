"""A person answers the interview in Chromium, in French or English, and reads the results.

Every answer is given through the page (browser_driver.Person): radio labels clicked, select
boxes typed into, dates typed into their segments, amounts typed as people of that language
type them. Screenshots: test-artifacts/screenshots/<lang>-<flow>-<nn>-<page>.png.

Each flow runs here in one language, the other being the AppTest flow's
(tests/app/test_interview_flows.py runs every one in both): the Québec graduate and the junk
salary in French, the IT/VFX threshold in English (its French typing, "39,50", is the AppTest's
and the French walk's of tests/e2e/test_the_last_mile_in_browser.py). The foreign worker's whole
interview is walked in a browser by that French walk and by the language switch below; its
verdicts in the page are read by tests/e2e/test_results_answer_first.py.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from browser_driver import Person, typed_amount
from e2e_helpers import ARTIFACTS_DIR, VIEWPORT, start_server
from playwright.sync_api import Browser, Page, expect

from core.answers_file import EXPECTED
from core.assess import STREAM_LABELS
from core.i18n import Translator
from core.program import in_force_on, program_dates
from core.rules.base import REGISTRY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TITLE = "AI, IT and visual effects: eligibility self-assessment"
NOT_AN_AMOUNT = "Type an amount in figures, for example {example}."

LANGS = [
    pytest.param(lang, id=lang, marks=pytest.mark.browser_context_args(locale=f"{lang}-CA"))
    for lang in ("fr", "en")
]
FRENCH, ENGLISH = [LANGS[0]], [LANGS[1]]


def load(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def eligible(t: Translator) -> str:
    return f"✓ {t('eligible')}"


def not_eligible(t: Translator) -> str:
    return f"✗ {t('not eligible')}"


def spaces(text: str) -> str:
    """Babel's fr_CA figures use no-break spaces; compare them as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def interview_to_results(page: Page, lang: str, data: dict, flow: str) -> Person:
    person = Person(page, lang, screenshots=f"{lang}-{flow}")
    person.open()
    steps = person.go_through_interview(data)
    assert steps[-1] == "review", steps
    person.see_results()
    return person


# (a) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_app_opens_in_the_browsers_language(page: Page, lang: str) -> None:
    t = Translator(lang)
    person = Person(page, lang, screenshots=f"{lang}-open")
    person.open()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1").first).to_have_text(t(TITLE))
    expect(page.get_by_text(t.date(program_dates().repealed)).first).to_be_visible()
    person.snapshot("welcome")


# (b) (c) (d) -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", FRENCH)
def test_ai_quebec_graduate_ends_eligible_as_graduate_not_as_foreign_worker(
    page: Page, lang: str
) -> None:
    t = Translator(lang)
    data = load("ai-quebec-graduate.json")
    person = interview_to_results(page, lang, data, "ai-quebec-graduate")
    verdicts = person.verdicts()
    assert verdicts[t(STREAM_LABELS["ai-quebec-graduate"])] == (eligible(t), eligible(t)), verdicts
    assert verdicts[t(STREAM_LABELS["ai-foreign-worker"])] == (
        not_eligible(t),
        not_eligible(t),
    ), verdicts
    # The decisive reason is shown: art. 7, par. 4°, b), the salary under the CMM threshold,
    # cited in words.
    citation = REGISTRY["art7/4/b"].citation.render(lang)
    reason = (
        page.get_by_test_id("stMarkdownContainer")
        .filter(has_text=citation)
        .filter(has_text="Laval")
        .first
    )
    expect(reason).to_be_visible()
    text = spaces(reason.inner_text())
    assert spaces(t.money(data["job"]["annual_salary"])) in text, text
    assert not re.search(r"art\d+/", page.inner_text("main"))


@pytest.mark.parametrize("lang", ENGLISH)
def test_it_vfx_ends_eligible_once_the_published_threshold_is_typed(page: Page, lang: str) -> None:
    t = Translator(lang)
    data = load("it-vfx.json")
    data["job"]["wage_threshold"] = "39.50"  # a figure the person read (test value)
    person = interview_to_results(page, lang, data, "it-vfx")
    verdicts = person.verdicts()
    assert verdicts[t(STREAM_LABELS["it-vfx"])] == (eligible(t), eligible(t)), verdicts


# (e) ---------------------------------------------------------------------------------------


@pytest.mark.browser_context_args(locale="fr-CA")
def test_the_page_language_follows_each_switch(page: Page) -> None:
    person = Person(page, "fr", screenshots="fr-switch")
    person.open()
    html, title = page.locator("html"), page.locator("h1").first
    for lang in ("fr", "en", "fr"):
        if lang != person.lang:
            person.switch_language(lang)
        expect(html).to_have_attribute("lang", lang)
        expect(title).to_have_text(Translator(lang)(TITLE))
        person.snapshot(f"welcome-{lang}")


@pytest.mark.browser_context_args(locale="fr-CA")
def test_switching_language_mid_interview_keeps_every_answer(page: Page) -> None:
    data = load("ai-foreign-worker.json")
    salary_fr, salary_en = (typed_amount(115000, lang) for lang in ("fr", "en"))
    person = Person(page, "fr", screenshots="fr-language-switch")
    person.open()
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "fr")
    person.go_through_interview(data, stop_at="job")
    person.answer_step(data)
    salary = person.container("job.annual_salary").locator("input")
    expect(salary).to_have_value(salary_fr)
    person.snapshot("job-fr")

    person.switch_language("en")
    expect(html).to_have_attribute("lang", "en")
    assert person.step() == "job", person.title()
    # Choices now read in English, and what was typed is still in the fields, as typed.
    assert person.mismatches(data, skip=("job.annual_salary",)) == []
    expect(salary).to_have_value(salary_fr)
    person.snapshot("job-en")
    # Every earlier step still shows its answers, and coming back shows English figures.
    for step in ("work", "diplomas", "stay"):
        person.click("back")
        assert person.step() == step, person.title()
        assert person.mismatches(data) == [], step
        assert person.widgets(), f"{step} shows no question"
    for step in ("diplomas", "work", "job"):
        person.click("next")
        assert person.step() == step, person.title()
    assert person.mismatches(data) == []
    expect(salary).to_have_value(salary_en)

    person.switch_language("fr")
    expect(html).to_have_attribute("lang", "fr")
    assert person.step() == "job", person.title()
    assert person.mismatches(data, skip=("job.annual_salary",)) == []
    person.click("back")
    person.click("next")
    assert person.mismatches(data) == []
    expect(salary).to_have_value(salary_fr)
    person.snapshot("job-fr-again")


# (f) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", FRENCH)
def test_junk_in_the_salary_is_refused_inline_and_the_other_answers_stay(
    page: Page, lang: str
) -> None:
    t = Translator(lang)
    data = load("ai-foreign-worker.json")
    job_only = {"application_date": data["application_date"], "job": data["job"]}
    person = Person(page, lang, screenshots=f"{lang}-junk")
    person.open()
    person.go_through_interview(job_only, stop_at="job")
    person.answer_step(job_only)
    salary = person.container("job.annual_salary").locator("input")
    junk = {
        "abc": t(NOT_AN_AMOUNT).split("{")[0],
        "-5": t(EXPECTED["greater_than_equal"], ge=0),
        "1e309": t(NOT_AN_AMOUNT).split("{")[0],
    }
    for typed, message in junk.items():
        person.type_text(person.container("job.annual_salary"), typed, f"salary {typed!r}")
        expect(salary).to_have_value(typed)  # what was typed stays, to be corrected
        alerts = person.alerts()
        assert len(alerts) == 1 and message in alerts[0], (typed, alerts)
        assert person.mismatches(job_only, skip=("job.annual_salary",)) == [], typed
        person.snapshot(f"salary-{re.sub(r'[^a-z0-9]', '', typed)}")
    # A refused entry is no answer: the old salary is not kept in use behind the message.
    # Moving on lists it as still open; coming back shows the field empty, with no message.
    person.click("next")
    expect(page.locator(".st-key-left_behind")).to_contain_text(t("Gross annual salary"))
    person.click("back")
    expect(salary).to_have_value("")
    assert person.alerts() == []


@pytest.mark.browser_context_args(locale="en-CA")
def test_a_refusal_message_goes_once_the_field_shows_the_stored_answer_again(page: Page) -> None:
    salary_only = {"job": {"status": "held", "annual_salary": 115000}}
    person = Person(page, "en")
    person.open()
    person.go_through_interview(salary_only, stop_at="job")
    person.answer_step(salary_only)
    person.type_text(person.container("job.annual_salary"), "abc", "salary 'abc'")
    assert len(person.alerts()) == 1
    # The error summary at the top of the step names the field and links to it.
    summary = page.locator(".st-key-error_summary")
    expect(summary).to_contain_text("Gross annual salary")
    person.click("back")
    person.click("next")
    expect(person.container("job.annual_salary").locator("input")).to_have_value("")
    assert person.alerts() == [], person.alerts()
    expect(summary).to_have_count(0)


# (g) ---------------------------------------------------------------------------------------


def test_the_first_change_after_a_fresh_server_start_is_kept(browser: Browser) -> None:
    """STACK-NOTES: with a `pages/` folder next to the entry point, Streamlit once dropped the
    first widget change of the first session after the server started. A server of its own,
    watching files as a plain `streamlit run` does, no warm-up load: the very first change
    must take effect at once and be kept."""
    t = Translator("fr")
    today = date.today()
    chosen = date(2015, 6, 1) if in_force_on(today) else date(2025, 6, 1)
    with start_server(ARTIFACTS_DIR / "server-fresh.log", file_watcher="auto") as url:
        context = browser.new_context(base_url=url, viewport=VIEWPORT, locale="fr-CA")
        try:
            page = context.new_page()
            person = Person(page, "fr", screenshots="fr-fresh-server")
            person.open()
            not_open_warning = page.get_by_test_id("stAlertContentWarning")
            expect(not_open_warning).to_have_count(0)  # no date is assumed before one is chosen

            person.answer("application_date", chosen.isoformat())  # the first change
            # Its effect shows without any other action: the "not open" warning follows it.
            expect(not_open_warning).to_have_count(0 if in_force_on(chosen) else 1)
            if not in_force_on(chosen):
                expect(not_open_warning).to_contain_text(t.date(chosen))
            person.snapshot("welcome")

            person.start()
            person.click("back")
            expect(page.locator("h1").first).to_have_text(t(TITLE))
            assert person.shown("application_date") == chosen.isoformat()
        finally:
            context.close()


def test_amounts_are_typed_as_people_write_them() -> None:
    """The driver's own convention, checked once: "115 000" in French, "115,000" in English."""
    assert typed_amount(115000, "fr") == "115 000"
    assert typed_amount(115000, "en") == "115,000"
    assert typed_amount(Decimal("39.50"), "fr") == "39,50"
    assert typed_amount(Decimal("39.50"), "en") == "39.50"
