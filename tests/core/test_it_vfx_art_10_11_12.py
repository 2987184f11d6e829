"""IT/VFX stream: art. 10 1° to 4°, 10.1, 11 (spouse) and the art. 12 list of eligible jobs."""

from __future__ import annotations

from decimal import Decimal

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

from core.rules.facts import Facts

# --- 10 1° and art. 11 -------------------------------------------------------------------------


def test_art_10_1_a_visitor_does_not_meet_it_and_a_spouse_permit_lifts_it():
    visitor = {"stay": {"in_quebec": True, "purpose": "visit"}}
    assert status(build(visitor, {"spouse_open_work_permit": False}), "art10/1") == NOT_MET
    assert status(build(visitor, {"spouse_open_work_permit": True}), "art10/1") == NOT_APPLICABLE
    assert status(build({"stay": {"in_quebec": None, "purpose": None}}), "art10/1") == UNKNOWN


# --- 10 2°: at least a technical DEC or a bachelor's --------------------------------------------


@pytest.mark.parametrize(
    ("diplomas", "art10_2", "art7_2"),
    [
        ([quebec_diploma("dec-technical", "2015-05-01")], MET, NOT_MET),
        ([quebec_diploma("dec-general", "2015-05-01")], NOT_MET, NOT_MET),
        ([quebec_diploma("aec", "2015-05-01")], NOT_MET, NOT_MET),
        ([quebec_diploma("dep", "2015-05-01")], NOT_MET, NOT_MET),
        ([quebec_diploma("bachelor", "2015-05-01")], MET, MET),
        ([foreign_diploma("bachelor", "dec-technical", "2015-05-01")], MET, NOT_MET),
        ([], NOT_MET, NOT_MET),
        (None, UNKNOWN, UNKNOWN),
    ],
)
def test_a_technical_dec_reaches_art_10_2_but_not_art_7_2_and_a_general_dec_reaches_neither(
    diplomas, art10_2, art7_2
):
    answers = build({"diplomas": diplomas})
    assert status(answers, "art10/2") == art10_2
    assert status(answers, "art7/2") == art7_2


# --- 10 3° with 10.1 and art. 12: 24 months of an eligible job in the last 60 -----------------


def work(*periods):
    return build({"work_history": list(periods)})


def test_art_10_3_30_months_as_a_data_scientist_meet_it():
    assert status(work(qualifying_period(start="2022-12-01")), "art10/3") == MET


def test_art_10_3_12_months_do_not_meet_it():
    assert status(work(qualifying_period(start="2024-06-01")), "art10/3") == NOT_MET


def test_art_10_3_no_work_history_answer_is_unknown():
    assert status(build({"work_history": None}), "art10/3") == UNKNOWN


def test_art_10_3_has_no_masters_waiver():
    answers = build({"work_history": [], "diplomas": [quebec_diploma("master", "2024-07-01")]})
    assert status(answers, "art7/3") == NOT_APPLICABLE
    assert status(answers, "art10/3") == NOT_MET


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"noc_code": "52120", "vfx_sector": True}, MET),
        ({"noc_code": "52120", "vfx_sector": False}, NOT_MET),
        ({"noc_code": "52120", "vfx_sector": None}, UNKNOWN),
        ({"noc_code": "51120", "vfx_sector": True}, MET),
        ({"noc_code": "51120", "vfx_sector": False}, NOT_MET),
        ({"noc_code": "52113", "vfx_sector": False}, NOT_MET),
        ({"noc_code": "52111", "vfx_sector": True}, MET),
        ({"noc_code": "41200", "related_to_it_vfx": True}, MET),
        ({"noc_code": "41200", "related_to_it_vfx": False}, NOT_MET),
        ({"noc_code": "41200", "related_to_it_vfx": None}, UNKNOWN),
        # 41200's condition is "related to IT or VFX", not the VFX sector flag.
        ({"noc_code": "41200", "vfx_sector": True, "related_to_it_vfx": False}, NOT_MET),
        ({"noc_code": "21300"}, NOT_MET),  # civil engineers: TEER 1 but not in art. 12
        ({"noc_code": "22310"}, MET),
        ({"noc_code": None}, UNKNOWN),
    ],
)
def test_art_12_decides_which_jobs_count_for_art_10_3(fields, expected):
    assert status(work(qualifying_period(**fields)), "art10/3") == expected


def test_art_10_1_a_controlled_company_in_quebec_does_not_count_for_art_10_3():
    answers = work(qualifying_period(in_quebec=True, controlled_company=True))
    assert status(answers, "art10/3") == NOT_MET


def test_art_10_1_a_controlled_company_outside_quebec_counts_for_art_10_3():
    answers = work(qualifying_period(in_quebec=False, controlled_company=True))
    assert status(answers, "art10/3") == MET


def test_art_10_3_an_ineligible_sector_does_not_count():
    assert status(work(qualifying_period(ineligible_sector=True)), "art10/3") == NOT_MET


# Every code of art. 12, as its text lists them, and its condition.
ART_12 = {
    "21223": None,
    "21233": None,
    "52120": "vfx",
    "21232": None,
    "21230": None,
    "21234": None,
    "20012": None,
    "21231": None,
    "21310": None,
    "51120": "vfx",
    "41200": "it_or_vfx",
    "21211": None,
    "21220": None,
    "21222": None,
    "21221": None,
    "52113": "vfx",
    "52111": "vfx",
    "22220": None,
    "22310": None,
}


