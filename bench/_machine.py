"""The machine a benchmark ran on, and small helpers shared by the benchmarks (no timing here).

python bench/_machine.py      # prints the machine line
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "? GiB"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_line() -> str:
    cores = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = cores
    return (
        f"machine: {_cpu_model()}, {cores} cores ({usable} usable), RAM {_ram_gib()}, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"Streamlit {_version('streamlit')}, pydantic {_version('pydantic')}, "
        f"Babel {_version('babel')}, Playwright {_version('playwright')}"
    )


def print_machine() -> None:
    print(machine_line(), flush=True)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100), linear between the two nearest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table (pasted as is into bench/README.md)."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
    print(flush=True)


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("within" if ok else "OVER")


def python() -> str:
    return sys.executable


if __name__ == "__main__":
    print_machine()
