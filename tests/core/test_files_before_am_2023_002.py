"""Files dated before A.M. 2023-002 came into force (most probably 2023-11-23): the 2021 text.

Art. 7 3° and 9 4° are decided on the 2021 words (NOC 2016 skill type 0 or skill level A or B,
asked for each job, only at such dates); art. 10 3° and 4° cannot be told, since the 2021 list
of art. 12 occupations (NOC 2016 codes) is not encoded. Issue 17, item 2: a cook (NOC 2021
63200, TEER 3; NOC 2016 6322, skill level B) was "not met" under the wrong text.
"""

from __future__ import annotations

from datetime import date

import pytest
from answers_builders import MET, NOT_MET, UNKNOWN, build, qualifying_period, quebec_diploma

from core.answers import Answers, WorkPeriod
from core.answers_file import parse_answers
from core.assess import assess
from core.batch_json import assessment_json_text
from core.contract import assessment_json, condition_result, to_json
from core.explain import assessment_text
from core.i18n import Translator
from core.interview import unanswered
from core.report import report_lines
from core.results_view import results_view


def finding_json(finding, t):
    """A condition's object in the contract's JSON (core.contract)."""
    return to_json(condition_result(finding, t))


BEFORE, AFTER = date(2023, 11, 22), date(2023, 11, 23)


def cook(skill: str | None, on: date = BEFORE) -> Answers:
    period = qualifying_period(
        title="Cook", noc_code="63200", start="2019-01-01", ongoing=True, noc2016_skill=skill
    )
    return build(
        {
            "application_date": on.isoformat(),
            "work_history": [period],
            "diplomas": [quebec_diploma("bachelor", "2015-05-01")],
        }
    )


def status(answers: Answers, cid: str, on: date = BEFORE) -> str:
    return assess(answers, on).outcomes[cid].status.value


def test_a_cook_of_skill_level_b_meets_7_3_the_day_before_the_amendment_and_not_the_day_it():
    assert status(cook("B"), "art7/3", BEFORE) == MET
    assert status(cook("B", AFTER), "art7/3", AFTER) == NOT_MET  # TEER 3 under the 2023 text


@pytest.mark.parametrize(
    ("skill", "expected"), [("0", MET), ("A", MET), ("C", NOT_MET), ("D", NOT_MET)]
)
def test_7_3_before_the_amendment_follows_the_noc_2016_skill_type_or_level(skill, expected):
    assert status(cook(skill), "art7/3") == expected


@pytest.mark.parametrize("skill", [None, "unknown"])
def test_without_the_skill_level_7_3_cannot_tell_yet_and_the_question_is_asked(skill):
    answers = cook(skill)
    found = assess(answers, BEFORE)
    assert found.outcomes["art7/3"].status.value == UNKNOWN
    asked = [item.path for item in unanswered(found, "work")]
    if skill is None:
        assert "work_history.0.noc2016_skill" in asked


def test_the_skill_level_is_asked_only_before_the_amendment():
    after = assess(cook(None, AFTER), AFTER)
    assert "work_history.0.noc2016_skill" not in [i.path for i in unanswered(after, "work")]


def test_the_sentence_and_the_reading_say_the_2021_words_in_both_languages():
    found = assess(cook("B"), BEFORE)
    way = found.way("ai-foreign-worker", "francophone")
    art7 = next(f for f in way.findings if f.id == "art7/3")
    en, fr = finding_json(art7, Translator("en")), finding_json(art7, Translator("fr"))
    assert "of full-time work of NOC 2016 skill type 0 or level A or B" in en["message"]
    assert "genre de compétence 0 ou de niveau A ou B de la CNP 2016" in fr["message"]
    assert "Read in the 2021 text" in en["reading"]
    assert "Lu selon le texte de 2021" in fr["reading"]
    # The condition's own name says the 2021 words too (not "TEER 0, 1 or 2").
    assert en["label"] == (
        "24 months of full-time work of NOC 2016 skill type 0 or level A or B in the last 60 months"
    )
    assert "FEER" not in fr["label"] and "CNP 2016" in fr["label"]
    text = assessment_text(found, "fr")
    assert "catégorie FEER 0, 1 ou 2 au cours des 60 mois" not in text


def test_9_4_before_the_amendment_counts_skill_level_b_work_in_quebec():
    diploma = quebec_diploma("dess", "2023-06-01", program_end_on="2023-04-30")
    work = qualifying_period(noc_code="63200", start="2023-05-01", end="2023-10-31")
    answers = build({"diplomas": [diploma], "work_history": [{**work, "noc2016_skill": "B"}]})
    assert status(answers, "art9/4") == MET
    assert status(answers, "art9/4", AFTER) == NOT_MET


def test_the_it_vfx_stream_cannot_tell_yet_and_says_why_in_the_text_the_page_and_the_pdf():
    answers = cook("B")
    found = assess(answers, BEFORE)
    for cid in ("art10/3", "art10/4"):
        assert found.outcomes[cid].status.value == UNKNOWN
    assert {w.verdict for w in found.ways if w.stream == "it-vfx"} == {"incomplete"}
    words = {
        "en": "the 2021 list of eligible occupations (s. 12, NOC 2016 codes) is not encoded",
        "fr": "la liste de 2021 des professions admissibles (art. 12, codes CNP 2016) n'est pas",
    }
    for lang, said in words.items():
        text = " ".join(assessment_text(found, lang).split())
        assert said in text, lang
        view = results_view(found, lang)
        assert any(said in " ".join(notice.split()) for notice in view.other_notices), lang
        pdf = " ".join(" ".join(report_lines(found, lang)).split())
        assert said in pdf, lang
        data = assessment_json(found, lang)
        assert any(said in " ".join(n.split()) for n in data["notices"])
        assert assessment_json_text(found, lang) == __import__("json").dumps(
            data, ensure_ascii=False
        )
    # After the amendment, the notice says the 2023 text is assessed.
    assert not any(
        words["en"] in n for n in assessment_json(assess(answers, AFTER), "en")["notices"]
    )


def test_an_answers_file_with_the_skill_level_loads_and_one_without_it_still_does():
    with_skill = cook("B").model_dump_json().encode()
    assert parse_answers(with_skill).work_history[0].noc2016_skill.value == "B"
    without = b'{"schema_version": 1, "work_history": [{"noc_code": "63200"}]}'
    assert parse_answers(without).work_history[0] == WorkPeriod(noc_code="63200")


def test_nothing_is_asked_for_the_it_vfx_conditions_no_answer_can_decide_before_the_amendment():
    found = assess(cook("B"), BEFORE)
    assert unanswered(found) == []
    # After it, the same file's IT/VFX conditions are decided or asked as usual.
    assert found.outcomes["art10/3"].decidable is False
