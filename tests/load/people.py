"""People for the load tests: each a different answers file, driven through a real browser.

Shared by tests/load/test_many_people_at_once.py (one server) and
tests/load/test_replicas_behind_a_proxy.py (two replicas behind nginx). The browser is found
by stable keys (`.st-key-…`, the test ids Streamlit puts on the app) and by table structure,
not by wording, so the pages can change their text without breaking these helpers.
"""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from core.answers import Answers
from core.assess import STREAM_LABELS, STREAMS, assess
from core.explain import VERDICT_LABELS
from core.i18n import Translator
from tests.support.app_runs import AsyncAppRuns
from tests.support.streamlit_server import per_worker

ROOT = Path(__file__).resolve().parents[2]
LOAD_SERVER_LOG = per_worker(ROOT / "test-artifacts" / "load-server.log")
APP = "[data-testid='stApp']"
IDLE = f"{APP}[data-test-script-state='notRunning']"
CONNECTED = f"{APP}[data-test-connection-state='CONNECTED']"
SESSION_LOST = "#session-lost"  # the app's own word that the server was lost (ui/chrome.py)
SALARIES = [60_000, 74_999, 75_000, 92_000, 99_999, 100_000, 130_000]
PLACES = ["Laval", "Saint-Jérôme", "Montréal", "Longueuil", "Sherbrooke"]
PROFILES = ("francophone", "francisation")
UPLOAD = ".st-key-upload_answers input[type=file]"
DOWNLOAD = ".st-key-download_answers button"
LANG_SWITCH = ".st-key-lang_switch"


def person(index: int, folder: Path) -> tuple[Path, dict]:
    """A different person per session: example file, salary, place."""
    examples = sorted((ROOT / "examples").glob("*.json"))
    data = json.loads(examples[index % len(examples)].read_text(encoding="utf-8"))
    data["job"]["employer_municipality"] = PLACES[index % len(PLACES)]
    data["job"]["municipality_not_listed"] = True
    data["job"]["annual_salary"] = SALARIES[index % len(SALARIES)]
    data["job"].pop("wage_threshold", None)
    path = folder / f"person-{index}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, data


def expected_cells(data: dict, lang: str) -> dict[str, list[str]]:
    """{way-in label: [verdict shown for the Francophone profile, for the francisation one]}
    as the core decides them for these answers, in words of `lang` (no icon)."""
    t = Translator(lang)
    expected = assess(Answers.model_validate(data))
    return {
        t(STREAM_LABELS[stream]): [
            t(VERDICT_LABELS[expected.way(stream, profile).verdict]) for profile in PROFILES
        ]
        for stream in STREAMS
    }


async def shown_cells(page: Page) -> dict[str, list[str]]:
    """The first table on the page, as shown: {first cell: [the other cells]}, each cell's
    whole text with a leading icon (emoji and spaces) removed."""
    rows = (
        await page.locator("table")
        .first.locator("tbody tr")
        .evaluate_all(
            """rows => rows.map((r) => Array.from(r.cells).map(
            (c) => c.innerText.trim().replace(/^[^\\p{L}\\p{N}]+/u, '')))"""
        )
    )
    return {cells[0]: cells[1:] for cells in rows if cells}


async def open_app(runs: AsyncAppRuns, url: str) -> None:
    """Load the app and wait for the end of its first run (an event, see tests/support)."""
    await runs.open(url)


async def load_file(runs: AsyncAppRuns, path: Path) -> None:
    """Load an answers file through the uploader and wait for the page it leads to."""
    page = runs.page
    await runs.act(lambda: page.locator(UPLOAD).set_input_files(str(path)), "upload")
    await page.wait_for_url(lambda u: u.endswith(("/questions", "/results")), timeout=180_000)


async def go_to_results(runs: AsyncAppRuns, lang: str, *, answered: bool = True) -> None:
    """Open the results page; there, the summary table (or, with nothing answered, the
    invitation to start)."""
    page = runs.page
    if not page.url.endswith("/results"):
        link = page.get_by_role("link", name=Translator(lang)("Results"))
        await runs.act(link.click, "results link")
        await page.wait_for_url("**/results", timeout=180_000)
    shown = "table" if answered else ".st-key-start_from_results"
    await page.locator(shown).first.wait_for(timeout=180_000)


async def switch_language(runs: AsyncAppRuns, to: str) -> None:
    page = runs.page
    switch = page.locator(LANG_SWITCH).get_by_text({"fr": "Français", "en": "English"}[to])
    await runs.act(switch.click, "language switch")
    await page.wait_for_function(f"document.documentElement.lang === '{to}'", timeout=180_000)


async def download_answers(page: Page, path: Path) -> dict:
    """Click the answers download and save the file. A second click only when the browser
    reports the first download canceled: Streamlit 1.67 builds a deferred download's file on
    the click and, as no session references it, deletes it after two page runs of *any*
    session on the replica — with several people at once that can happen before the browser
    fetches it (seen once in four runs here; docs/deploy.md, "Known limits"). A person clicks
    again; so does this test, once, and a second cancel fails it."""
    for attempt in (1, 2):
        async with page.expect_download() as waiting:
            await page.locator(DOWNLOAD).first.click()
        download = await waiting.value
        try:
            await download.save_as(path)
            break
        except PlaywrightError as error:
            if attempt == 2 or "canceled" not in str(error):
                raise
    return json.loads(path.read_text(encoding="utf-8"))


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
