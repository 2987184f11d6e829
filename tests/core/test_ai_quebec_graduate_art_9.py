"""AI stream, Québec-graduate sub-stream: art. 9 1° to 5° (no salary threshold, no spouse rule)."""

from __future__ import annotations

from datetime import date

import pytest
from answers_builders import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    UNKNOWN,
    build,
    foreign_diploma,
    outcome,
    qualifying_period,
    quebec_diploma,
    status,
    verdicts,
)

from core.assess import assess
from core.contract import condition_result, to_json
from core.experience import Duration
from core.i18n import Translator


def finding_json(finding, t):
    """A condition's object in the contract's JSON (core.contract)."""
    return to_json(condition_result(finding, t))


# APP is 2025-06-01.

# --- 9 1°: at least half of the program studied in Québec --------------------------------------


@pytest.mark.parametrize(
    ("share", "expected"), [(100, MET), (50, MET), (49.9, NOT_MET), (0, NOT_MET), (None, UNKNOWN)]
)
def test_art_9_1_at_least_half_of_the_program_spent_studying_in_quebec(share, expected):
    answers = build({"diplomas": [quebec_diploma(share_in_quebec_percent=share)]})
    assert status(answers, "art9/1") == expected


def test_art_9_1_is_unknown_before_the_diplomas_are_answered():
    assert status(build({"diplomas": None}), "art9/1") == UNKNOWN


def test_art_9_1_is_not_met_without_any_quebec_graduate_diploma():
    answers = build({"diplomas": [foreign_diploma("master", "master", "2024-01-10")]})
    assert status(answers, "art9/1") == NOT_MET


# --- 9 2°: no scholarship with a condition of return, or the condition met ---------------------


@pytest.mark.parametrize(
    ("scholarship", "expected"),
    [
        ({"has_return_condition": False}, MET),
        ({"has_return_condition": True, "condition_fulfilled": True}, MET),
        ({"has_return_condition": True, "condition_fulfilled": False}, NOT_MET),
        ({"has_return_condition": True, "condition_fulfilled": None}, UNKNOWN),
        ({"has_return_condition": None}, UNKNOWN),
    ],
)
def test_art_9_2_scholarship_with_a_condition_of_return(scholarship, expected):
    assert status(build({"scholarship": scholarship}), "art9/2") == expected


# --- 9 3°: a Québec DESS, master's or doctorate obtained in the 24 months before ---------------
# The 24 months before 2025-06-01: [2023-06-01, 2025-05-31].


@pytest.mark.parametrize(
    ("obtained_on", "expected"),
    [
        ("2023-06-01", MET),  # exactly 24 months before
        ("2025-05-31", MET),
        ("2023-05-31", NOT_MET),  # 24 months and a day
        ("2021-09-01", NOT_MET),
        (None, UNKNOWN),
    ],
)
def test_art_9_3_quebec_masters_obtained_within_24_months(obtained_on, expected):
    answers = build({"diplomas": [quebec_diploma("master", obtained_on)]})
    assert status(answers, "art9/3") == expected


@pytest.mark.parametrize(("level", "expected"), [("dess", MET), ("doctorate", MET)])
def test_art_9_3_a_recent_quebec_dess_or_doctorate_counts(level, expected):
    answers = build({"diplomas": [quebec_diploma(level, "2024-06-01", program_end_on=None)]})
    assert status(answers, "art9/3") == expected


def test_art_9_3_a_quebec_bachelor_does_not_count():
    answers = build({"diplomas": [quebec_diploma("bachelor", "2024-06-01")]})
    assert status(answers, "art9/3") == NOT_MET


def test_art_9_3_a_foreign_masters_does_not_count_even_when_evaluated_as_a_quebec_masters():
    # 9 3° says "délivré par un établissement d'enseignement au Québec".
    answers = build({"diplomas": [foreign_diploma("master", "master", "2024-06-01")]})
    assert status(answers, "art9/3") == NOT_MET


def test_art_9_3_a_masters_whose_place_of_issue_is_not_answered_is_unknown():
    answers = build({"diplomas": [quebec_diploma("master", "2024-06-01", issued_in_quebec=None)]})
    assert status(answers, "art9/3") == UNKNOWN


