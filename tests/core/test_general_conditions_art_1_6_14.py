"""General conditions: the program's dates (art. 1 and 14) and art. 6 2° and 3°."""

from __future__ import annotations

from datetime import date

import pytest
from answers_builders import (
    APP,
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    UNKNOWN,
    build,
    finding_status,
    french,
    outcome,
    status,
    verdicts,
)

from core.answers import Answers
from core.assess import assess
from core.explain import assessment_text
from core.interview import to_ask

# --- art. 1 and 14: the program's dates ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2021, 4, 21), NOT_MET), (date(2021, 4, 22), MET), (date(2025, 12, 31), MET)],
)
def test_art_1_the_program_exists_only_from_22_april_2021(day, expected):
    assert status(build(), "art1", day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2021, 4, 21), MET), (date(2025, 12, 31), MET), (date(2026, 1, 1), NOT_MET)],
)
def test_art_14_the_program_is_repealed_on_1_january_2026(day, expected):
    assert status(build(), "art14", day) == expected


def test_art_1_and_14_are_decided_even_with_nothing_answered():
    empty = Answers()
    assert status(empty, "art1", date(2025, 6, 1)) == MET
    assert status(empty, "art14", date(2026, 2, 1)) == NOT_MET


# --- art. 6 2°: oral French, Francophone profile only ---------------------------------------------


def test_oral_level_7_meets_art_6_2():
    assert status(french(oral_level=7), "art6/2") == MET


def test_oral_level_6_does_not_meet_art_6_2_and_the_gap_is_one_level():
    found = outcome(french(oral_level=6), "art6/2")
    assert found.status.value == NOT_MET
    assert found.gap == 1


def test_no_french_answer_leaves_art_6_2_unknown_not_failed():
    assert status(french(), "art6/2") == UNKNOWN


def test_art_6_2_does_not_apply_to_the_francisation_profile():
    answers = french(oral_level=3)
    for stream in ("ai-foreign-worker", "ai-quebec-graduate", "it-vfx"):
        assert finding_status(answers, "art6/2", stream, "francisation") == NOT_APPLICABLE
        assert finding_status(answers, "art6/2", stream, "francophone") == NOT_MET


def test_weak_oral_french_makes_only_the_francophone_ways_not_eligible():
    from answers_builders import verdicts

    found = verdicts(french(oral_level=5))
    for stream in ("ai-foreign-worker", "ai-quebec-graduate", "it-vfx"):
        assert found[f"{stream}/francophone"] == "not-eligible"
        assert found[f"{stream}/francisation"] == "eligible"


# TEF Canada stand-in tables (core/data/french_tests.json, NCLC 7 lower bounds) by test date.
TEF_TABLES = [
    # (test date, listening minimum, speaking minimum)
    ("2019-06-15", 249, 310),  # tests up to 2019-09-30
    ("2019-09-30", 249, 310),
    ("2019-10-01", 450, 450),  # 2019-10-01 to 2023-12-09
    ("2023-12-09", 450, 450),
    ("2023-12-10", 434, 456),  # from 2023-12-10
    ("2025-01-18", 434, 456),
]


def _on_for(test_date: str) -> date:
    """An application date within 2 years of the test (results must be recent)."""
    day = date.fromisoformat(test_date)
    return date(day.year + 1, day.month, 1)


@pytest.mark.parametrize(("test_date", "listening", "speaking"), TEF_TABLES)
def test_tef_canada_scores_at_the_nclc_7_minimums_meet_art_6_2(test_date, listening, speaking):
    answers = french(test="tef-canada", test_date=test_date, listening=listening, speaking=speaking)
    assert status(answers, "art6/2", _on_for(test_date)) == MET


@pytest.mark.parametrize(("test_date", "listening", "speaking"), TEF_TABLES)
def test_tef_canada_one_point_below_either_minimum_does_not_meet_art_6_2(
    test_date, listening, speaking
):
    on = _on_for(test_date)
    low_listening = french(
        test="tef-canada", test_date=test_date, listening=listening - 1, speaking=speaking
    )
    low_speaking = french(
        test="tef-canada", test_date=test_date, listening=listening, speaking=speaking - 1
    )
    assert status(low_listening, "art6/2", on) == NOT_MET
    assert status(low_speaking, "art6/2", on) == NOT_MET


def test_the_same_tef_scores_fail_on_9_december_2023_and_pass_from_10_december_2023():
    # 440 listening / 460 speaking: below the 450/450 table, above the 434/456 one.
    before = french(test="tef-canada", test_date="2023-12-09", listening=440, speaking=460)
    after = french(test="tef-canada", test_date="2023-12-10", listening=440, speaking=460)
    assert status(before, "art6/2", date(2024, 6, 1)) == NOT_MET
    assert status(after, "art6/2", date(2024, 6, 1)) == MET


