"""Near misses: the smallest change the person can make, and that it really is enough."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.answers import Answers
from core.assess import assess
from core.explain import render
from core.i18n import Translator
from core.logic import Status
from core.near_miss import DURATION_IDS, apply_change, near_misses

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
VERDICT_RANK = {"not-eligible": 0, "incomplete": 1, "eligible": 2}


def example(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def test_a_salary_of_92000_in_laval_needs_100000():
    data = example("ai-foreign-worker")
    data["job"].update(annual_salary=92000, employer_municipality="Laval")
    misses = {m.condition_id: m for m in near_misses(assess(Answers.model_validate(data)))}
    text = render(Translator("fr"), misses["art7/4/b"].message, misses["art7/4/b"].params)
    assert "100\u00a0000\u00a0$" in text and "92\u00a0000\u00a0$" in text
    assert misses["art7/4/b"].change == {"job.annual_salary": "100000"}


def test_below_both_thresholds_with_the_place_unknown_says_which_figure_applies_where():
    data = example("ai-foreign-worker")
    data["job"].update(annual_salary=70000)
    data["job"].pop("employer_municipality")
    misses = {m.condition_id: m for m in near_misses(assess(Answers.model_validate(data)))}
    text = render(Translator("en"), misses["art7/4/b"].message, misses["art7/4/b"].params)
    assert text == (
        "A gross annual salary of at least $75,000 if the employer is outside the CMM, "
        "$100,000 if it is inside (now $70,000)."
    )
    assert misses["art7/4/b"].change == {"job.annual_salary": "75000"}


def test_the_figure_to_reach_is_the_rules_own_comparison():
    """The near miss reads the threshold the rule compared with, never the answers again."""
    data = example("it-vfx")
    data["job"].update(hourly_wage="39.00", wage_threshold="40.00")
    assessment = assess(Answers.model_validate(data))
    compared = assessment.outcomes["art10/4"].comparisons[0]
    miss = next(m for m in near_misses(assessment) if m.condition_id == "art10/4")
    assert miss.params["required"].amount == compared.required.amount + Decimal("0.01")


def test_an_hourly_wage_equal_to_the_threshold_needs_one_cent_more():
    data = example("it-vfx")
    data["job"].update(hourly_wage="40.00", wage_threshold="40.00")
    miss = next(
        m for m in near_misses(assess(Answers.model_validate(data))) if m.condition_id == "art10/4"
    )
    assert miss.change == {"job.hourly_wage": "40.01"}


def test_months_short_at_an_ongoing_job_give_the_date_they_are_reached():
    data = example("ai-foreign-worker")
    data["work_history"] = [{**data["work_history"][1], "start": "2024-01-15"}]
    data["diplomas"][0]["obtained_on"] = "2019-07-15"
    result = assess(Answers.model_validate(data))
    miss = next(m for m in near_misses(result) if m.condition_id == "art7/3")
    # From 2024-01-15: 15–31 January 2024 (17 days), 23 whole months, and 1–13 January 2026
    # make the 24th month: an application on 2026-01-14, after the repeal (2026-01-01).
    assert miss.met_on.isoformat() == "2026-01-14"
    assert miss.after_repeal
    assert "art14" in miss.side_effects
    assert "repealed" in render(Translator("en"), miss.message, miss.params)


salaries = st.integers(min_value=40_000, max_value=130_000)
levels = st.integers(min_value=1, max_value=12)
starts = st.dates(
    min_value=__import__("datetime").date(2019, 1, 1),
    max_value=__import__("datetime").date(2025, 5, 1),
)
places = st.sampled_from(["Laval", "Saint-Jérôme", "Montréal", "Gatineau"])


@settings(max_examples=120, deadline=None)
@given(
    salary=salaries,
    level=levels,
    start=starts,
    place=places,
    wage=st.integers(min_value=2000, max_value=6000),
    threshold=st.integers(2000, 6000),
)
def test_each_suggested_change_meets_its_condition_and_no_verdict_gets_worse(
    salary, level, start, place, wage, threshold
):
    data = example("ai-foreign-worker")
    data["job"].update(
        annual_salary=salary,
        employer_municipality=place,
        municipality_not_listed=True,
        hourly_wage=f"{wage / 100:.2f}",
        wage_threshold=f"{threshold / 100:.2f}",
    )
    data["french"] = {"oral_level": level}
    data["work_history"][1]["start"] = start.isoformat()
    answers = Answers.model_validate(data)
    before = assess(answers)
    for miss in near_misses(before):
        after = assess(apply_change(answers, miss.change))
        assert after.outcomes[miss.condition_id].status is Status.MET, miss
        if miss.condition_id in DURATION_IDS:
            # The day before the date found, the months are not yet reached.
            earlier = assess(answers, application_date=miss.met_on - timedelta(days=1))
            assert earlier.outcomes[miss.condition_id].status is not Status.MET
            continue
        for old, new in zip(before.ways, after.ways, strict=True):
            assert VERDICT_RANK[new.verdict] >= VERDICT_RANK[old.verdict], (miss, old, new)
