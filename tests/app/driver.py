"""Drive the app through AppTest the way a person would: step by step, widget by widget.

`Person` types the answers of an answers dict into whichever widgets each step shows, clicks
"Add" for list entries, and "Next" until the review; it never writes session state directly.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from core import paths
from core.i18n import Translator
from core.questions import Kind, question_for
from ui.labels import STEP_TITLES

APP = str(Path(__file__).resolve().parents[2] / "app.py")
LISTS = ("diplomas", "work_history")


def new_app(lang: str = "fr") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    if lang != at.session_state["lang"]:
        at.radio(key="lang_switch").set_value(lang).run()
    assert not at.exception, at.exception
    return at


get = paths.read  # the answer at a dotted path of an answers dict


def widget(at: AppTest, key: str):
    for kind in ("radio", "text_input"):
        for element in getattr(at, kind):
            if element.key == key:
                return kind, element
    return None, None


def typed(path: str, value: Any, lang: str) -> Any:
    """The answer as a person gives it in the widget of its kind, in their language."""
    question = question_for(path)
    kind = question.kind if question else Kind.TEXT
    if kind is Kind.YES_NO:
        return "yes" if value else "no"
    if kind in (Kind.MONEY, Kind.HOURLY_WAGE):
        # Typed as a person of that language types it: "115 000" or "115,000".
        text = Translator(lang).money(Decimal(str(value)))
        return text.replace("$", "").replace("\u00a0", " ").replace("\u202f", " ").strip()
    if kind in (Kind.WHOLE_NUMBER, Kind.DECIMAL, Kind.PERCENT):
        return Translator(lang).number(Decimal(str(value))).replace("\u00a0", " ")
    return value


def answer_visible(at: AppTest, data: dict, lang: str) -> int:
    """Set every visible widget whose answer is in `data` and differs; returns how many."""
    changed = 0
    for _ in range(60):  # new questions can appear after an answer
        progress = False
        for kind in ("text_input", "radio"):
            for element in list(getattr(at, kind)):
                key = element.key or ""
                if key.startswith("search:"):  # an occupation: its code, typed in full
                    path = key[len("search:") :]
                    value = get(data, path)
                    if value is None or at.session_state["answers"] and get(
                        at.session_state["answers"], path
                    ) == value:
                        continue
                    element.set_value(value).run()
                elif key.startswith("q:"):
                    path = key[2:]
                    value = get(data, path)
                    if value is None:
                        continue
                    wanted = typed(path, value, lang)
                    if element.value == wanted:
                        continue
                    element.set_value(wanted).run()
                else:
                    continue
                assert not at.exception, (key, at.exception)
                changed += 1
                progress = True
                break
            if progress:
                break
        if not progress:
            return changed
    return changed


def add_list_entries(at: AppTest, data: dict, lang: str) -> None:
    for name in LISTS:
        wanted = data.get(name)
        if wanted is None:
            continue
        buttons = {b.key: b for b in at.button}
        if f"add:{name}" not in buttons:
            continue
        if not wanted and f"none:{name}" in buttons:
            buttons[f"none:{name}"].click().run()
            continue
        current = len(at.session_state["answers"].get(name) or [])
        for _ in range(len(wanted) - current):
            next(b for b in at.button if b.key == f"add:{name}").click().run()
        answer_visible(at, data, lang)


def choose_date(at: AppTest, day: str | None) -> None:
    """On the welcome page: "another date", then the date typed."""
    if day:
        at.radio(key="date_choice").set_value("other").run()
        at.text_input(key="q:application_date").set_value(day).run()
        assert not at.exception, at.exception


def click_to_page(at: AppTest, key: str) -> None:
    """Click a button that moves to another page, and check the page changed."""
    before = step_title(at)
    next(b for b in at.button if b.key == key).click().run()
    assert not at.exception, at.exception
    assert step_title(at) != before, f"{key} did not leave {before!r}"
    assert any(r.key == "lang_switch" for r in at.radio), "the header is drawn on every page"


def step_title(at: AppTest) -> str:
    return at.title[0].value if at.title else ""


def go_through_interview(at: AppTest, data: dict, lang: str, stop_at: str | None = None) -> list:
    """From the welcome page to the review, answering from `data`; returns the titles seen."""
    choose_date(at, data.get("application_date"))
    click_to_page(at, "start")
    titles = []
    t = Translator(lang)
    for _ in range(12):
        title = step_title(at)
        titles.append(title)
        if title == t(STEP_TITLES["review"]) or (stop_at and title == t(stop_at)):
            return titles
        answer_visible(at, data, lang)
        add_list_entries(at, data, lang)
        at.button(key="next").click().run()
        assert not at.exception, at.exception
    raise AssertionError(f"never reached the review: {titles}")


def see_results(at: AppTest) -> None:
    click_to_page(at, "next")


def results_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)
