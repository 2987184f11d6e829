"""The PDF report's "Over time": the results page's chart drawn as vector graphics (its words
are text in the PDF, no picture), with the lines explained and the same facts in sentences,
in the reader's language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.answers_file import parse_answers
from core.assess import assess
from core.i18n import Translator
from core.report import pdf_report
from core.timeline import timeline, way_sentences
from core.timeline_chart import row_name

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ai-quebec-graduate.json"


def squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_draws_the_chart_as_vector_graphics_and_says_it_in_sentences(lang):
    t = Translator(lang)
    answers = parse_answers(EXAMPLE.read_bytes())
    reader = PdfReader(io.BytesIO(pdf_report(assess(answers), lang)))
    text = squash(" ".join(page.extract_text() for page in reader.pages))
    assert squash(t("Over time")) in text
    # The chart's own words: each row's name and the legend, written as text by the chart.
    for way in timeline(answers).ways:
        assert squash(row_name(way.stream, way.profile, t)) in text
        for sentence in way_sentences(way, lang):
            assert squash(sentence) in text, sentence
    assert squash(t("cannot tell yet")) in text
    # Vector graphics: no picture on the chart's page.
    page = next(p for p in reader.pages if squash(t("Over time")) in squash(p.extract_text()))
    objects = page["/Resources"].get("/XObject") or {}
    assert not [o for o in objects.values() if o.get_object().get("/Subtype") == "/Image"]
    expected = "6 juin 2024" if lang == "fr" else "June 6, 2024"
    assert expected in text
