"""Realistic, varied answers files built from the examples, streamed to disk.

Each record starts from one of `examples/*.json` and is varied the way real caseloads vary: the
application date (inside and outside the program's dates), salaries, the employer's municipality
(exact, spelled loosely, misspelt, outside the CMM), occupations, dates and lengths of work,
diplomas, French tests and scores, family size and funds; some answers are left out (not yet
answered). Now and then a question the example leaves blank is answered with a value its
declaration allows (core/answers.py: its options, bounds, kind), so every declared question is
exercised, a new one included (tests/core/test_generated_files_cover_every_question.py).
Every record is a valid answers file (schema_version 1). Deterministic for a seed.

    python bench/gen_answers.py N OUT.jsonl [--seed 5]      # JSON Lines, one file a line
    python bench/gen_answers.py N OUT_DIR --folder          # one *.json file each
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from core import paths  # noqa: E402
from core.answers_file import AnswersFileError, answers_from_data  # noqa: E402
from core.questions import QUESTIONS, Kind, Question  # noqa: E402

FILL = 0.03  # the chance that a question left blank is answered from its declaration
EXAMPLES = sorted((REPO / "examples").glob("*.json"))

MUNICIPALITIES = [
    "Montréal", "Montreal", "montreal", "Laval", "Longueuil", "Brossard", "Terrebonne",
    "St-Laurent", "Ste-Julie", "Boucherville", "Dorval", "Repentigny", "Mirabel",
    "Québec", "Sherbrooke", "Gatineau", "Trois-Rivières", "Saint-Jérôme", "Lavaltrie",
    "Montréall", "Lavall", "Longeuil", "Sherbroke",
]  # fmt: skip
ART12_NOCS = ["21211", "21223", "21233", "21232", "21230", "21231", "21234", "52120", "41200"]
OTHER_NOCS = ["21300", "22220", "13100", "62020", "11100", "21399", "52112", "64100"]
LEVELS = ["bachelor", "master", "doctorate", "dess", "dec-technical", "dec-general", "aec"]
FRENCH = ["tef-canada", "tefaq", "tcf-canada", "tcf-quebec", "delf-b2", "dalf-c1", "delf-below-b2"]


def _day(value: date) -> str:
    return value.isoformat()


def _shift(text: str | None, days: int) -> str | None:
    return None if text is None else _day(date.fromisoformat(text) + timedelta(days=days))


def vary(base: dict, rng: random.Random) -> dict:
    """One plausible person derived from an example (always a valid answers file)."""
    data = copy.deepcopy(base)
    data.pop("notes", None)
    # Application date: mostly while the program was open, some before or after it.
    applied = date(2021, 1, 1) + timedelta(days=rng.randrange(0, 5 * 365 + 200))
    data["application_date"] = _day(applied)
    offset = (applied - date.fromisoformat(base["application_date"])).days
    # Move the person's history with the application date, give or take a few months.
    drift = offset + rng.randrange(-240, 240)
    for diploma in data.get("diplomas") or []:
        for key in ("obtained_on", "program_end_on"):
            diploma[key] = _shift(diploma.get(key), drift)
        if rng.random() < 0.15:
            diploma["level"] = rng.choice(LEVELS)
            if diploma.get("issued_in_quebec") is False:
                diploma["equivalent_level"] = diploma["level"]
        if rng.random() < 0.05:
            diploma.pop("obtained_on", None)
        if "share_in_quebec_percent" in diploma and rng.random() < 0.2:
            diploma["share_in_quebec_percent"] = rng.choice([30, 50, 75, 100])
    periods = data.get("work_history") or []
    for period in periods:
        length = rng.randrange(-300, 300)
        period["start"] = _shift(period.get("start"), drift)
        if period.get("end"):
            period["end"] = _shift(period["end"], drift + max(length, -30))
        if rng.random() < 0.2:
            period["noc_code"] = rng.choice(ART12_NOCS + OTHER_NOCS)
        if rng.random() < 0.1:
            period["full_time"] = rng.choice([True, False, None])
    if periods and rng.random() < 0.3:  # an earlier job
        first = date.fromisoformat(periods[0]["start"])
        start = first - timedelta(days=rng.randrange(200, 1200))
        periods.insert(
            0,
            {
                "noc_code": rng.choice(ART12_NOCS + OTHER_NOCS),
                "start": _day(start),
                "end": _day(start + timedelta(days=rng.randrange(60, 180))),
                "full_time": rng.random() < 0.8,
                "in_quebec": False,
                "controlled_company": False,
                "ineligible_sector": False,
            },
        )
    if rng.random() < 0.05:
        data["work_history"] = None if rng.random() < 0.5 else []
    job = data["job"]
    roll = rng.random()
    if roll < 0.05:
        data["job"] = {"status": "none"}
    else:
        job["annual_salary"] = rng.choice([55_000, 72_000, 75_000, 80_000, 95_000, 99_999, 100_000])
        job["annual_salary"] += rng.randrange(0, 40_000)
        job["employer_municipality"] = rng.choice(MUNICIPALITIES)
        if rng.random() < 0.3:
            job["noc_code"] = rng.choice(ART12_NOCS)
        if rng.random() < 0.2:
            job["weekly_hours"] = rng.choice([35, 37.5, 40])
        if rng.random() < 0.1:
            job["wage_threshold"] = rng.choice([38.5, 45, 52.75])
        for key in ("full_time", "ai_sector", "skills_meet_requirements"):
            if rng.random() < 0.05:
                job.pop(key, None)
    french = rng.random()
    if french < 0.3:
        data["french"] = {"oral_level": rng.randrange(4, 12)}
    elif french < 0.85:
        test = rng.choice(FRENCH)
        tested = applied - timedelta(days=rng.randrange(10, 900))
        scores = (
            {"listening": rng.randrange(380, 560), "speaking": rng.randrange(6, 18)}
            if test.startswith("tcf")
            else {"listening": rng.randrange(300, 600), "speaking": rng.randrange(300, 600)}
        )
        data["french"] = {"test": test, "test_date": _day(tested), **scores}
    else:
        data["french"] = {}
    family = data["family"]
    family["adults"] = rng.choice([1, 1, 2])
    family["children_under_18"] = rng.choice([0, 0, 1, 2, 3])
    if rng.random() < 0.4:
        family.pop("funds_meet_scale", None)
        family["funds"] = rng.randrange(2_000, 20_000)
        if rng.random() < 0.5:
            family["official_amount"] = rng.randrange(3_000, 12_000)
    if rng.random() < 0.05:
        data["stay"] = {"in_quebec": rng.choice([True, False]), "purpose": "study"}
    if rng.random() < 0.05:
        data["spouse_open_work_permit"] = True
    return _fill_declared(data, rng, applied)


def _fill_declared(data: dict, rng: random.Random, applied: date) -> dict:
    """A few blank answers given a value their declaration allows (kept if the file stays
    valid: a date after the end of its period, say, is not)."""
    for question in QUESTIONS:
        if question.kind is Kind.LIST:
            continue
        for path in _places(data, question):
            if rng.random() >= FILL or paths.read(data, path) is not None:
                continue
            trial = copy.deepcopy(data)
            paths.write(trial, path, _declared_value(question, rng, applied))
            try:
                answers_from_data(trial, check_text=False)
            except AnswersFileError:
                continue
            data = trial
    return data


def _places(data: dict, question: Question) -> list[str]:
    """The answer paths a question fills in this file: one per list entry for an entry's field."""
    if question.list_name is None:
        return [question.path]
    entries = data.get(question.list_name) or []
    return [f"{question.list_name}.{index}.{question.field}" for index in range(len(entries))]


