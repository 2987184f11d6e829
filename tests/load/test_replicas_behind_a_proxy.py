"""Beyond one server: two replicas of the app behind nginx (deploy/nginx-ia-ti-ev.conf), and one
of them stops in the middle of the run.

Each session is a different person (tests/load/people.py) who loads an answers file through the
proxy, reads their verdicts and downloads their answers. Then replica a stops. The sessions on
replica b carry on untouched: never disconnected, their answers still there, a language switch
still works. The sessions that were on replica a see the page lose its connection, reconnect
through the proxy to replica b in a new, empty session (nothing of theirs was kept anywhere), and
bring everything back by loading the file they downloaded. No session ever shows verdicts other
than its own person's (each cell compared whole). Size: REPLICA_SESSIONS (6 in CI, 2 cores).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
import urllib.request
from pathlib import Path

import pytest
from people import (
    CONNECTED,
    SESSION_LOST,
    download_answers,
    expected_cells,
    go_to_results,
    in_own_thread,
    load_file,
    open_app,
    person,
    shown_cells,
    switch_language,
)
from playwright.async_api import Browser, BrowserContext, Page, async_playwright
from proxy import SITE, Proxy, insecure_tls, nginx_path

from core.answers import Answers
from tests.support.app_runs import AsyncAppRuns
from tests.support.streamlit_server import CHROMIUM_ARGS, StreamlitServer, chromium_path

SESSIONS = int(os.environ.get("REPLICA_SESSIONS", "6"))
COOKIE = "ia_ti_ev_replica"
# Set on the page once loaded: becomes true if the app ever leaves the CONNECTED state.
WATCH_CONNECTION = """() => {
    const app = document.querySelector("[data-testid='stApp']");
    window.__lost = false;
    new MutationObserver(() => {
        if (app.getAttribute('data-test-connection-state') !== 'CONNECTED') window.__lost = true;
    }).observe(app, {attributes: true, attributeFilter: ['data-test-connection-state']});
}"""

pytestmark = pytest.mark.skipif(
    nginx_path() is None, reason="nginx is not installed (./scripts/test.sh installs Debian's)"
)


class Session:
    def __init__(self, index: int, folder: Path) -> None:
        self.index = index
        self.lang = "fr" if index % 2 else "en"
        self.path, self.data = person(index, folder)
        self.saved = folder / f"downloaded-{index}.json"
        self.context: BrowserContext | None = None
        self.page: Page | None = None
        self.replica = ""
        self.runs: AsyncAppRuns | None = None

    async def replica_now(self) -> str:
        assert self.context is not None
        cookies = await self.context.cookies()
        return next((c["value"] for c in cookies if c["name"] == COOKIE), "")

    async def begin(self, browser: Browser, url: str) -> None:
        """Open the app through the proxy, load this person's file, read the verdicts and
        download the answers."""
        self.context = await browser.new_context(
            locale=f"{self.lang}-CA",
            viewport={"width": 1100, "height": 900},
            ignore_https_errors=True,  # the proxy's certificate is self-signed, made by the test
        )
        page = self.page = await self.context.new_page()
        page.set_default_timeout(120_000)
        self.runs = await AsyncAppRuns.attach(page, timeout_s=120)
        await open_app(self.runs, url)
        await load_file(self.runs, self.path)
        await go_to_results(self.runs, self.lang)
        assert await shown_cells(page) == expected_cells(self.data, self.lang), self.index
        kept = await download_answers(page, self.saved)
        assert Answers.model_validate(kept) == Answers.model_validate(self.data), self.index
        self.replica = await self.replica_now()
        await page.evaluate(WATCH_CONNECTION)

    async def carry_on(self) -> float:
        """On the replica still up: nothing happened to this session."""
        page = self.page
        assert page is not None
        assert await page.evaluate("window.__lost") is False, self.index
        assert await shown_cells(page) == expected_cells(self.data, self.lang), self.index
        other = "en" if self.lang == "fr" else "fr"
        started = time.monotonic()
        await switch_language(self.runs, other)
        took = time.monotonic() - started
        assert await shown_cells(page) == expected_cells(self.data, other), self.index
        assert await page.evaluate("window.__lost") is False, self.index
        assert await page.locator(SESSION_LOST).count() == 0, self.index  # never told it was lost
        assert await self.replica_now() == self.replica, self.index
        return took

    async def restore(self, url: str) -> float:
        """On the replica that stopped: the page loses its connection (Streamlit's status), then
        reconnects through the proxy to the other replica; opened again, the app is empty there,
        and the downloaded file brings the answers back."""
        page = self.page
        assert page is not None
        started = time.monotonic()
        await page.wait_for_function("window.__lost === true", timeout=120_000)
        await page.wait_for_selector(CONNECTED, timeout=120_000)
        # The page still shows what the stopped replica drew, but its session is gone: the
        # app says so plainly, and the person reloads, finds a new, empty session on the other
        # replica, and loads the file they downloaded.
        await page.locator(SESSION_LOST).wait_for(timeout=120_000)
        await open_app(self.runs, url)
        await go_to_results(self.runs, self.lang, answered=False)  # nothing in the new session
        await open_app(self.runs, url)
        await load_file(self.runs, self.saved)
        await go_to_results(self.runs, self.lang)
        assert await shown_cells(page) == expected_cells(self.data, self.lang), self.index
        assert await self.replica_now() not in ("", self.replica), self.index
        return time.monotonic() - started

    async def close(self) -> None:
        if self.context is not None:
            await self.context.close()


async def run(url: str, folder: Path, stop_a) -> dict:
    sessions = [Session(i, folder) for i in range(SESSIONS)]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium_path() or None,
            args=[*CHROMIUM_ARGS, "--disable-dev-shm-usage"],
        )
        try:
            started = time.monotonic()
            await asyncio.gather(*(s.begin(browser, url) for s in sessions))
            ready = time.monotonic() - started
            on = {name: [s for s in sessions if s.replica == name] for name in ("a", "b")}
            assert on["a"] and on["b"], [s.replica for s in sessions]
            await asyncio.get_running_loop().run_in_executor(None, stop_a)
            stopped = time.monotonic()
            waits = await asyncio.gather(
                *(s.carry_on() for s in on["b"]), *(s.restore(url) for s in on["a"])
            )
            return {
                "ready_s": ready,
                "after_stop_s": time.monotonic() - stopped,
                "on_a": len(on["a"]),
                "on_b": len(on["b"]),
                "carry_on": waits[: len(on["b"])],
                "restore": waits[len(on["b"]) :],
            }
        finally:
            for s in sessions:
                await s.close()
            await browser.close()


def replicas_named_by_health_checks(url: str, replica: str, checks: int = 4) -> set[str]:
    """The replica named by the cookie of each answer to `checks` health checks of a visitor
    whose cookie names `replica` (the page asks /_stcore/health as it connects)."""
    named = set()
    for _ in range(checks):
        request = urllib.request.Request(
            f"{url}/_stcore/health", headers={"Cookie": f"{COOKIE}={replica}"}
        )
        with urllib.request.urlopen(request, context=insecure_tls(), timeout=10) as answer:
            cookies = answer.headers.get_all("Set-Cookie") or []
        named |= {c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith(COOKIE + "=")}
    return named


def test_one_replica_stops_and_no_one_loses_anything_kept(tmp_path):
    secret = os.urandom(16).hex()  # every replica must share it (XSRF tokens): see deploy.md
    env = {"STREAMLIT_SERVER_COOKIE_SECRET": secret}
    logs = [tmp_path / "replica-a.log", tmp_path / "replica-b.log"]
    a = StreamlitServer(log=logs[0], env=env)
    b = StreamlitServer(log=logs[1], env=env)
    (tmp_path / "nginx").mkdir()
    a.start()
    b.start()
    proxy = Proxy(tmp_path / "nginx", (a.port, b.port))
    try:
        proxy.start()
        # A health check answered by the other replica moved the visitor there, now and then
        # after their WebSocket had reached the first: their upload then went where their
        # session is not (HTTP 400; the file never loaded). It answers from their own.
        for replica in ("a", "b"):
            named = replicas_named_by_health_checks(proxy.url, replica)
            assert named == {replica}, f"health checks moved a visitor of {replica} to {named}"
        figures = in_own_thread(lambda: run(proxy.url, tmp_path, a.stop))
    finally:
        proxy.stop()
        a.stop()
        b.stop()
    print(
        f"\n{SESSIONS} sessions through nginx ({figures['on_a']} on the replica stopped, "
        f"{figures['on_b']} on the other): all at their results in {figures['ready_s']:.1f} s; "
        f"after the stop, language switch on the survivor median "
        f"{statistics.median(figures['carry_on']):.2f} s; lost connection → answers restored "
        f"from the file median {statistics.median(figures['restore']):.2f} s, max "
        f"{max(figures['restore']):.2f} s; all done {figures['after_stop_s']:.1f} s after the stop"
    )
    for log in logs:
        assert "Traceback" not in log.read_text(errors="replace")


def test_the_documented_configuration_is_the_one_tested():
    doc = (SITE.parents[1] / "docs" / "deploy.md").read_text(encoding="utf-8")
    block = doc.split("```nginx\n", 1)[1].split("```", 1)[0]
    assert block == SITE.read_text(encoding="utf-8")