@pytest.mark.parametrize(("code", "condition"), sorted(ART_12.items()))
def test_each_art_12_occupation_counts_only_with_its_sector_condition(code, condition):
    assert Facts.art12_eligible(code, vfx_sector=True, related_to_it_vfx=True) is True
    if condition is None:
        assert Facts.art12_eligible(code, vfx_sector=False, related_to_it_vfx=False) is True
    elif condition == "vfx":
        assert Facts.art12_eligible(code, vfx_sector=False, related_to_it_vfx=True) is False
    else:
        assert Facts.art12_eligible(code, vfx_sector=True, related_to_it_vfx=False) is False


@pytest.mark.parametrize("code", ["21300", "21100", "64100", "00012", "21210"])
def test_a_code_outside_the_art_12_list_is_never_an_eligible_job(code):
    assert Facts.art12_eligible(code, vfx_sector=True, related_to_it_vfx=True) is False


# --- 10 4°: the job, paid strictly more than the 9th decile ---------------------------------------


def wage(**job):
    """The complete job, with only the pay figures given here (threshold 50 $ unless given)."""
    blank = {"hourly_wage": None, "annual_salary": None, "weekly_hours": None}
    return build({"job": {**blank, **job}})


def test_art_10_4_an_hourly_wage_equal_to_the_threshold_does_not_meet_it():
    found = outcome(wage(hourly_wage="45.00", wage_threshold="45.00"), "art10/4")
    assert found.status.value == NOT_MET
    assert found.gap.amount == Decimal("0.01")


def test_art_10_4_one_cent_above_the_threshold_meets_it():
    assert status(wage(hourly_wage="45.01", wage_threshold="45.00"), "art10/4") == MET


def test_art_10_4_a_wage_below_the_threshold_does_not_meet_it():
    assert status(wage(hourly_wage="30", wage_threshold="45.00"), "art10/4") == NOT_MET


def test_art_10_4_hourly_wage_derived_from_annual_salary_and_weekly_hours():
    # 78 000 / (37.5 × 52) = 40.00 exactly.
    assert status(
        wage(annual_salary=78000, weekly_hours=37.5, wage_threshold="39.99"), "art10/4"
    ) == (MET)
    assert status(
        wage(annual_salary=78000, weekly_hours=37.5, wage_threshold="40.00"), "art10/4"
    ) == (NOT_MET)


def test_art_10_4_the_hourly_wage_given_wins_over_the_derived_one():
    answers = wage(hourly_wage="50", annual_salary=78000, weekly_hours=37.5, wage_threshold="45")
    assert status(answers, "art10/4") == MET


@pytest.mark.parametrize(
    "job",
    [
        {"annual_salary": 78000, "wage_threshold": "30"},  # weekly hours missing
        {"hourly_wage": "50", "wage_threshold": None},  # threshold missing (no published table)
        {"wage_threshold": "30"},  # no wage at all
    ],
)
def test_art_10_4_without_a_wage_or_a_threshold_is_unknown(job):
    assert status(wage(**job), "art10/4") == UNKNOWN


@pytest.mark.parametrize(
    ("job", "expected"),
    [
        ({"noc_code": "21300"}, NOT_MET),  # not an art. 12 occupation
        ({"noc_code": "52120", "vfx_sector": True}, MET),
        ({"noc_code": "52120", "vfx_sector": False}, NOT_MET),
        ({"noc_code": "52120", "vfx_sector": None}, UNKNOWN),
        ({"noc_code": "41200", "related_to_it_vfx": True}, MET),
        ({"noc_code": "41200", "related_to_it_vfx": False}, NOT_MET),
        ({"controlled_company": True}, NOT_MET),
        ({"in_quebec": False}, NOT_MET),
        ({"full_time": False}, NOT_MET),
        ({"ineligible_sector": True}, NOT_MET),
        ({"status": "none"}, NOT_MET),
        ({"status": None}, UNKNOWN),
    ],
)
def test_art_10_4_the_job_itself_must_be_an_eligible_full_time_job_in_quebec(job, expected):
    answers = wage(hourly_wage="60", wage_threshold="45", **job)
    assert status(answers, "art10/4") == expected


def test_art_10_4_a_wage_below_the_threshold_fails_even_if_the_job_is_not_fully_described():
    answers = wage(hourly_wage="30", wage_threshold="45", full_time=None)
    assert status(answers, "art10/4") == NOT_MET


def test_a_spouse_permit_holder_still_needs_art_10_2_to_4():
    answers = build({"spouse_open_work_permit": True, "work_history": []})
    assert status(answers, "art10/1") == NOT_APPLICABLE
    assert verdicts(answers)["it-vfx/francisation"] == "not-eligible"


def test_art_10_4_a_derived_wage_a_fraction_of_a_cent_above_the_threshold_is_above_it():
    answers = wage(annual_salary=78001, weekly_hours=37.5, wage_threshold="40.00")
    assert status(answers, "art10/4") == MET
