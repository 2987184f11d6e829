"""Properties that hold for any valid answers file at any date (Hypothesis).

- assessing never crashes, in either language, as JSON or text; an undecided condition never
  carries a gap;
- more salary, one more qualifying job, better oral French never turn a met condition into a
  not-met one;
- the language changes the words, never a verdict or a status;
- saving and reloading the answers (JSON round trip) changes nothing.

The files are drawn from the declarations of the answers model (every field, by its type, its
bounds and its kind), so a field added there is drawn here without a line added.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from types import UnionType
from typing import Annotated, Literal, Union, get_args, get_origin

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from core import paths
from core.answers import Answers, FrenchProof
from core.assess import assess
from core.contract import assessment_json
from core.explain import assessment_text
from core.logic import Status, combine
from core.questions import DECLARED, LIST_NAMES, QUESTIONS_BY_PATH, Kind, bounds_of
from core.rules.ids import ConditionId

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
noc = st.sampled_from(NOC_CODES) | st.from_regex(r"[0-9]{5}", fullmatch=True)

# Realistic figures where the model's bounds are far wider than any file (a salary of
# 100 000 000 $ is accepted, and says nothing more than 300 000 $); by kind, never by field.
REALISTIC = {
    Kind.MONEY: (Decimal(0), Decimal(300_000)),
    Kind.HOURLY_WAGE: (Decimal(0), Decimal(200)),
}
BY_KIND = {
    Kind.NOC: noc,
    Kind.MUNICIPALITY: st.sampled_from(MUNICIPALITIES),
    Kind.TEXT: st.text(st.characters(categories=("L", "N", "Zs")), max_size=30),
}


def _bare(annotation):
    """The type inside `Annotated[...]` and `X | None`."""
    while get_origin(annotation) in (Annotated, Union, UnionType):
        annotation = next(a for a in get_args(annotation) if a is not type(None))
    return annotation


def _value(path: str, field) -> st.SearchStrategy:
    """What one field can hold, from its declaration: its type, its bounds (the model's, read
    as the question reads them), its kind; a section or a list entry drawn field by field."""
    question = QUESTIONS_BY_PATH.get(path)
    kind = question.kind if question else None
    kind_type = _bare(field.annotation)
    if kind in BY_KIND:
        return BY_KIND[kind]
    if get_origin(kind_type) is list:
        return st.lists(section(get_args(kind_type)[0], path + "."), max_size=5)
    if isinstance(kind_type, type) and issubclass(kind_type, BaseModel):
        return section(kind_type, path + ".")
    if get_origin(kind_type) is Literal:
        return st.sampled_from(get_args(kind_type))
    if isinstance(kind_type, type) and issubclass(kind_type, Enum):
        return st.sampled_from(list(kind_type))
    if kind_type is bool:
        return st.booleans()
    if kind_type is date:
        return days
    low, high = REALISTIC.get(kind) or bounds_of(field) or (0, 200)
    if kind_type is int:
        return st.integers(int(low), int(high))
    if kind_type is float:
        return st.floats(float(low), float(high), allow_nan=False)
    if kind_type is Decimal:
        return st.decimals(min_value=low, max_value=high, places=2, allow_nan=False)
    if kind_type is str:
        return st.text(max_size=30)
    raise TypeError(f"{path}: no strategy for {kind_type!r}: say how to draw it here")


def _nullable(annotation) -> bool:
    """Whether None is an answer ("not answered"): every answer, not the sections."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return type(None) in get_args(annotation)


def _accepted(model: type[BaseModel], data: dict) -> bool:
    try:
        model.model_validate(data)
    except ValidationError:  # dates out of order, a TCF speaking score over 20…
        return False
    return True


def section(model: type[BaseModel], prefix: str = "") -> st.SearchStrategy:
    """Every field of `model`, each answered or not, as the model accepts them together."""
    fields = {
        name: maybe(_value(prefix + name, field))
        if _nullable(field.annotation)
        else _value(prefix + name, field)
        for name, field in model.model_fields.items()
    }
    return st.fixed_dictionaries(fields).filter(lambda data: _accepted(model, data))


answers_data = lambda: section(Answers)  # noqa: E731 - the whole file, drawn as one section


any_answers = answers_data().map(Answers.model_validate)


# Art. 9, par. 1°, 3° and 4° are read against one diploma, the one that best meets the three
# together (README, "Readings"): more work can make another diploma the better one, so par. 1°
# alone may then read "not met" for it. What more work can never do is lower the three together.
ONE_DIPLOMA = {ConditionId.ART9_1, ConditionId.ART9_3, ConditionId.ART9_4}


def per_way_statuses(answers: Answers, day: date) -> dict[tuple[str, str, str], str]:
    result = assess(answers, day)
    statuses = {}
    for way in result.ways:
        statuses.update(
            {
                (way.stream, way.profile, finding.id): finding.status.value
                for finding in way.findings
                if finding.id not in ONE_DIPLOMA
            }
        )
        together = [f.status for f in way.findings if f.id in ONE_DIPLOMA]
        if together:
            statuses[(way.stream, way.profile, "art9/1,3,4")] = combine(together).value
    return statuses


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


def _first_entry(path: str) -> str:
    """"diplomas.evaluated" → "diplomas.0.evaluated": where the first entry's answer is."""
    list_name, _, field = path.partition(".")
    return f"{list_name}.0.{field}" if field and list_name in LIST_NAMES else path


def test_every_declared_answer_is_drawn():
    """French proofs, diploma evaluations, NOC 2016 levels…: none is left out of the files the
    properties above are checked on."""
    declared = [_first_entry(path) for path, _ in DECLARED]
    seen: set[str] = set()

    @settings(max_examples=300, deadline=None, database=None)
    @given(any_answers)
    def draw(answers):
        seen.update(path for path in declared if paths.read(answers, path) is not None)

    draw()
    assert set(declared) - seen == set()