def test_art_9_3_a_recent_diploma_is_preferred_to_an_old_one():
    answers = build(
        {"diplomas": [quebec_diploma("master", "2019-06-01"), quebec_diploma("master")]}
    )
    assert status(answers, "art9/3") == MET


# --- 9 4°: for a DESS, 6 months of Québec FEER 0-2 work in the 12 months after the program -----
# DESS program ended 2024-03-31: the 12 months after are [2024-04-01, 2025-03-31].


def dess_with(*periods, program_end_on="2024-03-31"):
    diploma = quebec_diploma("dess", "2024-05-15", program_end_on=program_end_on)
    return build({"diplomas": [diploma], "work_history": list(periods)})


def test_art_9_4_six_months_of_quebec_work_after_a_dess_meet_it():
    answers = dess_with(qualifying_period(start="2024-04-01", end="2024-09-30"))
    assert status(answers, "art9/4") == MET


def test_art_9_4_five_whole_months_and_29_days_do_not_meet_it_and_30_days_make_the_month():
    # April–August whole (5 months) and 1–29 September: 5 months and 29 days, not met; to 30
    # September, the sixth month is whole.
    answers = dess_with(qualifying_period(start="2024-04-01", end="2024-09-29"))
    assert status(answers, "art9/4") == NOT_MET
    assert outcome(answers, "art9/4").gap == Duration(0, 1)
    answers = dess_with(qualifying_period(start="2024-04-01", end="2024-09-30"))
    assert status(answers, "art9/4") == MET


def test_art_9_4_september_to_november_and_february_to_april_are_six_months_and_meet_it():
    # Issue 17: two stretches of three whole calendar months, 180 days in all (formerly "not
    # met" against 181 days). DESS ended 2024-08-20; application on 1 June 2025.
    on = date(2025, 6, 1)
    diploma = quebec_diploma("dess", "2024-10-01", program_end_on="2024-08-20")
    answers = build(
        {
            "diplomas": [diploma],
            "work_history": [
                qualifying_period(start="2024-09-01", end="2024-11-30"),
                qualifying_period(start="2025-02-01", end="2025-04-30"),
            ],
        }
    )
    assert status(answers, "art9/4", on) == MET
    assert outcome(answers, "art9/4", on).comparisons[0].actual == Duration(6, 0)


def test_art_9_4_two_stretches_of_three_calendar_months_are_six_months_and_meet_it():
    # The issue's case: a DESS ended 2025-01-20; work 1 Feb–30 Apr and 1 Jun–31 Aug 2025
    # (89 + 92 = 181 days); application on 1 October 2025. Formerly "5 months and 28 days".
    on = date(2025, 10, 1)
    diploma = quebec_diploma("dess", "2025-03-01", program_end_on="2025-01-20")
    answers = build(
        {
            "diplomas": [diploma],
            "work_history": [
                qualifying_period(start="2025-02-01", end="2025-04-30"),
                qualifying_period(start="2025-06-01", end="2025-08-31"),
            ],
        }
    )
    assert status(answers, "art9/4", on) == MET
    result = assess(answers, on)
    finding = next(
        f for f in result.way("ai-quebec-graduate", "francophone").findings if f.id == "art9/4"
    )
    assert finding_json(finding, Translator("en"))["message"] == (
        "6 months of full-time TEER 0–2 work in Québec between January 21, 2025 and "
        "September 30, 2025 (at least 6 months required)."
    )
    assert finding_json(finding, Translator("fr"))["message"] == (
        "6 mois d'emploi à temps plein au Québec de catégorie FEER 0, 1 ou 2 entre le "
        "21 janvier 2025 et le 30 septembre 2025 (au moins 6 mois exigés)."
    )
    # « Emploi admissible » is the art. 12 term of the IT/VFX way: not art. 9's.
    assert "admissible" not in finding_json(finding, Translator("fr"))["message"]