def test_tef_without_its_date_leaves_art_6_2_unknown():
    answers = french(test="tef-canada", listening=470, speaking=500)
    assert status(answers, "art6/2") == UNKNOWN


def test_tef_with_one_score_missing_leaves_art_6_2_unknown():
    answers = french(test="tef-canada", test_date="2025-01-18", listening=470)
    assert status(answers, "art6/2") == UNKNOWN


@pytest.mark.parametrize(
    ("listening", "speaking", "expected"),
    [(458, 10, MET), (457, 10, NOT_MET), (458, 9, NOT_MET), (600, 20, MET)],
)
def test_tcf_canada_needs_458_listening_and_10_of_20_speaking(listening, speaking, expected):
    answers = french(
        test="tcf-canada", test_date="2025-03-01", listening=listening, speaking=speaking
    )
    assert status(answers, "art6/2") == expected


def test_a_delf_b2_without_its_oral_scores_leaves_art_6_2_unknown_and_asks_them():
    answers = french(proof="test", test="delf-b2", test_date="2024-09-01")
    assert status(answers, "art6/2") == UNKNOWN
    found = outcome(answers, "art6/2")
    assert {"french.listening", "french.speaking"} <= set(found.missing)
    asked = [q.path for q in to_ask(assess(answers, APP), "french")]
    assert "french.listening" in asked and "french.speaking" in asked


@pytest.mark.parametrize(
    ("test", "listening", "speaking", "expected"),
    [
        # DELF B2: each oral exam at least 16/25 (a secondary copy of the ministry's page).
        ("delf-b2", 16, 16, MET),
        ("delf-b2", 15, 25, NOT_MET),
        ("delf-b2", 25, 15, NOT_MET),
        # DALF C1: at least 8/25 each.
        ("dalf-c1", 8, 8, MET),
        ("dalf-c1", 7, 20, NOT_MET),
        # DALF C2: one oral exam out of 50, given as the speaking score: at least 16/50.
        ("dalf-c2", None, 16, MET),
        ("dalf-c2", None, 15, NOT_MET),
        ("dalf-c2", None, None, UNKNOWN),
        # A score above the exam's scale is not read as a pass: it is asked again.
        ("delf-b2", 16, 30, UNKNOWN),
    ],
)
def test_delf_and_dalf_oral_exam_scores_are_compared_to_their_minimums(
    test, listening, speaking, expected
):
    answers = french(test=test, test_date="2024-09-01", listening=listening, speaking=speaking)
    assert status(answers, "art6/2") == expected


def test_a_delf_b2_is_read_against_its_own_source_flagged_to_verify():
    found = outcome(
        french(test="delf-b2", test_date="2024-09-01", listening=20, speaking=20), "art6/2"
    )
    assert found.status.value == MET
    assert [(s.confidence, s.verify) for s in found.sources] == [("medium", True)]
    assert "secondary copy" in found.sources[0].source


def test_a_delf_below_b2_does_not_meet_art_6_2():
    assert status(french(test="delf-below-b2", test_date="2024-09-01"), "art6/2") == NOT_MET


def test_a_test_dated_after_the_application_is_not_proof_yet():
    answers = french(test="tef-canada", test_date="2025-07-01", listening=500, speaking=500)
    assert status(answers, "art6/2") == UNKNOWN


def test_three_years_of_studies_in_french_meet_art_6_2():
    assert status(french(three_years_studies_in_french=True), "art6/2") == MET


def test_a_low_test_does_not_cancel_a_stated_level_7():
    answers = french(
        oral_level=7, test="tef-canada", test_date="2025-01-18", listening=100, speaking=100
    )
    assert status(answers, "art6/2") == MET


# --- art. 6 3°: the undertaking of self-sufficiency (Annexe C RIQ) --------------------------------


def family(**fields):
    blank = {
        "adults": 1,
        "children_under_18": 0,
        "dependent_children_18_plus": 0,
        "dependent_canadian_children": 0,
        "undertaking_signed": None,
        "funds": None,
        "official_amount": None,
        "funds_meet_scale": None,
    }
    return build({"family": {**blank, **fields}})


def test_undertaking_refused_does_not_meet_art_6_3():
    assert status(family(undertaking_signed=False, funds_meet_scale=True), "art6/3") == NOT_MET


def test_undertaking_with_funds_confirmed_at_the_scale_meets_art_6_3():
    assert status(family(undertaking_signed=True, funds_meet_scale=True), "art6/3") == MET


