"""Under the occupation chosen, the interview says what the text in force at the application
date makes of it (issue 17): TEER and the s. 12 list of the 2023 text, or, before A.M. 2023-002,
the 2021 text (NOC 2016), whose skill level is asked per work period and whose s. 12 list is
not encoded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from driver import go_through_interview, new_app

from core.i18n import Translator
from ui.labels import STEP_TITLES

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def captions_under_the_job(application_date: str, lang: str) -> str:
    data = json.loads((EXAMPLES / "ai-foreign-worker.json").read_text(encoding="utf-8"))
    data["application_date"] = application_date
    data["job"]["noc_code"] = "63200"  # cook: TEER 3, NOC 2016 6322 (skill level B)
    at = new_app(lang)
    go_through_interview(at, data, lang, stop_at=STEP_TITLES["job"])
    assert at.session_state["answers"]["job"]["noc_code"] == "63200"
    return "\n".join(c.value for c in at.caption)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_before_the_amendment_the_occupation_is_read_in_the_2021_text(lang):
    t = Translator(lang)
    shown = captions_under_the_job("2023-11-22", lang)
    said = {
        "fr": "le texte de 2021 s'applique (CNP 2016)",
        "en": "the 2021 text applies (NOC 2016)",
    }[lang]
    assert said in shown
    assert t("Not one of the eligible occupations of s. 12.") not in shown
    assert t("TEER category {teer}, from the 2nd digit of the code.", teer=3) not in shown


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_after_the_amendment_the_occupation_shows_its_teer_and_the_s_12_list(lang):
    t = Translator(lang)
    shown = captions_under_the_job("2025-06-01", lang)
    assert t("TEER category {teer}, from the 2nd digit of the code.", teer=3) in shown
    assert t("Not one of the eligible occupations of s. 12.") in shown
    assert "CNP 2016" not in shown and "NOC 2016" not in shown
