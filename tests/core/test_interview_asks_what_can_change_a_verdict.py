"""What the interview asks, for a handful of situations, through the public functions
(`to_ask`, `steps_to_visit`, `first_open_step`, `core.questions.item_questions`): a question
is shown when its answer could still change a verdict, or when it is already answered (so it can
be changed); never because it merely exists.
"""

from __future__ import annotations

from answers_builders import APP, build, qualifying_period, quebec_diploma, verdicts

from core.answers import Answers, Diploma, WorkPeriod
from core.assess import assess
from core.interview import (
    STEPS,
    first_open_step,
    steps_to_visit,
    to_ask,
)
from core.questions import item_questions

JOB_UNANSWERED = {
    "title": None, "noc_code": None, "full_time": None, "in_quebec": None,
    "employer_municipality": None, "ai_sector": None, "ineligible_sector": None,
    "controlled_company": None, "skills_meet_requirements": None, "annual_salary": None,
    "weekly_hours": None, "wage_threshold": None,
}  # fmt: skip


def asked(answers: Answers, step: str | None = None) -> list[str]:
    return [question.path for question in to_ask(assess(answers, APP), step)]


def blank() -> Answers:
    return Answers.model_validate({"schema_version": 1, "application_date": APP.isoformat()})


def test_a_salary_of_100_000_or_more_does_not_ask_the_municipality():
    # Art. 7 4° b: 100 000 $ is enough anywhere, so where the employer is changes nothing.
    answers = build({"job": {"annual_salary": 100_000, "employer_municipality": None}})
    job = asked(answers, "job")
    assert "job.annual_salary" in job
    assert "job.employer_municipality" not in job
    assert "job.municipality_not_listed" not in job


def test_a_salary_between_the_thresholds_asks_the_municipality():
    # Between 75 000 $ (outside the CMM) and 100 000 $ (inside) the place decides.
    answers = build({"job": {"annual_salary": 80_000, "employer_municipality": None}})
    assert "job.employer_municipality" in asked(answers, "job")
    assert first_open_step(assess(answers, APP)) == "job"


def test_an_unrecognised_place_asks_whether_it_is_on_the_cmm_list_a_listed_one_does_not():
    unknown = build({"job": {"annual_salary": 80_000, "employer_municipality": "Xyzville"}})
    assert "job.municipality_not_listed" in asked(unknown, "job")
    listed = build({"job": {"annual_salary": 80_000, "employer_municipality": "Laval"}})
    assert "job.municipality_not_listed" not in asked(listed, "job")


def test_an_answered_question_stays_shown_even_when_it_no_longer_matters():
    # 120 000 $ makes the municipality irrelevant, but the one typed can still be changed.
    answers = build({"job": {"annual_salary": 120_000, "employer_municipality": "Montréal"}})
    assert "job.employer_municipality" in asked(answers, "job")


def test_no_job_asks_no_job_details():
    answers = build({"job": {"status": "none", **JOB_UNANSWERED}})
    assert asked(answers, "job") == ["job.status"]


def test_a_dec_technical_only_leaves_the_ai_questions_out_and_keeps_the_it_vfx_ones():
    # Art. 7 2° needs at least a university bachelor's and art. 9 a graduate diploma: both AI
    # streams are lost; art. 10 2° takes a DEC technique, so the IT-VFX stream can still be met.
    answers = build(
        {
            "diplomas": [quebec_diploma("dec-technical", "2015-06-01")],
            "scholarship": {"has_return_condition": None},
            "job": JOB_UNANSWERED,
        }
    )
    ways = verdicts(answers)
    assert {ways["ai-foreign-worker/francophone"], ways["ai-quebec-graduate/francophone"]} == {
        "not-eligible"
    }
    assert ways["it-vfx/francophone"] == "incomplete"
    job = asked(answers, "job")
    assert "job.ai_sector" not in job  # art. 7 only
    assert "job.employer_municipality" not in job  # art. 7 4° b only
    assert {"job.annual_salary", "job.noc_code", "job.wage_threshold"} <= set(job)  # art. 10
    assert "scholarship.has_return_condition" not in asked(answers, "diplomas")  # art. 9 only


