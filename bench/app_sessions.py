"""The app, many people: the server's memory with 1, 10 and 50 open sessions that have reached
the results, and the memory each session adds; side by side with the bare app.

Each session is a browser context that loads the welcome page and uploads
examples/ai-foreign-worker.json through the file uploader (`upload_answers`), which lands on
the first open step (then Next until the results) or on the results; the context then stays open (its session stays alive). Memory is the server
process's RSS (/proc/<pid>/status VmRSS) after a warm-up session (closed), then after each
count is reached, once the server is quiet (gc has run in the script thread's own time).

    .venv/bin/python bench/app_sessions.py [--tiny] [--counts 1 10 50]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import _app  # noqa: E402
from bench._machine import REPO, print_machine, print_table, verdict  # noqa: E402

EXAMPLE = REPO / "examples" / "ai-foreign-worker.json"
BUDGET_MIB_PER_SESSION = 2.0


def open_session(browser, url: str):  # noqa: ANN001, ANN201
    """A new session at the results of EXAMPLE; waits on the script runs (no sleeps)."""
    person = _app.Timed(browser, url)
    person.open()
    uploader = person.page.locator(f".{_app.key_class('upload_answers')} input[type=file]")
    # The upload's run lands on the first open step, or on the results (the real app's URL
    # becomes /results; the bare app shows the captured results screen).
    person.act(lambda: uploader.set_input_files(str(EXAMPLE)), "upload the example")
    next_button = person.page.locator(f".{_app.key_class('next')} button")
    for _ in range(20):  # Next (then "See the results") until the results
        if next_button.count() == 0:
            break
        person.act(next_button.click, "next")
    return person.context, person.page


def settle_rss(pid: int) -> float:
    """RSS once it stops moving (the server frees what a run left behind): the quantity itself
    is read every 0.5 s until two readings agree, there is no event to wait on."""
    last = _app.rss_mib(pid)
    for _ in range(20):
        time.sleep(0.5)
        now = _app.rss_mib(pid)
        if abs(now - last) < 0.2:
            return now
        last = now
    return last


def measure(browser, script: str, counts: list[int]) -> dict[int, float]:  # noqa: ANN001
    with _app.server(script) as server:
        context, _ = open_session(browser, server.url)  # warm-up: imports, caches, tables
        context.close()
        found = {0: settle_rss(server.pid)}
        contexts = []
        pages = []
        try:
            for count in sorted(counts):
                while len(contexts) < count:
                    context, page = open_session(browser, server.url)
                    contexts.append(context)
                    pages.append(page)
                if "results" not in pages[-1].url and script == _app.REAL:
                    raise RuntimeError(f"the upload did not land on the results: {pages[-1].url}")
                found[count] = settle_rss(server.pid)
                print(f"  {script}: {count} sessions, RSS {found[count]:.1f} MiB", file=sys.stderr)
        finally:
            for context in contexts:
                context.close()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The app, many people")
    parser.add_argument("--tiny", action="store_true", help="a minimal run (checks it works)")
    parser.add_argument("--counts", type=int, nargs="+", default=[1, 10, 50])
    args = parser.parse_args(argv)
    counts = [1] if args.tiny else args.counts
    print_machine()
    _app.bare_screens()
    with _app.chromium() as browser:
        real = measure(browser, _app.REAL, counts)
        bare = measure(browser, _app.BARE, counts)
    rows = [
        ["none open (after one warm-up session)", f"{real[0]:.1f}", f"{bare[0]:.1f}", "", "", ""]
    ]
    for count in sorted(counts):
        per_real = (real[count] - real[0]) / count
        per_bare = (bare[count] - bare[0]) / count
        rows.append(
            [
                f"{count} open at the results",
                f"{real[count]:.1f}",
                f"{bare[count]:.1f}",
                f"{per_real:.2f}",
                f"{per_bare:.2f}",
                verdict(per_real <= BUDGET_MIB_PER_SESSION),
            ]
        )
    print_table(
        "The app, many people: server RSS (MiB)",
        ["sessions", "real RSS", "bare RSS", "real MiB per session", "bare MiB per session",
         f"vs budget ≤ {BUDGET_MIB_PER_SESSION} MB per session"],
        rows,
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
