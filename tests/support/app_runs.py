"""Wait for a Streamlit app in Chromium on the events themselves, never on a state that can
come and go between two polls. Used by tests/e2e (browser_driver.Person), tests/robustness
(browser_walk.Walk) and tests/load.

Why not `data-test-script-state` alone: a quick rerun can go running → notRunning inside one
React render, so the attribute never changes and "notRunning" may still be the previous run's;
and a quick server restart can disconnect and reconnect between two polls of
`data-test-connection-state`. So:

- **Script runs**: Playwright reports every websocket frame the page receives; each is decoded
  (Streamlit's `ForwardMsg`) and the end of every run that was not cut short for a rerun
  (`script_finished` ≠ FINISHED_EARLY_FOR_RERUN; a page switch ends one run early and starts
  another) is recorded with its socket and frame number. An action waits for one more such end
  than before it, then until the page itself has received that frame (an init script counts
  the frames each socket delivers), shows `notRunning`, has no HTTP request in flight (the code
  of a widget shown for the first time is loaded on demand, and until it is there React keeps
  the previous page on screen), and has gone idle with nothing changing.
- **Connection**: the init script logs every value `data-test-connection-state` takes
  (a MutationObserver, in the page), so a disconnection is seen however short it was.

No sleeps: polling here only lets Playwright deliver the frames while the test waits.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

APP = "[data-testid='stApp']"
RUN_TIMEOUT_S = 30
# How often Python looks for the frames Playwright delivered while it waits: each look is a round
# trip to Playwright's driver. Every 5 ms, the driver and pytest took 14.7 s of CPU in the advisor
# tests (116 s in all); every 25 ms, 12.1 s. An answer comes at most one period later.
POLL_MS = 25
CUT_SHORT = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN
LIFECYCLE = ("new_session", "page_info_changed", "script_finished", "page_not_found")

# In the page, before any of its scripts: the frames each websocket delivered (one counter per
# socket, in the order they were opened) and every connection state the app has shown.
WATCH_JS = """
(() => {
  if (window.__appWatch !== undefined) return;
  const watch = window.__appWatch = {frames: [], connection: [], click: null};
  // What the last click landed on (a failure message says it: a click that reached no widget).
  document.addEventListener('click', (event) => {
    const el = event.target instanceof Element ? event.target : null;
    const keyed = el && el.closest("[class*='st-key-']");
    const key = keyed && [...keyed.classList].find((c) => c.startsWith('st-key-'));
    watch.click = {tag: el ? el.tagName.toLowerCase() : String(event.target), key,
                   text: el ? (el.textContent || '').trim().slice(0, 40) : '',
                   x: event.clientX, y: event.clientY, at: performance.now()};
  }, {capture: true});
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      const index = watch.frames.push(0) - 1;
      this.addEventListener('message', () => { watch.frames[index] += 1; });
    }
  };
  new MutationObserver((changes) => {
    for (const change of changes) {
      const now = change.target.getAttribute('data-test-connection-state');
      if (now !== change.oldValue) watch.connection.push(now);
    }
  }).observe(document, {attributes: true, subtree: true, attributeOldValue: true,
                        attributeFilter: ['data-test-connection-state']});
})();
"""

# Resolves once socket `socket` of the page has delivered `frames` messages (Streamlit
# dispatches each in the task that received it), the app shows the script as not running and
# connected, and then the page has gone idle (requestIdleCallback: no task left to run, so
# React's render, which it may split over several tasks, is done) once with no change to the
# document since the idle period before; returns how many exceptions it shows (-1: not
# within `ms`).
CAUGHT_UP_JS = """
([socket, frames, ms]) => new Promise((resolve) => {
  const deadline = performance.now() + ms;
  const app = () => document.querySelector("[data-testid='stApp']");
  const done = () => app()
    && app().getAttribute('data-test-script-state') === 'notRunning'
    && app().getAttribute('data-test-connection-state') === 'CONNECTED';
  let changed = true;
  const observer = new MutationObserver(() => { changed = true; });
  observer.observe(document, {subtree: true, childList: true, attributes: true,
                              characterData: true});
  const finish = (value) => { observer.disconnect(); clearTimeout(guard); resolve(value); };
  // Even if the page never paints or goes idle again, answer by the deadline.
  const guard = setTimeout(() => finish(-1), ms);
  const idle = () => {
    if (performance.now() > deadline) { finish(-1); return; }
    if (!changed && done()) {
      finish(document.querySelectorAll("[data-testid='stException']").length);
      return;
    }
    changed = false;
    // A busy page may not go idle for long: look again after 200 ms at most (the check is
    // still "nothing changed in between").
    setTimeout(() => requestIdleCallback(idle, {timeout: 200}), 0);
  };
  const received = () => {
    if (performance.now() > deadline) { finish(-1); return; }
    if ((window.__appWatch.frames[socket] ?? 0) >= frames && done()) {
      requestIdleCallback(idle, {timeout: 200});
    } else {
      setTimeout(received, 5);
    }
  };
  received();
})
"""

CONNECTION_LOG_JS = "() => window.__appWatch ? [...window.__appWatch.connection] : []"


class RunLog:
    """What the page's websockets delivered, seen from Playwright's side (sync or async API).

    `finished` lists, for each run that ended without being cut short, (socket, frame): the
    page's socket (0 for the first one the document opened) and that socket's frame count at
    the run's end. `reset()` before a navigation: the new document counts from zero. The page's
    side (WATCH_JS) is added by the subclasses, as the sync or the async API does it.
    """

    def __init__(self, page: Any) -> None:
        self.frames: list[int] = []
        self.finished: list[tuple[int, int]] = []
        self.closed = 0  # sockets closed (a restart closes one)
        self.sent = 0  # messages the page sent on its sockets (a widget change sends one)
        self.history: list[str] = []  # the lifecycle messages received, for failure messages
        # HTTP requests in flight: a page that needs a widget's code for the first time loads
        # it on demand and keeps showing the previous page until it is there.
        self.loading: set[Any] = set()
        page.on("websocket", self._socket)
        page.on("request", self._request_sent)
        page.on("requestfinished", self._request_done)
        page.on("requestfailed", self._request_done)

    def _request_sent(self, request: Any) -> None:
        # Not a download: Streamlit's download button fetches its file's address to check it
        # answers and never reads the body; under the proxy's `Cache-Control: no-store`
        # (docs/deploy.md) Chromium then never reports that request finished.
        if urlsplit(request.url).path.startswith("/media/"):
            return
        self.loading.add(request)

    def _request_done(self, request: Any) -> None:
        self.loading.discard(request)

    def reset(self) -> None:
        # New lists: frames still arriving on the old document's socket go to the old ones.
        self.frames, self.finished = [], []

    def _socket(self, ws: Any) -> None:
        frames, finished = self.frames, self.finished
        index = len(frames)
        frames.append(0)

        def received(payload: bytes | str) -> None:
            frames[index] += 1
            if isinstance(payload, bytes | bytearray):
                msg = ForwardMsg()
                msg.ParseFromString(payload)
                kind = msg.WhichOneof("type")
                if kind in LIFECYCLE:
                    self.history.append(
                        f"{index}:{kind}"
                        + (f"={msg.script_finished}" if kind == "script_finished" else "")
                    )
                if kind == "script_finished" and msg.script_finished != CUT_SHORT:
                    finished.append((index, frames[index]))

        def closed(_: Any = None) -> None:
            self.closed += 1

        def sent(_: Any = None) -> None:
            self.sent += 1

        ws.on("framereceived", received)
        ws.on("close", closed)
        ws.on("framesent", sent)

    def runs(self) -> int:
        return len(self.finished)


class AppRuns(RunLog):
    """The sync-API waiter: `act(action, what)` does something that makes the app rerun and
    returns once that rerun has finished and is shown (no exception on the page)."""

    def __init__(self, page: Any, timeout_s: float = RUN_TIMEOUT_S) -> None:
        super().__init__(page)
        self.page = page
        self.timeout_s = timeout_s
        page.add_init_script(WATCH_JS)

    def act(self, action: Callable[[], Any], what: str) -> None:
        before, sent = self.runs(), self.sent
        action()
        self.wait_for_run(before, what, sent)

    def wait_for_run(self, before: int, what: str, sent: int | None = None) -> None:
        """Wait until more than `before` runs have ended, and the page shows the last one."""
        deadline = time.monotonic() + self.timeout_s
        while self.runs() <= before:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the app did not run after: {what} ({self.history[-6:]}"
                    f"{self._what_the_page_did(sent)})"
                )
            self.page.wait_for_timeout(POLL_MS)  # Playwright delivers frames while it waits
        while True:
            while self.loading:
                if time.monotonic() > deadline:
                    raise AssertionError(f"requests still loading after: {what}")
                self.page.wait_for_timeout(POLL_MS)
            socket, frame = self.finished[-1]
            exceptions = self.page.evaluate(CAUGHT_UP_JS, [socket, frame, self.timeout_s * 1000])
            if not self.loading:  # else a request started meanwhile: wait for it, then again
                break
        assert exceptions >= 0, f"the page did not show the run's end after: {what}"
        assert exceptions == 0, f"the app shows an exception after: {what}"

    def last_click_key(self) -> str | None:
        """The widget key class ("st-key-next") of the element the page's last click landed
        in, or None (no click, or none inside a keyed widget)."""
        return self.page.evaluate("() => window.__appWatch?.click?.key ?? null")

    def _what_the_page_did(self, sent: int | None) -> str:
        """For a failure message: whether the page told the server anything after the action
        (none: the action reached no widget; some: the server did not answer), and what the
        last click landed on."""
        try:
            click = self.page.evaluate("() => window.__appWatch && window.__appWatch.click")
            now = self.page.evaluate("() => performance.now()")
        except Exception as error:  # noqa: BLE001 - a closed page still gets its message
            return f"; the page cannot be read: {error}"
        told = "" if sent is None else f"; messages sent to the server since: {self.sent - sent}"
        if click:
            landed = (
                f"; last click {(now - click['at']) / 1000:.1f} s ago at "
                f"({click['x']}, {click['y']}) on <{click['tag']}> {click['key'] or ''} "
                f"{click['text']!r}"
            )
        else:
            landed = "; no click seen by the page"
        return told + landed

    def open(self, path: str = "/") -> None:
        """Load the app and wait for its first run."""
        self.reset()
        self.page.goto(path)
        self.wait_for_run(0, f"opening {path}")

    def connection_log(self) -> list[str]:
        """Every connection state the page has shown, in order (since it was loaded)."""
        return self.page.evaluate(CONNECTION_LOG_JS)

    def wait_for_reconnection(self, shown_before: int) -> list[str]:
        """Wait until, after the first `shown_before` states of the log, the page has shown a
        state other than CONNECTED and then CONNECTED again; returns those states."""
        deadline = time.monotonic() + self.timeout_s
        while True:
            since = self.connection_log()[shown_before:]
            left = next((i for i, state in enumerate(since) if state != "CONNECTED"), None)
            if left is not None and "CONNECTED" in since[left:]:
                return since
            if time.monotonic() > deadline:
                raise AssertionError(f"no disconnection then reconnection seen: {since}")
            self.page.wait_for_timeout(POLL_MS * 10)


class AsyncAppRuns(RunLog):
    """The same waiter for Playwright's async API (the load test):
    `runs = await AsyncAppRuns.attach(page)` before the page is opened."""

    def __init__(self, page: Any, timeout_s: float = RUN_TIMEOUT_S) -> None:
        super().__init__(page)
        self.page = page
        self.timeout_s = timeout_s

    @classmethod
    async def attach(cls, page: Any, timeout_s: float = RUN_TIMEOUT_S) -> AsyncAppRuns:
        runs = cls(page, timeout_s)
        await page.add_init_script(WATCH_JS)
        return runs

    async def act(self, action: Callable[[], Awaitable[Any]], what: str) -> None:
        before = self.runs()
        await action()
        await self.wait_for_run(before, what)

    async def wait_for_run(self, before: int, what: str) -> None:
        deadline = time.monotonic() + self.timeout_s
        while self.runs() <= before:
            if time.monotonic() > deadline:
                raise AssertionError(f"the app did not run after: {what} ({self.history[-6:]})")
            await asyncio.sleep(POLL_MS / 1000)  # the event loop delivers the frames
        while True:
            while self.loading:
                if time.monotonic() > deadline:
                    raise AssertionError(f"requests still loading after: {what}")
                await asyncio.sleep(POLL_MS / 1000)
            socket, frame = self.finished[-1]
            exceptions = await self.page.evaluate(
                CAUGHT_UP_JS, [socket, frame, self.timeout_s * 1000]
            )
            if not self.loading:
                break
        assert exceptions >= 0, f"the page did not show the run's end after: {what}"
        assert exceptions == 0, f"the app shows an exception after: {what}"

    async def open(self, path: str) -> None:
        self.reset()
        await self.page.goto(path)
        await self.wait_for_run(0, f"opening {path}")
