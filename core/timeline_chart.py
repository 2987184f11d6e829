"""The six ways over time as one chart (Vega-Lite, built with Altair): the results page and the
advisor view draw its specification with Streamlit's Vega-Lite element, the PDF report renders
the same specification to SVG.

One row per way, a bar per span coloured by its verdict (the verdict grid's words and colours),
the application date as a solid line, the amendment and the repeal as dashed ones. Dates in
tooltips are Babel's, in the reader's language; the axis shows years only (no month names in
another language). A transparent strip of one mark per day takes the clicks: its point
selection names the day clicked (`DAY_SELECTION`, field `day`).
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from core.assess import STREAMS
from core.experience import ONE_DAY
from core.explain import VERDICT_LABELS
from core.i18n import N_, Translator
from core.program import program_dates
from core.results_view import VERDICT_MARKS
from core.rules.general import PROFILES
from core.timeline import Timeline

if TYPE_CHECKING:  # imported where a chart is drawn, not when the module loads
    import altair as alt

FONTS = Path(__file__).resolve().parent / "data" / "fonts"
DAY_SELECTION = "day"
ROW_HEIGHT = 44  # px: a row's name above its bar
BAR_BAND = 0.5  # of a row: the bar; its name takes the space above
VERDICT_ORDER = ("eligible", "incomplete", "not-eligible")
VERDICT_COLOURS = {"eligible": "#2e7d32", "incomplete": "#e0a100", "not-eligible": "#c62828"}

# Short row names: the chart fits at 390 px (the full names are in the tooltips and sentences).
SHORT_STREAMS = {
    "ai-foreign-worker": N_("AI — foreign worker"),
    "ai-quebec-graduate": N_("AI — Québec graduate"),
    "it-vfx": N_("IT and visual effects"),
}
SHORT_PROFILES = {"francophone": N_("Francophone"), "francisation": N_("Francisation")}


def verdict_word(verdict: str, t: Translator, marks: bool = True) -> str:
    word = t(VERDICT_LABELS[verdict])
    return f"{VERDICT_MARKS[verdict]} {word}" if marks else word


def row_name(stream: str, profile: str, t: Translator) -> str:
    """A row's name, written above its bar (the bars then use the whole width)."""
    return f"{t(SHORT_STREAMS[stream])} · {t(SHORT_PROFILES[profile])}"


def timeline_chart(
    result: Timeline,
    lang: str,
    chosen: date | None = None,
    *,
    marks: bool = False,
    clickable: bool = True,
    width: int | None = None,
) -> dict:
    """The chart's Vega-Lite specification: the template (built with Altair once per
    language, range and options: rule metadata only) with this file's spans and the date
    chosen put in as its data. `marks`: the grid's ✅ ❌ ❔ before each verdict
    word (off: the chart's fonts may lack them, seen as empty boxes in Chromium here; the
    colours and words are the grid's); `clickable`: the strip of days that takes clicks (not
    in the PDF)."""
    from core.explain import way_label

    t = Translator(lang)
    spec = json.loads(_template(lang, result.first, result.last, marks, clickable, width))
    datasets = {
        "spans": [
            {
                "row": row_name(way.stream, way.profile, t),
                "way": way_label(way.stream, way.profile, t),
                "start": span.start.isoformat(),
                "end": (span.end + ONE_DAY).isoformat(),
                "verdict": verdict_word(span.verdict, t, marks),
                "dates": t("{start} to {end}", start=t.date(span.start), end=t.date(span.end)),
            }
            for way in result.ways
            for span in way.spans
        ],
        "lines": _lines(result, chosen, t),
    }
    # Inline in each layer: Streamlit turns a top-level "datasets" into Arrow tables through
    # pandas on every run (≈ 4 ms); values inside the specification go as they are.
    for layer in spec["layer"]:
        name = layer.get("data", {}).get("name")
        if name in datasets:
            layer["data"] = {"values": datasets[name]}
    return spec


