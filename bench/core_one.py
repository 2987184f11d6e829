"""Core, one person: the time to assess one complete answers file, in-process.

For each of examples/*.json: `assess()` alone (all six ways, every finding decided, no message
formatting), then `assess()` + `assessment_json()` (every finding with its message, figures,
gaps and citations, in French and in English), and the whole path from the file's bytes.
Each call is timed on its own; median and 95th percentile are over all calls of the three files.

    .venv/bin/python bench/core_one.py [--tiny] [--calls N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import REPO, median, percentile, print_machine, print_table, verdict  # noqa: E402
from core.answers_file import parse_answers  # noqa: E402
from core.assess import assess  # noqa: E402
from core.contract import assessment_json  # noqa: E402

BUDGET_BARE_US = 100
BUDGET_MESSAGES_US = 1000


def _cases() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted((REPO / "examples").glob("*.json"))]


def _time(fn, calls: int) -> list[float]:
    """Microseconds per call, each call timed alone."""
    samples = []
    clock = time.perf_counter_ns
    for _ in range(calls):
        start = clock()
        fn()
        samples.append((clock() - start) / 1000)
    return samples


def measure(calls: int) -> dict[str, dict[str, list[float]]]:
    results: dict[str, dict[str, list[float]]] = {}
    for name, raw in _cases():
        answers = parse_answers(raw)
        ways = {
            "assess() only (no messages)": lambda a=answers: assess(a),
            "assess() + messages, fr": lambda a=answers: assessment_json(assess(a), "fr"),
            "assess() + messages, en": lambda a=answers: assessment_json(assess(a), "en"),
            "bytes → parse → assess → messages, fr": lambda r=raw: assessment_json(
                assess(parse_answers(r)), "fr"
            ),
        }
        for label, fn in ways.items():
            for _ in range(max(3, calls // 20)):  # warm: catalogs, tables, caches of the run
                fn()
            gc.collect()
            results.setdefault(label, {})[name] = _time(fn, calls)
    return results


def profile(calls: int) -> None:
    cases = [parse_answers(raw) for _, raw in _cases()]

    def loop() -> None:
        for _ in range(calls):
            for answers in cases:
                assessment_json(assess(answers), "fr")

    loop()
    profiler = cProfile.Profile()
    profiler.runcall(loop)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Core, one person")
    parser.add_argument("--tiny", action="store_true", help="a minimal run (checks it works)")
    parser.add_argument("--calls", type=int, default=3000, help="timed calls per file and way")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the hot path")
    args = parser.parse_args(argv)
    calls = 20 if args.tiny else args.calls
    print_machine()
    if args.profile:
        profile(calls // 10 or 1)
    results = measure(calls)
    rows = []
    budgets = {
        "assess() only (no messages)": BUDGET_BARE_US,
        "assess() + messages, fr": BUDGET_MESSAGES_US,
        "assess() + messages, en": BUDGET_MESSAGES_US,
    }
    for label, by_file in results.items():
        pooled = [s for samples in by_file.values() for s in samples]
        per_file = ", ".join(
            f"{name.removesuffix('.json')} {median(s):.0f}" for name, s in by_file.items()
        )
        budget = budgets.get(label)
        rows.append(
            [
                label,
                f"{median(pooled):.0f}",
                f"{percentile(pooled, 95):.0f}",
                per_file,
                f"≤ {budget}" if budget else "—",
                verdict(median(pooled) <= budget if budget else None),
            ]
        )
    print_table(
        f"Core, one person ({calls} calls per file, µs per assessment)",
        ["what", "median µs", "p95 µs", "median per file µs", "budget (median) µs", "vs budget"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
