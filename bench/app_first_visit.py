"""The app, first visit: from `streamlit run` to the first screen rendered in Chromium (cold),
and from a page load to the first screen on a warm server; side by side with the bare app.

Cold: the browser is already open; the clock starts when the server process is spawned, and
stops at the frame painted after the last change of the page, once the first script run has
ended (seen on the websocket, tests/support/app_runs.py) in a page that was loaded as soon as
/_stcore/health answered. Warm: the same server, a new browser context per load (a new session
each time), from the page's navigation start to that frame (the page's own clock).

    .venv/bin/python bench/app_first_visit.py [--tiny] [--cold 3] [--warm 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import _app  # noqa: E402
from bench._machine import median, percentile, print_machine, print_table, verdict  # noqa: E402

BUDGET_RATIO = 1.2


def cold(browser, script: str) -> tuple[float, float]:  # noqa: ANN001
    """(seconds to healthy, seconds to first screen), both from the spawn."""
    server = _app.new_server(script)
    spawned = time.time()  # wall clock, to compare with the page's own clock
    server.spawn()
    try:
        healthy = server.wait_healthy(timeout=60)
        person = _app.Timed(browser, server.url)
        try:
            painted = person.open()
            shown = person.page.evaluate("() => performance.timeOrigin") + painted
            return healthy, shown / 1000 - spawned
        finally:
            person.close()
    finally:
        server.stop()


def warm(browser, url: str) -> float:  # noqa: ANN001
    """Seconds from the page's navigation start to the first screen painted (in the page)."""
    person = _app.Timed(browser, url)
    try:
        return person.open() / 1000
    finally:
        person.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The app, first visit")
    parser.add_argument("--tiny", action="store_true", help="a minimal run (checks it works)")
    parser.add_argument("--cold", type=int, default=5, help="cold starts per app")
    parser.add_argument("--warm", type=int, default=15, help="warm loads per app")
    args = parser.parse_args(argv)
    colds, warms = (1, 1) if args.tiny else (args.cold, args.warm)
    print_machine()
    _app.bare_screens()
    results: dict[str, dict[str, list[float]]] = {
        name: {"healthy": [], "cold": [], "warm": []} for name in ("real", "bare")
    }
    scripts = {"real": _app.REAL, "bare": _app.BARE}
    with _app.chromium() as browser:
        for index in range(colds):  # alternate, so drift hits both alike
            for name in ("real", "bare") if index % 2 == 0 else ("bare", "real"):
                healthy, first = cold(browser, scripts[name])
                results[name]["healthy"].append(healthy)
                results[name]["cold"].append(first)
        with _app.server(_app.REAL) as real, _app.server(_app.BARE) as bare:
            urls = {"real": real.url, "bare": bare.url}
            for name in ("real", "bare"):
                warm(browser, urls[name])  # the server's first session, not counted
            for index in range(warms):
                for name in ("real", "bare") if index % 2 == 0 else ("bare", "real"):
                    results[name]["warm"].append(warm(browser, urls[name]))
    rows = []
    for kind, label, budget in (
        ("healthy", "`streamlit run` → /_stcore/health ok", None),
        ("cold", "`streamlit run` → first screen rendered", BUDGET_RATIO),
        ("warm", "page load → first screen (warm server)", BUDGET_RATIO),
    ):
        real, bare = results["real"][kind], results["bare"][kind]
        ratio = median(real) / median(bare)
        rows.append(
            [
                label,
                len(real),
                f"{median(real):.2f}",
                f"{percentile(real, 95):.2f}",
                f"{median(bare):.2f}",
                f"{ratio:.2f}",
                f"≤ {budget}" if budget else "—",
                verdict(ratio <= budget) if budget else "n/a",
            ]  # fmt: skip
        )
    print_table(
        "The app, first visit (seconds)",
        ["what", "n", "real median", "real p95", "bare median", "ratio", "budget", "vs budget"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
