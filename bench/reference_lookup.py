"""Core, per keystroke: the occupation search and the municipality match, in-process.

Each query is typed one character at a time ("d", "dé", "dév", …) and every prefix is looked
up, as a search-as-you-type field would. Reported: the first call in a fresh process (it
builds the index from core/data), then the median and 95th percentile of every later call.

    .venv/bin/python bench/reference_lookup.py [--tiny] [--rounds N]
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import REPO, median, percentile, print_machine, print_table, verdict  # noqa: E402
from core.reference import match_municipality, search_occupations  # noqa: E402

BUDGET_KEYSTROKE_US = 10_000  # a keystroke's lookup, median (well under a frame of typing)
OCCUPATIONS = [
    ("développeur web", "fr"),
    ("scientifique des données", "fr"),
    ("compositor", "en"),
    ("visual effects artist", "en"),
    ("21232", "fr"),
    ("softwre develper", "en"),  # misspelt: the near-spelling path
    ("xqzvbn blorf", "fr"),  # nonsense: nothing found
]
PLACES = ["Sherbrooke", "Saint-Isidore", "St-Lambert (Longueuil)", "Ville de Québec", "Sherbrok"]
COLD = """
import sys, time
sys.path.insert(0, {repo!r})
from core.reference import {fn}
start = time.perf_counter()
{fn}({arg!r})
print((time.perf_counter() - start) * 1e6)
"""


def keystrokes(text: str) -> list[str]:
    return [text[:n] for n in range(1, len(text) + 1)]


def cold(fn: str, arg: str) -> float:
    """Microseconds for the first call in a fresh interpreter (tables read, index built)."""
    code = COLD.format(repo=str(REPO), fn=fn, arg=arg)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def timed(calls: list) -> list[float]:
    samples = []
    clock = time.perf_counter_ns
    for call in calls:
        start = clock()
        call()
        samples.append((clock() - start) / 1000)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Core, per keystroke")
    parser.add_argument("--tiny", action="store_true", help="a minimal run (checks it works)")
    parser.add_argument("--rounds", type=int, default=20, help="times each query is typed")
    args = parser.parse_args(argv)
    rounds = 1 if args.tiny else args.rounds
    print_machine()
    search_calls = [
        (lambda q=prefix, lang=lang: search_occupations(q, lang))
        for text, lang in OCCUPATIONS
        for prefix in keystrokes(text)
    ]
    match_calls = [
        (lambda q=prefix: match_municipality(q)) for text in PLACES for prefix in keystrokes(text)
    ]
    rows = []
    for label, calls, fn, arg in (
        ("search_occupations, each keystroke", search_calls, "search_occupations", "dév"),
        ("match_municipality, each keystroke", match_calls, "match_municipality", "Sherbrooke"),
    ):
        first = cold(fn, arg)
        for call in calls:  # warm
            call()
        gc.collect()
        samples = [s for _ in range(rounds) for s in timed(calls)]
        rows.append(
            [
                label,
                f"{first:.0f}",
                f"{median(samples):.0f}",
                f"{percentile(samples, 95):.0f}",
                f"{max(samples):.0f}",
                f"≤ {BUDGET_KEYSTROKE_US}",
                verdict(median(samples) <= BUDGET_KEYSTROKE_US),
            ]
        )
    print_table(
        f"Core, per keystroke ({rounds} rounds, µs per lookup)",
        [
            "what",
            "first call µs",
            "median µs",
            "p95 µs",
            "max µs",
            "budget (median) µs",
            "vs budget",
        ],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
