"""When could this file have been filed? (core/timeline.py)

The invariant: a day's verdict in the timeline is the engine's verdict for that day (what
`python -m core evaluate --date DAY` prints), for any day and any answers file. Then the days
a person would look for, pinned: experience reached, a diploma's window closing, the job held
from its start, the amendment, the repeal, and the three example files.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.answers import Answers
from core.answers_file import parse_answers
from core.assess import assess
from core.program import program_dates
from core.timeline import default_range, timeline, timeline_json, way_sentences
from tests.core.answers_builders import build, qualifying_period, quebec_diploma
from tests.core.test_properties_of_any_answers import answers_data

EXAMPLES = Path(__file__).parents[2] / "examples"
ONE_DAY = timedelta(days=1)
FIRST, LAST = default_range()


def verdicts_on(result, day: date) -> dict[tuple[str, str], str]:
    """The timeline's verdict of each way on a day (the span that holds it)."""
    found = {}
    for way in result.ways:
        (span,) = [s for s in way.spans if s.start <= day <= s.end]
        found[(way.stream, way.profile)] = span.verdict
    return found


def engine_on(answers: Answers, day: date) -> dict[tuple[str, str], str]:
    return {(w.stream, w.profile): w.verdict for w in assess(answers, day).ways}


def assert_spans_cover(result) -> None:
    for way in result.ways:
        assert way.spans[0].start == result.first and way.spans[-1].end == result.last
        for before, after in zip(way.spans, way.spans[1:], strict=False):
            assert after.start == before.end + ONE_DAY  # no gap, no overlap
            assert after.verdict != before.verdict  # a span ends where the verdict changes
            assert after.changed_by  # and says why


def span_starts(result) -> set[date]:
    return {span.start for way in result.ways for span in way.spans}


# --- the invariant, over random files and days ----------------------------------------------

near_the_program = st.dates(date(2014, 1, 1), date(2026, 6, 30))


@st.composite
def files_with_work_near_the_program(draw):
    """Any answers (the shared strategy), with work that counts and dates near the program's,
    so that experience, windows and tests do change over its life."""
    data = draw(answers_data())
    periods = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(near_the_program)
        end = draw(st.none() | st.dates(start, date(2026, 6, 30)))
        ongoing = True if end is None and draw(st.booleans()) else None
        period = qualifying_period(
            start=start.isoformat(), end=end and end.isoformat(), ongoing=ongoing
        )
        period["noc_code"] = draw(st.sampled_from(["21211", "21232", "52120", "64100"]))
        period["noc2016_skill"] = draw(st.sampled_from([None, "0", "A", "B", "C", "unknown"]))
        periods.append(period)
    data["work_history"] = periods + (data["work_history"] or [])[: draw(st.integers(0, 2))]
    if draw(st.booleans()):
        data["diplomas"] = [
            quebec_diploma(
                level=draw(st.sampled_from(["master", "dess", "doctorate", "bachelor"])),
                obtained_on=draw(near_the_program).isoformat(),
                program_end_on=None,
            )
        ]
        end = draw(st.none() | near_the_program)
        obtained = date.fromisoformat(data["diplomas"][0]["obtained_on"])
        data["diplomas"][0]["program_end_on"] = end and min(end, obtained).isoformat()
    if draw(st.booleans()):
        data["french"]["test_date"] = draw(near_the_program).isoformat()
    return Answers.model_validate(data)


any_file = files_with_work_near_the_program() | answers_data().map(Answers.model_validate)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_file, st.lists(st.dates(FIRST, LAST), min_size=1, max_size=8))
def test_a_days_verdict_in_the_timeline_is_the_engines_verdict_for_that_day(answers, days):
    result = timeline(answers)
    assert_spans_cover(result)
    # Random days, and both sides of every change: a change a day early or late shows there.
    checked = set(days) | {d for start in span_starts(result) for d in (start - ONE_DAY, start)}
    for day in sorted(d for d in checked if FIRST <= d <= LAST):
        assert verdicts_on(result, day) == engine_on(answers, day), day


@pytest.mark.parametrize("name", ["ai-foreign-worker", "ai-quebec-graduate", "it-vfx"])
def test_every_day_of_the_programs_life_matches_the_engine_for_the_examples(name):
    answers = parse_answers((EXAMPLES / f"{name}.json").read_bytes())
    result = timeline(answers)
    day = FIRST
    while day <= LAST:
        assert verdicts_on(result, day) == engine_on(answers, day), day
        day += ONE_DAY


