"""One client after another in the advisor view: the advisor's notes (for the PDF only) and
"New client", which offers this client's answers file, then forgets everything of them."""

from __future__ import annotations

import streamlit as st

from ui import confirm, date_field, files, session, steps

NOTES_KEY = "advisor_notes"  # widget state only: this session's memory, never a file or a log
NEW_CLIENT = "new_client"  # the confirmation box: ui/confirm.py
CONFIRM = confirm.flag(NEW_CLIENT)
CLIENT = "advisor_client"  # how many clients this session has had: a new uploader for each


def upload_key() -> str:
    """The file field's key for this client (the first one keeps the app's usual key)."""
    number = st.session_state.get(CLIENT, 0)
    return files.UPLOAD_KEY if number == 0 else f"{files.UPLOAD_KEY}_{number}"


def notes() -> str:
    t = session.t()
    return st.text_area(
        t("Advisor's notes (printed in the PDF only)"),
        key=NOTES_KEY,
        height=100,
        help=t(
            "Printed in the report (PDF) under the verdicts. Never in the answers file, never "
            "kept by the server after this session."
        ),
    )


def _start_over() -> None:
    """Forget the client: answers (the date with them), the notes, the file loaded, the order
    the questions were shown in; the PDF is built from the answers, so it goes too."""
    st.session_state.pop(upload_key(), None)
    st.session_state[CLIENT] = st.session_state.get(CLIENT, 0) + 1
    st.session_state[session.ANSWERS] = {"schema_version": 1}
    session.forget_widgets("q:")
    steps.forget_order()
    for key in (
        NOTES_KEY,
        CONFIRM,
        session.STEP,
        session.ASSESSED,
        files.UPLOAD_KEY,
        files.UPLOAD_ERROR,
        files.RESUMED,
        files.EXAMPLE,
        date_field.ERROR,
    ):
        st.session_state.pop(key, None)
    st.session_state[date_field.KEY] = ""
    st.session_state[date_field.SEEN] = None


def client_actions() -> None:
    """The client's answers file to download, and "New client" (asks first, offering it)."""
    t = session.t()

    def download() -> None:
        files.download_answers(t("Download the client's answers"))

    if not confirm.asking(NEW_CLIENT):
        download()
    confirm.ask_first(
        NEW_CLIENT,
        button=t("New client"),
        button_key="new_client",
        button_help=t("Clears this client's answers, date, notes and report from the screen."),
        warning=t(
            "Start with a new client? Everything of this client leaves the screen and "
            "this session. Download their answers first to keep them."
        ),
        icon=":material/error:",
        confirm=t("Clear and start the next client"),
        on_confirm=_start_over,
        confirm_type="primary",
        in_box=download,
    )
