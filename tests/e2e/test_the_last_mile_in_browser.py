"""The last mile of a person's path (issue 19) where only a browser shows it: what is in view
on a phone, where the keyboard focus lands, what a loaded file brings back."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from axe_check import violations
from browser_driver import Person, key_class, person_at
from e2e_helpers import save_screenshot
from french_scan import english_on_page, typed_by_the_person
from playwright.sync_api import Browser, expect

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def load(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def wait_for_focus_move(person: Person, moves_before: int) -> None:
    person.page.wait_for_function(
        "n => (window.__focusMoves || []).length > n", arg=moves_before
    )


def focus_moves(person: Person) -> int:
    return person.page.evaluate("() => (window.__focusMoves || []).length")


def test_on_a_phone_a_new_job_opens_with_its_title_and_first_field_in_view(
    browser: Browser, base_url: str
):
    person = person_at(browser, base_url, PHONE)
    try:
        data = load("ai-foreign-worker.json")
        person.go_through_interview(data, stop_at="work")
        person.add_list_entries({"work_history": data["work_history"][:1]})
        before = focus_moves(person)
        person.click("add:work_history")
        wait_for_focus_move(person, before)
        card = person.page.locator(f".{key_class('entry:work_history.1')}")
        title = card.get_by_text(person.t("Job {n}", n=2), exact=True)
        first_field = card.locator("input").first
        header = person.page.locator("[data-testid='stHeader']").bounding_box()
        header_bottom = header["y"] + header["height"] if header else 0
        for what, element in (("title", title), ("first field", first_field)):
            box = element.bounding_box()
            assert box is not None, what
            assert header_bottom <= box["y"] and box["y"] + box["height"] <= PHONE["height"], (
                what, box, header_bottom
            )
        save_screenshot(person.page, "fr-390-new-job", full_page=False)
    finally:
        person.page.context.close()


def test_on_a_phone_the_change_buttons_of_the_results_follow_the_steps(
    browser: Browser, base_url: str
):
    person = person_at(browser, base_url, PHONE)
    try:
        person.click("example:ai-foreign-worker")
        expect(person.page.locator("h1").first).to_have_text(person.t("Results"))
        steps = ("stay", "diplomas", "work", "job", "french", "family")
        boxes = [
            person.page.locator(f".{key_class('edit:' + step)} button").bounding_box()
            for step in steps
        ]
        # Reading order (top to bottom, then left to right) is the steps' order.
        reading = sorted(range(len(steps)), key=lambda i: (round(boxes[i]["y"]), boxes[i]["x"]))
        assert [steps[i] for i in reading] == list(steps)
    finally:
        person.page.context.close()


def test_start_with_no_date_shows_the_date_field_focused_with_its_message(
    browser: Browser, base_url: str
):
    person = person_at(browser, base_url, DESKTOP)
    try:
        before = focus_moves(person)
        person.click("start")
        wait_for_focus_move(person, before)
        field = person.page.locator(f".{key_class('q:application_date')} input")
        expect(field).to_be_focused()
        expect(person.page.get_by_text("Date de la demande : inscrivez", exact=False)).to_be_visible()
        save_screenshot(person.page, "fr-1280-start-without-date", full_page=False)
    finally:
        person.page.context.close()


def test_the_job_link_comes_back_with_a_file_loaded(
    browser: Browser, base_url: str, tmp_path: Path
):
    data = load("ai-foreign-worker.json")
    data["job"]["work_history_entry"] = 2
    del data["family"]["undertaking_signed"]  # something left: the file opens the interview
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    person = person_at(browser, base_url, DESKTOP)
    try:
        person.act(
            lambda: person.page.locator(f".{key_class('upload_answers')} input[type=file]")
            .set_input_files(str(path)),
            "loading a file",
        )
        expect(person.page.locator("[data-testid='stProgress']")).to_be_visible()
        for _ in range(6):  # the file opens the first step with a question left; back to the job
            if person.step() == "job":
                break
            person.click("back")
        assert person.step() == "job"
        link = person.page.locator(f".{key_class('q:job.work_history_entry')}")
        expect(link.locator("input[type=radio]:checked")).to_have_count(1)
        checked = link.locator("label").filter(has=person.page.locator("input:checked"))
        expect(checked).to_contain_text(person.t("Job {n}", n=2))
        # The six copied answers stay folded, as when the job was picked.
        expect(
            person.page.get_by_text(person.t("Details taken from job {n} (open to change them)", n=2))
        ).to_be_visible()
    finally:
        person.page.context.close()


def test_a_refused_file_names_the_field_as_the_interview_asks_it(
    browser: Browser, base_url: str, tmp_path: Path
):
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps({"schema_version": 1, "diplomas": [{"level": "bachelor", "grade": "A"}]}),
        encoding="utf-8",
    )
    person = person_at(browser, base_url, DESKTOP)
    try:
        person.act(
            lambda: person.page.locator(f".{key_class('upload_answers')} input[type=file]")
            .set_input_files(str(path)),
            "loading a file",
        )
        alert = person.page.locator("[data-testid='stAlertContentError']").last
        text = alert.inner_text().replace("\u00a0", " ")
        assert "Diplôme 1 — un champ que cet outil ne connaît pas (« grade »)" in text, text
        assert "?." not in text and "diplomas[" not in text, text
        # The file stays listed in the uploader, its size in French units.
        listed = person.page.locator(f".{key_class('upload_answers')}").inner_text()
        assert re.search(r"\d+,\d\u00a0o\b", listed) and not re.search(r"\dB\b", listed), listed
        save_screenshot(person.page, "fr-1280-refused-file", full_page=False)
    finally:
        person.page.context.close()



# --- The French walk: every screen, no English word -----------------------------------------

def test_the_english_scan_sees_english(browser: Browser, base_url: str):
    """The scan can fail: on the English interface it finds English words."""
    person = person_at(browser, base_url, DESKTOP, lang="en")
    try:
        assert english_on_page(person.page), "the scan must be able to fail"
    finally:
        person.page.context.close()


# One walk per example, each at one width: the words are the same at every width, and what
# only a phone shows (a menu, a narrower label) is walked at 390 px with the longer file.
@pytest.mark.parametrize(
    ("example", "viewport"),
    [("ai-foreign-worker.json", PHONE), ("it-vfx.json", DESKTOP)],
    ids=["ai-foreign-worker-390", "it-vfx-1280"],
)
def test_every_screen_in_french_shows_no_english_word_no_emoji_and_no_wcag_barrier(
    browser: Browser, base_url: str, tmp_path: Path, example: str, viewport: dict
):
    data = load(example)
    theirs = typed_by_the_person(data)
    person = person_at(browser, base_url, viewport)
    person.screenshots = f"fr-{viewport['width']}-walk"
    seen: dict[str, list[str]] = {}
    barriers: dict[str, list[str]] = {}  # axe-core's WCAG 2.1 A/AA violations, per screen

    def look(name: str) -> None:
        seen[name] = english_on_page(person.page, theirs)
        barriers[name] = violations(person.page)

    try:
        look("welcome-first")
        person.go_through_interview(data, on_each_page=look)
        person.see_results()
        look("results")
        path = tmp_path / "answers.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        # (a page left keeps its elements hidden in the page: the visible button)
        clear = person.page.locator(f".{key_class('clear_answers')} button >> visible=true")
        person.act(clear.click, "clear my answers")
        person.click("clear_confirmed")
        look("welcome-after-clearing")
        person.act(
            lambda: person.page.locator(f".{key_class('upload_answers')} input[type=file]")
            .set_input_files(str(path)),
            "loading a file",
        )
        look("after-loading-a-file")
        person.snapshot("after-file")
        # The advisor view is a desk's screen (on a phone its link sits in the folded menu).
        person.page.set_viewport_size(DESKTOP)
        person.act(
            person.page.get_by_role("link", name=re.compile("Vue conseiller")).first.click,
            "open the advisor view",
        )
        look("advisor")
        person.snapshot("advisor")
    finally:
        person.page.context.close()
    assert {name: words for name, words in seen.items() if words} == {}
    assert {name: found for name, found in barriers.items() if found} == {}