@pytest.mark.parametrize("name", ["ai-foreign-worker", "ai-quebec-graduate", "it-vfx"])
def test_the_days_found_are_exactly_the_days_a_condition_changes_for_the_examples(name):
    """Stronger than the verdicts: every condition, every day (a change hidden by another
    condition's verdict would show here)."""
    answers = parse_answers((EXAMPLES / f"{name}.json").read_bytes())
    result = timeline(answers)
    changed, before, day = set(), None, FIRST
    while day <= LAST:
        statuses = {cid: o.status for cid, o in assess(answers, day).outcomes.items()}
        if before is not None and statuses != before:
            changed.add(day)
        before, day = statuses, day + ONE_DAY
    assert set(result.days) - {FIRST} == changed


# --- the examples, pinned ------------------------------------------------------------------


def spans_of(result, stream: str, profile: str) -> list[tuple[str, str, str, list[str]]]:
    way = next(w for w in result.ways if (w.stream, w.profile) == (stream, profile))
    return [
        (s.start.isoformat(), s.end.isoformat(), s.verdict, [c.condition for c in s.changed_by])
        for s in way.spans
    ]


def example(name: str) -> Answers:
    return parse_answers((EXAMPLES / f"{name}.json").read_bytes())


def test_the_foreign_worker_example_is_eligible_from_the_amendment_or_the_french_test():
    result = timeline(example("ai-foreign-worker"))
    # Full-time work from 2019-08-01: 730 days worked by 2021-07-30. Before A.M. 2023-002 the
    # 2021 text counts NOC 2016 skill levels, which the file does not give: cannot tell from
    # 07-31; from 2023-11-23 the TEER 1 work counts (and the job is held since 2023-02-06).
    # Francophone: the TEF of 2025-01-18 counts from that day.
    assert spans_of(result, "ai-foreign-worker", "francisation") == [
        ("2021-04-22", "2021-07-30", "not-eligible", []),
        ("2021-07-31", "2023-11-22", "incomplete", ["art7/3"]),
        ("2023-11-23", "2025-12-31", "eligible", ["art7/3"]),
    ]
    assert spans_of(result, "ai-foreign-worker", "francophone")[-1] == (
        "2025-01-18",
        "2025-12-31",
        "eligible",
        ["art6/2"],
    )


def test_the_quebec_graduate_example_is_eligible_from_the_day_after_the_masters():
    result = timeline(example("ai-quebec-graduate"))
    # Master's obtained 2024-06-05: "dans les 24 mois précédant" from the next day.
    assert spans_of(result, "ai-quebec-graduate", "francophone") == [
        ("2021-04-22", "2024-06-05", "not-eligible", []),
        ("2024-06-06", "2025-12-31", "eligible", ["art9/3"]),
    ]


def test_the_it_vfx_example_cannot_be_told_over_the_whole_program():
    result = timeline(example("it-vfx"))
    # The 9th-decile threshold for 52120 is to be typed: cannot tell, at every date.
    assert spans_of(result, "it-vfx", "francophone") == [
        ("2021-04-22", "2025-12-31", "incomplete", [])
    ]


# --- constructed cases, each on an exact day -----------------------------------------------


def test_experience_is_reached_on_its_exact_day():
    # Only the work can change: a job held since 2020-01-01, no recent graduate diploma.
    answers = build(
        {
            "diplomas": [quebec_diploma(level="bachelor", obtained_on="2015-06-01")],
            "work_history": [qualifying_period(start="2020-01-01", noc2016_skill="A")],
        }
    )
    result = timeline(answers)
    # Skill level A (NOC 2016) and TEER 1 (NOC 2021): the work counts under both texts. By
    # 2021-12-30 (the day before an application of 2021-12-31): 23 whole calendar months,
    # January 2020 to November 2021, and 30 days of December, 30 days making a month.
    assert spans_of(result, "ai-foreign-worker", "francophone") == [
        ("2021-04-22", "2021-12-30", "not-eligible", []),
        ("2021-12-31", "2025-12-31", "eligible", ["art7/3"]),
    ]
    assert engine_on(answers, date(2021, 12, 30))[("ai-foreign-worker", "francophone")] == (
        "not-eligible"
    )


def test_experience_lost_and_found_again_as_the_60_month_window_slides():
    # A: 2017-01-01 to 2018-12-31, 24 whole months; B: from 2022-03-01, ongoing (the job is only
    # accepted, so B's start does not decide art. 7 4°). An application of 2022-01-02 still
    # counts 23 whole months of A and 30 days of January 2017 (30 days make a month): met; on
    # 2022-01-03 only 29 days of January are left: not met, and A keeps leaving the window as
    # B grows, never reaching 24 months together, until B alone holds 24 whole months, March
    # 2022 to February 2024, for an application of 2024-03-01.
    answers = build(
        {
            "diplomas": [quebec_diploma(level="bachelor", obtained_on="2015-06-01")],
            "work_history": [
                qualifying_period(start="2017-01-01", end="2018-12-31", noc2016_skill="A"),
                qualifying_period(start="2022-03-01", noc2016_skill="A"),
            ],
            "job": {"status": "accepted"},
        }
    )
    result = timeline(answers)
    assert spans_of(result, "ai-foreign-worker", "francophone") == [
        ("2021-04-22", "2022-01-02", "eligible", []),
        ("2022-01-03", "2024-02-29", "not-eligible", ["art7/3"]),
        ("2024-03-01", "2025-12-31", "eligible", ["art7/3"]),
    ]
    day = FIRST
    while day <= LAST:  # every day, against the engine
        assert verdicts_on(result, day) == engine_on(answers, day), day
        day += ONE_DAY


