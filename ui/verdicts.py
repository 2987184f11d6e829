"""The six verdicts at a glance, one row per stream and one column per profile: the results
page and the advisor view show the same table."""

from __future__ import annotations

import streamlit as st

from core.results_view import ResultsView
from ui import session
from ui.text import md


def grid(view: ResultsView) -> None:
    t = session.t()
    profiles = view.grid[0][1]
    rows = [
        "| " + " | ".join([t("Way in"), *(md(w.profile_text) for w in profiles)]) + " |",
        "|---|---|---|",
    ]
    for name, ways in view.grid:
        cells = [f"{w.mark} {md(w.verdict_text)}" for w in ways]
        rows.append("| " + " | ".join([md(name), *cells]) + " |")
    st.markdown("\n".join(rows))
