"""Every condition id reaches met, not met and unknown — and a missing answer is never "not met".

One canonical scenario per condition and status, each a change to the complete file of
answers_builders (eligible everywhere at 2025-06-01). The last tests check the table covers every
id of `core.assess.CONDITION_IDS` with all three statuses, so a new condition without scenarios
fails here.
"""

from __future__ import annotations

from datetime import date

import pytest
from answers_builders import (
    APP,
    MET,
    NOT_MET,
    UNKNOWN,
    build,
    complete,
    foreign_diploma,
    merge,
    qualifying_period,
    quebec_diploma,
    status,
)

from core.answers import Answers
from core.assess import CONDITION_IDS, assess

BACHELOR = [quebec_diploma("bachelor", "2015-05-01")]
DESS = [quebec_diploma("dess", "2024-05-15", program_end_on="2024-03-31")]

# (condition id, expected status, change to the complete file, application date)
SCENARIOS = [
    ("art1", MET, {}, APP),
    ("art1", NOT_MET, {}, date(2021, 4, 21)),
    ("art1", UNKNOWN, None, None),  # a date is always known: see test_art1_and_art14_...
    ("art14", MET, {}, date(2025, 12, 31)),
    ("art14", NOT_MET, {}, date(2026, 1, 1)),
    ("art14", UNKNOWN, None, None),
    ("art6/2", MET, {"french": {"oral_level": 7}}, APP),
    ("art6/2", NOT_MET, {"french": {"oral_level": 6}}, APP),
    ("art6/2", UNKNOWN, {"french": {"oral_level": None}}, APP),
    ("art6/3", MET, {"family": {"undertaking_signed": True, "funds_meet_scale": True}}, APP),
    ("art6/3", NOT_MET, {"family": {"undertaking_signed": False}}, APP),
    ("art6/3", UNKNOWN, {"family": {"undertaking_signed": None}}, APP),
    ("art7/1", MET, {"stay": {"in_quebec": False, "purpose": None}}, APP),
    ("art7/1", NOT_MET, {"stay": {"in_quebec": True, "purpose": "study"}}, APP),
    ("art7/1", UNKNOWN, {"stay": {"in_quebec": None, "purpose": None}}, APP),
    ("art7/2", MET, {"diplomas": BACHELOR}, APP),
    ("art7/2", NOT_MET, {"diplomas": [quebec_diploma("dec-technical", "2015-05-01")]}, APP),
    ("art7/2", UNKNOWN, {"diplomas": None}, APP),
    ("art7/3", MET, {"diplomas": BACHELOR}, APP),
    ("art7/3", NOT_MET, {"diplomas": BACHELOR, "work_history": []}, APP),
    ("art7/3", UNKNOWN, {"diplomas": BACHELOR, "work_history": None}, APP),
    ("art7/4", MET, {"job": {"status": "accepted"}}, APP),
    ("art7/4", NOT_MET, {"job": {"ai_sector": False}}, APP),
    ("art7/4", UNKNOWN, {"job": {"ai_sector": None}}, APP),
    ("art7/4/a", MET, {"job": {"skills_meet_requirements": True}}, APP),
    ("art7/4/a", NOT_MET, {"job": {"skills_meet_requirements": False}}, APP),
    ("art7/4/a", UNKNOWN, {"job": {"skills_meet_requirements": None}}, APP),
    ("art7/4/b", MET, {"job": {"annual_salary": 100000, "employer_municipality": "Laval"}}, APP),
    ("art7/4/b", NOT_MET, {"job": {"annual_salary": 99999, "employer_municipality": "Laval"}}, APP),
    ("art7/4/b", UNKNOWN, {"job": {"annual_salary": 90000, "employer_municipality": None}}, APP),
    ("art9/1", MET, {"diplomas": [quebec_diploma(share_in_quebec_percent=50)]}, APP),
    ("art9/1", NOT_MET, {"diplomas": [quebec_diploma(share_in_quebec_percent=40)]}, APP),
    ("art9/1", UNKNOWN, {"diplomas": [quebec_diploma(share_in_quebec_percent=None)]}, APP),
    ("art9/2", MET, {"scholarship": {"has_return_condition": False}}, APP),
    (
        "art9/2",
        NOT_MET,
        {"scholarship": {"has_return_condition": True, "condition_fulfilled": False}},
        APP,
    ),
    ("art9/2", UNKNOWN, {"scholarship": {"has_return_condition": None}}, APP),
    ("art9/3", MET, {"diplomas": [quebec_diploma("master", "2023-06-01")]}, APP),
    ("art9/3", NOT_MET, {"diplomas": [quebec_diploma("master", "2023-05-31")]}, APP),
    ("art9/3", UNKNOWN, {"diplomas": [quebec_diploma("master", None)]}, APP),
    (
        "art9/4",
        MET,
        {
            "diplomas": DESS,
            "work_history": [qualifying_period(start="2024-04-01", end="2024-09-30")],
        },
        APP,
    ),
    (
        "art9/4",
        NOT_MET,
        {
            "diplomas": DESS,
            # April–August whole and 27 days of September: 5 months and 27 days.
            "work_history": [qualifying_period(start="2024-04-01", end="2024-09-27")],
        },
        APP,
    ),
    ("art9/4", UNKNOWN, {"diplomas": DESS, "work_history": None}, APP),
    ("art9/5", MET, {"job": {"annual_salary": 40000}}, APP),
    ("art9/5", NOT_MET, {"job": {"skills_meet_requirements": False}}, APP),
    ("art9/5", UNKNOWN, {"job": {"status": None}}, APP),
    ("art10/1", MET, {"stay": {"in_quebec": True, "purpose": "youth-exchange"}}, APP),
    ("art10/1", NOT_MET, {"stay": {"in_quebec": True, "purpose": "visit"}}, APP),
    ("art10/1", UNKNOWN, {"stay": {"in_quebec": True, "purpose": None}}, APP),
    (
        "art10/2",
        MET,
        {"diplomas": [foreign_diploma("bachelor", "dec-technical", "2015-05-01")]},
        APP,
    ),
    ("art10/2", NOT_MET, {"diplomas": [quebec_diploma("dec-general", "2015-05-01")]}, APP),
    ("art10/2", UNKNOWN, {"diplomas": [foreign_diploma("bachelor", None, "2015-05-01")]}, APP),
    ("art10/3", MET, {"work_history": [qualifying_period(start="2023-06-01")]}, APP),
    # 3–30 June 2023 and 23 whole months: 23 months and 28 days.
    ("art10/3", NOT_MET, {"work_history": [qualifying_period(start="2023-06-03")]}, APP),
    ("art10/3", UNKNOWN, {"work_history": [qualifying_period(full_time=None)]}, APP),
    ("art10/4", MET, {"job": {"hourly_wage": "50.01", "wage_threshold": "50.00"}}, APP),
    ("art10/4", NOT_MET, {"job": {"hourly_wage": "50.00", "wage_threshold": "50.00"}}, APP),
    ("art10/4", UNKNOWN, {"job": {"wage_threshold": None}}, APP),
]
RUNNABLE = [s for s in SCENARIOS if s[2] is not None]


