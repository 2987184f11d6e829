"""Builders for answers files used by the core tests.

`complete()` is one person whose answers meet every condition of all six ways in at
APP (2025-06-01): a Québec master's obtained 2023-12-15 (18 months before: inside art. 9 3°'s
24 months, outside the 12 months of the art. 7 waiver), full-time NOC 21211 work in Québec since
2019-01-01, a 120 000 $ AI job in Montréal, an hourly wage of 57.69 $ (120 000 / (40 × 52))
above a typed threshold of 50 $, oral French level 8, the undertaking and the funds confirmed.

A test changes only what it is about with `build({...})` (a deep merge: `None` erases an
answer, which then means "unknown"), and reads the status of one condition with `status()`.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from core.answers import Answers
from core.assess import assess

APP = date(2025, 6, 1)

MET = "met"
NOT_MET = "not-met"
UNKNOWN = "unknown"
NOT_APPLICABLE = "not-applicable"


def qualifying_period(**fields: Any) -> dict[str, Any]:
    """A full-time NOC 21211 (data scientist, TEER 1, art. 12 7°) job in Québec, not controlled."""
    period = {
        "title": "Data scientist",
        "noc_code": "21211",
        "start": "2019-01-01",
        "end": None,
        "ongoing": True,
        "full_time": True,
        "in_quebec": True,
        "controlled_company": False,
        "ineligible_sector": False,
        "vfx_sector": None,
        "related_to_it_vfx": None,
    }
    period.update(fields)
    if period.get("end") is not None and "ongoing" not in fields:
        period["ongoing"] = None
    return period


def quebec_diploma(level: str = "master", obtained_on: str = "2023-12-15", **fields: Any) -> dict:
    diploma = {
        "title": "Diploma",
        "level": level,
        "issued_in_quebec": True,
        "obtained_on": obtained_on,
        "share_in_quebec_percent": 100,
    }
    diploma.update(fields)
    return diploma


def foreign_diploma(level: str, equivalent_level: str | None, obtained_on: str, **fields) -> dict:
    diploma = {
        "title": "Foreign diploma",
        "level": level,
        "issued_in_quebec": False,
        "equivalent_level": equivalent_level,
        "obtained_on": obtained_on,
    }
    diploma.update(fields)
    return diploma


def complete() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "application_date": APP.isoformat(),
        "spouse_open_work_permit": False,
        "stay": {"in_quebec": True, "purpose": "work"},
        "diplomas": [quebec_diploma()],
        "scholarship": {"has_return_condition": False},
        "work_history": [qualifying_period()],
        "job": {
            "status": "held",
            "title": "Machine-learning engineer",
            "noc_code": "21211",
            "full_time": True,
            "in_quebec": True,
            "employer_municipality": "Montréal",
            "ai_sector": True,
            "ineligible_sector": False,
            "controlled_company": False,
            "skills_meet_requirements": True,
            "annual_salary": 120000,
            "weekly_hours": 40,
            "wage_threshold": 50,
        },
        "french": {"oral_level": 8},
        "family": {
            "adults": 1,
            "children_under_18": 0,
            "dependent_children_18_plus": 0,
            "dependent_canadian_children": 0,
            "undertaking_signed": True,
            "funds_meet_scale": True,
        },
    }


def merge(base: Any, patch: Any) -> Any:
    """Deep merge of dicts; lists and scalars (None included) replace."""
    if isinstance(base, dict) and isinstance(patch, dict):
        merged = dict(base)
        for key, value in patch.items():
            merged[key] = merge(base.get(key), value) if key in base else copy.deepcopy(value)
        return merged
    return copy.deepcopy(patch)


def build_dict(*patches: dict[str, Any]) -> dict[str, Any]:
    data = complete()
    for patch in patches:
        data = merge(data, patch)
    return data


def build(*patches: dict[str, Any]) -> Answers:
    return Answers.model_validate(build_dict(*patches))


def status(answers: Answers, cid: str, on: date | None = APP) -> str:
    """The status of one condition as `assess` decides it."""
    return assess(answers, on).outcomes[cid].status.value


def outcome(answers: Answers, cid: str, on: date | None = APP):
    return assess(answers, on).outcomes[cid]


def verdicts(answers: Answers, on: date | None = APP) -> dict[str, str]:
    return {f"{w.stream}/{w.profile}": w.verdict for w in assess(answers, on).ways}


def finding_status(answers: Answers, cid: str, stream: str, profile: str, on=APP) -> str:
    way = assess(answers, on).way(stream, profile)
    return next(f.status.value for f in way.findings if f.id == cid)


def french(**fields: Any) -> Answers:
    """The complete file with only the oral-French answers given (every other proof cleared)."""
    blank = {
        "oral_level": None,
        "test": None,
        "test_date": None,
        "listening": None,
        "speaking": None,
        "three_years_studies_in_french": None,
    }
    return build({"french": {**blank, **fields}})
