"""The six verdicts at a glance, one row per stream and one column per profile (the results
page and the advisor view show the same table, with the two profiles explained once under it),
and, for the advisor view, why each way is not won, in plain words first."""

from __future__ import annotations

import streamlit as st

from core.results_view import (
    ConditionView,
    ResultsView,
    StreamView,
    profiles_explained,
    way_reasons,
)
from ui import session
from ui.text import md

# The results view's marks drawn as text marks in the page's fonts, as the PDF does: an emoji
# needs an emoji font (a plain Linux desktop or a kiosk may lack one), and Streamlit's Material
# icons in Markdown carry an English aria-label ("check_circle icon"). The word stands beside.
MARK_ICONS = {
    "✅": ":green[**✓**]",
    "❌": ":red[**✗**]",
    "❔": ":orange[**?**]",
    "➖": ":gray[–]",
}


def icon(mark: str) -> str:
    return MARK_ICONS.get(mark, mark)


def grid(view: ResultsView) -> None:
    t = session.t()
    profiles = view.grid[0][1]
    rows = [
        "| " + " | ".join([t("Stream"), *(md(w.profile_text) for w in profiles)]) + " |",
        "|---|---|---|",
    ]
    for name, ways in view.grid:
        cells = [f"{icon(w.mark)} {md(w.verdict_text)}" for w in ways]
        rows.append("| " + " | ".join([md(name), *cells]) + " |")
    st.markdown("\n".join(rows))
    st.caption("  \n".join(md(line) for line in profiles_explained(t)))


def why(view: ResultsView) -> None:
    """Per way not won: its verdict, then the decisive reasons (one line each, plain words,
    the article after), the law's text folded below."""
    t = session.t()
    for stream in view.streams:
        if stream.verdict == "eligible" and all(w.verdict == "eligible" for w in stream.ways):
            continue
        _stream_reasons(stream, t)


def _stream_reasons(stream: StreamView, t) -> None:  # noqa: ANN001 - a Translator
    st.markdown(f"**{md(stream.summary)}**")
    lists = {
        way.profile_text: way_reasons(stream, way.profile)
        for way in stream.ways
        if way.verdict != "eligible"
    }
    shared = len({tuple(c.id for c in conditions) for conditions in lists.values()}) == 1
    blocks = [("", next(iter(lists.values())))] if shared else list(lists.items())
    shown = {}
    for profile, conditions in blocks:
        lines = [f"- {_with_article(c)}" for c in conditions]
        head = f"{md(profile)}\n" if profile else ""
        st.markdown(head + "\n".join(lines))
        shown.update({c.id: c for c in conditions})
    if shown:
        with st.expander(t("The law's text")):
            for condition in shown.values():
                # The French text is the law; an English reader also gets its rendering.
                st.markdown(f"**{md(condition.citation)}** — {md(condition.law_fr)}")
                if t.lang != "fr":
                    rendering = t("Unofficial English rendering (only the French text has legal force):")
                    st.caption(f"{md(rendering)} {md(condition.law_en)}")


def _with_article(condition: ConditionView) -> str:
    """"No job is held or accepted (s. 7, para. 4°). [2]" — the article inside the sentence,
    the numbers of its sources (Sources section) after it."""
    text = condition.message.rstrip().removesuffix(condition.marks).rstrip()
    end = "." if text.endswith(".") else ""
    marks = f" {md(condition.marks)}" if condition.marks else ""
    return f"{md(text.removesuffix('.'))} ({md(condition.citation)}){md(end)}{marks}"