def test_art_9_4_work_before_the_end_of_the_program_does_not_count():
    answers = dess_with(qualifying_period(start="2023-01-01", end="2024-03-31"))
    assert status(answers, "art9/4") == NOT_MET


def test_art_9_4_work_after_the_12_months_does_not_count():
    answers = dess_with(qualifying_period(start="2025-04-01", end="2025-05-31"))
    assert status(answers, "art9/4") == NOT_MET


def test_art_9_4_only_the_part_inside_the_12_months_counts():
    # 2024-10-15 to 2025-05-31: only 2024-10-15 to 2025-03-31 (5 months 17 days) is inside.
    answers = dess_with(qualifying_period(start="2024-10-15", end="2025-05-31"))
    assert status(answers, "art9/4") == NOT_MET
    answers = dess_with(qualifying_period(start="2024-10-01", end="2025-05-31"))
    assert status(answers, "art9/4") == MET


def test_art_9_4_work_outside_quebec_does_not_count():
    answers = dess_with(qualifying_period(start="2024-04-01", end="2025-03-31", in_quebec=False))
    assert status(answers, "art9/4") == NOT_MET


def test_art_9_4_work_for_a_controlled_company_does_not_count():
    answers = dess_with(
        qualifying_period(start="2024-04-01", end="2025-03-31", controlled_company=True)
    )
    assert status(answers, "art9/4") == NOT_MET


def test_art_9_4_part_time_work_does_not_count():
    answers = dess_with(qualifying_period(start="2024-04-01", end="2025-03-31", full_time=False))
    assert status(answers, "art9/4") == NOT_MET


def test_art_9_4_work_whose_place_is_not_answered_is_unknown():
    answers = dess_with(qualifying_period(start="2024-04-01", end="2025-03-31", in_quebec=None))
    assert status(answers, "art9/4") == UNKNOWN


def test_art_9_4_without_the_end_date_of_the_dess_program_is_unknown():
    answers = dess_with(qualifying_period(start="2024-04-01"), program_end_on=None)
    assert status(answers, "art9/4") == UNKNOWN


def test_art_9_4_does_not_apply_to_a_masters():
    answers = build({"diplomas": [quebec_diploma("master")], "work_history": []})
    assert status(answers, "art9/4") == NOT_APPLICABLE
    assert verdicts(answers)["ai-quebec-graduate/francophone"] == "eligible"


def test_art_9_4_is_unknown_before_the_diplomas_are_answered():
    assert status(build({"diplomas": None}), "art9/4") == UNKNOWN


def test_a_dess_graduate_without_the_work_after_is_not_eligible_as_quebec_graduate():
    answers = dess_with()
    assert verdicts(answers)["ai-quebec-graduate/francisation"] == "not-eligible"


# --- 9 5°: the AI job, with no salary threshold --------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, MET),
        ({"annual_salary": 50000, "employer_municipality": "Laval"}, MET),
        ({"skills_meet_requirements": False}, NOT_MET),
        ({"controlled_company": True}, NOT_MET),
        ({"ai_sector": False}, NOT_MET),
        ({"status": "none"}, NOT_MET),
        ({"in_quebec": False}, NOT_MET),
        ({"skills_meet_requirements": None}, UNKNOWN),
        ({"status": None}, UNKNOWN),
    ],
)
def test_art_9_5_full_time_ai_job_in_quebec_matching_the_skills(change, expected):
    assert status(build({"job": change}), "art9/5") == expected


# --- par. 1°, 3° and 4° speak of one diploma ---------------------------------------------------


def test_a_recent_dess_meeting_every_paragraph_is_not_hidden_by_a_masters_failing_9_1():
    answers = build(
        {
            "diplomas": [
                quebec_diploma("master", "2024-09-01", share_in_quebec_percent=30),
                quebec_diploma(
                    "dess",
                    "2024-05-15",
                    program_end_on="2024-03-31",
                    share_in_quebec_percent=100,
                ),
            ],
            "work_history": [qualifying_period(start="2024-04-01", end="2025-03-31")],
        }
    )
    assert verdicts(answers)["ai-quebec-graduate/francisation"] == "eligible"
