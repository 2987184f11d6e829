"""Many people at once: concurrent browser sessions, each with its own answers, on one server.

Each session loads its own answers file (a different person: example, salary, place, language)
through the welcome page, reaches its results, switches language, and reads its verdicts. Every
session must see exactly the verdicts of its own answers (no leak between sessions): each cell
of the summary table is compared whole, per profile ("eligible" is inside "not eligible"), with
no error. The size is set by LOAD_SESSIONS: 12 in CI (2 cores), 30 for the full run.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from pathlib import Path

from people import (
    LOAD_SERVER_LOG,
    expected_cells,
    go_to_results,
    in_own_thread,
    load_file,
    open_app,
    person,
    shown_cells,
    switch_language,
)
from playwright.async_api import async_playwright

from tests.support.app_runs import AsyncAppRuns
from tests.support.streamlit_server import CHROMIUM_ARGS, chromium_path

SESSIONS = int(os.environ.get("LOAD_SESSIONS", "12"))  # full size: 30 (see README)


async def one_session(browser, url: str, index: int, folder: Path, waits: list[float]) -> None:
    lang = "fr" if index % 2 else "en"
    other = "en" if lang == "fr" else "fr"
    path, data = person(index, folder)
    context = await browser.new_context(
        locale="fr-CA" if lang == "fr" else "en-CA", viewport={"width": 1100, "height": 900}
    )
    try:
        page = await context.new_page()
        page.set_default_timeout(180_000)  # 30 browsers on 2 cores: slow, not broken
        await asyncio.sleep(index * 0.3)  # people arrive over a few seconds, not all at once
        runs = await AsyncAppRuns.attach(page, timeout_s=180)  # the run each action causes
        await open_app(runs, url)
        await load_file(runs, path)
        await go_to_results(runs, lang)
        assert await shown_cells(page) == expected_cells(data, lang), index
        # A real interaction in this session: switch the language, and time the rerun.
        started = time.monotonic()
        await switch_language(runs, other)
        waits.append(time.monotonic() - started)
        assert await shown_cells(page) == expected_cells(data, other), index
        assert await page.locator("[data-testid='stException']").count() == 0
    finally:
        await context.close()


async def run_all(url: str, folder: Path) -> list[float]:
    waits: list[float] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium_path() or None,
            args=[*CHROMIUM_ARGS, "--disable-dev-shm-usage"],
        )
        try:
            await asyncio.gather(
                *(one_session(browser, url, i, folder, waits) for i in range(SESSIONS))
            )
        finally:
            await browser.close()
    return waits


def test_concurrent_sessions_each_see_only_their_own_verdicts(load_server, tmp_path):
    waits = in_own_thread(lambda: run_all(load_server, tmp_path))
    assert len(waits) == SESSIONS
    p95 = statistics.quantiles(waits, n=20)[-1] if len(waits) >= 2 else waits[0]
    print(
        f"\n{SESSIONS} sessions: language switch to rerun done, median "
        f"{statistics.median(waits):.2f} s, p95 {p95:.2f} s"
    )
    log = LOAD_SERVER_LOG.read_text(errors="replace")
    assert "Traceback" not in log
