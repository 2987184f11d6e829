"""Art. 7 4° b): at least 75 000 $ outside the CMM, at least 100 000 $ inside ("au moins")."""

from __future__ import annotations

import pytest
from answers_builders import MET, NOT_MET, UNKNOWN, build, outcome, status


def job(salary, municipality=None, not_listed=None, **more):
    return build(
        {
            "job": {
                "annual_salary": salary,
                "employer_municipality": municipality,
                "municipality_not_listed": not_listed,
                **more,
            }
        }
    )


@pytest.mark.parametrize(
    "municipality", ["Laval", "St-Lambert (Longueuil)", "MONTREAL", "Montréal"]
)
def test_salary_of_exactly_100000_in_a_cmm_municipality_meets_art_7_4_b(municipality):
    assert status(job(100000, municipality), "art7/4/b") == MET


@pytest.mark.parametrize("municipality", ["Laval", "St-Lambert (Longueuil)", "MONTREAL"])
def test_salary_of_100001_in_a_cmm_municipality_meets_art_7_4_b(municipality):
    assert status(job(100001, municipality), "art7/4/b") == MET


@pytest.mark.parametrize("municipality", ["Laval", "St-Lambert (Longueuil)", "MONTREAL"])
def test_salary_of_99999_in_a_cmm_municipality_does_not_meet_art_7_4_b(municipality):
    found = outcome(job(99999, municipality), "art7/4/b")
    assert found.status.value == NOT_MET
    assert found.gap.amount == 1


def test_a_cent_below_100000_in_laval_does_not_meet_art_7_4_b():
    assert status(job("99999.99", "Laval"), "art7/4/b") == NOT_MET


@pytest.mark.parametrize(
    ("municipality", "not_listed"),
    [("Saint-Jérôme", None), ("Sherbrooke", None), ("Sherbrooke", True), (None, True)],
)
def test_salary_of_exactly_75000_outside_the_cmm_meets_art_7_4_b(municipality, not_listed):
    assert status(job(75000, municipality, not_listed), "art7/4/b") == MET


@pytest.mark.parametrize(
    ("municipality", "not_listed"),
    [("Saint-Jérôme", None), ("Sherbrooke", None), ("Sherbrooke", True), (None, True)],
)
def test_salary_of_74999_outside_the_cmm_does_not_meet_art_7_4_b(municipality, not_listed):
    found = outcome(job(74999, municipality, not_listed), "art7/4/b")
    assert found.status.value == NOT_MET
    assert found.gap.amount == 1


def test_the_same_88000_salary_meets_in_saint_jerome_and_fails_in_laval():
    assert status(job(88000, "Saint-Jérôme"), "art7/4/b") == MET
    assert status(job(88000, "Laval"), "art7/4/b") == NOT_MET


def test_a_listed_cmm_municipality_wins_over_a_wrong_not_listed_tick():
    assert status(job(88000, "Laval", not_listed=True), "art7/4/b") == NOT_MET


@pytest.mark.parametrize("municipality", [None, "Atlantis-sur-Mer", "Lavall"])
def test_salary_between_75000_and_100000_with_unknown_municipality_is_unknown(municipality):
    assert status(job(88000, municipality), "art7/4/b") == UNKNOWN


@pytest.mark.parametrize("municipality", [None, "Atlantis-sur-Mer"])
def test_salary_of_100000_meets_art_7_4_b_wherever_the_employer_is(municipality):
    assert status(job(100000, municipality), "art7/4/b") == MET


@pytest.mark.parametrize("municipality", [None, "Atlantis-sur-Mer"])
def test_salary_below_75000_fails_art_7_4_b_wherever_the_employer_is(municipality):
    assert status(job(74999, municipality), "art7/4/b") == NOT_MET


def test_no_salary_answer_leaves_art_7_4_b_unknown():
    assert status(job(None, "Laval"), "art7/4/b") == UNKNOWN


def test_no_job_at_all_does_not_meet_art_7_4_b():
    assert status(job(None, status="none"), "art7/4/b") == NOT_MET


# --- homonyms: one name, two municipalities, one inside the CMM and one outside -------------


@pytest.mark.parametrize("municipality", ["Saint-Isidore", "St-Lambert"])
@pytest.mark.parametrize("not_listed", [None, True])
def test_a_homonym_inside_and_outside_the_cmm_is_asked_never_assumed(municipality, not_listed):
    found = outcome(job(88000, municipality, not_listed), "art7/4/b")
    assert found.status.value == UNKNOWN
    assert found.missing == ("job.employer_municipality",)
    assert "Roussillon" in found.params["candidates"] or "Longueuil" in found.params["candidates"]


@pytest.mark.parametrize(
    ("municipality", "expected"),
    [
        ("Saint-Isidore (Roussillon)", NOT_MET),
        ("St-Isidore (Roussillon)", NOT_MET),
        ("67040", NOT_MET),
        ("Saint-Isidore (La Nouvelle-Beauce)", MET),
        ("26063", MET),
        ("Saint-Lambert (Abitibi-Ouest)", MET),
    ],
)
def test_the_homonym_picked_by_its_label_or_code_decides_the_threshold(municipality, expected):
    assert status(job(88000, municipality), "art7/4/b") == expected


@pytest.mark.parametrize("municipality", ["Saint-Isidore", "St-Lambert"])
def test_a_homonym_still_meets_or_fails_when_the_salary_decides_alone(municipality):
    assert status(job(100000, municipality), "art7/4/b") == MET
    assert status(job(74999, municipality), "art7/4/b") == NOT_MET
