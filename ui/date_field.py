"""The application date as one typed field (the advisor view), on the welcome page's rules:
typed, nothing assumed; a refused entry keeps what was typed, stores no date and says why."""

from __future__ import annotations

from datetime import date

import streamlit as st

from core.i18n import parse_day
from ui import session

EARLIEST, LATEST = date(2015, 1, 1), date(2035, 12, 31)  # the welcome page's bounds
KEY = "advisor_date"
SEEN = "advisor_date_seen"  # the stored date the field last showed
ERROR = "advisor_date_error"
_UNSET = "-"


def _typed() -> None:
    text = (st.session_state.get(KEY) or "").strip()
    try:
        value = parse_day(text)
        if not EARLIEST <= value <= LATEST:
            raise ValueError(text)
    except ValueError:
        session.set_value("application_date", None)
        st.session_state[ERROR] = bool(text)  # an emptied field is no error, just no date
    else:
        st.session_state.pop(ERROR, None)
        session.set_value("application_date", value.isoformat())
    st.session_state[SEEN] = session.get("application_date")


def application_date_field() -> date | None:
    """Draw the field; return the date chosen, or None while there is none."""
    t = session.t()
    stored = session.get("application_date")
    if st.session_state.get(SEEN, _UNSET) != stored:
        # Changed elsewhere (a file loaded, the welcome page, a new client): show it.
        st.session_state[KEY] = stored or ""
        st.session_state.pop(ERROR, None)
        st.session_state[SEEN] = stored
    st.text_input(
        t("Application date (year-month-day)"),
        key=KEY,
        on_change=_typed,
        placeholder=t("YYYY-MM-DD"),
        help=t(
            "All the “within N months before the application” periods are counted back "
            "from this date."
        ),
    )
    if st.session_state.get(ERROR):
        st.error(
            t(
                "Application date: type a date between {earliest} and {latest}, as "
                "year-month-day (for example 2025-05-15).",
                earliest=t.date(EARLIEST),
                latest=t.date(LATEST),
            ),
            icon=":material/error:",
        )
    try:
        return date.fromisoformat(stored) if stored else None
    except ValueError:
        return None
