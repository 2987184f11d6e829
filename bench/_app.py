"""Shared by the app benchmarks: a real Streamlit server, Debian's Chromium, timed clicks.

The real app (`app.py`) and the bare app (`bench/bare_app.py`) are started the same way and
driven by the same code (they share widget keys), so their figures can be compared in one run.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench._machine import REPO

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}
APP_SELECTOR = "[data-testid='stApp']"
REAL = "app.py"
BARE = "bench/bare_app.py"
BARE_ENV = "BENCH_BARE_SCREENS"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def health_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as resp:
            return resp.status == 200 and resp.read().strip() == b"ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


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


@dataclass
class Server:
    script: str
    url: str
    proc: subprocess.Popen
    started: float  # perf_counter() when the process was spawned
    healthy_after: float  # seconds from spawn to /_stcore/health answering

    @property
    def pid(self) -> int:
        return self.proc.pid


def spawn(script: str) -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable, "-m", "streamlit", "run", script,
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if script == BARE:
        env[BARE_ENV] = str(bare_screens())
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return proc, url, started


def wait_healthy(proc: subprocess.Popen, url: str, started: float, timeout: float = 60) -> float:
    while not health_ok(url):
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"streamlit not healthy after {timeout} s")
        time.sleep(0.01)
    return time.perf_counter() - started


@contextlib.contextmanager
def server(script: str) -> Iterator[Server]:
    proc, url, started = spawn(script)
    try:
        healthy = wait_healthy(proc, url, started)
        yield Server(script, url, proc, started, healthy)
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


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
