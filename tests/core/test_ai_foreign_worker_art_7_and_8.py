"""AI stream, foreign-worker sub-stream: art. 7 1° to 4° a), the 2nd paragraph, 7.1 and 8."""

from __future__ import annotations

import pytest
from answers_builders import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    UNKNOWN,
    build,
    foreign_diploma,
    qualifying_period,
    quebec_diploma,
    status,
    verdicts,
)

# --- 7 1° and art. 8: the stay, and the accompanying spouse -----------------------------------


@pytest.mark.parametrize(
    ("stay", "spouse", "expected"),
    [
        ({"in_quebec": True, "purpose": "work"}, False, MET),
        ({"in_quebec": True, "purpose": "youth-exchange"}, False, MET),
        ({"in_quebec": False, "purpose": None}, False, MET),
        ({"in_quebec": True, "purpose": "study"}, False, NOT_MET),
        ({"in_quebec": True, "purpose": "visit"}, False, NOT_MET),
        ({"in_quebec": None, "purpose": None}, False, UNKNOWN),
        ({"in_quebec": True, "purpose": None}, False, UNKNOWN),
        # Studying, but the spouse question is open: art. 8 could still lift 7 1°.
        ({"in_quebec": True, "purpose": "study"}, None, UNKNOWN),
    ],
)
def test_art_7_1_reads_the_stay_in_quebec_at_the_application(stay, spouse, expected):
    answers = build({"stay": stay, "spouse_open_work_permit": spouse})
    assert status(answers, "art7/1") == expected
    assert status(answers, "art10/1") == expected  # the same words in art. 10 1°


def test_an_accompanying_spouse_permit_makes_art_7_1_and_10_1_not_applicable():
    answers = build(
        {"stay": {"in_quebec": True, "purpose": "study"}, "spouse_open_work_permit": True}
    )
    assert status(answers, "art7/1") == NOT_APPLICABLE
    assert status(answers, "art10/1") == NOT_APPLICABLE
    found = verdicts(answers)
    assert found["ai-foreign-worker/francophone"] == "eligible"
    assert found["it-vfx/francisation"] == "eligible"


def test_a_student_without_spouse_permit_is_not_eligible_as_foreign_worker_for_art_7_1():
    answers = build({"stay": {"in_quebec": True, "purpose": "study"}})
    assert verdicts(answers)["ai-foreign-worker/francisation"] == "not-eligible"


# --- 7 2°: a diploma at least equal to a Québec bachelor's ------------------------------------


@pytest.mark.parametrize(
    ("diplomas", "expected"),
    [
        ([quebec_diploma("bachelor", "2015-05-01")], MET),
        ([quebec_diploma("doctorate", "2015-05-01")], MET),
        ([foreign_diploma("bachelor", "bachelor", "2015-05-01")], MET),
        ([quebec_diploma("dec-technical", "2015-05-01")], NOT_MET),
        ([quebec_diploma("dec-general", "2015-05-01")], NOT_MET),
        ([quebec_diploma("aec", "2015-05-01")], NOT_MET),
        # A foreign master's evaluated as a technical DEC counts as a technical DEC.
        ([foreign_diploma("master", "dec-technical", "2015-05-01")], NOT_MET),
        ([], NOT_MET),
        (None, UNKNOWN),
        # A foreign diploma not yet evaluated.
        ([foreign_diploma("master", None, "2015-05-01")], UNKNOWN),
    ],
)
def test_art_7_2_needs_a_quebec_bachelor_or_its_equivalent(diplomas, expected):
    assert status(build({"diplomas": diplomas}), "art7/2") == expected


def test_a_bachelor_obtained_after_the_application_date_is_not_held_yet():
    answers = build({"diplomas": [quebec_diploma("bachelor", "2025-06-02")]})
    assert status(answers, "art7/2") == NOT_MET


# --- 7 3°: 24 months of FEER 0-2 work in the last 60 months -----------------------------------


def bachelor():
    return [quebec_diploma("bachelor", "2015-05-01")]


def history(*periods, diplomas=None):
    """These work periods, with a Québec bachelor's (no waiver) unless diplomas are given."""
    return build({"work_history": list(periods), "diplomas": diplomas or bachelor()})


def test_30_months_of_teer_1_work_meet_art_7_3():
    answers = history(qualifying_period(start="2022-12-01"), diplomas=bachelor())
    assert status(answers, "art7/3") == MET


def test_12_months_of_work_do_not_meet_art_7_3():
    answers = history(qualifying_period(start="2024-06-01"), diplomas=bachelor())
    assert status(answers, "art7/3") == NOT_MET


def test_no_work_history_answer_leaves_art_7_3_unknown():
    answers = build({"work_history": None, "diplomas": bachelor()})
    assert status(answers, "art7/3") == UNKNOWN


def test_no_work_at_all_does_not_meet_art_7_3():
    assert status(build({"work_history": [], "diplomas": bachelor()}), "art7/3") == NOT_MET


def test_a_short_history_is_unknown_while_the_diplomas_could_still_waive_art_7_3():
    answers = build({"work_history": [], "diplomas": None})
    assert status(answers, "art7/3") == UNKNOWN


def test_a_teer_0_to_2_code_outside_the_art_12_list_counts_for_art_7_3():
    # 21300 civil engineers: TEER 1 (2nd digit), not an art. 12 occupation.
    answers = history(qualifying_period(noc_code="21300"), diplomas=bachelor())
    assert status(answers, "art7/3") == MET
    assert status(answers, "art10/3") == NOT_MET


def test_teer_read_from_the_second_digit_so_64100_teer_4_does_not_count_for_art_7_3():
    answers = history(qualifying_period(noc_code="64100"), diplomas=bachelor())
    assert status(answers, "art7/3") == NOT_MET


