"""The assessment as a PDF, in the reader's language: real text, embedded fonts, readable in
black and white (statuses are words and marks, never colour alone).

It lays out the results view (core/results_view.py) and decides nothing itself. Page 1: the
sentence that answers, the six verdicts, the date assessed and the rules version, the key
figures compared; then each way in with its reasons; what is still to answer; what happens
next; the answers the assessment used; the sources. Addresses are printed as text, not links.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from core.answers import Answers
from core.assess import PROFILE_LABELS, Assessment
from core.explain import value_text
from core.i18n import N_, Translator
from core.logic import Status
from core.results_view import (
    NOT_ASKED_HERE,
    ResultsView,
    profiles_explained,
    results_view,
    settled_elsewhere,
)

FONTS = Path(__file__).resolve().parent / "data" / "fonts"
FAMILY = "DejaVu"
MARKS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.UNKNOWN: "?", Status.NOT_APPLICABLE: "–"}
VERDICT_MARKS = {"eligible": "✓", "not-eligible": "✗", "incomplete": "?"}
NOT_ADVICE = N_(
    "Made by software from your own answers: not a decision of the Ministère de "
    "l'Immigration, de la Francisation et de l'Intégration, nor legal advice."
)


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
        self.written: list[str] = []  # every text put on the pages, as written

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
        self.written.append(text)
        self.ln(2)
        self.set_font(FAMILY, "B", size)
        self.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def para(self, text: str, size: float = 9.5, bold: bool = False, indent: float = 0) -> None:
        self.written.append(text)
        self.set_font(FAMILY, "B" if bold else "", size)
        self.set_x(self.l_margin + indent)
        # Left-aligned: justified text stretches spaces, and extracted text then has gaps.
        self.multi_cell(0, size * 0.48, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pdf_report(assessment: Assessment, lang: str, notes: str = "") -> bytes:
    """The report; `notes`: an advisor's own words, printed as typed (in the PDF only)."""
    t = Translator(lang)
    return bytes(_render(results_view(assessment, t.lang), t, assessment.answers, notes).output())


def report_lines(assessment: Assessment, lang: str, notes: str = "") -> list[str]:
    """Every text the report puts on its pages, as written (for checks of typography)."""
    t = Translator(lang)
    return _render(results_view(assessment, t.lang), t, assessment.answers, notes).written


