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
