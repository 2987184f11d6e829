"""Sentences a person reads, pinned word for word in French and English (issue 12, part 2).

Each case once read as something false or confusing: a passing score called "below", the art. 12
term « emploi admissible » for another article's work, a met wage that looked equal to its
threshold, an open question shown as a shortfall, a typed place silently ignored, a diploma dated
after the application called too low, art. 9 1° given art. 9 3°'s reason, and a bachelor's called
"at least a technical DEC" as if it were one.
"""

from __future__ import annotations

from datetime import date

import pytest
from answers_builders import APP, build, foreign_diploma, french, qualifying_period, quebec_diploma

from core.assess import assess
from core.contract import condition_result, fees_record, to_json
from core.i18n import Translator
from core.logic import Status


def finding_json(finding, t):
    """A condition's object in the contract's JSON (core.contract)."""
    return to_json(condition_result(finding, t))


def fees_json(result, t):
    """The fees object of an assessment in the contract's JSON (core.contract)."""
    return to_json(fees_record(result.application_date.year, t.lang, result.program_in_force))


NBSP = "\u00a0"


def said(answers, cid: str, on: date = APP) -> dict[str, str]:
    """{"status", "en", "fr"}: the condition's message as each language shows it."""
    result = assess(answers, on)
    finding = next(
        f
        for way in result.ways
        for f in way.findings
        if f.id == cid and f.status is not Status.NOT_APPLICABLE
    )
    return {
        "status": finding.status.value,
        "gap": finding.outcome.gap,
        **{lang: finding_json(finding, Translator(lang))["message"] for lang in ("en", "fr")},
    }


# --- a passing score is never called "below" ---------------------------------------------------


def test_a_tef_below_only_in_listening_names_listening_alone():
    found = said(
        french(test="tef-canada", test_date="2025-01-18", listening=433, speaking=500), "art6/2"
    )
    assert found["status"] == "not-met"
    assert found["en"] == (
        "The listening score, 433, is below 434, the stand-in for level 7 "
        "(speaking, 500, reaches 456)."
    )
    assert found["fr"] == (
        "Le résultat en compréhension orale, 433, est inférieur à 434, le substitut du "
        "niveau 7 (l'expression orale, 500, atteint 456)."
    )


def test_a_tcf_below_only_in_speaking_names_speaking_alone():
    found = said(
        french(test="tcf-canada", test_date="2025-03-01", listening=600, speaking=9), "art6/2"
    )
    assert found["en"] == (
        "The speaking score, 9, is below 10, the stand-in for level 7 (listening, 600, reaches 458)."
    )
    assert found["fr"] == (
        "Le résultat en expression orale, 9, est inférieur à 10, le substitut du niveau 7 "
        "(la compréhension orale, 600, atteint 458)."
    )


def test_scores_both_short_name_both():
    found = said(
        french(test="tcf-canada", test_date="2025-03-01", listening=400, speaking=9), "art6/2"
    )
    assert found["en"] == (
        "Both scores are below the stand-in for level 7: listening 400 (at least 458) and "
        "speaking 9 (at least 10)."
    )
    assert found["fr"] == (
        f"Les deux résultats sont sous le substitut du niveau 7{NBSP}: compréhension orale 400 "
        "(au moins 458) et expression orale 9 (au moins 10)."
    )


def test_a_delf_b2_oral_exam_below_16_of_25_names_that_exam():
    found = said(
        french(test="delf-b2", test_date="2024-09-01", listening=15, speaking=20), "art6/2"
    )
    assert found["status"] == "not-met"
    assert found["en"] == (
        "The listening comprehension score, 15/25, is below 16, the minimum the ministry "
        "published for this diploma's oral exams, according to a secondary copy of its page "
        "(oral production, 20/25, reaches 16)."
    )
    assert found["fr"] == (
        "Le résultat en compréhension de l'oral, 15/25, est inférieur à 16, le minimum publié "
        "par le ministère pour les épreuves orales de ce diplôme, d'après une copie secondaire "
        "de sa page (la production orale, 20/25, atteint 16)."
    )