def _render(view: ResultsView, t: Translator, answers: Answers, notes: str = "") -> _Document:
    doc = _Document(t)
    doc.add_page()
    doc.heading(
        t(
            "Québec pilot program for AI, IT and visual-effects workers: eligibility "
            "self-assessment"
        ),
        14,
    )
    doc.para(view.headline, size=12, bold=True)
    doc.ln(1)
    doc.para(view.assessed_text)
    doc.para(view.repeal_notice, size=8.5)
    doc.para(t(NOT_ADVICE), size=8.5)

    doc.heading(t("Verdicts: three streams, two profiles each"))
    with doc.table(col_widths=(90, 45, 45), text_align="LEFT", line_height=5) as table:
        doc.set_font(FAMILY, "B", 9)
        first = view.grid[0][1]
        header = [t("Stream"), *(t(PROFILE_LABELS[way.profile]) for way in first)]
        doc.written.extend(header)
        table.row(header)
        doc.set_font(FAMILY, "", 9)
        for name, ways in view.grid:
            row = [
                name,
                *(f"{VERDICT_MARKS[way.verdict]} {way.verdict_text.upper()}" for way in ways),
            ]
            doc.written.extend(row)
            table.row(row)
    for line in profiles_explained(t):
        doc.para(line, size=8.5)

    if notes.strip():
        doc.heading(t("Advisor's notes"))
        for line in notes.strip().splitlines():
            doc.para(line)

    if view.key_figures:
        doc.heading(t("Key figures compared"))
        for figure in view.key_figures:
            status = f" [{figure.status_text}]" if figure.status_text else ""
            doc.para(figure.label + status, size=8.5, bold=True)
            doc.para(figure.text, size=8.5, indent=4)

    _over_time(doc, view, t, answers)

    for stream in view.streams:
        doc.heading(stream.name)
        doc.para(stream.summary, bold=True)
        if stream.decisive:
            doc.para(t("Decisive reason: {reason}", reason=stream.decisive), size=9)
        for condition in stream.open:
            doc.para(
                f"{MARKS[condition.status]} {condition.heading} [{condition.status_text}]",
                bold=True,
                size=9,
            )
            if condition.profile_note:
                doc.para(condition.profile_note, size=8, indent=4)
            if settled_elsewhere(stream, condition):
                # The interview did not ask: no prompt to type what would change nothing.
                doc.para(t(NOT_ASKED_HERE), indent=4)
                continue
            doc.para(condition.message, indent=4)
            for compared in condition.figures:
                doc.para(compared, indent=4)
            if condition.gap:
                doc.para(t("Gap: {gap}", gap=condition.gap), indent=4)
            if condition.reading:
                doc.para(t("Reading used: {reading}", reading=condition.reading), size=8, indent=4)
            if condition.published_figure:
                doc.para(
                    t(
                        "Where to find it: {what}, {url}",
                        what=condition.published_figure.text,
                        url=condition.published_figure.url,
                    ),
                    size=8,
                    indent=4,
                )
            if condition.status is Status.NOT_MET:
                doc.para(t("The law (French text, verbatim):"), size=8, indent=4)
                doc.para(f"«\u00a0{condition.law_fr}\u00a0»", size=8, indent=8)
        if stream.settled:
            doc.para(t("Conditions met or not applicable:"), size=8.5, bold=True)
            for condition in stream.settled:
                doc.para(
                    f"{MARKS[condition.status]} {condition.heading} [{condition.status_text}]",
                    size=8,
                    indent=4,
                )

    if view.to_answer:
        doc.heading(t("Still to answer"))
        for item in view.to_answer:
            doc.para("• " + "; ".join(item.conditions), size=9)
            for question in item.questions:
                doc.para(t("To answer: {question}", question=question), size=8, indent=4)
            if item.published_figure:
                where = f"{item.published_figure.text}, {item.published_figure.url}"
                doc.para(
                    t("Not assessed: the published figure is needed ({where}).", where=where),
                    size=8,
                    indent=4,
                )

    if view.near_misses:
        doc.heading(t("What would change the outcome"))
        for line in view.near_misses:
            doc.para(f"• {line}")

    doc.heading(t("What happens next"))
    for line in view.next_steps:
        doc.para(f"• {line}")
    doc.para(t("Official pages:"), bold=True, size=9)
    for link in view.links:
        doc.para(t("{what}: {url}", what=link.text, url=link.url), size=8, indent=4)

    if view.answers_used:
        doc.heading(t("The answers this assessment used"))
        for label, value in view.answers_used:
            doc.para(f"{label} — {value}", size=8.5)  # as the review page lists them

    doc.heading(t("What this tool does not assess"))
    for line in view.not_assessed:
        doc.para(f"• {line}")

    doc.heading(t("Fees"))
    doc.para(view.fees)

    for notice in view.other_notices:
        doc.para(notice, size=8)
    doc.heading(t("Sources of the reference figures used"))
    for line in view.sources:  # "[2] …": the number the conditions above end with
        doc.para(line, size=8.5)
    return doc


CHART_WIDTH_PX = 680  # drawn at the page's text width (180 mm)
OVER_TIME_LINES = N_(
    "Solid line: the application date, {chosen}. Dashed: A.M. 2023-002 in force ({amended}) "
    "and the repeal ({repealed})."
)


def _over_time(doc: _Document, view: ResultsView, t: Translator, answers: Answers) -> None:
    """The six ways over the program's life: the results page's chart, as vector graphics,
    and the same facts in sentences."""
    from core.program import program_dates
    from core.timeline import HELD_UNCHANGED, timeline, way_sentences
    from core.timeline_chart import chart_svg

    result = timeline(answers)
    chosen = view.application_date
    svg = _for_fpdf(chart_svg(result, t.lang, chosen, CHART_WIDTH_PX))
    if "dejavu sans" not in doc.fonts:  # the family the chart's text is set in
        doc.add_font("DejaVu Sans", "", str(FONTS / "DejaVuSans.ttf"))
    doc.heading(t("Over time"))
    doc.image(io.BytesIO(svg.encode()), x=doc.l_margin, w=doc.epw)
    dates = program_dates()
    doc.para(
        t(
            OVER_TIME_LINES,
            chosen=t.date(chosen),
            amended=value_text(t, dates.amended),  # "—" if not known
            repealed=t.date(dates.repealed),
        ),
        size=8,
    )
    doc.para(t(HELD_UNCHANGED), size=8)
    for way in result.ways:
        for sentence in way_sentences(way, t.lang):
            doc.para(f"• {sentence}", size=8.5)


_LINE = re.compile(r"<line\b[^>]*>")
_EMPTY_PATH = re.compile(r"<path\b(?![^>]*\bd=\"[Mm])[^>]*/>")


def _for_fpdf(svg: str) -> str:
    """What fpdf2's SVG reader needs of Vega's SVG: a line's coordinates written even when 0
    (Vega leaves them out), and no empty path (an invisible one: fpdf2 refuses it)."""

    def coordinates(found: re.Match) -> str:
        tag = found.group(0)
        for name in ("x1", "y1", "x2", "y2"):
            if f" {name}=" not in tag:
                tag = tag.replace("<line", f'<line {name}="0"', 1)
        return tag

    return _EMPTY_PATH.sub("", _LINE.sub(coordinates, svg))
