"""Sentences that were false or misleading (issue 17), each pinned in both languages.

The month-count sentences (art. 7 3°, 9 4°, 10 3°) and the master's obtained on the application
day are in test_work_history_months.py.
"""

from __future__ import annotations

from datetime import date

from answers_builders import APP, MET, build, french, outcome, status

from core.assess import assess
from core.batch_json import assessment_json_text
from core.contract import assessment_json, condition_result, to_json
from core.explain import assessment_text
from core.i18n import Translator
from core.reference import match_municipality
from core.report import report_lines
from core.results_view import results_view


def finding_json(finding, t):
    """A condition's object in the contract's JSON (core.contract)."""
    return to_json(condition_result(finding, t))


NBSP = "\u00a0"


def said(answers, cid: str, on: date = APP) -> dict[str, str]:
    result = assess(answers, on)
    way = next(w for w in result.ways if any(f.id == cid for f in w.findings))
    found = next(f for f in way.findings if f.id == cid)
    return {lang: finding_json(found, Translator(lang)) for lang in ("en", "fr")}


# --- DELF / DALF: the minimum's source, the exams' own names, the validity read ---------------


def test_a_delf_score_below_the_minimum_names_the_exam_and_where_the_minimum_comes_from():
    found = said(
        french(test="delf-b2", test_date="2024-09-01", listening=20, speaking=15), "art6/2"
    )
    assert found["en"]["message"] == (
        "The oral production score, 15/25, is below 16, the minimum the ministry published for "
        "this diploma's oral exams, according to a secondary copy of its page (listening "
        "comprehension, 20/25, reaches 16)."
    )
    assert found["fr"]["message"] == (
        "Le résultat en production orale, 15/25, est inférieur à 16, le minimum publié par le "
        "ministère pour les épreuves orales de ce diplôme, d'après une copie secondaire de sa "
        "page (la compréhension de l'oral, 20/25, atteint 16)."
    )


def test_a_delf_older_than_2_years_is_counted_and_the_reading_says_so():
    answers = french(test="delf-b2", test_date="2022-09-01", listening=20, speaking=20)
    assert status(answers, "art6/2") == MET
    found = said(answers, "art6/2")
    assert "read here as never expiring" in found["en"]["reading"]
    assert "less than 2 years old" in found["en"]["reading"]
    assert "lu ici comme n'expirant jamais" in found["fr"]["reading"]
    assert "September 1, 2022" in found["en"]["reading"]
    # A recent one carries no such note.
    recent = french(test="delf-b2", test_date="2024-09-01", listening=20, speaking=20)
    assert "never expiring" not in said(recent, "art6/2")["en"]["reading"]


# --- no fees where no application could be filed -------------------------------------------------


def test_after_the_repeal_no_fees_sentence_only_that_no_application_could_be_filed():
    after = date(2026, 3, 1)
    result = assess(build(), after)
    for lang, words in (("en", "No fees"), ("fr", "Aucuns droits")):
        data = assessment_json(result, lang)
        assert data["fees"]["principal"] is None
        assert data["fees"]["text"].startswith(words)
        assert "2026" not in data["fees"]["text"]
        assert assessment_json_text(result, lang) == __import__("json").dumps(
            data, ensure_ascii=False
        )
        text = assessment_text(result, lang)
        assert "2026 are not known" not in text and "pour 2026 ne sont pas" not in text
        assert results_view(result, lang).fees == data["fees"]["text"]
    # While the program runs, the year's fees are stated as before.
    assert "Fees for 2025" in assessment_json(assess(build(), APP), "en")["fees"]["text"]


# --- Belœil: the official spelling is recognised ---------------------------------------------------


def test_beloeil_with_its_ligature_matches_and_is_decided_in_the_cmm():
    for typed in ("Belœil", "BELŒIL", "Beloeil", "Saint-Mathieu-de-Belœil"):
        found = match_municipality(typed)
        assert found.name is not None and found.in_cmm is True, typed
        assert found.suggestions == (), typed
    answers = build({"job": {"employer_municipality": "Belœil", "annual_salary": 90000}})
    assert outcome(answers, "art7/4/b").status.value == "not-met"  # inside the CMM: 100 000 $


# --- a statute's chapter is not a number ------------------------------------------------------


def test_the_cmm_act_is_c_37_01_in_the_french_results_and_pdf():
    result = assess(build(), APP)
    view = results_view(result, "fr")
    shown = " ".join([*view.sources, *(link.text for link in view.links)])
    assert "C-37.01" in shown and "C-37,01" not in shown
    written = " ".join(report_lines(result, "fr"))
    assert "C-37.01" in written and "C-37,01" not in written


# --- official links: the specific page, or "not found" beside the generic one -----------------


def test_the_noc_link_is_french_for_french_readers_and_generic_links_say_not_found():
    from core.results_view import official_link

    assert official_link("noc", "fr").url.startswith("https://cnp.edsc.gc.ca")
    assert official_link("noc", "en").url.startswith("https://noc.esdc.gc.ca")
    for link_id in ("fees", "wage_9th_decile"):
        assert "not found" in official_link(link_id, "en").text
        assert "n'a pas été trouvée" in official_link(link_id, "fr").text


def test_no_source_shown_to_a_person_tells_a_data_files_history():
    # Issue 17: « (ajoutée le 2026-12-01 au dossier de données) » in the results. The date a
    # figure was recorded stays in the data file (recorded_on), never in the person's text.
    import re

    from core.reference import TABLES, load_table

    history = re.compile(r"data brief|dossier de données|added 20\d\d|ajoutée? le 20\d\d", re.I)

    def shown(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("source", "source_fr") and isinstance(value, str):
                    yield value
                else:
                    yield from shown(value)
        elif isinstance(node, list):
            for item in node:
                yield from shown(item)

    said = [text for name in TABLES for text in shown(load_table(name))]
    assert said and not [text for text in said if history.search(text)]
    delf = french(test="delf-b2", test_date="2024-09-01", listening=20, speaking=20)
    for lang in ("en", "fr"):
        assert not [s for s in results_view(assess(delf, APP), lang).sources if history.search(s)]
