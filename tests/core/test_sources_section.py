"""Sources shown where they help, not where they frighten (issue 17): every figure's source and
confidence is listed once, numbered, in the results view's Sources section (the results page,
the advisor view and the PDF lay it out); the condition or notice that uses the figure ends
with its number ("[2]"); the person's text carries no confidence note of its own."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from answers_builders import build, french
from pypdf import PdfReader

from core.assess import assess
from core.report import pdf_report
from core.results_view import results_view

BEFORE_AMENDMENT = date(2023, 11, 22)
MARK = re.compile(r"\[(\d+)\]")
CONFIDENCE_WORDS = {
    "en": ("confidence", "to verify", "most probably", "secondary sources"),
    "fr": ("confiance", "à vérifier", "fort probablement", "sources secondaires"),
}


def in_levis(on: date | None = None):
    answers = build({"job": {"employer_municipality": "Lévis", "annual_salary": 80000}})
    return assess(answers, on) if on else assess(answers)


def numbered(view) -> dict[int, str]:
    """The Sources section, by number: each line starts with its own "[n]", in order."""
    found = {}
    for index, line in enumerate(view.sources, start=1):
        assert line.startswith(f"[{index}] "), line
        found[index] = line
    return found


def conditions(view):
    return [c for stream in view.streams for c in (*stream.open, *stream.settled)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_cmm_list_is_a_numbered_source_and_the_salary_condition_points_to_it(lang):
    view = results_view(in_levis(), lang)
    sources = numbered(view)
    title = {"fr": "municipalités", "en": "municipalities"}[lang]
    (cmm,) = [n for n, line in sources.items() if title in line.lower() and "CMM" in line]
    sure = {"fr": "(confiance : moyenne; à vérifier)", "en": "(confidence: medium; to verify)"}
    assert sure[lang].replace(" ", "") in sources[cmm].replace(" ", "").replace("\u00a0", "")
    salary = next(c for c in conditions(view) if c.id == "art7/4/b")
    assert f"[{cmm}]" in salary.marks
    assert salary.message.endswith(salary.marks)
    # The message itself says nothing about confidence: that is the Sources section's job.
    words = salary.message.removesuffix(salary.marks).lower()
    assert not [w for w in CONFIDENCE_WORDS[lang] if w in words]
    # Nor does the reading repeat where the list comes from: it points to the Sources.
    assert {"fr": "sources secondaires", "en": "secondary sources"}[lang] not in salary.reading
    assert {"fr": "voir les sources", "en": "see Sources"}[lang] in salary.reading


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_mark_in_a_condition_points_to_a_listed_source(lang):
    view = results_view(in_levis(), lang)
    sources = numbered(view)
    marked = [c for c in conditions(view) if c.marks]
    assert marked, "no condition points to a source"
    for condition in marked:
        for number in MARK.findall(condition.marks):
            assert int(number) in sources


@pytest.mark.parametrize("on", [None, BEFORE_AMENDMENT], ids=["amended text", "2021 text"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_amendments_date_is_stated_plainly_and_its_confidence_is_in_the_sources(lang, on):
    view = results_view(in_levis(on), lang)
    sources = numbered(view)
    (rules,) = view.other_notices
    assert not [w for w in CONFIDENCE_WORDS[lang] if w in rules.lower()]
    (number,) = MARK.findall(rules)
    amended = sources[int(number)]
    assert {"fr": "23 novembre 2023", "en": "November 23, 2023"}[lang] in amended
    assert {"fr": "moyenne", "en": "medium"}[lang] in amended
    assert {"fr": "à vérifier", "en": "to verify"}[lang] in amended


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_before_the_amendment_the_noc_2016_conditions_point_to_the_amendments_date(lang):
    view = results_view(in_levis(BEFORE_AMENDMENT), lang)
    work = next(c for c in conditions(view) if c.id == "art7/3")
    note = {"fr": "ce paragraphe est lu selon le texte de 2021", "en": "read in the 2021 text"}
    assert note[lang] in work.reading
    assert work.reading.endswith(" [1]")  # the amendment's date, always the first source
    assert {"fr": "fort probablement", "en": "most probably"}[lang] not in work.reading


def test_the_pdf_lists_the_numbered_sources_and_the_notice_points_to_them():
    pdf = pdf_report(in_levis(), "fr")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    section = text[text.index("Sources des données de référence utilisées") :]
    assert "[1] Entrée en vigueur de l'A.M. 2023-002 le 23 novembre 2023" in section
    assert re.search(r"\[\d+\] Municipalités de la Communauté métropolitaine", section)
    assert "fort probablement" not in text
    assert "en vigueur le 23 novembre 2023 [1]" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lost_streams_decisive_reason_ends_with_the_number_of_its_figures_source(lang):
    answers = build({"job": {"employer_municipality": "Laval", "annual_salary": 92000}})
    view = results_view(assess(answers), lang)
    (cmm,) = [n for n, line in numbered(view).items() if "(CMM)" in line]
    ai_worker = next(s for s in view.streams if s.stream == "ai-foreign-worker")
    assert ai_worker.verdict == "not-eligible"
    assert ai_worker.decisive.endswith(f"[{cmm}]")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_french_tests_reading_leaves_the_tables_confidence_to_the_sources(lang):
    answers = french(test="tef-canada", test_date="2024-09-01", listening=300, speaking=350)
    view = results_view(assess(answers), lang)
    oral = next(c for c in conditions(view) if c.id == "art6/2")
    assert not [w for w in CONFIDENCE_WORDS[lang] if w in oral.reading.lower()]
    assert oral.marks, "the score table's source is not pointed to"
    sources = numbered(view)
    for number in MARK.findall(oral.marks):
        assert {"fr": "confiance", "en": "confidence"}[lang] in sources[int(number)]
