"""The three example files in examples/ say what their stories say."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from core.answers_file import parse_answers
from core.assess import assess

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load(name: str):
    return parse_answers((EXAMPLES / f"{name}.json").read_bytes())


def verdict_of(answers, stream: str, profile: str) -> str:
    return assess(answers).way(stream, profile).verdict


@pytest.mark.parametrize("profile", ["francophone", "francisation"])
def test_the_foreign_ai_worker_example_is_eligible_as_ai_foreign_worker(profile):
    answers = load("ai-foreign-worker")
    way = assess(answers).way("ai-foreign-worker", profile)
    assert way.verdict == "eligible"
    assert way.unmet == () and way.unknown == ()


def test_the_foreign_ai_worker_example_meets_art_7_3_by_work_not_by_the_waiver():
    # A foreign master's of 2019: far outside the 12 months, so the work must count:
    # 2020-06-01..2023-01-20 in Bangalore and 2023-02-06..2025-05-31 in Montréal.
    result = assess(load("ai-foreign-worker"))
    assert result.outcomes["art7/3"].status.value == "met"


@pytest.mark.parametrize("profile", ["francophone", "francisation"])
def test_the_quebec_graduate_example_is_eligible_as_ai_quebec_graduate(profile):
    answers = load("ai-quebec-graduate")
    assert verdict_of(answers, "ai-quebec-graduate", profile) == "eligible"


@pytest.mark.parametrize("profile", ["francophone", "francisation"])
def test_the_quebec_graduate_example_is_not_a_foreign_worker_because_88000_in_laval(profile):
    answers = load("ai-quebec-graduate")
    way = assess(answers).way("ai-foreign-worker", profile)
    assert way.verdict == "not-eligible"
    assert [f.id for f in way.unmet] == ["art7/4/b"]
    salary = way.unmet[0].outcome
    assert salary.params["salary"].amount == Decimal(88000)
    assert salary.params["required"].amount == Decimal(100000)
    assert salary.gap.amount == Decimal(12000)


def test_the_quebec_graduates_masters_of_june_2024_waives_art_7_3():
    # Obtained 2024-06-05, application 2025-03-15: within the 12 months before.
    assert assess(load("ai-quebec-graduate")).outcomes["art7/3"].status.value == "not-applicable"


@pytest.mark.parametrize("profile", ["francophone", "francisation"])
def test_the_it_vfx_example_is_incomplete_only_for_the_published_wage_threshold(profile):
    way = assess(load("it-vfx")).way("it-vfx", profile)
    assert way.verdict == "incomplete"
    assert way.unmet == ()
    assert [f.id for f in way.unknown] == ["art10/4"]
    assert "job.wage_threshold" in way.unknown[0].outcome.missing


def with_threshold(threshold: str):
    answers = load("it-vfx")
    job = answers.job.model_copy(update={"wage_threshold": Decimal(threshold)})
    return answers.model_copy(update={"job": job})


@pytest.mark.parametrize("profile", ["francophone", "francisation"])
def test_the_it_vfx_example_is_eligible_with_a_threshold_below_its_40_dollars_an_hour(profile):
    # 78 000 $ / (37.5 h × 52 weeks) = 40.00 $/h.
    assert verdict_of(with_threshold("39.99"), "it-vfx", profile) == "eligible"


@pytest.mark.parametrize("profile", ["francophone", "francisation"])
def test_the_it_vfx_example_is_not_eligible_with_a_threshold_of_exactly_40_dollars(profile):
    way = assess(with_threshold("40.00")).way("it-vfx", profile)
    assert way.verdict == "not-eligible"
    assert [f.id for f in way.unmet] == ["art10/4"]
    assert way.unmet[0].outcome.params["wage"].amount == Decimal("40.00")


def test_the_it_vfx_example_is_not_an_ai_foreign_worker_for_its_technical_dec():
    way = assess(load("it-vfx")).way("ai-foreign-worker", "francisation")
    assert way.verdict == "not-eligible"
    assert "art7/2" in [f.id for f in way.unmet]
