"""Core, a file over time: the whole life of the program for one file, side by side with one
run of the results page's script for the same file.

For each example: `timeline()` over 2021-04-22 → 2025-12-31 and its JSON in French (every span,
every change in words), against the results page's script (app.py and screens/results.py, run
by AppTest with the file's answers in the session, timed as bench/app_interactions.py times
it: CPU time of the script's thread, one script cache shared by the runs). The two are timed
in turns, in the same process, so both see the same load; the budget is on the ratio (≤ 2).
Also the slowest kind of file found (work at both ends of a sliding 60-month window while the
condition is not met: read day by day, see docs/timeline.md), against the same results run.

    .venv/bin/python bench/timeline.py [--tiny] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import REPO, median, print_machine, print_table, verdict  # noqa: E402
from bench.app_interactions import _SCRIPT_RUNS, _hook_script_timer  # noqa: E402
from core.answers import Answers  # noqa: E402
from core.answers_file import parse_answers  # noqa: E402
from core.timeline import timeline, timeline_json  # noqa: E402

BUDGET_RATIO = 2.0
EXAMPLES = sorted((REPO / "examples").glob("*.json"))

# Work from 2017-01-01 to 2018-12-31, then from 2022-03-01 (an offer accepted): for the
# applications of 2022-01-03 to 2024-02-29 both ends of the 60-month window lie in work and
# the 24 months are not reached (tests/core/test_timeline.py pins these days).
SLOWEST = {
    "diplomas": [
        {"level": "bachelor", "issued_in_quebec": True, "obtained_on": "2015-06-01"},
    ],
    "work_history": [
        {"noc_code": "21211", "noc2016_skill": "A", "start": "2017-01-01", "end": "2018-12-31", "full_time": True,
         "in_quebec": True, "controlled_company": False, "ineligible_sector": False},
        {"noc_code": "21211", "noc2016_skill": "A", "start": "2022-03-01", "ongoing": True, "full_time": True,
         "in_quebec": True, "controlled_company": False, "ineligible_sector": False},
    ],
}  # fmt: skip


def cpu_ms(fn) -> float:  # noqa: ANN001
    started = time.thread_time()
    fn()
    return (time.thread_time() - started) * 1000


def results_app(answers: dict):  # noqa: ANN201
    """AppTest on the results page with these answers in the session."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.session_state["answers"] = answers
    at.run()
    at.switch_page("screens/results.py").run()
    if at.exception:
        raise RuntimeError(str(at.exception))
    return at


def results_ms(at) -> float:  # noqa: ANN001
    _SCRIPT_RUNS.clear()
    at.run()
    return sum(_SCRIPT_RUNS)


def measure(rounds: int) -> list[list[str]]:
    _hook_script_timer()
    rows = []
    cases = [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in EXAMPLES]
    slowest_answers = Answers.model_validate({"schema_version": 1, **SLOWEST})
    reference = None
    for name, data in cases:
        answers = parse_answers(json.dumps(data).encode())
        at = results_app(data)
        whole = lambda a=answers: timeline_json(timeline(a), "fr")  # noqa: E731
        whole(), results_ms(at)  # warm: catalogs, tables, the script cache
        life, page = [], []
        for _ in range(rounds):  # in turns: both under the same load
            life.append(cpu_ms(whole))
            page.append(results_ms(at))
        days = len(timeline(answers).days)
        ratio = median(life) / median(page)
        rows.append(_row(name, days, life, page, ratio))
        reference = reference or (at, name)
    at, name = reference
    slow = lambda: timeline_json(timeline(slowest_answers), "fr")  # noqa: E731
    slow()
    life, page = [], []
    for _ in range(max(1, rounds // 4)):
        life.append(cpu_ms(slow))
        page.append(results_ms(at))
    days = len(timeline(slowest_answers).days)
    rows.append(
        _row(
            f"slowest kind found (vs results of {name})",
            days,
            life,
            page,
            median(life) / median(page),
        )
    )
    return rows


def _row(name: str, days: int, life: list[float], page: list[float], ratio: float) -> list[str]:
    return [
        name,
        str(days),
        f"{median(life):.1f}",
        f"{median(page):.1f}",
        f"{ratio:.2f}",
        f"≤ {BUDGET_RATIO}",
        verdict(ratio <= BUDGET_RATIO),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Core, a file over time")
    parser.add_argument("--tiny", action="store_true", help="a minimal run (checks it works)")
    parser.add_argument("--rounds", type=int, default=40, help="timed runs of each, in turns")
    args = parser.parse_args(argv)
    rounds = 3 if args.tiny else args.rounds
    print_machine()
    rows = measure(rounds)
    print_table(
        f"A file over the program's life vs one results page run ({rounds} runs each, CPU ms)",
        [
            "file",
            "days assessed",
            "timeline + JSON (fr), ms",
            "results script, ms",
            "ratio",
            "budget",
            "vs budget",
        ],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
