"""Properties that hold for any valid answers file at any date (Hypothesis).

- assessing never crashes, in either language, as JSON or text; an undecided condition never
  carries a gap;
- more salary, one more qualifying job, better oral French never turn a met condition into a
  not-met one;
- the language changes the words, never a verdict or a status;
- saving and reloading the answers (JSON round trip) changes nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.answers import (
    TCF_TESTS,
    Answers,
    DiplomaLevel,
    FrenchProof,
    FrenchTest,
    JobStatus,
    Noc2016Skill,
    StayPurpose,
)
from core.assess import assess
from core.contract import assessment_json
from core.explain import assessment_text
from core.logic import Status

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FIRST, LAST = date(2010, 1, 1), date(2027, 12, 31)
NOC_CODES = [
    "21211",
    "21232",
    "52120",
    "51120",
    "41200",
    "22310",
    "20012",
    "21300",
    "64100",
    "63100",
    "00012",
]
MUNICIPALITIES = ["Laval", "St-Lambert", "MONTREAL", "Saint-Jérôme", "Sherbrooke", "Lavall"]


def maybe(strategy):
    return st.none() | strategy


days = st.dates(FIRST, LAST)
booleans = maybe(st.booleans())
money = st.decimals(min_value=0, max_value=300_000, places=2, allow_nan=False)
noc = st.sampled_from(NOC_CODES) | st.from_regex(r"[0-9]{5}", fullmatch=True)


@st.composite
def ordered_dates(draw):
    """(earlier, later) dates or None, with earlier <= later when both are given."""
    first, second = draw(maybe(days)), draw(maybe(days))
    if first and second and second < first:
        first, second = second, first
    return first, second


@st.composite
def work_periods(draw):
    start, end = draw(ordered_dates())
    ongoing = draw(booleans) if end is None else draw(st.sampled_from([None, False]))
    return {
        "noc_code": draw(maybe(noc)),
        "start": start,
        "end": end,
        "ongoing": ongoing,
        "full_time": draw(booleans),
        "in_quebec": draw(booleans),
        "controlled_company": draw(booleans),
        "ineligible_sector": draw(booleans),
        "vfx_sector": draw(booleans),
        "related_to_it_vfx": draw(booleans),
        "noc2016_skill": draw(maybe(st.sampled_from(list(Noc2016Skill)))),
    }


@st.composite
def diplomas(draw):
    program_end_on, obtained_on = draw(ordered_dates())
    return {
        "level": draw(maybe(st.sampled_from(list(DiplomaLevel)))),
        "issued_in_quebec": draw(booleans),
        "evaluated": draw(booleans),
        "equivalent_level": draw(maybe(st.sampled_from(list(DiplomaLevel)))),
        "obtained_on": obtained_on,
        "program_end_on": program_end_on,
        "share_in_quebec_percent": draw(
            maybe(st.floats(min_value=0, max_value=100, allow_nan=False))
        ),
    }


@st.composite
def answers_data(draw):
    return {
        "schema_version": 1,
        "application_date": draw(maybe(days)),
        "spouse_open_work_permit": draw(booleans),
        "stay": {
            "in_quebec": draw(booleans),
            "purpose": draw(maybe(st.sampled_from(list(StayPurpose)))),
        },
        "diplomas": draw(maybe(st.lists(diplomas(), max_size=5))),
        "scholarship": {
            "has_return_condition": draw(booleans),
            "condition_fulfilled": draw(booleans),
        },
        "work_history": draw(maybe(st.lists(work_periods(), max_size=6))),
        "job": {
            "status": draw(maybe(st.sampled_from(list(JobStatus)))),
            "noc_code": draw(maybe(noc)),
            "full_time": draw(booleans),
            "in_quebec": draw(booleans),
            "employer_municipality": draw(maybe(st.sampled_from(MUNICIPALITIES))),
            "municipality_not_listed": draw(booleans),
            "ai_sector": draw(booleans),
            "ineligible_sector": draw(booleans),
            "controlled_company": draw(booleans),
            "skills_meet_requirements": draw(booleans),
            "vfx_sector": draw(booleans),
            "related_to_it_vfx": draw(booleans),
            "annual_salary": draw(maybe(money)),
            "hourly_wage": draw(maybe(st.decimals(min_value=0, max_value=200, places=2))),
            "weekly_hours": draw(maybe(st.decimals(min_value=1, max_value=80, places=1))),
            "wage_threshold": draw(maybe(st.decimals(min_value=0, max_value=200, places=2))),
        },
        "french": {
            "proof": draw(maybe(st.sampled_from(list(FrenchProof)))),
            "oral_level": draw(maybe(st.integers(1, 12))),
            "test": (test := draw(maybe(st.sampled_from(list(FrenchTest))))),
            "test_date": draw(maybe(days)),
            "listening": draw(maybe(st.integers(0, 1000))),
            # TCF speaking is scored out of 20 (a larger score is refused, not assessed).
            "speaking": draw(maybe(st.integers(0, 20 if test in TCF_TESTS else 1000))),
            "three_years_studies_in_french": draw(booleans),
        },
        "family": {
            "adults": draw(maybe(st.integers(1, 2))),
            "children_under_18": draw(maybe(st.integers(0, 4))),
            "dependent_children_18_plus": draw(maybe(st.integers(0, 2))),
            "dependent_canadian_children": draw(maybe(st.integers(0, 2))),
            "undertaking_signed": draw(booleans),
            "funds": draw(maybe(money)),
            "official_amount": draw(maybe(money)),
            "funds_meet_scale": draw(booleans),
        },
    }


any_answers = answers_data().map(Answers.model_validate)


def per_way_statuses(answers: Answers, day: date) -> dict[tuple[str, str, str], str]:
    result = assess(answers, day)
    return {
        (way.stream, way.profile, finding.id): finding.status.value
        for way in result.ways
        for finding in way.findings
    }


def never_met_to_not_met(before: dict, after: dict) -> None:
    for key, was in before.items():
        if was == "met":
            assert after[key] != "not-met", key


@SETTINGS
@given(any_answers, days)
def test_any_valid_answers_at_any_date_are_assessed_without_error(answers, day):
    result = assess(answers, day)
    assert len(result.ways) == 6
    for cid, outcome in result.outcomes.items():
        # Undecided: it says what is missing, never a gap as if it were not met.
        if outcome.status is Status.UNKNOWN:
            assert outcome.gap is None, cid
    for lang in ("fr", "en"):
        data = assessment_json(result, lang)
        assert {w["verdict"] for w in data["ways"]} <= {"eligible", "not-eligible", "incomplete"}
        assert assessment_text(result, lang)


@SETTINGS
@given(any_answers, days, st.decimals(min_value="0.01", max_value=100_000, places=2))
def test_raising_the_salary_never_turns_a_met_condition_into_a_not_met_one(answers, day, raise_):
    base = answers.job.annual_salary if answers.job.annual_salary is not None else Decimal(0)
    lower = answers.model_copy(
        update={"job": answers.job.model_copy(update={"annual_salary": base})}
    )
    higher = answers.model_copy(
        update={"job": answers.job.model_copy(update={"annual_salary": base + raise_})}
    )
    never_met_to_not_met(per_way_statuses(lower, day), per_way_statuses(higher, day))


@SETTINGS
@given(any_answers, days, days, st.integers(0, 2000))
def test_adding_a_qualifying_work_period_never_turns_a_met_condition_into_a_not_met_one(
    answers, day, start, length
):
    from core.answers import WorkPeriod

    period = WorkPeriod(
        noc_code="21211",
        start=start,
        end=start + timedelta(days=length),
        full_time=True,
        in_quebec=True,
        controlled_company=False,
        ineligible_sector=False,
    )
    more = answers.model_copy(update={"work_history": [*(answers.work_history or []), period]})
    never_met_to_not_met(per_way_statuses(answers, day), per_way_statuses(more, day))


@SETTINGS
@given(any_answers, days, st.integers(1, 12), st.integers(0, 11))
def test_a_better_oral_french_level_never_turns_a_met_condition_into_a_not_met_one(
    answers, day, level, step
):
    higher_level = min(12, level + step)
    lower = answers.model_copy(
        update={"french": answers.french.model_copy(update={"oral_level": level})}
    )
    higher = answers.model_copy(
        update={"french": answers.french.model_copy(update={"oral_level": higher_level})}
    )
    never_met_to_not_met(per_way_statuses(lower, day), per_way_statuses(higher, day))


@SETTINGS
@given(any_answers, days)
def test_three_years_of_studies_answered_no_never_meets_art_6_2_by_themselves(answers, day):
    """A "no" stays a no: the studies chosen as the proof, then denied, prove nothing."""
    denied = answers.model_copy(
        update={
            "french": answers.french.model_copy(
                update={"proof": FrenchProof.STUDIES, "three_years_studies_in_french": False}
            )
        }
    )
    assert assess(denied, day).outcomes["art6/2"].status is not Status.MET


@SETTINGS
@given(any_answers, days)
def test_the_months_a_sentence_states_agree_with_the_verdict_beside_it(answers, day):
    """Issue 17 (c): every "N months" condition's figure (months and days) and its verdict come
    from one count: met ⇔ the months stated reach the months required, for every condition."""
    from core.experience import Duration

    for cid, outcome in assess(answers, day).outcomes.items():
        for figure in outcome.comparisons:
            if not isinstance(figure.actual, Duration):
                continue
            reached = figure.actual.at_least(figure.required.months)
            if outcome.status is Status.MET:
                assert reached, (cid, figure)
            elif outcome.status is Status.NOT_MET:
                assert not reached, (cid, figure)
                assert outcome.gap is not None and outcome.gap.months * 30 + outcome.gap.days == (
                    figure.required.months * 30 - figure.actual.months * 30 - figure.actual.days
                ), (cid, figure, outcome.gap)


def decisions(data: dict) -> list:
    return [
        (
            w["stream"],
            w["profile"],
            w["verdict"],
            [u["id"] for u in w["unmet"]],
            [u["id"] for u in w["unknown"]],
            [(c["id"], c["status"]) for c in w["conditions"]],
        )
        for w in data["ways"]
    ] + [data["application_date"], data["program_in_force"]]


@SETTINGS
@given(any_answers, days)
def test_the_language_never_changes_a_verdict_or_a_status(answers, day):
    result = assess(answers, day)
    assert decisions(assessment_json(result, "fr")) == decisions(assessment_json(result, "en"))


@SETTINGS
@given(any_answers, days)
def test_saving_and_reloading_the_answers_keeps_every_verdict(answers, day):
    reloaded = Answers.model_validate_json(answers.model_dump_json())
    assert reloaded == answers
    assert decisions(assessment_json(assess(reloaded, day), "en")) == decisions(
        assessment_json(assess(answers, day), "en")
    )


def test_nothing_answered_is_incomplete_everywhere_while_the_program_is_open():
    empty = Answers.model_validate({"schema_version": 1})
    result = assess(empty, date(2025, 6, 1))
    assert [w.verdict for w in result.ways] == ["incomplete"] * 6
    for way in result.ways:
        assert way.unmet == ()


def test_nothing_answered_is_not_eligible_everywhere_after_the_repeal_for_art_14():
    empty = Answers.model_validate({"schema_version": 1})
    result = assess(empty, date(2026, 2, 1))
    assert [w.verdict for w in result.ways] == ["not-eligible"] * 6
    for way in result.ways:
        assert [f.id for f in way.unmet] == ["art14"]


def test_nothing_answered_is_not_eligible_everywhere_before_the_start_for_art_1():
    empty = Answers.model_validate({"schema_version": 1})
    result = assess(empty, date(2021, 1, 15))
    for way in result.ways:
        assert [f.id for f in way.unmet] == ["art1"]