def test_a_bachelor_keeps_the_ai_foreign_worker_questions():
    answers = build({"diplomas": [quebec_diploma("bachelor", "2015-06-01")], "job": JOB_UNANSWERED})
    assert {"job.ai_sector", "job.employer_municipality"} <= set(asked(answers, "job"))


def test_a_dec_general_only_loses_every_way_and_asks_nothing_new():
    answers = build(
        {
            "diplomas": [quebec_diploma("dec-general", "2015-06-01")],
            "scholarship": {"has_return_condition": None},
        }
    )
    assert set(verdicts(answers).values()) == {"not-eligible"}
    assert first_open_step(assess(answers, APP)) is None
    assert "scholarship.has_return_condition" not in asked(answers)


def test_outside_quebec_the_purpose_of_the_stay_is_not_asked():
    answers = build({"stay": {"in_quebec": False, "purpose": None}})
    assert asked(answers, "stay") == ["spouse_open_work_permit", "stay.in_quebec"]
    inside = build({"stay": {"in_quebec": True, "purpose": None}})
    assert "stay.purpose" in asked(inside, "stay")


def test_a_typed_hourly_wage_does_not_ask_the_weekly_hours():
    answers = build({"job": {"hourly_wage": 60, "weekly_hours": None}})
    assert "job.weekly_hours" not in asked(answers, "job")
    salary_only = build({"job": {"weekly_hours": None}})
    assert "job.weekly_hours" in asked(salary_only, "job")


def test_scores_are_asked_for_tef_tcf_and_delf_b2_not_for_a_delf_below_b2():
    def french(test: str) -> list[str]:
        return asked(
            build({"french": {"proof": "test", "oral_level": None, "test": test}}), "french"
        )

    assert {"french.test_date", "french.listening", "french.speaking"} <= set(french("tef-canada"))
    # The DELF B2's two oral exams (marks out of 25); the DALF C2's one, typed as speaking.
    assert {"french.listening", "french.speaking"} <= set(french("delf-b2"))
    assert "french.listening" not in french("dalf-c2") and "french.speaking" in french("dalf-c2")
    below = french("delf-below-b2")
    assert "french.listening" not in below and "french.speaking" not in below


def test_the_return_condition_is_asked_only_for_a_scholarship_that_has_one():
    without = asked(build({"scholarship": {"has_return_condition": False}}), "diplomas")
    assert "scholarship.condition_fulfilled" not in without
    with_one = asked(build({"scholarship": {"has_return_condition": True}}), "diplomas")
    assert "scholarship.condition_fulfilled" in with_one


def test_a_blank_file_visits_every_step_from_the_first_a_complete_one_has_nothing_open():
    empty = assess(blank(), APP)
    assert steps_to_visit(empty) == list(STEPS)
    assert first_open_step(empty) == "stay"
    assert first_open_step(assess(build(), APP)) is None


def test_a_missing_wage_threshold_sends_the_person_back_to_the_job_step():
    # Art. 10 4°: no published 9th-decile figure is known here; the person types it.
    answers = build({"job": {"wage_threshold": None}})
    assert first_open_step(assess(answers, APP)) == "job"
    assert "job.wage_threshold" in asked(answers, "job")


def diploma_fields(diploma: Diploma) -> list[str]:
    return [q.field for q in item_questions("diplomas", Answers(), diploma)]


def period_fields(period: WorkPeriod) -> list[str]:
    return [q.field for q in item_questions("work_history", Answers(), period)]


def test_graduate_diplomas_ask_the_art_9_details_others_do_not():
    dec = Diploma.model_validate(quebec_diploma("dec-technical", "2015-06-01"))
    assert "program_end_on" not in diploma_fields(dec)
    assert "share_in_quebec_percent" not in diploma_fields(dec)
    master = Diploma.model_validate(quebec_diploma("master"))
    assert "share_in_quebec_percent" in diploma_fields(master)
    # The end of the program is read only for a DESS (art. 9: work in the months after it).
    assert "program_end_on" not in diploma_fields(master)
    dess = Diploma.model_validate(quebec_diploma("dess"))
    assert {"program_end_on", "share_in_quebec_percent"} <= set(diploma_fields(dess))
    foreign = Diploma.model_validate(quebec_diploma("dess", issued_in_quebec=False))
    assert "equivalent_level" in diploma_fields(foreign)
    assert "share_in_quebec_percent" not in diploma_fields(foreign)
    assert "program_end_on" not in diploma_fields(foreign)


