"""Counting work time: calendar months in a window, overlaps once, unknowns bounding the count.

Through core/experience.py directly and through art. 7 3° and 10 3° (24 months in the 60
months before the application). APP is 2025-06-01: the 60 months before are
[2020-06-01, 2025-05-31].
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

import pytest
from answers_builders import (
    APP,
    MET,
    NOT_MET,
    UNKNOWN,
    build,
    outcome,
    qualifying_period,
    quebec_diploma,
    status,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from core.answers import WorkPeriod
from core.assess import assess
from core.contract import condition_result, to_json
from core.experience import (
    Coverage,
    Duration,
    Span,
    add_months,
    months_after,
    months_before,
    tally,
)
from core.i18n import Translator
from core.rules.ai_foreign_worker import art7_qualifying_job


def finding_json(finding, t):
    """A condition's object in the contract's JSON (core.contract)."""
    return to_json(condition_result(finding, t))


BOTH = ("art7/3", "art10/3")


def history(*periods):
    # A bachelor's: no art. 7 waiver, so art. 7 3° is decided by the work alone.
    return build(
        {"work_history": list(periods), "diplomas": [quebec_diploma("bachelor", "2015-05-01")]}
    )


def both(answers, on=APP):
    return {cid: status(answers, cid, on) for cid in BOTH}


def d(text: str) -> date:
    return date.fromisoformat(text)


def finding(assessment, cid: str, lang: str) -> dict:
    """The condition as the reader sees it (message, figures) in one language."""
    way = next(w for w in assessment.ways if any(f.id == cid for f in w.findings))
    return finding_json(next(f for f in way.findings if f.id == cid), Translator(lang))


# --- the window ---------------------------------------------------------------------------------


def test_the_60_months_before_1_june_2025_run_from_1_june_2020_to_31_may_2025():
    assert months_before(APP, 60) == Span(d("2020-06-01"), d("2025-05-31"))


def test_the_12_months_after_31_march_2024_run_from_1_april_2024_to_31_march_2025():
    assert months_after(d("2024-03-31"), 12) == Span(d("2024-04-01"), d("2025-03-31"))


def test_months_before_a_31st_end_on_the_last_day_of_the_shorter_month():
    assert months_before(d("2025-03-31"), 1) == Span(d("2025-02-28"), d("2025-03-30"))


# --- calendar months ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2023-06-01", "2025-05-31", Duration(24, 0)),
        ("2023-06-02", "2025-05-31", Duration(23, 29)),  # 2–30 June: 29 days
        ("2024-01-15", "2024-03-14", Duration(2, 1)),  # February whole; 17 + 14 days
        ("2024-09-15", "2025-03-14", Duration(6, 0)),  # 16 + 14 days make the sixth month
        ("2024-02-15", "2024-08-14", Duration(5, 29)),  # begun inside February: 15 + 14 days
        ("2024-02-01", "2024-02-29", Duration(1, 0)),
        ("2024-02-01", "2024-02-28", Duration(0, 28)),
    ],
)
def test_a_stretch_counts_whole_calendar_months_and_the_other_days_at_30_a_month(
    start, end, expected
):
    assert Coverage.of([Span(d(start), d(end))]).duration == expected


def test_24_months_exactly_meet_art_7_3_and_10_3():
    assert both(history(qualifying_period(start="2023-06-01", end="2025-05-31"))) == {
        "art7/3": MET,
        "art10/3": MET,
    }


def test_23_whole_months_and_29_days_do_not_meet_art_7_3_and_10_3():
    # 2–30 June 2023 (29 days) and July 2023–May 2025 (23 whole months).
    answers = history(qualifying_period(start="2023-06-02", end="2025-05-31"))
    assert both(answers) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_one_day_short_says_so_beside_the_months_it_counts_in_both_languages():
    answers = history(qualifying_period(start="2023-06-02", end="2025-05-31"))
    found = outcome(answers, "art7/3")
    assert found.gap == Duration(0, 1)
    result = assess(answers, APP)
    assert finding(result, "art7/3", "en")["message"] == (
        "23 months and 29 days of full-time TEER 0–2 work between June 1, 2020 and May 31, "
        "2025: 1 day short of the 24 months required."
    )
    assert finding(result, "art7/3", "fr")["message"] == (
        "23 mois et 29 jours d'emploi à temps plein de catégorie FEER 0, 1 ou 2 entre "
        "le 1er juin 2020 et le 31 mai 2025\u00a0: il manque 1 jour pour atteindre les 24 mois "
        "exigés."
    )


def test_the_reading_is_stated_beside_the_condition_in_both_languages():
    result = assess(history(qualifying_period(start="2023-06-02", end="2025-05-31")), APP)
    assert "30 days making a month" in finding(result, "art7/3", "en")["reading"]
    assert "30 jours faisant un mois" in finding(result, "art10/3", "fr")["reading"]


# --- overlaps, adjacency, gaps ------------------------------------------------------------------


def test_overlapping_periods_are_counted_once():
    # Two jobs held at the same time for 13 months: 13 months, not 26.
    job_a = qualifying_period(start="2024-01-01", end="2025-01-31")
    job_b = qualifying_period(start="2024-01-01", end="2025-01-31", noc_code="21232")
    answers = history(job_a, job_b)
    assert both(answers) == {"art7/3": NOT_MET, "art10/3": NOT_MET}
    assert outcome(answers, "art10/3").comparisons[0].actual == Duration(13, 0)


def test_partly_overlapping_periods_count_their_union():
    # 2022-01-01..2023-12-31 and 2023-01-01..2024-06-30: 30 months of calendar time.
    spans = [Span(d("2022-01-01"), d("2023-12-31")), Span(d("2023-01-01"), d("2024-06-30"))]
    assert Coverage.of(spans).duration == Duration(30, 0)


def test_adjacent_periods_join_into_one_stretch():
    first = qualifying_period(start="2023-06-01", end="2024-05-31")
    second = qualifying_period(start="2024-06-01", end="2025-05-31", noc_code="21232")
    assert both(history(first, second)) == {"art7/3": MET, "art10/3": MET}


def test_a_month_long_gap_is_not_counted():
    first = qualifying_period(start="2023-05-01", end="2024-04-30")  # 12 months
    second = qualifying_period(start="2024-06-01", end="2025-05-31")  # 12 months
    assert both(history(first, second)) == {"art7/3": MET, "art10/3": MET}
    shorter = qualifying_period(start="2023-06-01", end="2024-04-30")  # 11 months
    assert both(history(shorter, second)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_split_work_adds_whole_months_and_pools_the_other_days():
    first = qualifying_period(start="2022-01-01", end="2022-12-31")  # 12 months
    second = qualifying_period(start="2024-01-02", end="2024-12-31")  # 30 days + 11 months
    assert both(history(first, second)) == {"art7/3": MET, "art10/3": MET}
    short = qualifying_period(start="2024-01-03", end="2024-12-31")  # 29 days + 11 months
    assert both(history(first, short)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_four_september_to_february_contracts_are_24_months_and_meet_them():
    # Issue 17: 4 × 6 whole calendar months, 724 days (formerly "not met" against 730 days).
    answers = history(
        qualifying_period(start="2020-09-01", end="2021-02-28"),
        qualifying_period(start="2021-09-01", end="2022-02-28"),
        qualifying_period(start="2022-09-01", end="2023-02-28"),
        qualifying_period(start="2024-09-01", end="2025-02-28"),
    )
    assert both(answers) == {"art7/3": MET, "art10/3": MET}
    result = assess(answers, APP)
    assert outcome(answers, "art7/3").comparisons[0].actual == Duration(24, 0)
    assert finding(result, "art7/3", "en")["message"] == (
        "24 months of full-time TEER 0–2 work between June 1, 2020 and May 31, 2025 "
        "(at least 24 months required)."
    )
    assert finding(result, "art10/3", "fr")["message"].startswith("24 mois d'emploi admissible")


def test_one_period_is_said_in_the_same_months_and_days_by_every_condition_of_a_report():
    # Issue 17: 2024-08-01 → 2025-01-28 was "5 months and 28 days" for art. 7 3° while
    # art. 9 4° (6 months) was met. Now 5 months and 28 days, 2 days short of 6, everywhere.
    on = date(2025, 6, 1)
    answers = build(
        {
            "work_history": [qualifying_period(start="2024-08-01", end="2025-01-28")],
            "diplomas": [quebec_diploma("dess", "2024-09-01", program_end_on="2024-07-15")],
        }
    )
    result = assess(answers, on)
    said = {
        cid: (result.outcomes[cid].status.value, result.outcomes[cid].comparisons[0].actual)
        for cid in ("art7/3", "art9/4", "art10/3")
    }
    assert said == {
        "art7/3": (NOT_MET, Duration(5, 28)),
        "art9/4": (NOT_MET, Duration(5, 28)),
        "art10/3": (NOT_MET, Duration(5, 28)),
    }
    assert result.outcomes["art9/4"].gap == Duration(0, 2)
    for lang, words in (("en", "5 months and 28 days"), ("fr", "5 mois et 28 jours")):
        for cid in ("art7/3", "art9/4", "art10/3"):
            assert finding(result, cid, lang)["message"].startswith(words), (lang, cid)


def test_two_whole_calendar_years_apart_are_24_months_and_meet_them():
    # The case: all of 2021 and all of 2023, full-time, application on 1 June 2025.
    answers = history(
        qualifying_period(start="2021-01-01", end="2021-12-31"),
        qualifying_period(start="2023-01-01", end="2023-12-31", noc_code="21232"),
    )
    assert both(answers) == {"art7/3": MET, "art10/3": MET}
    found = assess(answers, APP)
    assert outcome(answers, "art7/3").comparisons[0].actual == Duration(24, 0)
    assert finding(found, "art7/3", "en")["message"] == (
        "24 months of full-time TEER 0–2 work between June 1, 2020 and May 31, 2025 "
        "(at least 24 months required)."
    )
    assert finding(found, "art7/3", "fr")["message"] == (
        "24 mois d'emploi à temps plein de catégorie FEER 0, 1 ou 2 entre le 1er juin 2020 "
        "et le 31 mai 2025 (au moins 24 mois exigés)."
    )
    assert finding(found, "art10/3", "fr")["message"].startswith(
        "24 mois d'emploi admissible à temps plein (art. 12) entre"
    )


# --- the window's edges --------------------------------------------------------------------------


def test_a_period_straddling_the_window_start_counts_only_inside_the_window():
    # 2019-01-01..2022-05-31: inside the window from 2020-06-01, i.e. 24 months.
    inside = qualifying_period(start="2019-01-01", end="2022-05-31")
    assert both(history(inside)) == {"art7/3": MET, "art10/3": MET}
    # To 29 May 2022: 23 whole months and 29 days inside, however long it ran before. (To 30
    # May, the 30 days of May make the month: the reading's 30 days a month.)
    shorter = qualifying_period(start="2010-01-01", end="2022-05-29")
    assert both(history(shorter)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_work_older_than_60_months_does_not_count():
    old = qualifying_period(start="2015-01-01", end="2020-05-31")
    assert both(history(old)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_an_ongoing_job_counts_up_to_the_day_before_the_application():
    answers = history(qualifying_period(start="2023-06-01", ongoing=True))
    assert both(answers, APP) == {"art7/3": MET, "art10/3": MET}
    # Applying two days earlier, the same job has 23 whole months and 1–29 May 2025.
    assert both(answers, d("2025-05-30")) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_an_end_date_after_the_application_counts_only_up_to_the_day_before():
    answers = history(qualifying_period(start="2023-06-03", end="2026-12-31"))
    assert both(answers) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_a_period_starting_on_the_application_date_does_not_count():
    answers = history(qualifying_period(start="2025-06-01", ongoing=True))
    assert both(answers) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


# --- what counts ---------------------------------------------------------------------------------


def test_part_time_periods_are_left_out():
    full = qualifying_period(start="2024-06-01", end="2025-05-31")  # 12 months
    part = qualifying_period(start="2021-01-01", end="2024-05-31", full_time=False)
    assert both(history(full, part)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}
    made_full = qualifying_period(start="2021-01-01", end="2024-05-31")
    assert both(history(full, made_full)) == {"art7/3": MET, "art10/3": MET}


def test_a_controlled_company_counts_outside_quebec_and_not_in_quebec():
    abroad = qualifying_period(in_quebec=False, controlled_company=True)
    here = qualifying_period(in_quebec=True, controlled_company=True)
    assert both(history(abroad)) == {"art7/3": MET, "art10/3": MET}
    assert both(history(here)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


# --- unknown answers: unknown only when they could make the difference --------------------------


SURE_30 = qualifying_period(start="2022-12-01", end="2025-05-31")  # 30 months
SURE_20 = qualifying_period(start="2023-10-01", end="2025-05-31")  # 20 months
SURE_10 = qualifying_period(start="2024-08-01", end="2025-05-31")  # 10 months


@pytest.mark.parametrize("field", ["full_time", "noc_code", "ineligible_sector"])
def test_an_unknown_field_cannot_undo_what_is_already_enough(field):
    open_period = qualifying_period(start="2020-07-01", end="2022-06-30", **{field: None})
    assert both(history(SURE_30, open_period)) == {"art7/3": MET, "art10/3": MET}


@pytest.mark.parametrize("field", ["full_time", "noc_code", "ineligible_sector"])
def test_an_unknown_field_that_could_make_the_difference_leaves_it_unknown(field):
    open_period = qualifying_period(start="2020-07-01", end="2022-06-30", **{field: None})
    assert both(history(SURE_20, open_period)) == {"art7/3": UNKNOWN, "art10/3": UNKNOWN}


@pytest.mark.parametrize("field", ["full_time", "noc_code", "ineligible_sector"])
def test_an_unknown_field_too_short_to_matter_leaves_it_not_met(field):
    open_period = qualifying_period(start="2023-01-01", end="2023-06-30", **{field: None})
    assert both(history(SURE_10, open_period)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_an_unknown_period_inside_a_counted_one_adds_nothing():
    overlapping = qualifying_period(start="2024-01-01", end="2024-12-31", full_time=None)
    assert both(history(SURE_20, overlapping)) == {"art7/3": NOT_MET, "art10/3": NOT_MET}


def test_an_unknown_start_date_could_stretch_over_the_whole_window():
    open_start = qualifying_period(start=None, end="2023-09-30")
    assert both(history(SURE_10, open_start)) == {"art7/3": UNKNOWN, "art10/3": UNKNOWN}


def test_a_controlled_company_whose_place_is_unknown_is_undecided():
    unsure = qualifying_period(
        start="2020-07-01", end="2022-06-30", in_quebec=None, controlled_company=True
    )
    assert both(history(SURE_20, unsure)) == {"art7/3": UNKNOWN, "art10/3": UNKNOWN}


def test_tally_names_the_periods_counted_and_those_still_to_describe():
    periods = [
        WorkPeriod.model_validate(p)
        for p in (
            SURE_20,
            qualifying_period(start="2020-07-01", end="2022-06-30", full_time=None),
            qualifying_period(start="2020-07-01", end="2022-06-30", full_time=False),
        )
    ]
    count = tally(periods, art7_qualifying_job, months_before(APP, 60), APP)
    assert count.counted == (0,)
    assert count.undecided == (1,)
    assert count.sure == Duration(20, 0)
    assert count.possible == Duration(44, 0)
    assert count.reaches(24) is None


@pytest.mark.parametrize(
    ("start", "missing"),
    [
        ("2023-06-01", Duration(0, 0)),
        ("2023-10-01", Duration(4, 0)),  # 20 whole months
        ("2023-06-21", Duration(0, 20)),  # 21–30 June (10 days) and 23 whole months
    ],
)
def test_the_shortfall_says_how_much_work_is_missing(start, missing):
    window = months_before(d("2025-06-01"), 60)
    periods = [WorkPeriod(start=d(start), end=d("2025-05-31"), full_time=True)]
    count = tally(periods, lambda period: True, window, d("2025-06-01"))
    assert count.shortfall(24) == missing


def test_one_more_day_of_qualifying_work_never_turns_met_into_not_met():
    # Counted from date to date, a stretch from 31 January is a month by 29 February, and
    # filling the day before it would lower the count; whole calendar months never drop.
    rank = {NOT_MET: 0, "unknown": 1, MET: 2}
    base = [
        qualifying_period(start="2022-01-01", end="2023-12-01"),
        qualifying_period(start="2024-01-02", end="2024-01-29"),
        qualifying_period(start="2024-01-31", end="2024-02-29"),
    ]
    for day in ("2023-12-02", "2024-01-01", "2024-01-30", "2024-03-01"):
        before = both(history(*base))
        after = both(history(*base, qualifying_period(start=day, end=day)))
        for cid in before:
            assert rank[after[cid]] >= rank[before[cid]], (day, cid, before, after)


# --- the reading's two promises, for any work (Hypothesis) -------------------------------------

DAYS = st.dates(date(2015, 1, 1), date(2025, 12, 31))


@st.composite
def spans(draw):
    start = draw(DAYS)
    return Span(start, start + timedelta(days=draw(st.integers(0, 900))))


@settings(max_examples=500, deadline=None)
@given(st.sets(st.tuples(st.integers(2015, 2025), st.integers(1, 12)), min_size=1, max_size=40))
def test_any_n_whole_calendar_months_in_any_periods_are_n_months(months):
    """(a) N whole calendar months, in one period or several, always make N months."""
    whole = [
        Span(date(year, month, 1), date(year, month, monthrange(year, month)[1]))
        for year, month in months
    ]
    assert Coverage.of(whole).duration == Duration(len(months), 0)


@settings(max_examples=500, deadline=None)
@given(DAYS, st.integers(1, 60))
def test_n_months_from_date_to_date_are_n_months_unless_february_cuts_them_short(start, n):
    """Also N months from date to date, unless they begin inside February or end inside a
    February shorter than their first day (30 January to 27 February): 1 or 2 days short."""
    after = add_months(start, n)
    counted = Coverage.of([Span(start, after - timedelta(days=1))]).duration
    if start.month == 2 or after.day != start.day:
        assert counted.at_least(n) or (counted.months == n - 1 and counted.days >= 28)
    else:
        assert counted.at_least(n)


@settings(max_examples=1000, deadline=None)
@given(st.lists(spans(), max_size=6), spans(), st.integers(0, 5), st.integers(1, 3))
def test_more_days_worked_never_lower_the_count(base, added, which, more):
    """(b) Adding a period, or days to the end or start of one, never lowers the count."""
    before = Coverage.of(base).in_days
    assert Coverage.of([*base, added]).in_days >= before
    if base:
        index = which % len(base)
        span = base[index]
        longer = Span(span.start - timedelta(days=more), span.end + timedelta(days=more))
        assert Coverage.of([*base[:index], longer, *base[index + 1 :]]).in_days >= before


def test_a_masters_obtained_on_the_application_day_does_not_waive_7_3_and_the_sentence_says_why():
    # Issue 17: "0 months … 730 days short" and never why the master's did not waive it.
    answers = build({"work_history": [], "diplomas": [quebec_diploma("master", APP.isoformat())]})
    assert status(answers, "art7/3") == NOT_MET
    result = assess(answers, APP)
    en = finding(result, "art7/3", "en")["message"]
    fr = finding(result, "art7/3", "fr")["message"]
    assert en.startswith("0 months of full-time TEER 0–2 work")
    assert "24 months short of the 24 months required" in en
    assert "obtained on June 1, 2025, the application date itself, does not waive it" in en
    assert "the 12 months preceding the date" in en
    assert "obtenu le 1er juin 2025, le jour même de la demande, ne lève pas la condition" in fr
    assert "«\u00a0les 12 mois précédant la date\u00a0»" in fr
    # A day earlier it is inside the 12 months: waived.
    earlier = build({"diplomas": [quebec_diploma("master", "2025-05-31")]})
    assert status(earlier, "art7/3") == "not-applicable"


def test_no_message_speaks_of_the_shortest_months_of_the_calendar_any_more():
    # Issue 17: "the 181 days that the shortest 6 months on the calendar hold" was false (the
    # six shortest months hold 179 days) and belonged to the count by days.
    from pathlib import Path

    from babel.messages.pofile import read_po

    po = Path(__file__).resolve().parents[2] / "locales" / "fr_CA" / "LC_MESSAGES" / "messages.po"
    said = [f"{m.id} {m.string}" for m in read_po(po.open("rb")) if isinstance(m.id, str)]
    assert not [s for s in said if "shortest" in s or "plus courts" in s]
