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
    context, page = _app.new_page(browser)
    page.goto(url)
    _app.wait_for_app(page)
    uploader = page.locator(f".{_app.key_class('upload_answers')} input[type=file]")
    uploader.set_input_files(str(EXAMPLE))
    # Landed on the results: the real app's URL becomes /results; the bare app shows the
    # captured results screen. Either way, wait for the runs to finish.
    page.wait_for_timeout(300)
    _app.wait_for_app(page)
    page.wait_for_timeout(200)
    _app.wait_for_app(page)
    # The upload lands on the first open step when one is left: Next until the results.
    next_button = page.locator(f".{_app.key_class('next')} button")
    for _ in range(20):
        _app.wait_for_app(page)
        if next_button.count() == 0:
            break
        try:
            _app.timed_click(page, next_button)
        except Exception:  # noqa: BLE001 - redrawn under the click: look again
            page.wait_for_timeout(500)
    return context, page


def settle_rss(pid: int) -> float:
    """RSS once it stops moving (the server frees what a run left behind)."""
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
        time.sleep(1)
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
    counts = [1, 2] if args.tiny else args.counts
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