def test_a_diplomas_24_month_window_closes_on_its_exact_day():
    answers = build(
        {
            "diplomas": [quebec_diploma(level="master", obtained_on="2022-03-15")],
            "work_history": [],
        }
    )
    result = timeline(answers)
    # Within "les 24 mois précédant" from 2022-03-16 (the day after) to 2024-03-15: on
    # 2024-03-16 the window starts on 2022-03-16, after the diploma.
    assert spans_of(result, "ai-quebec-graduate", "francophone") == [
        ("2021-04-22", "2022-03-15", "not-eligible", []),
        ("2022-03-16", "2024-03-15", "eligible", ["art9/3"]),
        ("2024-03-16", "2025-12-31", "not-eligible", ["art9/3"]),
    ]
    closing = result.ways[2].spans[2].changed_by
    words = timeline_json(result, "en")["ways"][2]["spans"][2]["changed_by"]
    assert [c.condition for c in closing] == ["art9/3"]
    assert "not met from this day" in words[0]["words"]


def test_the_amendment_changes_the_verdict_on_its_day_and_is_a_marked_event():
    # Before A.M. 2023-002 the 2021 text (NOC 2016 skill levels) decides art. 7 3°; the
    # example gives no skill level: cannot tell up to 2023-11-22, eligible from 2023-11-23.
    answers = example("ai-foreign-worker")
    result = timeline(answers)
    amended = program_dates().amended
    assert amended == date(2023, 11, 23)
    way = ("ai-foreign-worker", "francisation")
    assert verdicts_on(result, amended - ONE_DAY)[way] == "incomplete"
    assert verdicts_on(result, amended)[way] == "eligible"
    for day in (amended - ONE_DAY, amended):
        assert verdicts_on(result, day) == engine_on(answers, day)
    data = timeline_json(result, "en")
    span = next(s for s in data["ways"][1]["spans"] if s["from"] == "2023-11-23")
    assert [c["id"] for c in span["changed_by"]] == ["art7/3"]
    assert span["changed_by"][0]["words"].endswith("met from this day")
    events = {e["event"]: e["date"] for e in data["events"]}
    assert events["amended"] == "2023-11-23"


def test_the_repeal_ends_every_way_on_its_day():
    # Eligible everywhere on 2025-12-31: a master's of 2025-06-01 (art. 7 waiver, art. 9 3°).
    answers = build({"diplomas": [quebec_diploma(obtained_on="2025-06-01")]})
    result = timeline(answers, last=date(2026, 3, 31))
    for way in result.ways:
        last = way.spans[-1]
        assert (last.start, last.end, last.verdict) == (
            date(2026, 1, 1),
            date(2026, 3, 31),
            "not-eligible",
        )
        assert [c.condition for c in last.changed_by] == ["art14"]
    data = timeline_json(result, "fr")
    assert data["ways"][0]["spans"][-1]["changed_by"] == [
        {"id": "art14", "words": "le programme est abrogé"}
    ]


def test_the_job_held_counts_from_its_start_and_cannot_be_told_before():
    answers = build({"work_history": [qualifying_period(start="2019-01-01")]})
    before = assess(answers, date(2018, 12, 31)).outcomes["art7/4"]
    assert before.status.value == "unknown"
    assert assess(answers, date(2019, 1, 1)).outcomes["art7/4"].status.value == "met"


def test_the_sentences_say_each_span_in_the_readers_language():
    result = timeline(example("ai-quebec-graduate"))
    way = next(w for w in result.ways if w.stream == "ai-quebec-graduate")
    fr = way_sentences(way, "fr")
    assert fr[-1].startswith("Intelligence artificielle — Diplômé du Québec — Profil Francophone")
    assert "6 juin 2024" in fr[-1] and "abrogation du programme" in fr[-1]
    en = way_sentences(way, "en")
    assert "June 6, 2024" in en[-1] and "repeal" in en[-1]


def test_a_range_of_a_few_days_is_covered_exactly():
    answers = example("ai-foreign-worker")
    result = timeline(answers, first=date(2023, 11, 21), last=date(2023, 11, 25))
    assert spans_of(result, "ai-foreign-worker", "francisation") == [
        ("2023-11-21", "2023-11-22", "incomplete", []),
        ("2023-11-23", "2023-11-25", "eligible", ["art7/3"]),
    ]
