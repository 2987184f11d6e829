"""What would change the outcome says which stream it concerns and, for a later date, which
other conditions would move, in words (not a list of article numbers)."""

from __future__ import annotations

import json
from pathlib import Path

from core.answers import Answers
from core.assess import assess
from core.i18n import Translator
from core.results_view import results_view

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def foreign_worker(**changes) -> Answers:
    data = json.loads((EXAMPLES / "ai-foreign-worker.json").read_text(encoding="utf-8"))
    for section, values in changes.items():
        data[section] = values if not isinstance(data.get(section), dict) else {
            **data[section], **values
        }
    return Answers.model_validate(data)


def test_a_salary_short_of_the_threshold_names_the_stream_it_concerns():
    answers = foreign_worker(job={"annual_salary": 72000, "employer_municipality": "Sherbrooke"})
    for lang in ("fr", "en"):
        t = Translator(lang)
        lines = results_view(assess(answers), lang).near_misses
        salary = next(line for line in lines if "72" in line)
        assert salary.startswith(t("Artificial intelligence — foreign worker") + " — "), salary


def test_a_later_date_says_in_words_which_conditions_it_would_move():
    # Only a recent job, still held: the 24 months come after the repeal.
    answers = foreign_worker(
        work_history=[
            {"title": "ML engineer", "noc_code": "21211", "start": "2024-06-01", "ongoing": True,
             "full_time": True, "in_quebec": True, "controlled_company": False,
             "ineligible_sector": False}
        ]
    )
    for lang in ("fr", "en"):
        t = Translator(lang)
        lines = results_view(assess(answers), lang).near_misses
        later = next(line for line in lines if t("At that date, {changes}.", changes="")[:8] in line)
        # The repeal (art. 14) is named by what it says, with the status it would have.
        assert t("not met") in later, later
        assert "(art. 14)" in later or "(s. 14)" in later
        words = later.split("(art. 14)" if lang == "fr" else "(s. 14)")[0]
        assert len(words.rsplit(";", 1)[-1].split()) > 4, later  # words before the citation
