"""Text a person types is shown as text everywhere: review, results, advisor view, the PDF, and
the message refusing an uploaded file.

HTML and Markdown typed into the free-text fields (job title, employer municipality, work
period title, diploma title) must reach the page escaped (`ui.text.md`), never as a live
link, image or tag; the PDF holds the literal characters and no link or script action.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from driver import go_through_interview, new_app, see_results
from pypdf import PdfReader

from core.answers import Answers
from core.assess import assess
from core.interview import STEPS
from core.report import pdf_report
from ui.text import md

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[link](http://evil.example)",
    "![img](http://evil.example/x.png)",
]
# Live syntax: a tag, or a link/image target, not preceded by Markdown's escape.
LIVE = re.compile(r"(?<!\\)<\s*(script|img)|(?<!\\)\]\((?:https?:|javascript:)", re.I)
TEXT_ELEMENTS = (
    "markdown", "caption", "error", "warning", "info", "success", "title", "header", "subheader",
)  # fmt: skip


def with_typed(payload: str, salary: int) -> dict:
    data = json.loads((EXAMPLES / "ai-foreign-worker.json").read_text(encoding="utf-8"))
    data["job"].update(
        title=payload,
        employer_municipality=payload,  # not a known municipality: the person confirms below
        municipality_not_listed=True,
        annual_salary=salary,  # between the two thresholds, so the municipality is asked
    )
    for item in data["diplomas"] + data["work_history"]:
        item["title"] = payload
    return data


def shown_texts(at) -> list[str]:
    texts = [e.value for kind in TEXT_ELEMENTS for e in getattr(at, kind)]
    texts += [e.label for e in at.expander]
    return texts


def assert_inert(texts: list[str], payload: str, where: str) -> int:
    """No text shows the payload live; returns how many times it is shown escaped."""
    for text in texts:
        assert payload not in text, f"{where}: typed text shown unescaped: {text[:300]!r}"
        assert not LIVE.search(text), f"{where}: live markup: {text[:300]!r}"
    return sum(text.count(md(payload)) for text in texts)


@pytest.fixture(scope="module", params=PAYLOADS, ids=["script", "img", "link", "image"])
def typed(request):
    """One interview per payload, walked to the review page with the payload in every field."""
    payload = request.param
    at = new_app("en")
    go_through_interview(at, with_typed(payload, 80_000), "en")
    stored = at.session_state["answers"]
    assert stored["job"]["title"] == payload, "the job title was typed"
    assert stored["job"]["employer_municipality"] == payload, "the municipality was typed"
    assert [w["title"] for w in stored["work_history"]] == [payload, payload]
    assert stored["diplomas"][0]["title"] == payload
    return payload, at


def test_the_review_shows_every_typed_text_escaped(typed):
    payload, at = typed
    shown = assert_inert(shown_texts(at), payload, "review")
    # Diploma title, two work titles, job title, municipality.
    assert shown >= 5, f"the review shows the typed text {shown} times"


def test_the_interview_fields_keep_the_typed_text_as_it_was_typed(typed):
    payload, at = typed
    at.button(key="edit:job").click().run()
    fields = {t.key: t.value for t in at.text_input}
    assert fields["q:job.title"] == payload
    assert fields["q:job.employer_municipality"] == payload
    assert_inert(shown_texts(at), payload, "interview, job step")
    for _ in range(3):
        at.button(key="next").click().run()  # back to the review, through the later steps
    assert not at.exception, at.exception


def test_the_results_show_the_typed_municipality_escaped(typed):
    payload, at = typed
    see_results(at)
    assert not at.exception, at.exception
    shown = assert_inert(shown_texts(at), payload, "results")
    assert shown >= 1, "the salary condition names the municipality typed"


def test_the_advisor_view_shows_typed_text_only_in_its_fields(typed):
    payload, at = typed
    for step in STEPS:  # every step's box opened, as an advisor going through the file would
        at.session_state[f"advisor_step:{step}"] = True
    at.switch_page("screens/advisor.py").run()
    assert not at.exception, at.exception
    assert_inert(shown_texts(at), payload, "advisor view")
    values = [t.value for t in at.text_input]
    assert values.count(payload) >= 5, values


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_pdf_holds_the_typed_characters_and_no_link_or_script(payload, lang):
    # Below the threshold: the failed condition's message, naming the municipality, is printed.
    answers = Answers.model_validate(with_typed(payload, 70_000))
    pdf = pdf_report(assess(answers), lang)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert re.sub(r"\s", "", payload) in re.sub(r"\s", "", text)
    # (fpdf2 writes an /OpenAction that is only a zoom destination: no action type follows.)
    # Actions and links only ("/S /URI", "/S /JavaScript"…): a bare "/S " also names the
    # transparency group of the vector chart ("/S /Transparency").
    for action in (b"/URI", b"/JavaScript", b"/JS", b"/Launch", b"/Annots", b"/AA", b"/Link"):
        assert action not in pdf, action


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_refused_uploaded_file_names_its_odd_field_as_text(payload):
    at = new_app("en")
    bad = json.dumps({"schema_version": 1, payload: 1, "job": {payload: 2}}).encode()
    at.file_uploader(key="upload_answers").set_value(("answers.json", bad, "application/json"))
    at.run()
    assert not at.exception, at.exception
    errors = [e.value for e in at.error]
    assert any(md(payload) in e for e in errors), errors
    assert_inert(shown_texts(at), payload, "welcome, refused upload")
