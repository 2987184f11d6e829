"""A person closes the browser: their answers leave the server's memory too.

Streamlit 1.67 keeps a disconnected session for `server.disconnectedSessionTTL` (120 s by
default, 2 s here) so that a page can reconnect. After that the session is dropped at the next
visit to the server, and with it everything that held the answers: the session state, the
download buttons' functions (tests/support/memory_watch.py looks inside the server's Python).
docs/deploy.md ("A closed browser's session") says so to whoever runs the server.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from browser_walk import Walk
from playwright.sync_api import Browser

from tests.support.streamlit_server import VIEWPORT, StreamlitServer

REPO = Path(__file__).resolve().parents[2]
MARKER = "Zq7781-closed-browser"  # typed in the person's free text, nowhere else
TTL_S = 2


def wait_for(read: Callable[[], dict], done: Callable[[dict], bool], what: str) -> dict:
    """The watcher's figures once they are newer than this call and `done` holds of them."""
    deadline = time.monotonic() + 30
    start, seen = time.time(), {}
    while time.monotonic() < deadline:
        with contextlib.suppress(FileNotFoundError):  # not written yet (replaced whole)
            seen = read()
            if seen["at"] > start and done(seen):
                return seen
        time.sleep(0.25)
    raise AssertionError(f"{what}: the server's memory shows {seen}")


@pytest.mark.e2e
def test_a_closed_browsers_answers_leave_the_servers_memory(
    browser: Browser, tmp_path: Path
) -> None:
    answers = json.loads((REPO / "examples" / "ai-foreign-worker.json").read_text("utf-8"))
    answers["notes"] = f"Notes {MARKER}"
    answers["diplomas"][0]["title"] = f"M.Tech {MARKER}"
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), encoding="utf-8")
    watch_file = tmp_path / "memory.json"

    def memory() -> dict:
        return json.loads(watch_file.read_text(encoding="utf-8"))

    server = StreamlitServer(
        "app.py",
        launcher=("tests/support/memory_watch.py",),
        env={
            "WATCH_MARKER": MARKER,
            "WATCH_OUT": str(watch_file),
            "STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": str(TTL_S),
        },
    )
    with server:
        context = browser.new_context(base_url=server.url, viewport=VIEWPORT, locale="fr-CA")
        person = Walk(context.new_page())
        person.open()
        person.upload(answers_file)
        # The probe can fail: while the page is open, the server holds the answers.
        wait_for(memory, lambda m: m["holders"] > 0, "the answers, loaded")
        context.close()
        time.sleep(TTL_S)  # the time Streamlit keeps the session for the page to come back

        # Other people's visits: at each, the server tidies the sessions whose time is up (the
        # TTL counts from when the server saw the page go, which a busy machine delays).
        deadline = time.monotonic() + 60
        while True:
            other = browser.new_context(base_url=server.url, viewport=VIEWPORT, locale="fr-CA")
            Walk(other.new_page()).open()
            other.close()
            now = wait_for(memory, lambda m: True, "the server's figures")
            if now["holders"] == 0:
                break
            assert time.monotonic() < deadline, f"the closed browser's answers stay: {now}"
