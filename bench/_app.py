"""Shared by the app benchmarks: a real Streamlit server, Debian's Chromium, timed clicks.

The real app (`app.py`) and the bare app (`bench/bare_app.py`) are started the same way and
driven by the same code (they share widget keys), so their figures can be compared in one run.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench._machine import REPO
from tests.support.streamlit_server import (
    CHROMIUM_ARGS,
    VIEWPORT,
    StreamlitServer,
    chromium_path,
)

CHROMIUM = chromium_path()
APP_SELECTOR = "[data-testid='stApp']"
REAL = "app.py"
BARE = "bench/bare_app.py"
BARE_ENV = "BENCH_BARE_SCREENS"


_screens_file: Path | None = None


def bare_screens() -> Path:
    """Capture the real app's screens once per benchmark run, for the bare app to replay."""
    global _screens_file
    if _screens_file is None:
        out = Path(tempfile.mkdtemp(prefix="bench-bare-")) / "screens.json"
        subprocess.run(
            [sys.executable, "bench/bare_app.py", "--capture", str(out)],
            cwd=REPO,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _screens_file = out
    return _screens_file


def new_server(script: str) -> StreamlitServer:
    """The real or the bare app, started the same way (the bare one replays captured screens)."""
    env = {BARE_ENV: str(bare_screens())} if script == BARE else None
    return StreamlitServer(script, env=env)


@contextlib.contextmanager
def server(script: str) -> Iterator[StreamlitServer]:
    with new_server(script) as running:
        yield running


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        options: dict = {"args": CHROMIUM_ARGS}
        if CHROMIUM:
            options["executable_path"] = CHROMIUM
        browser = p.chromium.launch(**options)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser, locale: str = "fr-CA"):  # noqa: ANN001, ANN201 - playwright objects
    context = browser.new_context(viewport=VIEWPORT, locale=locale)
    return context, context.new_page()


def wait_for_app(page, timeout: float = 60_000) -> None:  # noqa: ANN001
    page.wait_for_function(
        f"""() => {{
            const app = document.querySelector("{APP_SELECTOR}");
            return app && app.getAttribute('data-test-connection-state') === 'CONNECTED'
                && app.getAttribute('data-test-script-state') === 'notRunning'
                && !document.querySelector("[data-testid='stSkeleton']");
        }}""",
        timeout=timeout,
    )


# In the page: note the time of the click (capture phase), then each time the script state goes
# running → notRunning, the time one frame is painted after it. A rerun can chain another (a
# page switch runs the script once more): the last end counts, once quiet for `settle` ms.
_ARM = """() => {
  const bench = window.__bench = {t0: null, t1: null, running: false, runs: 0};
  document.addEventListener('click', () => { if (bench.t0 === null) bench.t0 = performance.now(); },
                            {capture: true, once: true});
  const busy = (state) => state === 'running' || state === 'rerunRequested';
  const observer = new MutationObserver((records) => {
    // Every change is a record with the value before it, so a run that starts and ends
    // between two callbacks is still seen.
    for (const record of records) {
      if (record.attributeName === 'data-test-script-state' && busy(record.oldValue)) {
        bench.runs += 1;
      }
    }
    const app = document.querySelector("[data-testid='stApp']");
    const state = app ? app.getAttribute('data-test-script-state') : 'running';
    if (busy(state)) {
      bench.running = true; bench.t1 = null;
    } else if (bench.runs > 0) {
      bench.running = false;
      requestAnimationFrame(() => { if (!bench.running) bench.t1 = performance.now(); });
    }
  });
  window.__benchObserver = observer;
  observer.observe(document.body, {attributes: true, attributeOldValue: true, childList: true,
                                   subtree: true, attributeFilter: ['data-test-script-state']});
}"""

_QUIET = """(settle) => {
  const bench = window.__bench;
  return bench && bench.t1 !== null && !bench.running && performance.now() - bench.t1 > settle
    && !document.querySelector("[data-testid='stSkeleton']");
}"""


DROPPED: list[str] = []  # clicks that caused no rerun and were made again (reported)


def timed_click(page, locator, settle_ms: int = 250, timeout: float = 60_000) -> float | None:  # noqa: ANN001
    """Milliseconds from the click to the end of the last rerun it caused (one frame painted).

    None when no rerun was seen within 5 s of the click (counted in DROPPED, and the tables say
    how many): a later click could then not be told apart from this one.
    """
    page.evaluate(_ARM)
    locator.click()
    try:
        page.wait_for_function("() => window.__bench.runs > 0", timeout=5000)
        page.wait_for_function(_QUIET, arg=settle_ms, timeout=timeout)
    except Exception:
        page.evaluate("() => window.__benchObserver.disconnect()")
        DROPPED.append(page.url)
        wait_for_app(page)
        return None
    bench = page.evaluate("() => { window.__benchObserver.disconnect(); return window.__bench; }")
    return bench["t1"] - bench["t0"]


def key_class(key: str) -> str:
    return "st-key-" + key.replace(":", "-").replace(".", "-")
