"""Entry point and router: page setup, the language switch, and the pages.

Run with `streamlit run app.py`. The pages only ask, show and call `core`.
"""

import streamlit as st

from core.reference import ReferenceDataError, check_all_tables
from ui import chrome, files, focus, navigation, session

st.set_page_config(
    page_title="IA · TI · EV — auto-évaluation / self-assessment",
    page_icon="⚖️",
    layout="centered",
    initial_sidebar_state="collapsed",
)
session.init()
t = session.t()

PAGES = {
    "welcome": st.Page("pages/welcome.py", title=t("Welcome"), url_path="welcome", default=True),
    "interview": st.Page("pages/interview.py", title=t("Questions"), url_path="questions"),
    "results": st.Page("pages/results.py", title=t("Results"), url_path="results"),
    "advisor": st.Page("pages/advisor.py", title=t("Advisor view"), url_path="advisor"),
}
navigation.register(PAGES)
page = st.navigation(list(PAGES.values()), position="top")
if navigation.pending():
    # A callback asked for another page: the page's first line switches to it, so this run is
    # cut short there. Drawing nothing before it keeps that run next to free.
    page.run()
chrome.language_switch()
files.guard_unsaved()

try:
    check_all_tables()
except ReferenceDataError as error:
    # Refuse to assess with a table missing rather than give a wrong answer.
    st.error(
        t(
            "The reference data of this tool could not be read, so nothing can be assessed. "
            "Please try again later."
        ),
        icon=":material/block:",
    )
    print(f"reference data error: {error}", flush=True)  # names a table; holds no answers
    st.stop()

page.run()
focus.apply()  # after the page: the step's top, or the question asked for
