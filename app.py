"""Entry point and router: page setup, the language switch, and the pages.

Run with `streamlit run app.py`. The pages only ask, show and call `core`.
"""

import streamlit as st

from core.reference import ReferenceDataError, check_all_tables
from ui import chrome, files, focus, navigation, session

session.init()
t = session.t()

PAGES = {
    "welcome": st.Page("screens/welcome.py", title=t("Welcome"), url_path="home", default=True),
    "interview": st.Page("screens/interview.py", title=t("Questions"), url_path="questions"),
    "results": st.Page("screens/results.py", title=t("Results"), url_path="results"),
    "advisor": st.Page("screens/advisor.py", title=t("Advisor view"), url_path="advisor"),
}
navigation.register(PAGES)
# The default page lives at the root address; /welcome (a bookmark, a link) is the same page
# under its own name, kept out of the menu (Streamlit said "Page not found" there otherwise).
WELCOME_ADDRESS = st.Page(
    "screens/welcome.py", title=t("Welcome"), url_path="welcome", visibility="hidden"
)
page = st.navigation([*PAGES.values(), WELCOME_ADDRESS], position="top")
# One page setup per run, decided here from the page about to run: the advisor view is wide,
# the others centred. (The advisor page once widened itself after this centred call; the
# browser then drew either of the two runs' layouts, and the view flipped on a click.)
st.set_page_config(
    page_title="IA · TI · EV — auto-évaluation / self-assessment",
    page_icon="⚖️",
    layout="wide" if page is PAGES["advisor"] else "centered",
    initial_sidebar_state="collapsed",
)
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