def _declared_value(question: Question, rng: random.Random, applied: date) -> Any:
    kind = question.kind
    if kind is Kind.CHOICE:
        return rng.choice([value for value, _ in question.options])
    if kind is Kind.YES_NO:
        return rng.random() < 0.5
    if kind is Kind.DATE:
        return _day(applied - timedelta(days=rng.randrange(0, 2000)))
    if kind is Kind.NOC:
        return rng.choice(ART12_NOCS + OTHER_NOCS)
    if kind is Kind.MUNICIPALITY:
        return rng.choice(MUNICIPALITIES)
    if kind is Kind.TEXT:
        return rng.choice(["Analyste", "Data scientist", "Développeuse"])
    low, high = question.bounds or (0, 100)
    top = min(float(high), 150_000.0)  # a realistic figure, inside the model's bounds
    if kind in (Kind.WHOLE_NUMBER, Kind.MONEY):
        return rng.randint(int(low), int(top))
    return round(rng.uniform(max(float(low), 0.5), top), 2)


def generate(count: int, seed: int = 5) -> Iterator[dict]:
    bases = [json.loads(path.read_text(encoding="utf-8")) for path in EXAMPLES]
    rng = random.Random(seed)
    for index in range(count):
        yield vary(bases[index % len(bases)], rng)


def write_jsonl(count: int, path: Path, seed: int = 5) -> int:
    """Stream `count` records to `path`, one a line; returns the bytes written."""
    with path.open("w", encoding="utf-8") as out:
        for record in generate(count, seed):
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path.stat().st_size


def write_folder(count: int, folder: Path, seed: int = 5) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index, record in enumerate(generate(count, seed)):
        (folder / f"{index:07d}.json").write_text(json.dumps(record, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--folder", action="store_true", help="one *.json file per record")
    args = parser.parse_args()
    if args.folder:
        write_folder(args.count, args.out, args.seed)
    else:
        write_jsonl(args.count, args.out, args.seed)


if __name__ == "__main__":
    main()
