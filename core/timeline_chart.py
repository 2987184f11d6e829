"""The six ways over time as one chart (Vega-Lite, built with Altair): the results page draws
it with `st.altair_chart`, the PDF report renders the same specification to SVG.

One row per way, a bar per span coloured by its verdict (the verdict grid's words and marks),
the application date as a solid line, the amendment and the repeal as dashed ones. Dates in
tooltips are Babel's, in the reader's language; the axis shows years only (no month names in
another language). A transparent strip of one mark per day takes the clicks: its point
selection names the day clicked (`DAY_SELECTION`, field `day`).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from core.experience import ONE_DAY
from core.explain import VERDICT_LABELS
from core.i18n import N_, Translator
from core.program import program_dates
from core.results_view import VERDICT_MARKS
from core.timeline import Timeline

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
):  # noqa: ANN201 - an altair chart
    """The chart of a timeline (altair is imported only here: the command line never needs
    it). `marks`: the grid's ✅ ❌ ❔ before each verdict word (the PDF's fonts lack them);
    `clickable`: the strip of days that takes clicks (not in the PDF)."""
    import altair as alt

    from core.explain import way_label

    t = Translator(lang)
    end = result.last + ONE_DAY  # a span's bar runs to the morning after its last day
    rows = [row_name(w.stream, w.profile, t) for w in result.ways]
    spans = [
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
    ]
    words = [verdict_word(v, t, marks) for v in VERDICT_ORDER]
    x_scale = alt.Scale(type="utc", domain=[result.first.isoformat(), end.isoformat()])
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
        .mark_text(align="left", baseline="bottom", dy=-ROW_HEIGHT * BAR_BAND / 2 - 2)
        .encode(y=y_rows, x=alt.value(0), text="row:N", color=alt.value("#31333f"))
    )
    x_axis = alt.Axis(format="%Y", tickCount="year", title=None, labelFlush=True)
    bars = (
        alt.Chart(alt.Data(values=spans))
        .mark_bar(height={"band": BAR_BAND})
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
    layers = [bars, names, *_lines(result, chosen, t, x_scale)]
    if clickable:
        layers.append(_day_strip(result, x_scale))
    # The width fits the column; the height is the rows' own (Streamlit's default "fit" would
    # squeeze the rows to leave room for the axis and the legend).
    chart = alt.layer(*layers).properties(
        height=len(rows) * ROW_HEIGHT,
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    )
    if width is not None:
        chart = chart.properties(width=width)
    return chart.configure_view(stroke=None)


def _lines(result: Timeline, chosen: date | None, t: Translator, x_scale):  # noqa: ANN001, ANN202
    import altair as alt

    dates = program_dates()
    events = []
    if dates.amended and result.first <= dates.amended <= result.last:
        events.append(
            {
                "day": dates.amended.isoformat(),
                "what": t("A.M. 2023-002 in force (NOC 2021)"),
                "when": t.date(dates.amended),
                "kind": "event",
            }  # fmt: skip
        )
    if result.first <= dates.repealed <= result.last + ONE_DAY:
        events.append(
            {
                "day": dates.repealed.isoformat(),
                "what": t("the program is repealed"),
                "when": t.date(dates.repealed),
                "kind": "event",
            }  # fmt: skip
        )
    if chosen is not None and result.first <= chosen <= result.last:
        events.append(
            {
                "day": chosen.isoformat(),
                "what": t("the application date chosen"),
                "when": t.date(chosen),
                "kind": "chosen",
            }  # fmt: skip
        )
    if not events:
        return []
    rule = (
        alt.Chart(alt.Data(values=events))
        .mark_rule()
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
    return [rule]


def _day_strip(result: Timeline, x_scale):  # noqa: ANN001, ANN202
    """One transparent mark per day, the full height, generated in the chart itself (no rows
    sent): a click names that day, as YYYY-MM-DD in `day`."""
    import altair as alt

    first = result.first
    count = (result.last - first).days + 1
    start = f"utc({first.year}, {first.month - 1}, {first.day})"
    pick = alt.selection_point(name=DAY_SELECTION, fields=["day"], on="click", clear=False)
    return (
        alt.Chart(alt.sequence(0, count, as_="k"))
        .transform_calculate(at=f"utcOffset('day', {start}, datum.k)")
        .transform_calculate(
            next="utcOffset('day', datum.at, 1)", day="utcFormat(datum.at, '%Y-%m-%d')"
        )
        .mark_rect(opacity=0.001)
        .encode(x=alt.X("at:T", scale=x_scale), x2="next:T")
        .add_params(pick)
    )


def chart_svg(result: Timeline, lang: str, chosen: date | None, width: int) -> str:
    """The chart as SVG (vl-convert renders the Vega-Lite specification, with the report's
    DejaVu fonts), without the strip of days that takes clicks and without the marks."""
    import vl_convert

    _fonts_registered()
    chart = timeline_chart(result, lang, chosen, clickable=False, width=width)
    return vl_convert.vegalite_to_svg(chart.configure(font=FONT).to_dict())


FONT = "DejaVu Sans"


@cache
def _fonts_registered() -> None:
    import vl_convert

    vl_convert.register_font_directory(str(FONTS))
