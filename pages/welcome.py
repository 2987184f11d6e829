"""First screen: what the tool is and is not, the program's status, the date to assess at."""

from datetime import date, timedelta

import streamlit as st

from core.program import in_force_on, program_dates
from core.reference import source_of
from ui import files, navigation, session

navigation.follow()
t = session.t()
dates = program_dates()

st.title(
    t("Québec pilot program for AI, IT and visual-effects workers: eligibility self-assessment")
)

st.error(
    t(
        "This program was repealed on {end} (art. 14). It was in effect from {start}. "
        "No application can be made under it any more.",
        end=t.date(dates.repealed),
        start=t.date(dates.in_force),
    ),
    icon="🛑",
)
st.markdown(
    t(
        "This tool still assesses a file **at the application date you choose**: a file "
        "filed in 2025, a decision under review, or a study of the rules as they stood."
    )
)

st.subheader(t("What this tool is, and is not"))
st.markdown(
    "\n".join(
        f"- {line}"
        for line in (
            t(
                "A self-assessment against the program's text (RLRQ c. I-0.2.1, r. 8), condition by "
                "condition, with the article and the law's own words for each."
            ),
            t(
                "Not a decision of the Ministère de l'Immigration, de la Francisation et de "
                "l'Intégration: an officer weighs documents and facts this tool cannot see."
            ),
            t(
                "Your answers stay in this browser session. Nothing is saved on the server; close the "
                "tab and they are gone, unless you download them."
            ),
        )
    )
)

st.subheader(t("Application date to assess at"))
stored = session.get("application_date")


def date_changed() -> None:
    value = st.session_state["q:application_date"]
    session.set_value("application_date", value.isoformat() if value else None)


st.date_input(
    t("Date the application was (or would have been) filed"),
    value=date.fromisoformat(stored) if stored else date.today(),
    min_value=date(2015, 1, 1),
    max_value=date(2035, 12, 31),
    format="YYYY-MM-DD",
    key="q:application_date",
    on_change=date_changed,
    help=t(
        'All the "within N months before the application" periods are counted back from this date.'
    ),
)
chosen = date.fromisoformat(session.get("application_date") or date.today().isoformat())
if not in_force_on(chosen):
    st.warning(
        t(
            'On {date} the program was not open: every way in will be "not eligible" '
            "for that reason (art. 1 or 14). The other conditions are still assessed so "
            "you can see how the file stood.",
            date=t.date(chosen),
        ),
        icon="⚠️",
    )

    last_day = dates.repealed - timedelta(days=1)

    def use_last_open_day() -> None:
        session.set_value("application_date", last_day.isoformat())
        session.forget_widgets("q:application_date")

    st.button(
        t("Assess at {date} (the last day the program was open)", date=t.date(last_day)),
        on_click=use_last_open_day,
    )

st.info(
    t(
        "Art. 4: at most {cap} foreign nationals are selected each year under this program. "
        "Once a year's cap is reached, no more are selected that year; this tool cannot tell "
        "whether it was.",
        cap=t.number(dates.annual_cap),
    ),
    icon="ℹ️",
)
st.caption(t("Program dates: {source}.", source=source_of("program").as_dict(t.lang)["source"]))

files.resume_from_file()

st.button(
    t("Start the questions"),
    type="primary",
    on_click=navigation.request,
    args=("interview",),
    key="start",
)
