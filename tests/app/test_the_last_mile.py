"""The last mile of a person's path (issue 19), driven through the app as a person would."""

from __future__ import annotations

import json
from pathlib import Path

from driver import (
    add_list_entries,
    answer_visible,
    click_to_page,
    go_through_interview,
    new_app,
)

from core.i18n import Translator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def plain(markdown: str) -> str:
    """What a reader sees of a markdown string (escaped dollars, no-break spaces)."""
    return markdown.replace("\\$", "$").replace("\xa0", " ").replace("\u202f", " ")


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


def family_step(data: dict, lang: str = "fr"):
    at = new_app(lang)
    go_through_interview(at, data, lang, stop_at="Family and financial undertaking")
    return at


def test_step_6_shows_the_amount_required_the_money_typed_and_the_rules_comparison():
    data = load("ai-foreign-worker.json")
    del data["family"]["funds_meet_scale"]
    at = family_step(data)
    answer_visible(at, data, "fr")
    # This family's 2025 amount is not in the data: the step says so and where to read it.
    required = next(m.value for m in at.markdown if "Montant exigé" in m.value)
    assert "ne le connaît pas" in required and "page officielle" in required
    # Before any amount: the yes/no is offered, and no salary-like example sits in the field.
    assert "q:family.funds_meet_scale" in [r.key for r in at.radio]
    assert not at.text_input(key="q:family.funds").placeholder
    at.text_input(key="q:family.official_amount").set_value("3 500").run()
    at.text_input(key="q:family.funds").set_value("1 000").run()
    # The yes/no gives way to the comparison, which names both figures and the shortfall.
    assert "q:family.funds_meet_scale" not in [r.key for r in at.radio]
    shortfall = plain(" ".join(w.value for w in at.warning))
    assert "Somme inscrite : 1 000 $" in shortfall and "Montant exigé : 3 500 $" in shortfall
    assert "Il manque 2 500 $" in shortfall
    at.text_input(key="q:family.funds").set_value("900 000").run()
    assert any("atteint le montant exigé" in s.value for s in at.success)


def test_a_question_that_appears_after_an_answer_is_marked_new():
    at = new_app("fr")
    go_through_interview(at, {"application_date": "2025-06-01"}, "fr")
    at.button(key="back").click().run()  # the review has no questions: back to the first step
    while at.title[0].value != Translator("fr")("Stay and permit"):
        at.button(key="back").click().run()
    assert not [m for m in at.markdown if "Nouvelle question" in m.value]
    at.radio(key="q:stay.in_quebec").set_value("yes").run()
    # The purpose of the stay appears under the answer, marked as a new question.
    texts = [m.value for m in at.markdown] + [r.label for r in at.radio]
    assert len([text for text in texts if "Nouvelle question" in text]) == 1
    assert at.radio(key="q:stay.purpose").label.startswith("Quel était le but principal")


def test_a_delf_mark_typed_as_printed_is_accepted_and_a_wrong_denominator_is_named():
    data = load("ai-foreign-worker.json")
    data["french"] = {"proof": "test", "test": "delf-b2", "test_date": "2019-06-15"}
    at = new_app("fr")
    go_through_interview(at, data, "fr", stop_at="Oral French")
    answer_visible(at, data, "fr")
    at.text_input(key="q:french.listening").set_value("18/25").run()
    at.text_input(key="q:french.speaking").set_value("17 / 25").run()
    assert at.session_state["answers"]["french"]["listening"] == 18
    assert at.session_state["answers"]["french"]["speaking"] == 17
    assert not at.error
    at.text_input(key="q:french.speaking").set_value("16/50").run()
    refusal = plain(" ".join(e.value for e in at.error))
    assert "sur 25" in refusal and "50" in refusal, refusal
    assert "speaking" not in at.session_state["answers"]["french"]  # refused: not an answer
    assert at.text_input(key="q:french.speaking").value == "16/50"  # what was typed stays