# --- each article's own words for the work it asks for ----------------------------------------


def test_art_7_3_speaks_of_feer_0_to_2_work_and_art_10_3_of_the_art_12_eligible_job():
    answers = build(
        {
            "work_history": [qualifying_period(start="2024-06-01")],
            "diplomas": [quebec_diploma("bachelor", "2015-05-01")],
        }
    )
    art7, art10 = said(answers, "art7/3"), said(answers, "art10/3")
    assert art7["fr"] == (
        f"12 mois d'emploi à temps plein de catégorie FEER 0, 1 ou 2 entre le 1er juin 2020 et "
        f"le 31 mai 2025{NBSP}: il manque 12 mois pour atteindre les 24 mois exigés."
    )
    assert art7["en"] == (
        "12 months of full-time TEER 0–2 work between June 1, 2020 and May 31, 2025: "
        "12 months short of the 24 months required."
    )
    assert art10["fr"].startswith("12 mois d'emploi admissible à temps plein (art. 12) entre")
    assert art10["en"].startswith(
        "12 months of full-time work in an eligible occupation (s. 12) between"
    )


# --- a met wage shows the precision that decides ----------------------------------------------


def test_a_wage_above_the_threshold_by_less_than_a_cent_shows_the_decimals_that_decide():
    # 114 401,04 $ over 52 weeks of 40 hours: 55,0005 $/h, above 55,00 $/h.
    answers = build(
        {
            "job": {
                "hourly_wage": None,
                "annual_salary": "114401.04",
                "weekly_hours": 40,
                "wage_threshold": "55.00",
            }
        }
    )
    found = said(answers, "art10/4")
    assert found["status"] == "met"
    assert found["en"] == "An hourly wage of $55.0005/h is above the threshold of $55.0000/h."
    assert found["fr"] == (
        f"Un salaire horaire de 55,0005{NBSP}$/h est supérieur au seuil de 55,0000{NBSP}$/h."
    )


def test_a_wage_a_cent_or_more_above_keeps_two_decimals():
    answers = build({"job": {"hourly_wage": "55.01", "wage_threshold": "55.00"}})
    assert said(answers, "art10/4")["fr"] == (
        f"Un salaire horaire de 55,01{NBSP}$/h est supérieur au seuil de 55,00{NBSP}$/h."
    )


# --- an undecided condition says what is missing, never a gap ---------------------------------


def test_short_work_with_the_waiver_still_open_says_what_is_missing_not_a_shortfall():
    # 12 months of work; a foreign master's from 2025-01-15 without its comparative evaluation:
    # if it corresponds to a Québec master's, art. 7 3° is waived.
    answers = build(
        {
            "work_history": [qualifying_period(start="2024-06-01")],
            "diplomas": [foreign_diploma("master", None, "2025-01-15")],
        }
    )
    found = said(answers, "art7/3")
    assert found["status"] == "unknown" and found["gap"] is None
    assert "short" not in found["en"] and "il manque" not in found["fr"]
    assert found["en"] == (
        "12 months of full-time TEER 0–2 work between June 1, 2020 and May 31, 2025, fewer than "
        "the 24 months required; still to answer: whether a diploma waives this condition (a "
        "master's or doctorate, or a diploma from elsewhere whose comparative evaluation makes "
        "it one, obtained in the 12 months before the application)."
    )
    assert found["fr"] == (
        "12 mois d'emploi à temps plein de catégorie FEER 0, 1 ou 2 entre le 1er juin 2020 et le "
        "31 mai 2025, moins que les 24 mois exigés; reste à savoir si un diplôme dispense de "
        "cette condition (une maîtrise ou un doctorat, ou un diplôme obtenu ailleurs dont "
        "l'évaluation comparative en fait un, obtenu dans les 12 mois précédant la demande)."
    )


