"""Many people at once: concurrent browser sessions, each with its own answers, on one server.

Each session loads its own answers file (a different person: example, salary, place, language)
through the welcome page, reaches its results, switches language, and reads its verdicts. Every
session must see exactly the verdicts of its own answers (no leak between sessions), with no
error. The size is set by LOAD_SESSIONS: 12 in CI (2 cores), 30 for the full run.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import threading
import time
from pathlib import Path

from playwright.async_api import async_playwright, expect

from core.answers import Answers
from core.assess import STREAM_LABELS, STREAMS, assess
from core.explain import VERDICT_LABELS
from core.i18n import Translator
from tests.support.app_runs import AsyncAppRuns
from tests.support.streamlit_server import CHROMIUM_ARGS, chromium_path

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = int(os.environ.get("LOAD_SESSIONS", "12"))  # full size: 30 (see README)
SALARIES = [60_000, 74_999, 75_000, 92_000, 99_999, 100_000, 130_000]
PLACES = ["Laval", "Saint-Jérôme", "Montréal", "Longueuil", "Sherbrooke"]


def person(index: int, folder: Path) -> tuple[Path, dict]:
    """A different person per session: example file, salary, place, language."""
    examples = sorted((ROOT / "examples").glob("*.json"))
    data = json.loads(examples[index % len(examples)].read_text(encoding="utf-8"))
    data["job"]["employer_municipality"] = PLACES[index % len(PLACES)]
    data["job"]["municipality_not_listed"] = True
    data["job"]["annual_salary"] = SALARIES[index % len(SALARIES)]
    data["job"].pop("wage_threshold", None)
    path = folder / f"person-{index}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, data


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
        runs = await AsyncAppRuns.attach(page, timeout_s=180)  # the run each action causes
        await asyncio.sleep(index * 0.3)  # people arrive over a few seconds, not all at once
        await runs.open(url)
        upload = page.locator(".st-key-upload_answers input[type=file]")
        await runs.act(lambda: upload.set_input_files(str(path)), "upload")
        # The page's address follows the page the run switched to (and stays).
        await page.wait_for_url(lambda u: u.endswith(("/questions", "/results")))
        if page.url.endswith("/questions"):
            link = page.get_by_role("link", name=Translator(lang)("Results"))
            await runs.act(link.click, "results link")
            await page.wait_for_url("**/results")
        # A real interaction in this session: switch the language, and time the rerun.
        started = time.monotonic()
        switch = page.locator(".st-key-lang_switch").get_by_text(
            {"fr": "Français", "en": "English"}[other]
        )
        await runs.act(switch.click, "language switch")
        waits.append(time.monotonic() - started)
        # The page's language follows (a script the run renders sets it; it stays set).
        await page.wait_for_function(f"document.documentElement.lang === '{other}'")
        t = Translator(other)
        # The summary table is redrawn in the new language (a state that stays, once shown).
        await expect(page.locator("table").first).to_contain_text(t(STREAM_LABELS[next(iter(STREAMS))]))
        table = await page.locator("table").first.inner_text()
        expected = assess(Answers.model_validate(data))
        for stream in STREAMS:
            row = next(
                line for line in table.splitlines() if line.startswith(t(STREAM_LABELS[stream]))
            )
            for profile in ("francophone", "francisation"):
                verdict = t(VERDICT_LABELS[expected.way(stream, profile).verdict])
                assert verdict in row, (index, stream, profile, row)
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


def in_own_thread(coroutine_factory):
    """Run an asyncio program in a thread of its own: pytest-playwright's sync API keeps an
    event loop running in the main thread, where asyncio.run() is refused."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(coroutine_factory())
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_concurrent_sessions_each_see_only_their_own_verdicts(load_server, tmp_path):
    waits = in_own_thread(lambda: run_all(load_server, tmp_path))
    assert len(waits) == SESSIONS
    p95 = statistics.quantiles(waits, n=20)[-1] if len(waits) >= 2 else waits[0]
    print(
        f"\n{SESSIONS} sessions: language switch to rerun done, median "
        f"{statistics.median(waits):.2f} s, p95 {p95:.2f} s"
    )
    log = (ROOT / "test-artifacts" / "load-server.log").read_text(errors="replace")
    assert "Traceback" not in log
