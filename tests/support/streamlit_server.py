"""A real `streamlit run` server and the Chromium settings, shared by the browser tests
(tests/e2e, tests/robustness, tests/load) and the app benchmarks (bench/).

Import as `from tests.support.streamlit_server import StreamlitServer` (the repository root is
on the path: pytest's `pythonpath`, and the bench scripts).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# Debian's packages, both from its chromium source package. The headless shell is that Chromium
# without the desktop browser's UI: what Playwright itself runs for headless tests (since 1.49);
# pages load in ~1.0 s instead of ~1.2 s and its processes use half the CPU, so the whole suite
# runs ~11 % faster from a fresh clone on 2 cores (431 s → 383–387 s). The desktop browser
# stays covered: tests/e2e/test_smoke.py opens the app in it too. $CHROMIUM_PATH overrides both.
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
DESKTOP_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [  # quiet on a closed network
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}
HEALTH_TIMEOUT_S = 30.0


class ServerFailed(RuntimeError):
    pass


def chromium_path() -> str:
    """The browser to launch: $CHROMIUM_PATH if set (empty = Playwright's own downloaded
    browser), else Debian's headless shell when installed, else Debian's desktop Chromium."""
    chosen = os.environ.get("CHROMIUM_PATH")
    if chosen is not None:
        return chosen
    return HEADLESS_SHELL if Path(HEADLESS_SHELL).is_file() else DESKTOP_CHROMIUM


def per_worker(path: Path) -> Path:
    """`path` with the pytest-xdist worker's name before its suffix ("server-gw1.log"), so two
    workers never write the same log; unchanged when the tests run in one process."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return path.with_name(f"{path.stem}-{worker}{path.suffix}") if worker else path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def health_ok(url: str) -> bool:
    """The server at `url` (its base address) answers `ok` on /_stcore/health."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as resp:
            return resp.status == 200 and resp.read().strip() == b"ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def end_process(proc: subprocess.Popen) -> None:
    """SIGTERM (a fast, clean shutdown), then SIGKILL if it is still there after 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class StreamlitServer:
    """`streamlit run <script>` from the repository on 127.0.0.1; restartable on its port.

    Output goes to `log` (appended) or nowhere; `env` adds to the environment; the file
    watcher is off unless asked for. Use as a context manager, or start()/stop().
    """

    def __init__(
        self,
        script: str = "app.py",
        *,
        log: Path | None = None,
        env: dict[str, str] | None = None,
        port: int | None = None,
        file_watcher: str = "none",
        launcher: tuple[str, ...] = ("-m", "streamlit"),
    ) -> None:
        """`launcher`: what Python runs before `run SCRIPT …` (another entry point that ends in
        Streamlit's command line, such as tests/support/memory_watch.py)."""
        self.script = script
        self.launcher = launcher
        self.log = log
        self.env = {**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1"}
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.file_watcher = file_watcher
        self.proc: subprocess.Popen | None = None
        self.started = 0.0  # perf_counter() when the process was spawned
        self.healthy_after = 0.0  # seconds from spawn to /_stcore/health answering

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def spawn(self) -> None:
        """Start the process without waiting (to time what follows from the very start)."""
        cmd = [
            sys.executable, *self.launcher, "run", self.script,
            "--server.headless=true",
            f"--server.port={self.port}",
            "--server.address=127.0.0.1",
            "--browser.gatherUsageStats=false",
            f"--server.fileWatcherType={self.file_watcher}",
        ]  # fmt: skip
        if self.log is None:
            output = subprocess.DEVNULL
        else:
            self.log.parent.mkdir(parents=True, exist_ok=True)
            output = self.log.open("ab")
        self.started = time.perf_counter()
        try:
            self.proc = subprocess.Popen(
                cmd, cwd=REPO_ROOT, stdout=output, stderr=subprocess.STDOUT, env=self.env
            )
        finally:
            if output is not subprocess.DEVNULL:
                output.close()  # the child holds its own copy

    def wait_healthy(self, timeout: float = HEALTH_TIMEOUT_S) -> float:
        assert self.proc is not None
        while not health_ok(self.url):
            if self.proc.poll() is not None:
                log = self.log.read_text(errors="replace") if self.log else ""
                raise ServerFailed(f"Streamlit exited with {self.proc.returncode}:\n{log}")
            if time.perf_counter() - self.started > timeout:
                raise ServerFailed(f"Streamlit not healthy after {timeout} s ({self.url})")
            time.sleep(0.02)
        self.healthy_after = time.perf_counter() - self.started
        return self.healthy_after

    def start(self, timeout: float = HEALTH_TIMEOUT_S) -> float:
        self.spawn()
        return self.wait_healthy(timeout)

    def stop(self) -> None:
        if self.proc is None:
            return
        end_process(self.proc)
        self.proc = None
        deadline = time.monotonic() + 10
        while health_ok(self.url) and time.monotonic() < deadline:
            time.sleep(0.05)

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> StreamlitServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
