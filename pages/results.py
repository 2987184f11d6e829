"""Results: the six ways in at a glance, then every condition with its reason and the law."""

import streamlit as st

from core.assess import PROFILE_LABELS, STREAM_LABELS, STREAMS
from core.explain import (
    CONFIDENCE_LABELS,
    NOT_ASSESSED,
    STATUS_LABELS,
    VERDICT_LABELS,
    fees_json,
    finding_json,
    notices,
    render,
)
from core.interview import step_of
from core.logic import Status
from core.near_miss import near_misses
from core.program import RULES_VERSION
from ui import files, navigation, session
from ui.labels import STEP_TITLES
from ui.text import md

navigation.follow()
t = session.t()
assessment = session.assessment()

VERDICT_ICONS = {"eligible": "✅", "not-eligible": "❌", "incomplete": "❔"}
STATUS_ICONS = {
    Status.MET: "✅",
    Status.NOT_MET: "❌",
    Status.UNKNOWN: "❔",
    Status.NOT_APPLICABLE: "➖",
}

st.title(t("Results"))
st.caption(
    t(
        "Assessed at {date} · rules: {version}",
        date=t.date(assessment.application_date),
        version=t(RULES_VERSION),
    )
)
repeal_notice = notices(assessment, t)[0]
if assessment.program_in_force:
    st.warning(md(repeal_notice), icon="⚠️")
else:
    st.error(md(repeal_notice), icon="🛑")

st.subheader(t("At a glance"))
rows = [
    "| "
    + t("Way in")
    + f" | {t(PROFILE_LABELS['francophone'])} | {t(PROFILE_LABELS['francisation'])} |",
    "|---|---|---|",
]
for stream in STREAMS:
    cells = [
        f"{VERDICT_ICONS[w.verdict]} {t(VERDICT_LABELS[w.verdict])}"
        for w in (assessment.way(stream, "francophone"), assessment.way(stream, "francisation"))
    ]
    rows.append(f"| {t(STREAM_LABELS[stream])} | {cells[0]} | {cells[1]} |")
st.markdown("\n".join(rows))


def answer_step(step: str) -> None:
    navigation.request("interview", step)


def show_finding(stream: str, finding) -> None:
    """A condition not met or not decided: why, the figures, the gap, the law."""
    detail = finding_json(finding, t)
    status = finding.status
    with st.container(border=True):
        st.markdown(
            f"{STATUS_ICONS[status]} **{md(detail['citation'])}** — "
            f"{md(detail['label'])}  \n*{md(t(STATUS_LABELS[status]))}* · "
            f"`{finding.id}`"
        )
        st.markdown(md(detail["message"]))
        for figure in detail["figures"]:
            st.markdown(f"- {md(figure['quantity'])}: {md(figure['text'])}")
        if detail["gap_text"]:
            st.markdown(t("**Gap:** {gap}", gap=md(detail["gap_text"])))
        if detail["reading"]:
            st.caption(md(t("Reading used: {reading}", reading=detail["reading"])))
        for source in detail["sources"]:
            st.caption(
                md(
                    t(
                        "Figures from: {source} (confidence: {confidence}{verify}).",
                        source=source["source"],
                        confidence=t(CONFIDENCE_LABELS[source["confidence"]]),
                        verify=t("; to verify") if source["verify"] else "",
                    )
                )
            )
        steps = list(dict.fromkeys(filter(None, map(step_of, detail["to_answer"]))))
        if status is Status.UNKNOWN and steps:
            st.button(
                t("Answer: {step}", step=t(STEP_TITLES[steps[0]])),
                key=f"answer:{stream}:{finding.id}",
                on_click=answer_step,
                args=(steps[0],),
            )
        with st.expander(t("The law's words — {citation}", citation=detail["citation"])):
            st.markdown(f"> {md(detail['law_fr'])}")
            if t.lang == "en":
                st.caption(
                    t("Unofficial English rendering (only the French text has legal force):")
                )
                st.markdown(f"> {md(detail['law_en_unofficial'])}")


for stream in STREAMS:
    st.divider()
    st.header(t(STREAM_LABELS[stream]), anchor=stream)
    for profile in ("francophone", "francisation"):
        way = assessment.way(stream, profile)
        st.markdown(
            f"**{t(PROFILE_LABELS[profile])}**: {VERDICT_ICONS[way.verdict]} "
            f"{t(VERDICT_LABELS[way.verdict])}"
        )
    # Both profiles share every condition but art. 6, par. 2° (Francophone only): show once.
    findings = assessment.way(stream, "francophone").findings
    for finding in findings:
        if finding.status in (Status.NOT_MET, Status.UNKNOWN):
            show_finding(stream, finding)
    settled = [f for f in findings if f.status in (Status.MET, Status.NOT_APPLICABLE)]
    with st.expander(t("Conditions met or not applicable ({n})", n=len(settled))):
        for finding in settled:
            detail = finding_json(finding, t)
            st.markdown(
                f"{STATUS_ICONS[finding.status]} **{md(detail['citation'])}** — "
                f"{md(detail['label'])} · *{md(t(STATUS_LABELS[finding.status]))}*  \n"
                f"{md(detail['message'])}"
            )

misses = near_misses(assessment)
if misses:
    st.divider()
    st.header(t("What would change the outcome"))
    for miss in misses:
        text = md(render(t, miss.message, miss.params))
        note = ""
        if miss.side_effects:
            note = " " + md(
                t(
                    "At that date these conditions would change too: {ids}.",
                    ids=", ".join(miss.side_effects),
                )
            )
        st.markdown(f"- `{miss.condition_id}` {text}{note}")

st.divider()
st.header(t("What this tool does not assess"))
st.markdown("\n".join(f"- {t(line)}" for line in NOT_ASSESSED))

st.header(t("Fees"))
fees = fees_json(assessment, t)
st.write(md(fees["text"]))
st.caption(
    md(
        t(
            "Source: {source} (confidence: {confidence}).",
            source=fees["source"]["source"],
            confidence=t(CONFIDENCE_LABELS[fees["confidence"]]),
        )
    )
)

st.header(t("About this assessment"))
for notice in notices(assessment, t)[1:]:
    st.caption(md(notice))

st.subheader(t("Keep this assessment"))
files.download_report()
files.download_answers()
files.clear_button()

st.subheader(t("Change my answers"))
columns = st.columns(3)
for index, step in enumerate(("stay", "diplomas", "work", "job", "french", "family")):
    columns[index % 3].button(
        t(STEP_TITLES[step]),
        key=f"edit:{step}",
        on_click=answer_step,
        args=(step,),
        use_container_width=True,
    )
