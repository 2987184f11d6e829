"""The PDF report: page 1 answers first (the sentence, the six verdicts, the figures of the
file); then each way in with its reasons and the law's French words; the repeal notice once;
in the reader's language, with no machine id and no English source name in French."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.answers import Answers
from core.assess import assess
from core.explain import VERDICT_LABELS
from core.i18n import Translator
from core.logic import Status
from core.questions import Kind
from core.reference import TABLES, load_table
from core.report import pdf_report, report_lines
from core.results_view import headline
from core.typography import french_typography_errors, typeset

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
MACHINE_ID = re.compile(r"art\d+/")


FOOTER = re.compile(
    r"(Self-assessment, not a decision of the ministry|Autoévaluation[^·]*) · page \d+"
)


def squash(text: str) -> str:
    """Spaces collapsed (extraction gives a no-break space back as a space: the font has one
    glyph for both; the text written is checked for them below)."""
    return " ".join(text.split())


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text without its footer (a page break can fall inside a paragraph)."""
    return [FOOTER.sub(" ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return squash(" ".join(pages_of(pdf)))


def example(path: Path):
    return assess(Answers.model_validate_json(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_page_one_answers_first_with_the_figures_of_the_file(path, lang):
    assessment = example(path)
    pdf = pdf_report(assessment, lang)
    assert pdf.startswith(b"%PDF")
    t = Translator(lang)
    first = squash(pages_of(pdf)[0])
    assert squash(headline(assessment, t)) in first
    for way in assessment.ways:
        assert t(VERDICT_LABELS[way.verdict]).upper() in first
    assert squash(t.date(assessment.application_date)) in first
    salary = assessment.answers.job.annual_salary
    assert squash(t.money(salary)) in first, "the file's salary is on page 1"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_way_has_its_reasons_citations_and_the_law_without_machine_ids(path, lang):
    assessment = example(path)
    text = text_of(pdf_report(assessment, lang))
    assert not MACHINE_ID.findall(text)
    missed = {
        f.id: f for way in assessment.ways for f in way.findings if f.status is Status.NOT_MET
    }
    for finding in missed.values():
        assert finding.condition.citation.render(lang) in text
        # The provision's French words, verbatim but typeset (compared without line breaks).
        assert squash(typeset(finding.condition.text_fr, "fr"))[:120] in text
    assert "Québec" in text and "é" in text  # accents survive extraction
    repeal = {"fr": "abrogé le", "en": "repealed on"}[lang]
    assert text.count(repeal) == 1, "the repeal notice once"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_french_report_names_its_sources_in_french_and_is_typeset(path):
    text = text_of(pdf_report(example(path), "fr"))
    for name in TABLES:
        assert not re.search(rf"\b{name}\s*:", text), name
        table = load_table(name)
        if table.get("source_fr"):
            assert squash(table["source"])[:60] not in text, name


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_french_report_is_typeset(path):
    written = report_lines(example(path), "fr")
    assert written
    errors = [error for line in written for error in french_typography_errors(line)]
    assert errors == []


def test_the_report_embeds_its_fonts():
    reader = PdfReader(io.BytesIO(pdf_report(example(EXAMPLES[0]), "fr")))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_text_typed_by_a_person_stays_text_in_the_report():
    data = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))
    data["job"].update(
        annual_salary=70000, employer_municipality="<script>alert(1)</script> [x](http://e.vil)"
    )
    data["job"]["municipality_not_listed"] = True
    pdf = pdf_report(assess(Answers.model_validate(data)), "en")
    assert b"/JavaScript" not in pdf and b"/URI" not in pdf
    # Shown as the characters typed, inside the reason for art. 7, par. 4°, b).
    assert "<script>alert(1)</script> [x](http://e.vil)" in text_of(pdf)


# --- Every line reads as a sentence (issue 19, point 13) ---------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_line_of_the_answers_used_says_what_it_is(path, lang):
    """Each answer given is printed with the question that asked it (its list entry named), as
    the review page lists them: read from the declarations, none typed field by field."""
    from core.answer_text import answer_text, given

    assessment = example(path)
    text = squash(text_of(pdf_report(assessment, lang)).replace("\u00a0", " "))
    t = Translator(lang)
    answers = assessment.answers
    items = list(given(answers))
    assert len(items) > 20
    for item in items:
        if item.question.kind is Kind.LIST:
            continue
        line = f"{item.words(t, assessment.application_date)} — "
        line += answer_text(t, item.question, item.value, answers)
        assert squash(line).replace("\u00a0", " ") in text, line
    # The heading says what the table holds: three streams, two profiles each.
    assert squash(t("Verdicts: three streams, two profiles each")).replace("\u00a0", " ") in text
    assert t("The six ways in") not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_delf_mark_reads_as_printed_on_the_attestation(lang):
    data = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))
    data["french"] = {
        "proof": "test", "test": "delf-b2", "test_date": "2019-06-15", "listening": 18,
        "speaking": 17,
    }
    text = text_of(pdf_report(assess(Answers.model_validate(data)), lang)).replace("\u00a0", " ")
    t = lambda *a, **k: Translator(lang)(*a, **k).replace("\u00a0", " ")  # noqa: E731
    assert f"{t('Listening score')} — 18/25" in text and f"{t('Speaking score')} — 17/25" in text


def test_no_prompt_to_type_a_figure_the_interview_did_not_ask_for():
    from core.interview import unanswered

    path = next(p for p in EXAMPLES if p.stem == "ai-quebec-graduate")
    assessment = example(path)
    assert unanswered(assessment) == []  # the interview has nothing left to ask
    for lang in ("fr", "en"):
        text = text_of(pdf_report(assessment, lang)).replace("\u00a0", " ")
        t = Translator(lang)
        assert "inscrivez le montant publié" not in text and "type the published" not in text
        assert squash(t("Not asked: this stream is already not met for another reason, so this "
                        "answer would not change the result.")).replace("\u00a0", " ") in text
