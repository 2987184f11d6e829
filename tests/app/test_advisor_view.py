"""The advisor view's client file (issue 18): the application date typed at the top, nothing
assessed without it; a refused date keeps what was typed and says why."""

from __future__ import annotations

from driver import new_app


def open_advisor(lang: str = "fr"):
    at = new_app(lang)
    at.switch_page("screens/advisor.py").run()
    assert not at.exception, at.exception
    return at


def grid_shown(at) -> bool:
    return any(m.value.startswith("| ") for m in at.markdown)


def test_without_a_date_the_view_asks_for_it_and_assesses_nothing():
    at = open_advisor("en")
    assert at.text_input(key="advisor_date").value == ""
    assert not grid_shown(at)
    assert not any(e.key and e.key.startswith("advisor_step:") for e in at.expander)
    assert any("Type the application date first" in i.value for i in at.info)
    assert "application_date" not in at.session_state["answers"]


def test_a_typed_date_assesses_at_that_date():
    at = open_advisor("fr")
    at.text_input(key="advisor_date").set_value("2025-06-01").run()
    assert at.session_state["answers"]["application_date"] == "2025-06-01"
    assert grid_shown(at)
    assert any("1er juin 2025" in c.value for c in at.caption)


def test_a_refused_date_names_the_field_keeps_the_text_and_assesses_nothing():
    at = open_advisor("en")
    at.text_input(key="advisor_date").set_value("2025-02-30").run()
    assert not at.exception
    assert at.text_input(key="advisor_date").value == "2025-02-30"
    assert any(e.value.startswith("Application date: type a date") for e in at.error)
    assert not grid_shown(at)
    at.text_input(key="advisor_date").set_value("15/05/2025").run()
    assert at.session_state["answers"]["application_date"] == "2025-05-15"
    assert not at.error and grid_shown(at)


def test_a_date_chosen_elsewhere_shows_in_the_field():
    at = open_advisor("en")
    at.session_state["answers"] = {"schema_version": 1, "application_date": "2025-12-31"}
    at.run()
    assert at.text_input(key="advisor_date").value == "2025-12-31"
    assert grid_shown(at)


def load_example(at, name: str = "ai-foreign-worker.json"):
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / name
    at.session_state["answers"] = json.loads(path.read_text(encoding="utf-8"))
    at.run()
    return at


def test_the_advisors_notes_go_in_the_pdf_only():
    from core.answers import Answers
    from core.assess import assess
    from core.report import report_lines

    at = load_example(open_advisor("en"))
    at.text_area(key="advisor_notes").set_value("Ask for the 2024 pay slips.").run()
    assert "Ask for the 2024 pay slips." not in str(at.session_state["answers"])
    lines = report_lines(assess(Answers.model_validate(at.session_state["answers"])), "en",
                         at.text_area(key="advisor_notes").value)
    assert "Advisor's notes" in lines and "Ask for the 2024 pay slips." in lines


def test_new_client_offers_the_file_then_forgets_everything():
    at = load_example(open_advisor("en"))
    at.text_area(key="advisor_notes").set_value("Client A: check the CAQ.").run()
    assert grid_shown(at)
    at.button(key="new_client").click().run()
    # Asked first, with the client's answers file on offer.
    assert any("Start with a new client?" in w.value for w in at.warning)
    assert grid_shown(at)  # nothing is cleared before the advisor confirms
    at.button(key="new_client_confirmed").click().run()
    assert not at.exception
    assert at.session_state["answers"] == {"schema_version": 1}
    assert at.text_input(key="advisor_date").value == ""
    assert not grid_shown(at)
    assert not any(t.key == "advisor_notes" for t in at.text_area)  # no date: no notes field
    at.text_input(key="advisor_date").set_value("2025-06-01").run()
    assert at.text_area(key="advisor_notes").value == ""
    shown = " ".join(m.value for m in at.markdown)
    assert "Machine-learning" not in shown and "CAQ" not in shown


def fictional(at) -> bool:
    return any("personne fictive" in i.value for i in at.info)


def test_an_example_shows_in_the_advisor_view_as_fictional_until_the_next_client():
    """An example loaded on the welcome page is marked as such here too, as on every other
    screen; "New client" ends it (the client's answers are gone, the notice with them)."""
    at = new_app("fr")
    at.button(key="example:ai-foreign-worker").click().run()
    at.switch_page("screens/advisor.py").run()
    assert not at.exception
    assert fictional(at) and grid_shown(at)
    at.button(key="new_client").click().run()
    assert fictional(at)  # nothing is cleared before the advisor confirms
    at.button(key="new_client_confirmed").click().run()
    assert not fictional(at)
    assert at.session_state["answers"] == {"schema_version": 1}

