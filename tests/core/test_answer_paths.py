"""One reader and writer of answer paths (core.paths): the interview, the session, the near
misses, the loader's refusals and the file-loading page all name an answer the same way."""

from __future__ import annotations

from core import paths
from core.answers import Answers
from core.answers_file import AnswersFileError, answers_from_data


def test_the_three_spellings_of_one_path_are_the_same_parts():
    assert paths.parts("work_history.0.start") == ("work_history", 0, "start")
    assert paths.file_parts("work_history[0].start") == ("work_history", 0, "start")
    assert paths.file_field(("work_history", 0, "start")) == "work_history[0].start"
    assert paths.dotted(("work_history", 0, "start")) == "work_history.0.start"
    assert paths.declared("work_history.0.start") == "work_history.start"
    assert paths.parent("work_history.0.start") == "work_history.0"
    assert paths.parent("job") is None


def test_a_key_of_the_file_made_of_digits_stays_a_name_in_the_files_spelling():
    assert paths.file_parts("job.123") == ("job", "123")


def test_read_finds_an_answer_in_the_model_and_in_a_dict_or_none():
    data = {"schema_version": 1, "work_history": [{"start": "2020-01-01"}]}
    model = Answers.model_validate(data)
    assert paths.read(data, "work_history.0.start") == "2020-01-01"
    assert str(paths.read(model, "work_history.0.start")) == "2020-01-01"
    assert paths.read(data, "work_history.3.start") is None
    assert paths.read(model, "job.annual_salary") is None


def test_write_makes_the_section_and_none_removes_the_answer():
    data: dict = {"schema_version": 1, "work_history": [{}]}
    paths.write(data, "job.annual_salary", "80000")
    paths.write(data, "work_history.0.full_time", True)
    assert data["job"] == {"annual_salary": "80000"}
    assert data["work_history"][0] == {"full_time": True}
    paths.write(data, "job.annual_salary", None)
    assert data["job"] == {}


def test_a_refused_file_names_its_field_in_the_files_spelling():
    try:
        answers_from_data({"schema_version": 1, "work_history": [{"start": "2020-02-30"}]})
    except AnswersFileError as error:
        assert error.field == "work_history[0].start"
    else:  # pragma: no cover
        raise AssertionError("a date that does not exist was accepted")
