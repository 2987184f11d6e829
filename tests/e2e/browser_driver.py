"""Drive the app in a real browser the way a person would: click, type, press Enter.

`Person(page, lang)` fills the interview from an answers dict (as in examples/*.json): it
clicks a radio's option label, clicks a select box, types the option's text (or a NOC code)
and presses Enter, types a date's digits into its segments, types amounts the way people of
that language write them ("115 000" / "115,000") and presses Enter, and clicks "Add" for
list entries. It mirrors tests/app/driver.py (AppTest) but only through the page: it never
reads or writes session state.

Waiting for the app: on the events themselves (the end of the run an action caused, read
from the websocket frames the page receives), through tests/support/app_runs.py. No sleeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from e2e_helpers import save_screenshot
from playwright.sync_api import Browser, Locator, Page, expect

from core import paths
from core.i18n import Translator, parse_amount
from core.questions import Kind, question_for
from tests.support.app_runs import AppRuns
from ui.labels import STEP_TITLES
from ui.widgets import CHOICE_LABELS, option_text

LISTS = ("diplomas", "work_history")
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # the switch's own labels (ui/chrome.py)

# Every keyed question on screen, in page order: its answer path, widget and what it shows.
WIDGETS_JS = """
() => Array.from(document.querySelectorAll("[class*='st-key-q-']")).map((el) => {
  const cls = Array.from(el.classList).find((c) => c.startsWith('st-key-q-'));
  const path = cls.slice('st-key-q-'.length).replace(/-/g, '.');
  const kinds = ['stRadio', 'stSelectbox', 'stTextInput', 'stNumberInput', 'stDateInput'];
  let kind = kinds.find((k) => el.querySelector(`[data-testid='${k}']`)) || null;
  let shown = null;
  if (el.querySelector("[class*='st-key-search-']")) {  // an occupation: the one chosen
    kind = 'noc';
    const current = el.querySelector("[class*='st-key-current-']");
    const code = current && /([0-9]{5})/.exec(current.innerText);
    shown = code ? code[1] : null;
  } else if (kind === 'stRadio') {
    const picked = el.querySelector("[data-testid='stRadioOption'][data-selected='true']");
    shown = picked ? picked.innerText.trim() : null;
  } else if (kind === 'stDateInput') {
    const input = el.querySelector("input[type='date']");
    shown = input ? input.value : null;
  } else if (kind) {
    const input = el.querySelector('input');
    shown = input ? input.value : null;
  }
  return {path, kind, shown};
})
"""


get = paths.read  # the answer at a dotted path of an answers dict


def kind_of(path: str) -> tuple[str, dict | None]:
    """The widget the app uses for an answer (from its declaration) and its option labels."""
    if path == "application_date":  # asked on the welcome page
        return "date", None
    question = question_for(path)
    kind = question.kind if question else Kind.TEXT
    if kind is Kind.YES_NO:
        return "yes_no", None
    if kind is Kind.CHOICE:
        return "radio", dict(question.options)
    if kind is Kind.DATE:
        return "date", None
    if kind in (Kind.MONEY, Kind.HOURLY_WAGE):
        return "amount", None
    if kind in (Kind.WHOLE_NUMBER, Kind.DECIMAL, Kind.PERCENT):
        return "number", None
    if kind is Kind.NOC:
        return "noc", None
    return "text", None


def key_class(key: str) -> str:
    """The class Streamlit puts on a keyed element: "q:job.annual_salary" →
    "st-key-q-job-annual_salary"."""
    return "st-key-" + re.sub(r"[^A-Za-z0-9_-]", "-", key)


def typed_amount(value: Any, lang: str) -> str:
    """An amount as a person of that language types it: "115 000" / "115,000", "39,50"."""
    text = Translator(lang).money(Decimal(str(value)))
    return text.replace("$", "").replace("\u00a0", " ").replace("\u202f", " ").strip()


class Person:
    """One person at one browser tab. `screenshots`: a name prefix (e.g. "fr-it-vfx"); each
    page is then saved as test-artifacts/screenshots/<prefix>-<nn>-<page>.png."""

    def __init__(self, page: Page, lang: str, *, screenshots: str | None = None) -> None:
        self.page = page
        self.lang = lang
        self.t = Translator(lang)
        self.screenshots = screenshots
        self.shots = 0
        self.runs = AppRuns(page)

    def speak(self, lang: str) -> None:
        """Read and type as a person of `lang` from now on."""
        self.lang = lang
        self.t = Translator(lang)

    # --- waiting --------------------------------------------------------------------------

    def act(self, action: Callable[[], Any], what: str) -> None:
        """Do something that makes the app rerun, then wait until that rerun has finished."""
        self.runs.act(action, what)

    def open(self, path: str = "/") -> None:
        """Load the app and wait for its first run."""
        self.runs.open(path)

    def upload(self, path: Any) -> None:
        """Load an answers file with the page's file field, and wait for the run it starts."""
        field = self.page.locator(".st-key-upload_answers input[type=file]")
        self.act(lambda: field.set_input_files(str(path)), "uploading an answers file")

    def snapshot(self, name: str) -> None:
        if self.screenshots:
            save_screenshot(self.page, f"{self.screenshots}-{self.shots:02d}-{name}")
            self.shots += 1

    # --- reading the page -----------------------------------------------------------------

    def title(self) -> str:
        heading = self.page.locator("h1").first
        return heading.inner_text().strip() if heading.count() else ""

    def step(self) -> str | None:
        """The interview step shown (its code, found from the translated title), else None."""
        titles = {self.t(title): code for code, title in STEP_TITLES.items()}
        return titles.get(self.title())

    def widgets(self) -> list[dict]:
        return self.page.evaluate(WIDGETS_JS)

    def container(self, path: str) -> Locator:
        return self.page.locator(f".{key_class('q:' + path)}")

    def shown(self, path: str) -> str | None:
        return next((w["shown"] for w in self.widgets() if w["path"] == path), None)

    def expected(self, path: str, value: Any) -> str:
        """What the widget of `path` shows for `value`, in this person's language."""
        kind, labels = kind_of(path)
        if kind == "yes_no":
            return self.t(CHOICE_LABELS["yes" if value else "no"])
        if kind == "radio":
            return option_text(self.t(labels[value]))
        if kind == "amount":
            return typed_amount(value, self.lang)
        if kind == "number":
            return self.t.number(Decimal(str(value))).replace("\u00a0", " ")
        return str(value)  # text, municipality, date (ISO), NOC (checked by its code)

    def matches(self, path: str, shown: str | None, value: Any) -> bool:
        if shown is None:
            return False
        kind = kind_of(path)[0]
        if kind == "noc":
            return shown == str(value)
        if kind == "number":  # in the person's language: 37,5 / 37.5
            try:
                return parse_amount(shown, self.lang) == Decimal(str(value))
            except ValueError:
                return False
        return shown == self.expected(path, value)

    def mismatches(self, data: dict, *, skip: tuple[str, ...] = ()) -> list[tuple]:
        """(path, shown, expected) of each visible question not showing its answer in `data`."""
        return [
            (w["path"], w["shown"], self.expected(w["path"], get(data, w["path"])))
            for w in self.widgets()
            if w["path"] not in skip
            and get(data, w["path"]) is not None
            and not self.matches(w["path"], w["shown"], get(data, w["path"]))
        ]

    def alerts(self) -> list[str]:
        """The text of every error message on the page."""
        return [
            text.strip()
            for text in self.page.locator("[data-testid='stAlertContentError']").all_inner_texts()
        ]

    # --- answering one question -----------------------------------------------------------

    def answer(self, path: str, value: Any) -> None:
        """Give one answer in the widget of `path` as a person would, and wait for the app."""
        kind, _ = kind_of(path)
        box = self.container(path)
        what = f"{path} = {value!r}"
        if path == "application_date":
            self.choose_radio(
                self.page.locator(f".{key_class('date_choice')}"), self.t("Another date"), what
            )
            self.type_text(self.container(path), value, what)
        elif kind in ("yes_no", "radio"):
            self.choose_radio(box, self.expected(path, value), what)
        elif kind == "noc":  # the code typed in full in the search field
            self.type_text(box.locator(f".{key_class('search:' + path)}"), str(value), what)
            expect(box.locator(f".{key_class('current:' + path)}")).to_contain_text(str(value))
        else:  # text, municipality, date (ISO), amount, number
            self.type_text(box, self.expected(path, value), what)

    def choose_radio(self, box: Locator, label: str, what: str) -> None:
        """Click the option's label (Streamlit's radio inputs are covered by their labels)."""
        option = box.get_by_test_id("stRadioOption").filter(
            has=self.page.get_by_text(label, exact=True)
        )
        self.act(option.click, what)
        expect(option).to_have_attribute("data-selected", "true")

    def type_text(self, box: Locator, text: str, what: str) -> None:
        """Type into a text or number field and press Enter (Streamlit commits on Enter)."""
        field = box.locator("input")

        def type_and_enter() -> None:
            field.fill(text)
            field.press("Enter")

        self.act(type_and_enter, what)

    def click(self, key: str) -> None:
        """Click the button keyed `key` (e.g. "next", "add:work_history") and wait."""
        button = self.page.locator(f".{key_class(key)} button")

        def press() -> None:
            button.click()
            # Where the page saw the click land (recorded as it happens, tests/support/
            # app_runs.py). Playwright checks the point, then clicks: if the page moved in
            # between, the click lands beside the button and starts nothing (suspected once: a
            # Next that started no run in 30 s, in a full run under the load test's CPU). Only
            # then is it clicked again, and said; a click on the button that starts no run
            # still fails, with what the page sent and where the click landed.
            landed = self.runs.last_click_key()
            if landed != key_class(key):
                print(f"click {key}: landed on {landed or 'no widget'}, clicked again")
                button.click()

        self.act(press, f"click {key}")

    def switch_language(self, lang: str) -> None:
        """Click the language in the switch at the top of every page."""
        label = LANGUAGE_NAMES[lang]
        self.choose_radio(self.page.locator(f".{key_class('lang_switch')}"), label, label)
        self.speak(lang)

    # --- answering a step -----------------------------------------------------------------

    def answer_visible(self, data: dict) -> int:
        """Answer each visible question whose answer is in `data` and not shown yet (new
        questions can appear after an answer); returns how many answers were given."""
        given: set[str] = set()
        for _ in range(80):
            todo = next(
                (
                    w
                    for w in self.widgets()
                    if w["path"] not in given
                    and get(data, w["path"]) is not None
                    and not self.matches(w["path"], w["shown"], get(data, w["path"]))
                ),
                None,
            )
            if todo is None:
                return len(given)
            self.answer(todo["path"], get(data, todo["path"]))
            given.add(todo["path"])
        raise AssertionError(f"too many questions on one step: {sorted(given)}")

    def entries(self, name: str) -> int:
        """How many entries a list section shows (each has a Remove button)."""
        return self.page.locator(f"[class*='{key_class('remove:' + name)}-']").count()

    def add_list_entries(self, data: dict) -> None:
        """Click "Add" for each missing diploma or job and fill it; "none" for empty lists."""
        for name in LISTS:
            wanted = data.get(name)
            if wanted is None or not self.page.locator(f".{key_class('add:' + name)}").count():
                continue
            if not wanted:
                if self.page.locator(f".{key_class('none:' + name)}").count():
                    self.click(f"none:{name}")
                continue
            for _ in range(len(wanted) - self.entries(name)):
                self.click(f"add:{name}")
                self.answer_visible(data)

    def answer_step(self, data: dict) -> None:
        """Answer everything this step asks that `data` holds, and check it is all shown."""
        self.answer_visible(data)
        self.add_list_entries(data)
        left = self.mismatches(data)
        assert not left, f"{self.step()}: fields not showing the answers: {left}"

    # --- the whole interview --------------------------------------------------------------

    def start(self) -> None:
        """From the welcome page to the interview's first step."""
        self.click("start")
        assert self.step() is not None, f"not on an interview step: {self.title()!r}"

    def go_through_interview(
        self,
        data: dict,
        *,
        stop_at: str | None = None,
        on_each_page: Callable[[str], None] | None = None,
    ) -> list[str]:
        """From the welcome page to the review, answering from `data`; returns the steps
        seen. Stops on arriving at step `stop_at` (unanswered). `on_each_page(name)` runs
        on each page once it is answered: "welcome", then each step, then "review"."""
        if data.get("application_date"):
            self.answer("application_date", data["application_date"])
        else:  # the first choice: the last day the program was open
            self.choose_radio(
                self.page.locator(f".{key_class('date_choice')}"),
                self.page.locator(f".{key_class('date_choice')} [data-testid='stRadioOption']")
                .first.inner_text()
                .strip(),
                "the last open day",
            )
        if on_each_page:
            on_each_page("welcome")
        self.snapshot("welcome")
        self.start()
        seen: list[str] = []
        for _ in range(12):
            step = self.step()
            assert step is not None, f"not on an interview step: {self.title()!r}"
            seen.append(step)
            if step == stop_at:
                return seen
            if step != "review":
                self.answer_step(data)
            if on_each_page:
                on_each_page(step)
            self.snapshot(step)
            if step == "review":
                return seen
            self.click("next")
            assert self.step() != step, f"Next did not leave {step}"
        raise AssertionError(f"never reached the review: {seen}")

    def see_results(self) -> None:
        """From the review, "See the results"."""
        self.click("next")
        expect(self.page.locator("h1").first).to_have_text(self.t("Results"))
        self.snapshot("results")

    def verdicts(self) -> dict[str, tuple[str, str]]:
        """The summary table as shown: {way in: (Francophone profile, francisation profile)}."""
        head = self.t("Stream")
        table = self.page.locator("table").filter(
            has=self.page.get_by_role("columnheader", name=head, exact=True)
        )
        expect(table).to_have_count(1)
        rows = table.locator("tbody tr").evaluate_all(
            "rows => rows.map((r) => Array.from(r.cells).map((c) => c.innerText.trim()))"
        )
        return {cells[0]: (cells[1], cells[2]) for cells in rows}


def person_at(
    browser: Browser, base_url: str, viewport: dict, lang: str = "fr", path: str = "/"
) -> Person:
    """The app opened at `path` by a person in a browser context of their own (close it with
    `person.page.context.close()`), at that screen size and in that language."""
    context = browser.new_context(base_url=base_url, locale=f"{lang}-CA", viewport=viewport)
    person = Person(context.new_page(), lang)
    person.open(path)
    return person
