"""Core, a caseload: `python -m core evaluate-batch` end to end on generated answers files.

Generates N varied, realistic answers files (bench/gen_answers.py) into a JSON Lines file in a
temporary folder, then runs the command line on it as a separate process, once per output
format (`jsonl`, the contract's full output with every message; `csv`, verdicts only). Output
goes to /dev/null (100 000 full JSON results are about 2.4 GB). Reports files per second (wall
and CPU, workers included), and peak memory (ru_maxrss from wait4: the largest process), with
`--jobs 1` (one process) and the default (every core), side by side. Then the example files as
JSON Lines (the issue's reference input), and, in-process on a sample, where the time of one
record goes.

    .venv/bin/python bench/core_batch.py [--tiny] [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._machine import REPO, median, print_machine, print_table, verdict  # noqa: E402
from bench.gen_answers import generate, write_jsonl  # noqa: E402

BUDGET_FILES_PER_S = 20_000
BUDGET_EXAMPLES_PER_S = 4_000  # issue 13: the example files as JSON Lines, with messages
BUDGET_SPEEDUP = 1.8  # issue 13: every core (2 here) against --jobs 1


def examples_table(count: int, folder: Path) -> None:
    """The example files as JSON Lines (the contract's output, with every message), with one
    process and with every core, side by side."""
    examples = [
        json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False)
        for p in sorted((REPO / "examples").glob("*.json"))
    ]
    source = folder / "examples.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(examples[index % len(examples)] + "\n")
    one = run_cli(source, "jsonl", jobs=1)
    every = run_cli(source, "jsonl")
    speedup = one["wall"] / every["wall"]
    rate = count / every["wall"]
    jobs = len(os.sched_getaffinity(0))
    print_table(
        f"The example files as JSON Lines, {count:,} records (messages included)",
        ["run", "wall s", "files/s", "files per CPU s", "peak RSS MiB", "budget", "vs budget"],
        [
            ["--jobs 1", f"{one['wall']:.1f}", f"{count / one['wall']:,.0f}",
             f"{count / one['cpu']:,.0f}", f"{one['peak_mib']:.0f}", "—", "n/a"],
            [f"default (every core: {jobs})", f"{every['wall']:.1f}", f"{rate:,.0f}",
             f"{count / every['cpu']:,.0f}", f"{every['peak_mib']:.0f}",
             f"≥ {BUDGET_EXAMPLES_PER_S:,} files/s", verdict(rate >= BUDGET_EXAMPLES_PER_S)],
            ["speed-up, every core ÷ one", f"{speedup:.2f}×", "", "", "",
             f"≥ {BUDGET_SPEEDUP}× on 2 cores", verdict(speedup >= BUDGET_SPEEDUP)],
        ],
    )  # fmt: skip


def run_cli(source: Path, fmt: str, jobs: int | None = None) -> dict[str, float]:
    cmd = [sys.executable, "-m", "core", "evaluate-batch", str(source), "--format", fmt]
    cmd += ["--jobs", str(jobs)] if jobs else []
    with open(os.devnull, "wb") as sink:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        errors = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        proc.stderr.close() if proc.stderr else None
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"evaluate-batch exited {code}: {errors[:2000]}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / 1024,  # kilobytes on Linux
    }


def startup() -> float:
    """Seconds for the command to start and assess nothing (imports, tables)."""
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.jsonl"
        empty.write_text("")
        return min(run_cli(empty, "csv")["wall"] for _ in range(3))


def breakdown(sample: int) -> list[list[object]]:
    """Microseconds per record for each stage, in-process, over `sample` generated records."""
    from core.answers import Answers
    from core.answers_file import answers_from_data, parse_answers
    from core.assess import assess
    from core.batch_json import assessment_json_bytes
    from core.contract import assessment_json

    raws = [
        json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode()
        for r in generate(sample, seed=11)
    ]
    datas = [json.loads(r) for r in raws]
    models = [answers_from_data(d) for d in datas]
    results = [assess(m) for m in models]
    outputs = [assessment_json(r, "fr") for r in results]
    stages = [
        ("json.loads (bytes → dict)", lambda: [json.loads(r) for r in raws]),
        ("answers_from_data (checks + pydantic model_validate)", lambda: [answers_from_data(d) for d in datas]),
        ("parse_answers (the CLI's path: both above)", lambda: [parse_answers(r) for r in raws]),
        ("Answers.model_validate_json on bytes (a cheaper path)", lambda: [Answers.model_validate_json(r) for r in raws]),
        ("assess (six ways, no messages)", lambda: [assess(m) for m in models]),
        ("assessment_json (messages, fr)", lambda: [assessment_json(r, "fr") for r in results]),
        ("json.dumps of the result", lambda: [json.dumps(o, ensure_ascii=False) for o in outputs]),
        ("assessment_json_bytes (the batch: messages and JSON as UTF-8, fr)", lambda: [assessment_json_bytes(r, "fr", "1") for r in results]),
    ]  # fmt: skip
    rows = []
    for label, fn in stages:
        fn()
        times = []
        for _ in range(3):
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) / sample * 1e6)
        rows.append([label, f"{median(times):.0f}"])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Core, a caseload")
    parser.add_argument("--tiny", action="store_true", help="a minimal run (checks it works)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--sample", type=int, default=2000, help="records for the breakdown")
    parser.add_argument("--examples", type=int, default=40_000, help="records of examples")
    parser.add_argument(
        "--examples-only", action="store_true", help="only the example files' table (issue 13)"
    )
    args = parser.parse_args(argv)
    sizes = [50, 200] if args.tiny else args.sizes
    sample = 50 if args.tiny else args.sample
    print_machine()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        load = os.getloadavg()
        examples_table(300 if args.tiny else args.examples, Path(tmp))
        print(
            "Load average (1 min) before / after the examples: "
            f"{load[0]:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs\n"
        )
        if args.examples_only:
            return 0
        for size in sizes:
            source = Path(tmp) / f"caseload-{size}.jsonl"
            size_bytes = write_jsonl(size, source)
            for fmt in ("jsonl", "csv"):
                got = run_cli(source, fmt)
                per_s = size / got["wall"]
                rows.append(
                    [
                        f"{size:,}",
                        fmt,
                        f"{size_bytes / 1e6:.1f} MB",
                        f"{got['wall']:.1f}",
                        f"{per_s:,.0f}",
                        f"{size / got['cpu']:,.0f}",
                        f"{got['peak_mib']:.0f}",
                        f"≥ {BUDGET_FILES_PER_S:,}",
                        verdict(per_s >= BUDGET_FILES_PER_S),
                    ]
                )
                print(f"  {size} {fmt}: {got}", file=sys.stderr, flush=True)
            source.unlink()
    print_table(
        "Core, a caseload: python -m core evaluate-batch FILE.jsonl > /dev/null (every core)",
        ["files", "format", "input", "wall s", "files/s", "files per CPU s", "peak RSS MiB",
         "budget files/s", "vs budget"],
        rows,
    )  # fmt: skip
    peaks = [float(r[6]) for r in rows if r[1] == "jsonl"]
    if len(peaks) > 1:
        print(
            f"Peak memory, jsonl, {sizes[0]:,} → {sizes[-1]:,} files: {peaks[0]:.0f} → "
            f"{peaks[-1]:.0f} MiB ({'flat' if peaks[-1] <= peaks[0] * 1.1 + 2 else 'GROWS'}).\n"
        )
    print(f"Command start-up with no record: {startup():.2f} s.\n")
    print_table(
        f"Where one record's time goes (in-process, {sample} generated records, µs per record)",
        ["stage", "µs per record"],
        breakdown(sample),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
