"""On a shared computer, a person can forget every answer of the session at once."""

from __future__ import annotations

import json
from pathlib import Path

from driver import go_through_interview, new_app, see_results

from core.i18n import Translator

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ai-foreign-worker.json"


def test_cancelling_keeps_every_answer():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    at = new_app("en")
    go_through_interview(at, data, "en")
    before = at.session_state["answers"]
    next(b for b in at.button if b.key == "clear_answers").click().run()
    next(b for b in at.button if b.key == "clear_cancelled").click().run()
    assert at.session_state["answers"] == before
    assert any(b.key == "clear_answers" for b in at.button)


def test_clearing_the_answers_empties_the_session_and_returns_to_the_welcome_page():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    at = new_app("en")
    go_through_interview(at, data, "en")
    see_results(at)
    # Back to the welcome page (the default page: AppTest then runs it without app.py's
    # header, unlike a browser — tests/e2e check the header there).
    next(b for b in at.button if b.key == "clear_answers").click().run()
    assert not at.exception
    # It asks first: nothing is cleared by one click.
    assert at.session_state["answers"] != {"schema_version": 1}
    next(b for b in at.button if b.key == "clear_confirmed").click().run()
    assert not at.exception
    assert at.session_state["answers"] == {"schema_version": 1}
    t = Translator("en")
    assert at.title[0].value == t("AI, IT and visual effects: eligibility self-assessment")
    at.switch_page("screens/interview.py").run()
    assert at.radio(key="q:stay.in_quebec").value is None  # nothing left of the earlier answers
