"""Under the occupation chosen, the interview says what the text in force at the application
date makes of it (issue 17): TEER and the s. 12 list of the 2023 text, or, before A.M. 2023-002,
the 2021 text (NOC 2016), whose skill level is asked per work period and whose s. 12 list is
not encoded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from driver import add_list_entries, answer_visible, go_through_interview, new_app

from core.i18n import Translator
from ui.labels import STEP_TITLES
from ui.text import md

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def captions_under_the_occupation(application_date: str, lang: str) -> str:
    """The work step answered as a person would, a cook's NOC 2021 code in the first period."""
    data = json.loads((EXAMPLES / "ai-foreign-worker.json").read_text(encoding="utf-8"))
    data["application_date"] = application_date
    data["work_history"][0]["noc_code"] = "63200"  # cook: TEER 3, NOC 2016 6322 (level B)
    at = new_app(lang)
    go_through_interview(at, data, lang, stop_at=STEP_TITLES["work"])
    answer_visible(at, data, lang)
    add_list_entries(at, data, lang)
    assert not at.exception, at.exception
    assert at.session_state["answers"]["work_history"][0]["noc_code"] == "63200"
    return "\n".join(c.value for c in at.caption)  # as markdown: md() escapes the dots


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_before_the_amendment_the_occupation_is_read_in_the_2021_text(lang):
    t = Translator(lang)
    shown = captions_under_the_occupation("2023-11-22", lang)
    said = {
        "fr": "le texte de 2021 s'applique (CNP 2016)",
        "en": "the 2021 text applies (NOC 2016)",
    }[lang]
    assert md(said) in shown
    assert md(t("Not one of the eligible occupations of s. 12.")) not in shown
    assert md(t("TEER category {teer}, from the 2nd digit of the code.", teer=3)) not in shown


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_after_the_amendment_the_occupation_shows_its_teer_and_the_s_12_list(lang):
    t = Translator(lang)
    shown = captions_under_the_occupation("2025-06-01", lang)
    assert md(t("TEER category {teer}, from the 2nd digit of the code.", teer=3)) in shown
    assert md(t("Not one of the eligible occupations of s. 12.")) in shown
    assert "CNP 2016" not in shown and "NOC 2016" not in shown
