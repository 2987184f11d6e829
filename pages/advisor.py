"""Advisor view: every question and every condition side by side, for screen-sharing.

The questions are the interview's own steps (same code, same "ask only what still matters");
the conditions are the core's findings, one column per way in, updated on every change.
"""

import streamlit as st

from core.assess import CONDITION_IDS, PROFILE_LABELS, STREAM_LABELS, STREAMS
from core.explain import STATUS_LABELS, VERDICT_LABELS, render
from core.interview import STEPS
from core.logic import Status
from core.near_miss import near_misses
from core.rules.base import REGISTRY
from ui import files, navigation, session
from ui.labels import STEP_TITLES
from ui.steps import STEP_RENDERERS
from ui.text import md

navigation.follow()
t = session.t()
assessment = session.assessment()

ICONS = {Status.MET: "✅", Status.NOT_MET: "❌", Status.UNKNOWN: "❔", Status.NOT_APPLICABLE: "➖"}
VERDICT_ICONS = {"eligible": "✅", "not-eligible": "❌", "incomplete": "❔"}

st.title(t("Advisor view"))
st.caption(
    t(
        "Assessed at {date}. Every answer can be changed here; the table follows.",
        date=t.date(assessment.application_date),
    )
)

questions, conditions = st.columns([5, 6], gap="large")

with questions:
    for step in STEPS:
        with st.expander(t(STEP_TITLES[step]), expanded=step in ("stay", "job")):
            STEP_RENDERERS[step](assessment)
    files.download_answers()

with conditions:
    ways = [(stream, profile) for stream in STREAMS for profile in ("francophone", "francisation")]
    short = {"francophone": "F", "francisation": "Fr."}
    header = (
        "| "
        + t("Condition")
        + " | "
        + " | ".join(f"{t(STREAM_LABELS[s])} ({short[p]})" for s, p in ways)
        + " |"
    )
    lines = [header, "|" + "---|" * (len(ways) + 1)]
    verdicts = [assessment.way(s, p).verdict for s, p in ways]
    lines.append(
        "| **"
        + t("Verdict")
        + "** | "
        + " | ".join(f"{VERDICT_ICONS[v]} {t(VERDICT_LABELS[v])}" for v in verdicts)
        + " |"
    )
    for cid in CONDITION_IDS:
        cells = []
        for stream, profile in ways:
            finding = next(
                (f for f in assessment.way(stream, profile).findings if f.id == cid), None
            )
            cells.append(
                ""
                if finding is None
                else f"{ICONS[finding.status]} {t(STATUS_LABELS[finding.status])}"
            )
        condition = REGISTRY[cid]
        lines.append(f"| `{cid}` {md(t(condition.label))} | " + " | ".join(cells) + " |")
    st.markdown("\n".join(lines))
    misses = near_misses(assessment)
    if misses:
        st.subheader(t("What would change the outcome"))
        for miss in misses:
            st.markdown(f"- `{miss.condition_id}` {md(render(t, miss.message, miss.params))}")
    st.caption(
        t(
            "F: {francophone} · Fr.: {francisation}",
            francophone=t(PROFILE_LABELS["francophone"]),
            francisation=t(PROFILE_LABELS["francisation"]),
        )
    )