@pytest.mark.parametrize(("code", "expected"), [("00012", MET), ("10010", MET), ("22220", MET)])
def test_teer_0_1_and_2_codes_count_for_art_7_3(code, expected):
    answers = history(qualifying_period(noc_code=code), diplomas=bachelor())
    assert status(answers, "art7/3") == expected


def test_teer_3_work_does_not_count_for_art_7_3():
    answers = history(qualifying_period(noc_code="63100"), diplomas=bachelor())
    assert status(answers, "art7/3") == NOT_MET


def test_work_in_an_ineligible_sector_does_not_count_for_art_7_3():
    answers = history(qualifying_period(ineligible_sector=True), diplomas=bachelor())
    assert status(answers, "art7/3") == NOT_MET


def test_part_time_work_does_not_count_for_art_7_3():
    answers = history(qualifying_period(full_time=False), diplomas=bachelor())
    assert status(answers, "art7/3") == NOT_MET


# Art. 7.1: only a job held *in Québec* for a company the person controls is excluded.


def test_art_7_1_a_controlled_company_in_quebec_does_not_count_for_art_7_3():
    answers = history(
        qualifying_period(in_quebec=True, controlled_company=True), diplomas=bachelor()
    )
    assert status(answers, "art7/3") == NOT_MET


def test_art_7_1_a_controlled_company_outside_quebec_counts_for_art_7_3():
    answers = history(
        qualifying_period(in_quebec=False, controlled_company=True), diplomas=bachelor()
    )
    assert status(answers, "art7/3") == MET


def test_art_7_1_a_controlled_company_somewhere_not_said_leaves_art_7_3_unknown():
    answers = history(
        qualifying_period(in_quebec=None, controlled_company=True), diplomas=bachelor()
    )
    assert status(answers, "art7/3") == UNKNOWN


# --- 7, 2nd paragraph: the waiver for a recent master's or doctorate ----------------------------
# APP is 2025-06-01: the 12 months before it are [2024-06-01, 2025-05-31].

NO_WORK: list = []


@pytest.mark.parametrize(
    ("obtained_on", "expected"),
    [
        ("2024-07-01", NOT_APPLICABLE),  # 11 months before: waived
        ("2024-06-01", NOT_APPLICABLE),  # exactly 12 months before: first day of the window
        ("2025-05-31", NOT_APPLICABLE),  # the day before the application: last day
        ("2024-05-31", NOT_MET),  # 12 months and a day: outside, and no work
        ("2024-05-01", NOT_MET),  # 13 months before
        ("2025-06-01", NOT_MET),  # on the application date itself: not "précédant"
    ],
)
def test_a_quebec_masters_waives_art_7_3_only_within_the_12_months_before(obtained_on, expected):
    answers = history(*NO_WORK, diplomas=[quebec_diploma("master", obtained_on)])
    assert status(answers, "art7/3") == expected


def test_a_doctorate_obtained_11_months_before_waives_art_7_3():
    answers = history(diplomas=[quebec_diploma("doctorate", "2024-07-01")])
    assert status(answers, "art7/3") == NOT_APPLICABLE


def test_a_foreign_masters_evaluated_as_a_quebec_masters_waives_art_7_3():
    answers = history(diplomas=[foreign_diploma("master", "master", "2024-07-01")])
    assert status(answers, "art7/3") == NOT_APPLICABLE


def test_a_foreign_masters_evaluated_as_a_bachelor_does_not_waive_art_7_3():
    answers = history(diplomas=[foreign_diploma("master", "bachelor", "2024-07-01")])
    assert status(answers, "art7/3") == NOT_MET


def test_a_recent_dess_or_bachelor_does_not_waive_art_7_3():
    for level in ("dess", "bachelor"):
        answers = history(diplomas=[quebec_diploma(level, "2024-07-01")])
        assert status(answers, "art7/3") == NOT_MET


def test_a_masters_without_its_date_leaves_art_7_3_unknown_when_work_falls_short():
    answers = history(diplomas=[quebec_diploma("master", None)])
    assert status(answers, "art7/3") == UNKNOWN


def test_the_waiver_makes_a_new_graduate_with_no_work_eligible_as_foreign_worker():
    answers = history(diplomas=[quebec_diploma("master", "2024-07-01")])
    assert verdicts(answers)["ai-foreign-worker/francophone"] == "eligible"


# --- 7 4° and 4° a): the AI job held or accepted ----------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, MET),
        ({"status": "accepted"}, MET),
        ({"status": "none"}, NOT_MET),
        ({"full_time": False}, NOT_MET),
        ({"in_quebec": False}, NOT_MET),
        ({"ai_sector": False}, NOT_MET),
        ({"ineligible_sector": True}, NOT_MET),
        ({"controlled_company": True}, NOT_MET),
        ({"status": None}, UNKNOWN),
        ({"full_time": None}, UNKNOWN),
        ({"ai_sector": None}, UNKNOWN),
        ({"controlled_company": None}, UNKNOWN),
        # One known failure decides even with other answers missing.
        ({"ai_sector": False, "full_time": None}, NOT_MET),
    ],
)
def test_art_7_4_full_time_ai_job_in_quebec_not_for_a_controlled_company(change, expected):
    assert status(build({"job": change}), "art7/4") == expected


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"skills_meet_requirements": True}, MET),
        ({"skills_meet_requirements": False}, NOT_MET),
        ({"skills_meet_requirements": None}, UNKNOWN),
        ({"status": "none", "skills_meet_requirements": None}, NOT_MET),
    ],
)
def test_art_7_4_a_skills_meet_the_jobs_requirements(change, expected):
    assert status(build({"job": change}), "art7/4/a") == expected
