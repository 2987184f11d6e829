"""The six verdicts at a glance, one row per stream and one column per profile: the results
page and the advisor view show the same table."""

from __future__ import annotations

import streamlit as st

from core.results_view import ResultsView
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
