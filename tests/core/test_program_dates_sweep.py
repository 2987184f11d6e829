"""Art. 1 and 14 over time: one complete file assessed on the first and last day of every month
from January 2021 to December 2026, and on the days around the start and the repeal.

Outside [2021-04-22, 2025-12-31] every way in is not eligible, art1 (before) or art14 (after)
is the first reason given, and the other conditions are still reported.
"""

from __future__ import annotations

import calendar
import json
from datetime import date
from pathlib import Path

import pytest

from core.answers_file import parse_answers
from core.assess import CONDITION_IDS, STREAMS, assess
from core.contract import assessment_json

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ai-foreign-worker.json"
START = date(2021, 4, 22)
REPEAL = date(2026, 1, 1)


def sweep_dates() -> list[date]:
    days = {date(2021, 4, 21), date(2021, 4, 22), date(2025, 12, 31), date(2026, 1, 1)}
    for year in range(2021, 2027):
        for month in range(1, 13):
            days.add(date(year, month, 1))
            days.add(date(year, month, calendar.monthrange(year, month)[1]))
    return sorted(days)


DATES = sweep_dates()


@pytest.fixture(scope="module")
def answers():
    return parse_answers(EXAMPLE.read_bytes())


def test_the_sweep_covers_every_month_and_the_four_edge_days():
    # 144 first and last days; 2021-04-21 and 2021-04-22 added (2025-12-31, 2026-01-01 are in).
    assert len(DATES) == 6 * 12 * 2 + 2
    assert {date(2021, 4, 21), date(2021, 4, 22), date(2025, 12, 31), date(2026, 1, 1)} <= set(
        DATES
    )


@pytest.mark.parametrize("day", DATES, ids=str)
def test_the_example_assessed_at_each_date_states_the_programs_dates_first(answers, day):
    result = json.loads(json.dumps(assessment_json(assess(answers, day), "en")))
    assert result["application_date"] == day.isoformat()
    in_force = START <= day < REPEAL
    assert result["program_in_force"] is in_force
    assert len(result["ways"]) == 6
    for way in result["ways"]:
        ids = [c["id"] for c in way["conditions"]]
        # Every condition of the way is still reported, with a status.
        assert ids == list(STREAMS[way["stream"]])
        assert all(
            c["status"] in {"met", "not-met", "unknown", "not-applicable"}
            for c in way["conditions"]
        )
        statuses = {c["id"]: c["status"] for c in way["conditions"]}
        unmet = [u["id"] for u in way["unmet"]]
        if day < START:
            assert way["verdict"] == "not-eligible"
            assert unmet[0] == "art1"
            assert statuses["art14"] == "met"
        elif day >= REPEAL:
            assert way["verdict"] == "not-eligible"
            assert unmet[0] == "art14"
            assert statuses["art1"] == "met"
        else:
            assert statuses["art1"] == statuses["art14"] == "met"
            assert "art1" not in unmet and "art14" not in unmet
        for finding in way["unmet"] + way["unknown"]:
            assert finding["message"]


def test_the_same_file_is_eligible_the_day_before_the_repeal_and_not_on_the_day_of_it(answers):
    before = assess(answers, date(2025, 12, 31))
    after = assess(answers, date(2026, 1, 1))
    assert before.way("ai-foreign-worker", "francisation").verdict == "eligible"
    way_after = after.way("ai-foreign-worker", "francisation")
    assert way_after.verdict == "not-eligible"
    assert [f.id for f in way_after.unmet] == ["art14"]
    # Everything else about the file stood as it did the day before.
    for cid in CONDITION_IDS:
        if cid not in ("art1", "art14"):
            assert after.outcomes[cid].status == before.outcomes[cid].status


def test_on_21_april_2021_art1_is_the_first_reason_and_on_22_april_it_is_gone(answers):
    before = assess(answers, date(2021, 4, 21))
    on = assess(answers, date(2021, 4, 22))
    for way in before.ways:
        assert way.unmet[0].id == "art1"
    for way in on.ways:
        assert "art1" not in [f.id for f in way.unmet]
