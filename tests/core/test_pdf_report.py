"""The PDF report: real text in the reader's language, with the verdicts, the condition ids
missed, their citations and the French text of those provisions; accents survive."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.answers import Answers
from core.assess import assess
from core.explain import VERDICT_LABELS
from core.i18n import Translator
from core.logic import Status
from core.report import pdf_report

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_report_holds_verdicts_missed_ids_citations_and_the_law(example, lang):
    assessment = assess(Answers.model_validate_json(example.read_text(encoding="utf-8")))
    pdf = pdf_report(assessment, lang)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    t = Translator(lang)
    for way in assessment.ways:
        assert t(VERDICT_LABELS[way.verdict]).upper() in text
    missed = {
        f.id: f for way in assessment.ways for f in way.findings if f.status is Status.NOT_MET
    }
    for cid, finding in missed.items():
        assert f"({cid})" in text
        assert finding.condition.citation.render(lang) in text
        # The provision's French words, verbatim (compared without line breaks).
        assert squash(finding.condition.text_fr)[:120] in text
    assert "Québec" in text and "é" in text  # accents survive extraction


def test_the_report_embeds_its_fonts():
    assessment = assess(Answers.model_validate_json(EXAMPLES[0].read_text(encoding="utf-8")))
    reader = PdfReader(io.BytesIO(pdf_report(assessment, "fr")))
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