@pytest.mark.parametrize(
    ("cid", "expected", "change", "on"),
    RUNNABLE,
    ids=[f"{cid}-{expected}" for cid, expected, *_ in RUNNABLE],
)
def test_the_canonical_scenario_gives_the_expected_status(cid, expected, change, on):
    assert status(build(change), cid, on) == expected


def test_every_condition_has_a_met_a_not_met_and_an_unknown_scenario():
    covered = {(cid, expected) for cid, expected, *_ in SCENARIOS}
    for cid in CONDITION_IDS:
        for expected in (MET, NOT_MET, UNKNOWN):
            assert (cid, expected) in covered, (cid, expected)


def test_every_condition_really_reaches_met_and_not_met():
    reached: dict[str, set[str]] = {cid: set() for cid in CONDITION_IDS}
    for cid, _, change, on in RUNNABLE:
        reached[cid].add(status(build(change), cid, on))
    for cid in CONDITION_IDS:
        assert {MET, NOT_MET} <= reached[cid], cid
        if cid not in ("art1", "art14"):
            assert UNKNOWN in reached[cid], cid


def test_art1_and_art14_need_no_answer_the_date_is_always_known():
    # With no date in the file and none given, today is the application date.
    result = assess(Answers(), today=date(2025, 6, 1))
    assert result.application_date == date(2025, 6, 1)
    assert result.outcomes["art1"].status.value == MET


# --- a missing answer is never a "no" -------------------------------------------------------------


def leaf_paths(data: dict, prefix: tuple = ()) -> list[tuple]:
    paths = []
    for key, value in data.items():
        if key in ("schema_version", "application_date"):
            continue
        if isinstance(value, dict):
            paths += leaf_paths(value, (*prefix, key))
        else:
            paths.append((*prefix, key))
    return paths


def erase(path: tuple) -> dict:
    patch: dict = None  # type: ignore[assignment]
    for key in reversed(path):
        patch = {key: patch}
    return patch


@pytest.mark.parametrize("path", leaf_paths(complete()), ids=".".join)
def test_erasing_any_answer_never_turns_a_met_condition_into_not_met(path):
    before = assess(build(), APP).outcomes
    after = assess(build(erase(path)), APP).outcomes
    for cid in CONDITION_IDS:
        assert after[cid].status.value != NOT_MET, (cid, after[cid].reason)
        if before[cid].status.value == MET:
            assert after[cid].status.value in (MET, UNKNOWN), cid


@pytest.mark.parametrize("cid", [c for c in CONDITION_IDS if c not in ("art1", "art14")])
def test_a_condition_whose_inputs_are_all_unanswered_is_unknown(cid):
    from core.rules.base import REGISTRY

    data = complete()
    for path in REGISTRY[cid].inputs:
        data = merge(data, erase(tuple(path.split("."))))
    assert status(Answers.model_validate(data), cid) == UNKNOWN
