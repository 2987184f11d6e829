"""Drive the app through AppTest the way a person would: step by step, widget by widget.

`Person` types the answers of an answers dict into whichever widgets each step shows, clicks
"Add" for list entries, and "Next" until the review; it never writes session state directly.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from core.i18n import Translator

APP = str(Path(__file__).resolve().parents[2] / "app.py")
LISTS = ("diplomas", "work_history")


def new_app(lang: str = "fr") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    if lang != at.session_state["lang"]:
        at.radio(key="lang_switch").set_value(lang).run()
    assert not at.exception, at.exception
    return at


def get(data: dict, path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if isinstance(value, list):
            value = value[int(part)] if int(part) < len(value) else None
        elif isinstance(value, dict):
            value = value.get(part)
        if value is None:
            return None
    return value


def widget(at: AppTest, key: str):
    for kind in ("radio", "selectbox", "text_input", "date_input", "number_input"):
        for element in getattr(at, kind):
            if element.key == key:
                return kind, element
    return None, None


def typed(kind: str, value: Any, path: str, lang: str) -> Any:
    if kind == "radio" and isinstance(value, bool):
        return "yes" if value else "no"
    if kind == "date_input":
        return date.fromisoformat(value)
    if kind == "text_input" and path.endswith(("salary", "funds", "amount", "wage", "threshold")):
        # Typed as a person of that language types it: "115 000" or "115,000".
        text = Translator(lang).money(Decimal(str(value)))
        return text.replace("$", "").replace("\u00a0", " ").strip()
    if kind == "number_input":
        return float(value) if isinstance(value, float) else int(value)
    return value


def answer_visible(at: AppTest, data: dict, lang: str) -> int:
    """Set every visible widget whose answer is in `data` and differs; returns how many."""
    changed = 0
    for _ in range(40):  # new questions can appear after an answer
        progress = False
        for kind in ("radio", "selectbox", "text_input", "date_input", "number_input"):
            for element in list(getattr(at, kind)):
                key = element.key or ""
                if not key.startswith("q:"):
                    continue
                path = key[2:]
                value = get(data, path)
                if value is None:
                    continue
                wanted = typed(kind, value, path, lang)
                if element.value == wanted:
                    continue
                element.set_value(wanted).run()
                assert not at.exception, (path, at.exception)
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
    if data.get("application_date"):
        at.date_input(key="q:application_date").set_value(
            date.fromisoformat(data["application_date"])
        ).run()
    click_to_page(at, "start")
    titles = []
    t = Translator(lang)
    for _ in range(12):
        title = step_title(at)
        titles.append(title)
        if title == t("Review") or (stop_at and title == t(stop_at)):
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
