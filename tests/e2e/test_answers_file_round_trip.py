"""Save and resume without an account, in a real browser: download the answers half-way,
open a fresh browser context, load the file, and land on the same step with the same answers.
Broken files are refused with a message in the person's language, and nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser_driver import Person
from playwright.sync_api import Browser, Page, expect

from core.answers_file import EXPECTED
from core.i18n import Translator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CONTEXT = {"viewport": {"width": 1280, "height": 900}}


def load(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def download_answers(person: Person, folder: Path) -> Path:
    with person.page.expect_download() as waiting:
        person.page.locator(".st-key-download_answers button").first.click()
    path = folder / "answers.json"
    waiting.value.save_as(path)
    return path


def upload(person: Person, path: Path) -> None:
    person.act(
        lambda: person.page.locator(".st-key-upload_answers input[type=file]").set_input_files(
            str(path)
        ),
        "uploading an answers file",
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_half_an_interview_downloaded_resumes_on_the_same_step_in_a_fresh_browser(
    browser: Browser, base_url: str, tmp_path: Path, lang: str
):
    data = load("ai-foreign-worker.json")
    first = browser.new_context(base_url=base_url, locale=f"{lang}-CA", **CONTEXT)
    try:
        person = Person(first.new_page(), lang)
        person.open()
        person.go_through_interview(data, stop_at="job")  # stay, diplomas, work answered
        saved = download_answers(person, tmp_path)
    finally:
        first.close()
    stored = json.loads(saved.read_text(encoding="utf-8"))
    assert stored["schema_version"] == 1
    assert stored["stay"] == data["stay"] and len(stored["work_history"]) == 2
    assert "job" not in stored  # the job step was not answered yet

    fresh = browser.new_context(base_url=base_url, locale=f"{lang}-CA", **CONTEXT)
    try:
        person = Person(fresh.new_page(), lang)
        person.open()
        upload(person, saved)
        expect(person.page.locator("h1").first).to_have_text(
            Translator(lang)("The job held or accepted")
        )
        # The earlier steps still hold their answers.
        person.click("back")
        person.click("back")
        assert not person.mismatches(data, skip=("job", "french", "family")), person.step()
    finally:
        fresh.close()


def test_answers_downloaded_from_the_results_come_back_to_the_results(
    browser: Browser, base_url: str, tmp_path: Path
):
    context = browser.new_context(base_url=base_url, locale="en-CA", **CONTEXT)
    try:
        person = Person(context.new_page(), "en")
        person.open()
        upload(person, EXAMPLES / "ai-quebec-graduate.json")
        expect(person.page.locator("h1").first).to_have_text("Results")
        shown = person.verdicts()
        saved = download_answers(person, tmp_path)
    finally:
        context.close()
    assert json.loads(saved.read_text(encoding="utf-8"))["job"]["annual_salary"] in (
        88000,
        "88000",
    )
    context = browser.new_context(base_url=base_url, locale="en-CA", **CONTEXT)
    try:
        person = Person(context.new_page(), "en")
        person.open()
        upload(person, saved)
        expect(person.page.locator("h1").first).to_have_text("Results")
        assert person.verdicts() == shown
    finally:
        context.close()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"this is not JSON at all", "not_json"),
        (b'{"schema_version": 1, "job": {"annual_salary": "a lot"}}', "decimal_parsing"),
        (b'{"schema_version": 7}', "future_version"),
    ],
    ids=["not-json", "tampered", "future-version"],
)
def test_a_broken_file_is_refused_with_a_message_and_nothing_is_lost(
    page: Page, tmp_path: Path, content: bytes, code: str
):
    person = Person(page, "fr")
    person.open()
    person.answer("application_date", "2025-06-01")
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    upload(person, bad)
    t = Translator("fr")
    message = t(EXPECTED[code].split("{")[0]).strip() if "{" not in EXPECTED[code] else None
    alerts = " ".join(person.alerts())
    assert t("This file was not loaded; your current answers are unchanged.") in alerts
    if message:  # one sentence of its own: a capital first letter
        assert message[:1].upper() + message[1:] in alerts
    # Still on the welcome page, with the date typed before.
    assert person.shown("application_date") == "2025/06/01" or "2025" in (
        person.shown("application_date") or ""
    )
