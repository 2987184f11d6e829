"""Shared by the app benchmarks: a real Streamlit server, Debian's Chromium, timed clicks.

The real app (`app.py`) and the bare app (`bench/bare_app.py`) are started the same way and
driven by the same code (they share widget keys), so their figures can be compared in one run.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench._machine import REPO
from tests.support.app_runs import AppRuns
from tests.support.streamlit_server import (
    CHROMIUM_ARGS,
    DESKTOP_CHROMIUM,
    VIEWPORT,
    StreamlitServer,
)

# The desktop Chromium a person runs, so the figures stay comparable from one note to the next;
# the suite's --tiny runs (tests/bench) pass the tests' faster headless shell in $CHROMIUM_PATH.
CHROMIUM = os.environ.get("CHROMIUM_PATH", DESKTOP_CHROMIUM)
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
        print(f"browser: {CHROMIUM or 'Playwright'} {browser.version}", flush=True)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser, locale: str = "fr-CA"):  # noqa: ANN001, ANN201 - playwright objects
    context = browser.new_context(viewport=VIEWPORT, locale=locale)
    return context, context.new_page()


# In the page, before any of its scripts (with tests/support/app_runs.WATCH_JS): the time of
# the last change to the document and of the first frame painted after it. A click's time ends
# there once the app has finished the run the click caused (a websocket event, see AppRuns).
_PAINT_JS = """
(() => {
  if (window.__paint !== undefined) return;
  const paint = window.__paint = {changed: null, painted: null, click: null};
  let asked = false;
  new MutationObserver(() => {
    paint.changed = performance.now();
    if (asked) return;
    asked = true;
    requestAnimationFrame(() => { asked = false; paint.painted = performance.now(); });
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  document.addEventListener('click', () => { paint.click = performance.now(); }, {capture: true});
})();
"""

DROPPED: list[str] = []  # clicks after which no script run ended (left out; the tables say so)
NO_RUN_S = 10  # a click that starts no run: counted in DROPPED after this long


class Timed:
    """One browser context on one app, driven like tests/support/app_runs.AppRuns (waits on the
    script runs seen on the websocket, never on sleeps), with the time each click took."""

    def __init__(self, browser, url: str, locale: str = "fr-CA") -> None:  # noqa: ANN001
        self.context, self.page = new_page(browser, locale)
        self.page.add_init_script(_PAINT_JS)
        self.runs = AppRuns(self.page)
        self.url = url

    def open(self) -> float:
        """Load the app; returns ms from the navigation's start to the first screen painted."""
        self.runs.open(self.url)
        return self.page.evaluate("() => window.__paint.painted")

    def act(self, action, what: str) -> None:  # noqa: ANN001
        self.runs.act(action, what)

    def first_change(self, locator, what: str) -> None:  # noqa: ANN001
        """An untimed click, made again if it starts no run: the first widget change of a
        server's first session can be dropped (docs STACK-NOTES: a `pages/` folder next to
        the entry point)."""
        for _ in range(3):
            before = self.runs.runs()
            locator.click()
            deadline = time.monotonic() + NO_RUN_S / 2
            while self.runs.runs() <= before and time.monotonic() < deadline:
                self.page.wait_for_timeout(5)
            if self.runs.runs() > before:
                self.runs.wait_for_run(before, what)
                return
        raise AssertionError(f"no script run after three clicks: {what}")

    def timed_click(self, locator, what: str) -> float | None:  # noqa: ANN001
        """Milliseconds from the click to the frame painted after the last change of the page,
        once the script run the click caused has ended and the page has caught up with it.
        None when no run ended within NO_RUN_S (counted in DROPPED)."""
        before = self.runs.runs()
        self.page.evaluate("() => { window.__paint.click = null; }")
        locator.click()
        deadline = time.monotonic() + NO_RUN_S
        while self.runs.runs() <= before:
            if time.monotonic() > deadline:
                DROPPED.append(f"{self.page.url} {what}")
                return None
            self.page.wait_for_timeout(5)  # Playwright delivers the frames while it waits
        self.runs.wait_for_run(before, what)
        paint = self.page.evaluate("() => window.__paint")
        return paint["painted"] - paint["click"]

    def close(self) -> None:
        self.context.close()


def key_class(key: str) -> str:
    return "st-key-" + key.replace(":", "-").replace(".", "-")
