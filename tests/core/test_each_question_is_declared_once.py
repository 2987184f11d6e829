"""Every question is declared once (core.questions), and the declarations cover the answers
model and the conditions: a question cannot be forgotten, half-translated, or asked for nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
from babel.messages.pofile import read_po
from pydantic import BaseModel

from core.answers import Answers
from core.assess import assess
from core.interview import feeds, to_ask, unanswered
from core.questions import NOT_ASKED, QUESTIONS, QUESTIONS_BY_PATH, Kind
from core.rules.base import REGISTRY
from core.rules.figures import figures

ROOT = Path(__file__).resolve().parents[2]


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The model inside Optional[...] / list[...] / Annotated[...], if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _leaves(model: type[BaseModel], prefix: str = "") -> list[str]:
    paths = []
    for name, field in model.model_fields.items():
        path = f"{prefix}{name}"
        inner = _model_of(field.annotation)
        if inner is not None and get_origin(field.annotation) is not list and not _is_list(
            field.annotation
        ):
            paths += _leaves(inner, path + ".")
        elif inner is not None:
            paths += _leaves(inner, path + ".")
            paths.append(path)  # the list itself is a question too
        else:
            paths.append(path)
    return paths


def _is_list(annotation: Any) -> bool:
    if get_origin(annotation) is list:
        return True
    return any(_is_list(arg) for arg in get_args(annotation))


def test_every_leaf_of_the_answers_model_is_asked_or_said_why_not():
    leaves = set(_leaves(Answers))
    declared = set(QUESTIONS_BY_PATH) | set(NOT_ASKED)
    assert leaves - declared == set(), "answers no question asks (declare it, or say why not)"
    assert declared - leaves == set(), "questions for answers the model does not have"


def test_every_input_of_every_condition_is_asked_by_some_question():
    paths = set(QUESTIONS_BY_PATH) | set(NOT_ASKED)
    for condition in REGISTRY.values():
        for path in condition.inputs:
            assert path in paths, f"{condition.id} reads {path}, which no question asks"


def test_every_question_but_the_kept_ones_feeds_a_condition():
    for question in QUESTIONS:
        if not question.info:
            assert feeds(question), f"{question.path} is asked for no condition"


@pytest.mark.parametrize("locale", ["fr_CA", "en_CA"])
def test_every_label_definition_and_option_is_translated(locale):
    path = ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po"
    catalog = {m.id: m.string for m in read_po(path.open("rb")) if m.id}
    for question in QUESTIONS:
        texts = [question.label, question.definition, *(label for _, label in question.options)]
        for text in filter(None, texts):
            if text.isdigit() or text.isupper() or text.startswith(("TEF", "TCF", "DELF", "DALF")):
                continue  # names and numbers are the same in both languages
            assert catalog.get(text), f"{question.path}: not translated in {locale}: {text!r}"


def test_placeholders_of_definitions_are_filled_from_the_rules():
    values = figures()
    for question in QUESTIONS:
        for text in filter(None, (question.label, question.definition)):
            for name in re.findall(r"{(\w+)}", text):
                assert name == "date" or name in values, f"{question.path}: {{{name}}} unknown"


def test_choices_have_options_and_numbers_have_bounds():
    for question in QUESTIONS:
        if question.kind is Kind.CHOICE:
            assert question.options, question.path
        if question.kind in (Kind.WHOLE_NUMBER, Kind.DECIMAL, Kind.PERCENT):
            assert question.bounds is not None, question.path


# --- What the interview asks, pinned for a handful of situations ------------------------------


def asked(data: dict, step: str | None = None) -> list[str]:
    answers = Answers.model_validate({"schema_version": 1, "application_date": "2025-06-01", **data})
    return [q.path for q in to_ask(assess(answers), step)]


JOB = {
    "status": "held",
    "noc_code": "21211",
    "full_time": True,
    "in_quebec": True,
    "ai_sector": True,
    "ineligible_sector": False,
    "controlled_company": False,
    "skills_meet_requirements": True,
}


def test_a_salary_of_100_000_or_more_never_asks_the_employers_place():
    assert "job.employer_municipality" not in asked({"job": {**JOB, "annual_salary": 100_000}})
    assert "job.employer_municipality" in asked({"job": {**JOB, "annual_salary": 99_999}})


def test_a_salary_below_75_000_does_not_ask_the_place_either():
    assert "job.employer_municipality" not in asked({"job": {**JOB, "annual_salary": 74_999}})


def test_no_job_asks_nothing_more_about_a_job():
    assert asked({"job": {"status": "none"}}, "job") == ["job.status"]


def test_a_job_outside_quebec_does_not_ask_where_the_employer_is_in_quebec():
    paths = asked({"job": {**JOB, "in_quebec": False, "annual_salary": 80_000}})
    assert "job.employer_municipality" not in paths


def test_oral_french_is_one_question_then_only_the_chosen_proof():
    assert asked({}, "french") == ["french.proof"]
    assert asked({"french": {"proof": "none"}}, "french") == ["french.proof"]
    assert asked({"french": {"proof": "level"}}, "french") == ["french.proof", "french.oral_level"]
    test = asked({"french": {"proof": "test", "test": "tcf-canada"}}, "french")
    assert test == [
        "french.proof",
        "french.test",
        "french.test_date",
        "french.listening",
        "french.speaking",
    ]


def test_the_scholarship_is_asked_only_about_a_graduate_diploma_from_quebec():
    assert "scholarship.has_return_condition" not in asked({}, "diplomas")
    bachelor = {"diplomas": [{"level": "bachelor", "issued_in_quebec": True}]}
    assert "scholarship.has_return_condition" not in asked(bachelor, "diplomas")
    master = {"diplomas": [{"level": "master", "issued_in_quebec": True}]}
    assert "scholarship.has_return_condition" in asked(master, "diplomas")


def test_a_question_shown_on_this_visit_stays_while_the_person_answers_others():
    answers = Answers.model_validate(
        {"schema_version": 1, "application_date": "2025-06-01", "job": {**JOB}}
    )
    before = [q.path for q in to_ask(assess(answers), "job")]
    assert "job.employer_municipality" in before
    later = answers.model_copy(update={"job": answers.job.model_copy(update={"annual_salary": 120_000})})
    kept = [q.path for q in to_ask(assess(later), "job", keep=before)]
    assert "job.employer_municipality" in kept  # it does not vanish under the cursor
    assert "job.employer_municipality" not in [q.path for q in to_ask(assess(later), "job")]


def test_what_is_still_to_answer_names_the_entry_of_a_list():
    answers = Answers.model_validate(
        {
            "schema_version": 1,
            "application_date": "2025-06-01",
            "work_history": [{"noc_code": "52120", "start": "2020-01-01", "ongoing": True}],
        }
    )
    paths = [item.path for item in unanswered(assess(answers), "work")]
    assert "work_history.0.vfx_sector" in paths
    assert "work_history.0.full_time" in paths
    assert "work_history.0.title" not in paths  # optional


# --- Figures are never retyped where they are shown -------------------------------------------

FIGURE_LITERALS = re.compile(
    r"100[\s\u00a0,]?000|75[\s\u00a0,]?000|\b(?:60|24|12|6) (?:months|mois)\b|\b82\b|\b458\b"
    r"|(?:level|niveau) 7\b"
)


def _source_strings(folder: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found.append((f"{path.relative_to(ROOT)}:{number}", line))
    return found


@pytest.mark.parametrize("folder", ["ui", "screens"])
def test_no_threshold_is_retyped_in_the_interface(folder):
    hits = [(where, line) for where, line in _source_strings(folder) if FIGURE_LITERALS.search(line)]
    assert hits == [], "a figure typed in the interface: take it from the rule or the data"


@pytest.mark.parametrize("locale", ["fr_CA", "en_CA"])
def test_no_message_retypes_a_threshold(locale):
    """Every message id, and its translation: thresholds, windows and counts are placeholders
    filled from the rules (core/rules/figures.py)."""
    path = ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po"
    found = [
        (m.id, m.string)
        for m in read_po(path.open("rb"))
        if m.id and isinstance(m.id, str) and FIGURE_LITERALS.search(f"{m.id} {m.string}")
    ]
    assert found == [], "a figure typed in a message: use its placeholder (core/rules/figures.py)"


def test_the_figures_check_catches_a_retyped_threshold():
    for text in ("at least 100 000 $", "$75,000", "the 60 months before", "level 7", "458"):
        assert FIGURE_LITERALS.search(text), text
