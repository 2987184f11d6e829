"""The last mile of a person's path (issue 19), driven through the app as a person would."""

from __future__ import annotations

import json
from pathlib import Path

from driver import answer_visible, click_to_page, go_through_interview, new_app

from core.i18n import Translator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def test_the_job_linked_to_the_work_history_stays_linked_after_the_results_and_back():
    data = load("ai-foreign-worker.json")
    data["job"]["work_history_entry"] = 2  # the Montréal job is the second period
    at = new_app("fr")
    go_through_interview(at, data, "fr", stop_at="The job held or accepted")
    answer_visible(at, data, "fr")
    link = at.radio(key="q:job.work_history_entry")
    assert link.value == 2
    t = Translator("fr")
    folded = t("Details taken from job {n} (open to change them)", n=2)
    assert folded in [e.label for e in at.expander]
    while at.title[0].value != t("Check your answers"):
        at.button(key="next").click().run()
    click_to_page(at, "next")  # the results
    click_to_page(at, "edit:job")  # and back to the job
    assert at.radio(key="q:job.work_history_entry").value == 2
    assert folded in [e.label for e in at.expander]  # the six copied answers stay folded
    # The link is an answer: it is in the file the person downloads.
    assert at.session_state["answers"]["job"]["work_history_entry"] == 2