# --- a typed municipality that is not recognised ----------------------------------------------


def test_a_misspelt_municipality_is_named_and_the_suggestion_offered():
    found = said(
        build({"job": {"employer_municipality": "Montrael", "annual_salary": 90000}}), "art7/4/b"
    )
    assert found["status"] == "unknown"
    assert found["en"].startswith(
        '"Montrael" is not a municipality recognised here: did you mean Montréal'
    )
    assert found["en"].endswith(
        "? Correct it, or confirm that the employer's municipality is not in the list (the "
        "threshold is $75,000 outside the CMM, $100,000 inside)."
    )
    assert found["fr"].startswith(
        f"«{NBSP}Montrael{NBSP}» n'est pas une municipalité reconnue ici{NBSP}: vouliez-vous "
        f"dire Montréal"
    )
    assert found["fr"].endswith(
        f"? Corrigez le nom, ou confirmez que la municipalité de l'employeur "
        f"ne figure pas dans la liste (le seuil est de 75{NBSP}000{NBSP}$ hors de la CMM, de "
        f"100{NBSP}000{NBSP}$ dans la CMM)."
    )


def test_an_unknown_place_with_no_close_name_asks_to_check_the_spelling():
    found = said(
        build({"job": {"employer_municipality": "Xyzzyville", "annual_salary": 90000}}), "art7/4/b"
    )
    assert found["en"].startswith(
        '"Xyzzyville" is not a municipality recognised here: check its spelling, or confirm'
    )
    assert found["fr"].startswith(
        f"«{NBSP}Xyzzyville{NBSP}» n'est pas une municipalité reconnue ici{NBSP}: vérifiez "
        "l'orthographe"
    )


# --- diplomas ----------------------------------------------------------------------------------


def test_a_diploma_dated_after_the_application_is_said_to_be_so():
    found = said(build({"diplomas": [quebec_diploma("bachelor", "2025-07-01")]}), "art7/2")
    assert found["status"] == "not-met"
    assert found["en"] == (
        "Your diploma (bachelor's degree) was obtained on July 1, 2025, after the application "
        "date (June 1, 2025): it does not count for an application made that day. Minimum "
        "required: bachelor's degree."
    )
    assert found["fr"] == (
        "Votre diplôme (baccalauréat) a été obtenu le 1er juillet 2025, après la date de la "
        f"demande (1er juin 2025){NBSP}: il ne compte pas pour une demande présentée ce "
        f"jour-là. Minimum exigé{NBSP}: baccalauréat."
    )


def test_a_bachelors_meeting_the_technical_dec_minimum_is_named_as_a_bachelors():
    found = said(build({"diplomas": [quebec_diploma("bachelor", "2015-05-01")]}), "art10/2")
    assert found["status"] == "met"
    assert (
        found["en"] == "Your diploma (bachelor's degree) meets the minimum required: technical DEC."
    )
    assert (
        found["fr"]
        == f"Votre diplôme (baccalauréat) atteint le minimum exigé{NBSP}: DEC technique."
    )