def test_a_diploma_from_elsewhere_is_asked_its_evaluated_level_not_its_own():
    # Diploma.quebec_level: a diploma from elsewhere counts at the level its comparative
    # evaluation gives; its own level in Québec's categories (DEP, AEC…) would feed nothing.
    foreign = Diploma.model_validate({"issued_in_quebec": False})
    assert "level" not in diploma_fields(foreign)
    assert "evaluated" in diploma_fields(foreign)
    assert "level" in diploma_fields(Diploma.model_validate({"issued_in_quebec": True}))


def test_a_job_given_with_its_end_date_shows_it_and_does_not_ask_if_still_held():
    # A file written before "still held?" existed: the end date is the answer; hiding it
    # behind an unanswered "still held?" would hide what the person said.
    ended = WorkPeriod.model_validate(qualifying_period(end="2024-01-01", ongoing=None))
    assert "end" in period_fields(ended)
    assert "ongoing" not in period_fields(ended)
    new = WorkPeriod.model_validate({"noc_code": "21211"})
    assert "ongoing" in period_fields(new)
    assert "end" not in period_fields(new)


def test_work_outside_quebec_does_not_ask_about_a_controlled_company():
    # Art. 7.1, 10.1: a controlled company excludes a job only when it was held in Québec.
    abroad = WorkPeriod.model_validate(qualifying_period(in_quebec=False))
    assert "controlled_company" not in period_fields(abroad)
    here = WorkPeriod.model_validate(qualifying_period(end="2024-01-01", ongoing=False))
    assert {"controlled_company", "end"} <= set(period_fields(here))


def family(application: str, **family: object) -> Answers:
    base = {"adults": 1, "children_under_18": 0, "dependent_children_18_plus": 0}
    return Answers.model_validate(
        {"schema_version": 1, "application_date": application, "family": base | family}
    )


def family_asked(answers: Answers) -> list[str]:
    day = answers.application_date
    return [q.path for q in to_ask(assess(answers, day), "family")]


def test_the_official_annexe_c_amount_is_asked_only_when_the_years_figure_is_unknown():
    # Art. 6 3°: the 2025 figure is in core/data/annex_c.json; 2021's is not.
    known = family_asked(family("2025-06-01"))
    assert "family.official_amount" not in known
    assert {"family.funds", "family.funds_meet_scale"} <= set(known)
    unknown = family_asked(family("2021-06-01"))
    assert "family.official_amount" in unknown


def test_the_funds_yes_no_is_not_asked_once_the_funds_can_be_compared():
    # The amount typed is compared with the year's figure: "do you hold at least…?" is moot.
    assert "family.funds_meet_scale" not in family_asked(family("2025-06-01", funds=20000))
    # The year's figure unknown and no official amount typed: only the yes/no can settle it.
    assert "family.funds_meet_scale" in family_asked(family("2021-06-01", funds=20000))
    typed = family("2021-06-01", funds=20000, official_amount=3500)
    assert "family.funds_meet_scale" not in family_asked(typed)


def test_an_informational_question_of_a_list_entry_is_never_still_to_answer(monkeypatch):
    """A question that decides nothing (`info`) is not "could still change a verdict", inside a
    list entry as outside one: the diploma's name, declared required but informational."""
    import dataclasses

    from core import questions
    from core.interview import unanswered

    required_title = [
        dataclasses.replace(q, optional=False) if q.path == "diplomas.title" else q
        for q in questions.QUESTIONS
    ]
    monkeypatch.setattr(questions, "QUESTIONS", tuple(required_title))
    answers = build({"diplomas": [{"issued_in_quebec": True, "level": "master"}]})
    left = [item.path for item in unanswered(assess(answers, APP), "diplomas")]
    assert "diplomas.0.obtained_on" in left  # the entry's deciding questions are still listed
    assert "diplomas.0.title" not in left
