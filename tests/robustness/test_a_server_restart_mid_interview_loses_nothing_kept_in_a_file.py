"""The server restarts mid-interview: the page says it lost the connection, the new session
starts empty (nothing was kept on the server), and the answers file downloaded before the
restart brings every answer back.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from browser_walk import Walk
from playwright.sync_api import Browser, expect
from robust_server import VIEWPORT, AppServer

from core.answers import Answers
from core.assess import assess
from core.i18n import Translator
from core.interview import first_open_step
from core.questions import PURPOSES
from ui.labels import STEP_TITLES

pytestmark = pytest.mark.e2e


def test_after_a_restart_the_downloaded_answers_file_brings_the_answers_back(
    browser: Browser, tmp_path
):
    t = Translator("en")
    server = AppServer(tmp_path / "server.log")
    server.start()
    context = browser.new_context(viewport=VIEWPORT, locale="en-CA", base_url=server.url)
    try:
        Walk(context.new_page()).open("/")  # warm-up load
        page = context.new_page()
        walk = Walk(page)
        walk.open("/")
        walk.start()
        # Step 1: the stay. Step 2: no diploma.
        walk.choose("q:stay.in_quebec", t("Yes"))
        walk.choose("q:stay.purpose", t(PURPOSES["work"]))
        walk.move("next")
        assert walk.title() == t("Diplomas")
        walk.click("none:diplomas")
        walk.move("next")

        with page.expect_download() as download:
            page.locator(".st-key-download_answers").get_by_role(
                "button", name=t("Download my answers")
            ).click()
        saved = tmp_path / "answers.json"
        download.value.save_as(saved)
        kept = json.loads(saved.read_text(encoding="utf-8"))
        assert kept["stay"] == {"in_quebec": True, "purpose": "work"}
        assert kept["diplomas"] == []

        shown = len(walk.runs.connection_log())
        sockets_closed = walk.runs.closed
        server.restart()  # same port
        # The page noticed: it showed a state other than CONNECTED (Streamlit's connection
        # status), however short, then connected again on a new socket.
        states = walk.runs.wait_for_reconnection(shown)
        assert walk.runs.closed > sockets_closed, states
        # A fresh session: nothing answered any more.
        walk.open("/")
        walk.start()
        assert walk.title() == t("Stay and permit")
        assert walk.checked("q:stay.in_quebec") is None
        walk.move("back")  # to the welcome page

        walk.upload(saved)
        # It lands where the core says the file is open (the results when nothing is).
        step = first_open_step(assess(Answers.model_validate(kept), today=date.today()))
        assert walk.title() == (t(STEP_TITLES[step]) if step else t("Results"))
        if step is None:
            walk.move("edit:stay")
        while walk.title() != t("Stay and permit"):
            walk.move("back")
        assert walk.checked("q:stay.in_quebec") == t("Yes")
        assert walk.checked("q:stay.purpose") == t(PURPOSES["work"])
        walk.move("next")
        assert walk.title() == t("Diplomas")
        expect(page.get_by_text(t("Answered: none."))).to_be_visible()
    finally:
        context.close()
        server.stop()
    assert "Traceback" not in (tmp_path / "server.log").read_text(errors="replace")