def test_art_9_1_without_a_quebec_graduate_diploma_gives_its_own_reason():
    answers = build({"diplomas": [quebec_diploma("bachelor", "2015-05-01")]})
    art91, art93 = said(answers, "art9/1"), said(answers, "art9/3")
    assert art91["status"] == art93["status"] == "not-met"
    assert art91["en"] != art93["en"] and art91["fr"] != art93["fr"]
    assert art91["en"] == (
        "No stay to study in Québec can be measured: the program it is measured against is that "
        "of a Québec DESS, master's or doctorate (para. 3°), and none is listed."
    )
    assert art91["fr"] == (
        f"Aucun séjour d'études au Québec ne peut être mesuré{NBSP}: il se mesure par rapport au "
        "programme d'un DESS, d'une maîtrise ou d'un doctorat du Québec (par. 3°), et aucun "
        "n'est inscrit."
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_readings_applied_are_stated_beside_their_conditions(lang):
    """Oral French (any one proof), the CMM's territory (Kahnawake, Kanesatake, unlisted places),
    "at least N months" (whole calendar months, other days at 30 a month)."""
    answers = build({"french": {"oral_level": 5, "three_years_studies_in_french": True}})
    result = assess(answers, APP)
    t = Translator(lang)
    readings = {
        f.id: finding_json(f, t)["reading"]
        for way in result.ways
        for f in way.findings
        if f.status is not Status.NOT_APPLICABLE
    }
    assert result.outcomes["art6/2"].status is Status.MET  # one proof is enough
    words = {
        "en": ("Any one proof is enough", "Kahnawake and Kanesatake", "30 days making a month"),
        "fr": ("Une seule preuve suffit", "Kahnawake et Kanesatake", "30 jours faisant un mois"),
    }[lang]
    assert words[0] in readings["art6/2"]
    assert words[1] in readings["art7/4/b"]
    assert words[2] in readings["art7/3"] and words[2] in readings["art10/3"]


# --- figures now sourced: A.M. 2023-002's date and the 2023 fees ------------------------------

NOC_CONDITIONS = {"art7/3", "art9/4", "art10/3", "art10/4"}


def test_before_am_2023_002_each_noc_condition_says_the_2021_text_applied_then():
    answers = build({})
    before = assess(answers, date(2023, 11, 22))
    after = assess(answers, date(2023, 11, 23))
    noted = {cid for cid, outcome in before.outcomes.items() if outcome.notes}
    assert noted == NOC_CONDITIONS
    assert not any(outcome.notes for outcome in after.outcomes.values())
    finding = next(f for f in before.way("it-vfx", "francisation").findings if f.id == "art10/3")
    en, fr = finding_json(finding, Translator("en")), finding_json(finding, Translator("fr"))
    # How sure the amendment's date is goes to the Sources section (test_sources_section.py)
    # and to the rules notice of the text output; the condition only dates it.
    assert en["notices"] == [
        "The application date, November 22, 2023, is before A.M. 2023-002 came into force (on "
        "November 23, 2023): this paragraph is read in the 2021 text (NOC 2016)."
    ]
    assert fr["notices"][0].startswith(
        "La date de la demande, le 22 novembre 2023, précède l'entrée en vigueur de "
        "l'A.M. 2023-002 (le 23 novembre 2023)"
    )
    # Shown where the condition's caveats are: with its reading.
    assert en["notices"][0] in en["reading"] and fr["notices"][0] in fr["reading"]


def test_the_2023_fees_are_shown_with_their_figures():
    result = assess(build({}), date(2023, 6, 1))
    assert fees_json(result, Translator("fr"))["text"] == (
        f"Droits pour 2023{NBSP}: 869{NBSP}$ pour le requérant principal et 186{NBSP}$ pour "
        "chaque membre de la famille qui l'accompagne (art. 13)."
    )
    assert fees_json(result, Translator("en"))["confidence"] == "medium"


def test_a_share_of_the_program_reads_as_a_percentage_in_each_language():
    # Art. 9 1°: « 37,5 % » in French (decimal comma, no-break space), "37.5%" in English; the
    # JSON gives the figures as numbers.
    answers = build({"diplomas": [quebec_diploma(share_in_quebec_percent=37.5)]})
    found = said(answers, "art9/1")
    assert found["status"] == "not-met"
    assert f"37,5{NBSP}%" in found["fr"] and f"50{NBSP}%" in found["fr"], found["fr"]
    assert "37.5%" in found["en"] and "50%" in found["en"], found["en"]
    finding = next(f for w in assess(answers, APP).ways for f in w.findings if f.id == "art9/1")
    figures = finding_json(finding, Translator("fr"))["figures"]
    assert (figures[0]["actual"], figures[0]["required"]) == (37.5, 50)