def test_undertaking_with_funds_confirmed_below_the_scale_does_not_meet_art_6_3():
    assert status(family(undertaking_signed=True, funds_meet_scale=False), "art6/3") == NOT_MET


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"undertaking_signed": True},
        {"funds_meet_scale": True},
        # 2025's Annexe C amount for one adult and a child is not known: funds cannot decide.
        {"undertaking_signed": True, "funds": 3000, "children_under_18": 1},
    ],
)
def test_art_6_3_is_unknown_until_the_undertaking_and_the_funds_are_both_answered(fields):
    assert status(family(**fields), "art6/3") == UNKNOWN


def test_funds_compared_with_the_official_amount_the_person_read():
    # One adult and one child under 18: no 2025 figure here, so the amount read is used.
    one_child = {"undertaking_signed": True, "children_under_18": 1, "official_amount": 4000}
    assert status(family(funds=4000, **one_child), "art6/3") == MET
    assert status(family(funds=3999.99, **one_child), "art6/3") == NOT_MET


# Annexe C, 2016 (known in full): one adult without children 3 046 $, two adults with
# one child under 18: 5 004 $.
ON_2016 = date(2016, 6, 1)


@pytest.mark.parametrize(
    ("adults", "children", "amount"),
    [(1, 0, 3046), (2, 1, 5004), (1, 3, 5147)],
)
def test_2016_funds_at_the_annexe_c_amount_meet_art_6_3(adults, children, amount):
    answers = family(adults=adults, children_under_18=children, undertaking_signed=True)
    at = build({"family": {**answers.family.model_dump(), "funds": amount}})
    below = build({"family": {**answers.family.model_dump(), "funds": amount - 1}})
    assert status(at, "art6/3", ON_2016) == MET
    below_outcome = outcome(below, "art6/3", ON_2016)
    assert below_outcome.status.value == NOT_MET
    assert below_outcome.gap.amount == 1


def test_the_2016_amount_is_never_applied_to_2025():
    answers = family(adults=1, undertaking_signed=True, funds=3046)
    assert status(answers, "art6/3", ON_2016) == MET
    in_2025 = outcome(answers, "art6/3", APP)
    assert in_2025.status.value == NOT_MET
    assert in_2025.comparisons[0].required.amount == 3877  # 2025's own figure
    answers = family(adults=1, children_under_18=1, undertaking_signed=True, funds=5000)
    assert status(answers, "art6/3", APP) == UNKNOWN  # no 2025 figure for that family


@pytest.mark.parametrize(
    ("year", "adults", "children", "grown", "amount", "confidence"),
    [
        (2020, 1, 0, 0, 3243, "high"),  # official
        (2022, 1, 0, 0, 3371, "medium"),  # secondary yearly articles
        (2023, 2, 2, 0, 6361, "medium"),
        (2023, 2, 2, 1, 6361 + 1672, "medium"),  # official 1 672 $ per dependent child 18+
        (2024, 1, 0, 0, 3770, "medium"),
        (2025, 2, 2, 0, 6875, "medium"),
    ],
)
def test_the_annexe_c_figures_known_for_a_year_are_used_with_their_confidence(
    year, adults, children, grown, amount, confidence
):
    answers = family(
        adults=adults,
        children_under_18=children,
        dependent_children_18_plus=grown,
        undertaking_signed=True,
        funds=amount,
    )
    on = date(year, 6, 1)
    found = outcome(answers, "art6/3", on)
    assert found.status.value == MET
    assert found.comparisons[0].required.amount == amount
    assert [source.confidence for source in found.sources] == [confidence]
    short = family(
        adults=adults,
        children_under_18=children,
        dependent_children_18_plus=grown,
        undertaking_signed=True,
        funds=amount - 1,
    )
    assert status(short, "art6/3", on) == NOT_MET


def test_a_dependent_child_18_or_older_outside_2023_leaves_the_amount_asked():
    answers = family(adults=1, dependent_children_18_plus=1, undertaking_signed=True, funds=9000)
    assert status(answers, "art6/3", date(2024, 6, 1)) == UNKNOWN


# --- a "no" stays a no: 3 years of studies chosen, then answered no (issue 17, item 3) -----------


def test_three_years_of_studies_chosen_then_answered_no_is_not_met_with_the_reason():
    answers = french(proof="studies", three_years_studies_in_french=False)
    found = outcome(answers, "art6/2")
    assert found.status.value == NOT_MET
    assert "were not completed" in found.reason
    assert verdicts(answers)["ai-foreign-worker/francophone"] == "not-eligible"
    text = assessment_text(assess(answers, APP), "fr")
    assert "n'ont pas été terminées" in text


def test_three_years_of_studies_chosen_and_answered_yes_or_not_again_is_met():
    assert status(french(proof="studies", three_years_studies_in_french=True), "art6/2") == MET
    assert status(french(proof="studies"), "art6/2") == MET
