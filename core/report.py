"""The assessment as a PDF, in the reader's language: real text, embedded fonts, readable in
black and white (statuses are words and marks, never colour alone)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from core.assess import PROFILE_LABELS, STREAM_LABELS, STREAMS, Assessment
from core.explain import (
    CONFIDENCE_LABELS,
    DISCLAIMER,
    NOT_ASSESSED,
    STATUS_LABELS,
    VERDICT_LABELS,
    fees_json,
    finding_json,
    notices,
    render,
)
from core.i18n import Translator
from core.logic import Status
from core.near_miss import near_misses
from core.program import RULES_VERSION

FONTS = Path(__file__).resolve().parent / "data" / "fonts"
FAMILY = "DejaVu"
MARKS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.UNKNOWN: "?", Status.NOT_APPLICABLE: "–"}


class _Document(FPDF):
    def __init__(self, t: Translator) -> None:
        super().__init__(format="Letter")
        self.t = t
        self.add_font(FAMILY, "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font(FAMILY, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 18, 18)
        self.set_title(t("Eligibility self-assessment"))
        self.set_creator("ia-ti-ev-eligibility")

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FAMILY, "", 7)
        self.cell(
            0,
            5,
            self.t("Self-assessment, not a decision of the ministry · page {n}", n=self.page_no()),
            align="C",
        )

    def heading(self, text: str, size: float = 13) -> None:
        self.ln(2)
        self.set_font(FAMILY, "B", size)
        self.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def para(self, text: str, size: float = 9.5, bold: bool = False, indent: float = 0) -> None:
        self.set_font(FAMILY, "B" if bold else "", size)
        self.set_x(self.l_margin + indent)
        # Left-aligned: justified text stretches spaces, and extracted text then has gaps.
        self.multi_cell(0, size * 0.48, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pdf_report(assessment: Assessment, lang: str) -> bytes:
    t = Translator(lang)
    doc = _Document(t)
    doc.add_page()
    doc.heading(
        t(
            "Québec pilot program for AI, IT and visual-effects workers: eligibility "
            "self-assessment"
        ),
        15,
    )
    doc.para(
        t(
            "Assessed at {date} · rules: {version}",
            date=t.date(assessment.application_date),
            version=t(RULES_VERSION),
        )
    )
    doc.para(t(DISCLAIMER), bold=True)
    for notice in notices(assessment, t):
        doc.para(notice, size=8.5)

    doc.heading(t("At a glance"))
    with doc.table(col_widths=(90, 45, 45), text_align="LEFT", line_height=5) as table:
        doc.set_font(FAMILY, "B", 9)
        table.row(
            [t("Way in"), t(PROFILE_LABELS["francophone"]), t(PROFILE_LABELS["francisation"])]
        )
        doc.set_font(FAMILY, "", 9)
        for stream in STREAMS:
            table.row(
                [
                    t(STREAM_LABELS[stream]),
                    *(
                        t(VERDICT_LABELS[assessment.way(stream, p).verdict]).upper()
                        for p in ("francophone", "francisation")
                    ),
                ]
            )

    used_sources: dict[str, dict] = {}
    for stream in STREAMS:
        doc.heading(t(STREAM_LABELS[stream]))
        for finding in assessment.way(stream, "francophone").findings:
            detail = finding_json(finding, t)
            status = finding.status
            doc.para(
                f"{MARKS[status]} {detail['citation']} — {detail['label']} "
                f"[{t(STATUS_LABELS[status])}] ({finding.id})",
                bold=True,
                size=9,
            )
            if status in (Status.NOT_MET, Status.UNKNOWN):
                doc.para(detail["message"], indent=4)
                for figure in detail["figures"]:
                    doc.para(f"{figure['quantity']}: {figure['text']}", indent=4)
                if detail["gap_text"]:
                    doc.para(t("Gap: {gap}", gap=detail["gap_text"]), indent=4)
                if detail["reading"]:
                    doc.para(
                        t("Reading used: {reading}", reading=detail["reading"]), size=8, indent=4
                    )
            if status is Status.NOT_MET:
                doc.para(t("The law (French text, verbatim):"), size=8, indent=4)
                doc.para(f"« {detail['law_fr']} »", size=8, indent=8)
            for source in detail["sources"]:
                used_sources[source["table"]] = source

    misses = near_misses(assessment)
    if misses:
        doc.heading(t("What would change the outcome"))
        for miss in misses:
            doc.para(f"{miss.condition_id}: {render(t, miss.message, miss.params)}")

    doc.heading(t("What this tool does not assess"))
    for line in NOT_ASSESSED:
        doc.para(f"• {t(line)}")

    doc.heading(t("Fees"))
    fees = fees_json(assessment, t)
    doc.para(fees["text"])
    used_sources["fees"] = fees["source"]

    doc.heading(t("Sources of the reference figures used"))
    for source in used_sources.values():
        verify = t("; to verify") if source["verify"] else ""
        confidence = t(CONFIDENCE_LABELS[source["confidence"]])
        doc.para(
            "• "
            + t(
                "{table}: {source} (confidence: {confidence}{verify})",
                table=source["table"],
                source=source["source"],
                confidence=confidence,
                verify=verify,
            ),
            size=8.5,
        )
    return bytes(doc.output())