def test_a_dalf_c2_mark_out_of_50_is_accepted():
    data = load("ai-foreign-worker.json")
    data["french"] = {"proof": "test", "test": "dalf-c2", "test_date": "2019-06-15"}
    at = new_app("en")
    go_through_interview(at, data, "en", stop_at="Oral French")
    answer_visible(at, data, "en")
    at.text_input(key="q:french.speaking").set_value("16/50").run()
    assert at.session_state["answers"]["french"]["speaking"] == 16


def test_start_with_no_date_shows_the_date_field_with_its_message():
    at = new_app("fr")
    at.button(key="start").click().run()
    field = at.text_input(key="q:application_date")
    assert field.label.startswith("Date de la demande")
    assert any("Date de la demande" in e.value for e in at.error)
    field.set_value("2025-06-01").run()
    assert not any("Date de la demande" in e.value for e in at.error)
    at.button(key="start").click().run()
    assert at.title[0].value != Translator("fr")("AI, IT and visual effects: eligibility self-assessment")


def test_an_example_situation_opens_its_results_in_one_click_marked_as_an_example():
    at = new_app("fr")
    example = next(b for b in at.button if b.key == "example:ai-foreign-worker")
    assert plain(example.label).startswith("Exemple : ")
    example.click().run()
    assert not at.exception
    assert at.title[0].value == "Résultats"
    assert any("personne fictive" in i.value for i in at.info)
    assert at.session_state["answers"]["application_date"] == "2025-06-01"
    assert "notes" not in at.session_state["answers"]
    # Clearing the example's answers ends the example.
    at.button(key="clear_answers").click().run()
    at.button(key="clear_confirmed").click().run()
    assert not any("personne fictive" in i.value for i in at.info)


def test_results_with_no_answers_say_how_to_get_them_back_and_offer_the_file():
    at = new_app("fr")
    at.switch_page("screens/results.py").run()
    hint = plain(" ".join(i.value for i in at.info))
    assert "Aucune réponse" in hint and "chargez ce fichier" in hint
    assert [u for u in at.get("file_uploader")], "the file can be loaded right there"


def test_options_read_with_one_capitalisation():
    data = load("ai-quebec-graduate.json")
    at = new_app("fr")
    go_through_interview(at, data, "fr", stop_at="Diplomas")
    add_list_entries(at, data, "fr")
    levels = next(r for r in at.radio if (r.key or "").endswith(".level"))
    shown = list(levels.options)
    assert all(text[:1].isupper() for text in shown), shown
    assert "Maîtrise" in shown and "Baccalauréat" in shown


def test_a_typed_amount_takes_the_new_languages_format_after_a_switch():
    data = load("ai-foreign-worker.json")
    at = new_app("fr")
    go_through_interview(at, data, "fr", stop_at="The job held or accepted")
    answer_visible(at, data, "fr")
    assert at.text_input(key="q:job.annual_salary").value == "115 000"
    at.radio(key="lang_switch").set_value("en").run()
    assert at.text_input(key="q:job.annual_salary").value == "115,000"
    # A refused entry keeps what was typed, whatever the language.
    at.text_input(key="q:job.annual_salary").set_value("beaucoup").run()
    at.radio(key="lang_switch").set_value("fr").run()
    assert at.text_input(key="q:job.annual_salary").value == "beaucoup"


def _field_words_page() -> None:
    """A page that shows how a refused file's fields are named (ui.files.field_words)."""
    import streamlit as st

    from ui import session
    from ui.files import field_words

    session.init()
    for field in ("scholarship.bonus", "job.bonus", "diplomas[0].grade", "stay.in_quebec"):
        st.text(field_words(field))


def test_a_refused_file_s_unknown_key_is_named_with_the_step_that_asks_its_section():
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(_field_words_page, default_timeout=30).run()
    shown = [plain(element.value) for element in app.text]
    assert shown == [
        "Diplômes — un champ que cet outil ne connaît pas (« bonus »)",  # the step asking it
        "L'emploi occupé ou accepté — un champ que cet outil ne connaît pas (« bonus »)",
        "Diplôme 1 — un champ que cet outil ne connaît pas (« grade »)",
        shown[3],  # a known field: its question, worded at the application date
    ], shown
    assert shown[3].endswith("séjourniez-vous au Québec?"), shown[3]
