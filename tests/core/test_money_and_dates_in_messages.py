"""Figures in messages are formatted for the reader: 100 000 $ (fr_CA) and $100,000 (en_CA).

The French catalog may still fall back to the English words: these tests look at the figures.
"""

from __future__ import annotations

from datetime import date

import pytest
from answers_builders import APP, build

from core.assess import assess
from core.contract import assessment_json
from core.explain import assessment_text
from core.i18n import format_day, format_money

NBSP = "\u00a0"


def salary_finding(lang: str, salary=99999, municipality="Laval") -> dict:
    answers = build({"job": {"annual_salary": salary, "employer_municipality": municipality}})
    data = assessment_json(assess(answers, APP), lang)
    way = next(w for w in data["ways"] if w["stream"] == "ai-foreign-worker")
    return next(u for u in way["unmet"] if u["id"] == "art7/4/b")


def test_the_art_7_4_b_message_in_french_shows_100_000_with_no_break_spaces():
    message = salary_finding("fr")["message"]
    assert f"100{NBSP}000{NBSP}$" in message
    assert f"99{NBSP}999{NBSP}$" in message
    assert "$100,000" not in message


def test_the_art_7_4_b_message_in_english_shows_100000_dollars():
    message = salary_finding("en")["message"]
    assert "$100,000" in message
    assert "$99,999" in message
    assert "Laval" in message


def test_the_art_7_4_b_figures_are_numbers_in_the_json():
    finding = salary_finding("en")
    figure = finding["figures"][0]
    assert (figure["actual"], figure["required"], figure["comparator"]) == (99999, 100000, ">=")
    assert finding["gap"] == 1


def test_below_both_thresholds_the_message_gives_both_amounts():
    message = salary_finding("en", salary=50000, municipality=None)["message"]
    assert "$75,000" in message and "$100,000" in message and "$50,000" in message
    message = salary_finding("fr", salary=50000, municipality=None)["message"]
    assert f"75{NBSP}000{NBSP}$" in message and f"100{NBSP}000{NBSP}$" in message


@pytest.mark.parametrize(
    ("amount", "lang", "text"),
    [
        (100000, "fr", f"100{NBSP}000{NBSP}$"),
        (100000, "en", "$100,000"),
        (75000, "fr", f"75{NBSP}000{NBSP}$"),
        (75000, "en", "$75,000"),
    ],
)
def test_whole_dollar_amounts_have_no_cents(amount, lang, text):
    assert format_money(amount, lang) == text


def test_an_hourly_wage_keeps_its_cents_in_the_art_10_4_message():
    answers = build({"job": {"hourly_wage": "45.00", "wage_threshold": "45.00"}})
    data = assessment_json(assess(answers, APP), "en")
    way = next(w for w in data["ways"] if w["stream"] == "it-vfx")
    message = next(u for u in way["unmet"] if u["id"] == "art10/4")["message"]
    assert message.count("$45.00") == 2


def test_dates_in_messages_are_long_dates_in_the_readers_language():
    assert format_day(date(2026, 1, 1), "en") == "January 1, 2026"
    assert "2026" in format_day(date(2026, 1, 1), "fr")
    answers = build()
    text = assessment_text(assess(answers, date(2026, 1, 2)), "en")
    assert "January 1, 2026" in text


def test_the_work_months_message_gives_the_months_and_the_window():
    answers = build(
        {"work_history": [], "diplomas": [{"level": "bachelor", "issued_in_quebec": True}]}
    )
    data = assessment_json(assess(answers, APP), "en")
    way = next(w for w in data["ways"] if w["stream"] == "it-vfx")
    message = next(u for u in way["unmet"] if u["id"] == "art10/3")["message"]
    assert "24 months" in message
    assert "June 1, 2020" in message and "May 31, 2025" in message
