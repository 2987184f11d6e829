"""First screen: the program's status, the date to assess at, then what the tool is and is not."""

from datetime import date, timedelta

import streamlit as st

from core.i18n import parse_day
from core.program import in_force_on, program_dates
from core.reference import source_of
from ui import files, focus, navigation, session

navigation.follow()
t = session.t()
dates = program_dates()
LAST_OPEN_DAY = dates.repealed - timedelta(days=1)
CHOICE_KEY, OTHER_KEY = "date_choice", "q:application_date"
LAST, OTHER = "last-open-day", "other"
DATE_ERROR = "date_error"

st.title(t("AI, IT and visual effects: eligibility self-assessment"), anchor=False)
st.error(
    t(
        "This program was repealed on {end} (s. 14): no application can be made under it "
        "any more. This tool still assesses a file at the application date you choose.",
        end=t.date(dates.repealed),
    ),
    icon=":material/block:",
)

# The date comes first: every verdict depends on it, and today the program is closed.
stored = session.get("application_date")
initial = None if stored is None else (LAST if stored == LAST_OPEN_DAY.isoformat() else OTHER)


def date_choice_changed() -> None:
    st.session_state.pop(DATE_ERROR, None)
    if st.session_state[CHOICE_KEY] == LAST:
        session.set_value("application_date", LAST_OPEN_DAY.isoformat())
        st.session_state.pop(OTHER_KEY, None)
    elif session.get("application_date") == LAST_OPEN_DAY.isoformat():
        session.set_value("application_date", None)


with st.container(key="date_box"):
    st.radio(
        t("At which application date should your file be assessed?"),
        [LAST, OTHER],
        index=None if initial is None else [LAST, OTHER].index(initial),
        format_func=lambda c: (
            t("{date} (the last day the program was open)", date=t.date(LAST_OPEN_DAY))
            if c == LAST
            else t("Another date")
        ),
        key=CHOICE_KEY,
        on_change=date_choice_changed,
        help=t(
            "All the “within N months before the application” periods are counted back "
            "from this date."
        ),
    )
    if st.session_state.get(CHOICE_KEY) == OTHER:

        def other_date_typed() -> None:
            typed = (st.session_state.get(OTHER_KEY) or "").strip()
            try:
                value = parse_day(typed)
                if not date(2015, 1, 1) <= value <= date(2035, 12, 31):
                    raise ValueError(typed)
            except ValueError:
                session.set_value("application_date", None)
                st.session_state[DATE_ERROR] = True
                return
            st.session_state.pop(DATE_ERROR, None)
            session.set_value("application_date", value.isoformat())

        st.text_input(
            t("Application date (year-month-day)"),
            value=stored if initial == OTHER else "",
            key=OTHER_KEY,
            on_change=other_date_typed,
            placeholder=t("YYYY-MM-DD"),
        )
    if st.session_state.get(DATE_ERROR):
        st.error(
            t(
                "Application date: type a date between {earliest} and {latest}, as "
                "year-month-day (for example 2025-05-15).",
                earliest=t.date(date(2015, 1, 1)),
                latest=t.date(date(2035, 12, 31)),
            ),
            icon=":material/warning:",
        )

chosen = session.get("application_date")
if chosen and not in_force_on(date.fromisoformat(chosen)):
    st.warning(
        t(
            "On {date} the program was not open: every stream will be “not eligible” for that "
            "reason (s. 1 or 14). The other conditions are still assessed so you can see how "
            "the file stood.",
            date=t.date(date.fromisoformat(chosen)),
        ),
        icon=":material/warning:",
    )


def start() -> None:
    if session.get("application_date") is None:
        # The message asks to type a date: the field to type it in is shown, and focused.
        st.session_state[CHOICE_KEY] = OTHER
        st.session_state[DATE_ERROR] = True
        focus.request("application_date")
        return
    navigation.request("interview")


st.button(t("Start the questions"), type="primary", on_click=start, key="start")
if st.session_state.get(DATE_ERROR) and session.get("application_date") is None:
    st.caption(t("Choose the application date above first."))

files.example_starts()

st.subheader(t("What this tool is, and is not"))
st.markdown(
    "\n".join(
        f"- {line}"
        for line in (
            t(
                "A self-assessment against the program's text (RLRQ c. I-0.2.1, r. 8), condition "
                "by condition, with the article and the law's own words for each."
            ),
            t(
                "Not a decision of the Ministère de l'Immigration, de la Francisation et de "
                "l'Intégration: an officer weighs documents and facts this tool cannot see."
            ),
            t(
                "Your answers stay in this browser session. Nothing is saved on the server; "
                "close the tab and they are gone, unless you download them."
            ),
        )
    )
)
st.info(
    t(
        "At most {cap} foreign nationals are selected each year under this program (s. 4). "
        "Once a year's cap is reached, no more are selected that year; this tool cannot tell "
        "whether it was.",
        cap=t.number(dates.annual_cap),
    ),
    icon=":material/info:",
)
st.caption(
    t(
        "It was in effect from {start}. Program dates: {source}.",
        start=t.date(dates.in_force),
        source=source_of("program").as_dict(t.lang)["source"],
    )
)

files.resume_from_file()