@cache
def _template(
    lang: str, first: date, last: date, marks: bool, clickable: bool, width: int | None
) -> str:
    """The chart without the file's data, as JSON (altair is imported only here: the command
    line never needs it; building and validating a chart takes tens of milliseconds)."""
    import altair as alt

    t = Translator(lang)
    rows = [row_name(stream, profile, t) for stream in STREAMS for profile in PROFILES]
    words = [verdict_word(v, t, marks) for v in VERDICT_ORDER]
    end = last + ONE_DAY  # a span's bar runs to the morning after its last day
    x_scale = alt.Scale(type="utc", domain=[first.isoformat(), end.isoformat()])
    # A little room above the first row for its name.
    y_rows = alt.Y(
        "row:N",
        sort=rows,
        title=None,
        axis=None,
        scale=alt.Scale(paddingInner=0, paddingOuter=0.15),
    )
    names = (
        alt.Chart(alt.Data(values=[{"row": row} for row in rows]))
        .mark_text(aria=False, align="left", baseline="bottom", dy=-ROW_HEIGHT * BAR_BAND / 2 - 2)
        # 2 px in: a first capital such as the T of "TI" reaches 1 px left of its own x.
        .encode(y=y_rows, x=alt.value(2), text="row:N", color=alt.value("#31333f"))
    )
    # The last year's tick is the chart's right edge, under the repeal's dashed line: its label
    # ends 4 px inside, whole and clear of the line (centred, or flush at the edge, a browser
    # cut its last digit).
    x_axis = alt.Axis(
        format="%Y", tickCount="year", title=None, labelFlush=True, labelFlushOffset=-4
    )
    bars = (
        alt.Chart(alt.NamedData(name="spans"))
        .mark_bar(aria=False, height={"band": BAR_BAND})
        .encode(
            x=alt.X("start:T", scale=x_scale, axis=x_axis),
            x2="end:T",
            y=y_rows,
            color=alt.Color(
                "verdict:N",
                scale=alt.Scale(domain=words, range=[VERDICT_COLOURS[v] for v in VERDICT_ORDER]),
                # One word a line: three side by side overflow a phone's width.
                legend=alt.Legend(title=None, orient="bottom", direction="vertical", labelLimit=0),
            ),
            tooltip=[
                alt.Tooltip("way:N", title=t("Way in")),
                alt.Tooltip("verdict:N", title=t("Verdict")),
                alt.Tooltip("dates:N", title=t("Dates")),
            ],
        )
    )
    lines = (
        alt.Chart(alt.NamedData(name="lines"))
        .mark_rule(aria=False)
        .encode(
            x=alt.X("day:T", scale=x_scale),
            strokeDash=alt.StrokeDash(
                "kind:N",
                scale=alt.Scale(domain=["chosen", "event"], range=[[1, 0], [5, 3]]),
                legend=None,
            ),
            strokeWidth=alt.StrokeWidth(
                "kind:N", scale=alt.Scale(domain=["chosen", "event"], range=[2.5, 1.5]), legend=None
            ),
            color=alt.value("#1f1f1f"),
            tooltip=[alt.Tooltip("what:N", title=" "), alt.Tooltip("when:N", title=t("Date"))],
        )
    )
    layers = [bars, names, lines]
    if clickable:
        layers.append(_day_strip(first, last, x_scale))
    # The width fits the column; the height is the rows' own (Streamlit's default "fit" would
    # squeeze the rows to leave room for the axis and the legend).
    chart = alt.layer(*layers).properties(
        height=len(rows) * ROW_HEIGHT,
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    )
    if width is not None:
        chart = chart.properties(width=width)
    # No generated ARIA descriptions: Vega writes them in English ("X-axis for a utc scale",
    # "Jul 31, 2021") and one per day of the clickable strip. The chart's `alt` names it in the
    # reader's language, and the sentences beside it carry the same facts.
    return json.dumps(chart.configure(aria=False).configure_view(stroke=None).to_dict())


def _lines(result: Timeline, chosen: date | None, t: Translator) -> list[dict]:
    """The amendment, the repeal (dashed) and the date chosen (solid), inside the range."""
    dates = program_dates()
    lines = []
    marked = [
        (dates.amended, "event", t("A.M. 2023-002 in force (NOC 2021)")),
        (dates.repealed, "event", t("the program is repealed")),
        (chosen, "chosen", t("the application date chosen")),
    ]
    for day, kind, what in marked:
        if day is not None and result.first <= day <= result.last + ONE_DAY:
            lines.append({"day": day.isoformat(), "what": what, "when": t.date(day), "kind": kind})
    return lines


def _day_strip(first: date, last: date, x_scale: alt.Scale) -> alt.Chart:
    """One transparent mark per day, the full height, generated in the chart itself (no rows
    sent): a click names that day, as YYYY-MM-DD in `day`."""
    import altair as alt

    count = (last - first).days + 1
    start = f"utc({first.year}, {first.month - 1}, {first.day})"
    pick = alt.selection_point(name=DAY_SELECTION, fields=["day"], on="click", clear=False)
    return (
        alt.Chart(alt.sequence(0, count, as_="k"))
        .transform_calculate(at=f"utcOffset('day', {start}, datum.k)")
        .transform_calculate(
            next="utcOffset('day', datum.at, 1)", day="utcFormat(datum.at, '%Y-%m-%d')"
        )
        .mark_rect(aria=False, opacity=0.001)
        .encode(x=alt.X("at:T", scale=x_scale), x2="next:T")
        .add_params(pick)
    )


def chart_svg(result: Timeline, lang: str, chosen: date | None, width: int) -> str:
    """The chart as SVG (vl-convert renders the Vega-Lite specification, with the report's
    DejaVu fonts), without the strip of days that takes clicks and without the marks."""
    import vl_convert

    _fonts_registered()
    spec = timeline_chart(result, lang, chosen, clickable=False, width=width)
    spec.setdefault("config", {})["font"] = FONT
    return vl_convert.vegalite_to_svg(spec)


FONT = "DejaVu Sans"


@cache
def _fonts_registered() -> None:
    import vl_convert

    vl_convert.register_font_directory(str(FONTS))
