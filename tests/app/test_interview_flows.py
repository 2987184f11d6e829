"""A person answers the interview in the app (AppTest) and reads the verdicts the core gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from driver import (
    answer_visible,
    click_to_page,
    go_through_interview,
    new_app,
    results_text,
    see_results,
)

from core.answers import Answers
from core.assess import assess
from core.i18n import Translator
from ui.labels import STEP_TITLES
from ui.text import md
from ui.verdicts import MARK_ICONS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def verdicts_shown(at, lang: str) -> dict[str, str]:
    """Verdicts as the summary table shows them: {stream label: (francophone, francisation)}."""
    t = Translator(lang)
    table = next(m.value for m in at.markdown if m.value.startswith(f"| {t('Stream')}"))
    rows = [row.strip("|").split("|") for row in table.splitlines()[2:]]
    return {cells[0].strip(): (cells[1].strip(), cells[2].strip()) for cells in rows}


def stored_answers(at) -> Answers:
    return Answers.model_validate(at.session_state["answers"])


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("example", "stream_label"),
    [
        ("ai-foreign-worker.json", "Artificial intelligence — foreign worker"),
        ("ai-quebec-graduate.json", "Artificial intelligence — Québec graduate"),
    ],
)
def test_a_full_interview_ends_eligible_for_its_stream(example, stream_label, lang):
    data = load(example)
    at = new_app(lang)
    go_through_interview(at, data, lang)
    see_results(at)
    t = Translator(lang)
    shown = verdicts_shown(at, lang)
    eligible = f"{MARK_ICONS['✅']} {t('eligible')}"
    assert shown[t(stream_label)] == (eligible, eligible)
    # What the person typed reaches the core intact: same verdicts as the file itself.
    typed = assess(stored_answers(at))
    expected = assess(Answers.model_validate(data))
    assert [w.verdict for w in typed.ways] == [w.verdict for w in expected.ways]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_vfx_interview_ends_eligible_once_the_published_threshold_is_typed(lang):
    data = load("it-vfx.json")
    data["job"]["wage_threshold"] = "39.50"  # a figure the person read (test value)
    at = new_app(lang)
    go_through_interview(at, data, lang)
    see_results(at)
    t = Translator(lang)
    eligible = f"{MARK_ICONS['✅']} {t('eligible')}"
    assert verdicts_shown(at, lang)[t("Information technologies and visual effects")] == (
        eligible,
        eligible,
    )


def test_a_salary_too_low_in_laval_ends_not_eligible_with_art_7_4_b_shown():
    data = load("ai-foreign-worker.json")
    data["job"]["annual_salary"] = 92000
    data["job"]["employer_municipality"] = "Laval"
    at = new_app("en")
    go_through_interview(at, data, "en")
    see_results(at)
    t = Translator("en")
    not_eligible = f"{MARK_ICONS['❌']} {t('not eligible')}"
    assert verdicts_shown(at, "en")[t("Artificial intelligence — foreign worker")] == (
        not_eligible,
        not_eligible,
    )
    text = results_text(at)
    assert md("s. 7, para. 4°, subpara. b)") in text and "art7/" not in text
    assert "92,000" in text and "100,000" in text and "Laval" in text


def test_switching_language_in_the_middle_keeps_every_answer():
    data = load("ai-foreign-worker.json")
    at = new_app("fr")
    go_through_interview(at, data, "fr", stop_at="The job held or accepted")
    answer_visible(at, data, "fr")
    before = at.session_state["answers"]
    assert before["job"]["annual_salary"] == "115000"
    at.radio(key="lang_switch").set_value("en").run()
    assert not at.exception
    assert at.session_state["answers"] == before
    assert at.title[0].value == "The job held or accepted"
    # The widgets show the answers in English formats, and the questions are now in English.
    assert at.text_input(key="q:job.annual_salary").value == "115,000"
    assert at.text_input(key="q:job.annual_salary").label == "Gross annual salary"
    # Back to an earlier step and forward again: the answers are shown, in English formats.
    at.button(key="back").click().run()
    at.button(key="next").click().run()
    assert at.text_input(key="q:job.annual_salary").value == "115,000"
    at.radio(key="lang_switch").set_value("fr").run()
    assert at.session_state["answers"] == before


def test_editing_an_answer_from_the_results_changes_the_verdict():
    data = load("ai-foreign-worker.json")
    del data["job"]["employer_municipality"]  # not needed at 115 000 $: either threshold is met
    at = new_app("en")
    go_through_interview(at, data, "en")
    see_results(at)
    t = Translator("en")
    stream = t("Artificial intelligence — foreign worker")
    assert verdicts_shown(at, "en")[stream][0] == f"{MARK_ICONS['✅']} {t('eligible')}"
    click_to_page(at, "edit:job")
    assert at.title[0].value == t("The job held or accepted")
    # At 115 000 $ either threshold is met, so the employer's place is not asked.
    assert "q:job.employer_municipality" not in [w.key for w in at.text_input]
    at.text_input(key="q:job.annual_salary").set_value("99,999").run()
    # Now the place decides (75 000 $ outside the CMM, 100 000 $ inside): it is asked.
    at.text_input(key="q:job.employer_municipality").set_value("Montreal").run()
    assert any("inside the Communauté métropolitaine" in i.value for i in at.info)
    while at.title[0].value != t(STEP_TITLES["review"]):
        at.button(key="next").click().run()
    see_results(at)
    assert verdicts_shown(at, "en")[stream][0] == f"{MARK_ICONS['❌']} {t('not eligible')}"
    assert md("s. 7, para. 4°, subpara. b)") in results_text(at)


def test_a_salary_typed_with_letters_is_refused_inline_and_the_other_answers_stay():
    data = load("ai-foreign-worker.json")
    at = new_app("en")
    go_through_interview(at, data, "en", stop_at="The job held or accepted")
    answer_visible(at, data, "en")
    before = at.session_state["answers"]
    at.text_input(key="q:job.annual_salary").set_value("lots").run()
    assert any("Type an amount in figures" in e.value for e in at.error)
    assert at.text_input(key="q:job.annual_salary").value == "lots"  # what was typed stays
    # The refused entry is no answer, and the old salary is not silently kept in use.
    after = at.session_state["answers"]
    assert "annual_salary" not in after["job"]
    del before["job"]["annual_salary"]
    assert after == before
    # The error summary at the top of the step names the field and links to it.
    fix = next(b for b in at.button if (b.key or "").startswith("fix:"))
    assert fix.label.startswith("Gross annual salary — Type an amount in figures")
