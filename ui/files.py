"""Files the person chooses to take or bring: the answers file and the PDF report.

Nothing is written on the server: downloads are built in memory for this session, and an
uploaded file is read, checked, and either loaded into the session or refused with a message.
"""

from __future__ import annotations

import json
from datetime import date

import streamlit as st

from core.answers_file import AnswersFileError, error_message, parse_answers
from core.interview import first_open_step
from ui import navigation, session
from ui.text import md

UPLOAD_KEY = "upload_answers"
UPLOAD_ERROR = "upload_error"


def _file_date() -> str:
    return session.get("application_date") or date.today().isoformat()


def download_answers() -> None:
    t = session.t()
    data = json.dumps(session.data(), ensure_ascii=False, indent=2).encode("utf-8")
    st.download_button(
        t("Download my answers"),
        data=data,
        file_name=f"answers-ia-ti-ev-{_file_date()}.json",
        mime="application/json",
        key="download_answers",
        on_click="ignore",
        help=t(
            "Keep this file to continue later, or to show an advisor. It holds your answers only."
        ),
    )


def _report(answers, lang: str) -> bytes:
    from core.report import pdf_report  # fpdf loads only when a report is asked for (~0.2 s)

    return pdf_report(answers, lang)


def download_report() -> None:
    t = session.t()
    lang = session.lang()
    answers = session.assessment()
    st.download_button(
        t("Download the report (PDF)"),
        data=lambda: _report(answers, lang),  # built only when clicked
        file_name=f"report-ia-ti-ev-{_file_date()}-{lang}.pdf",
        mime="application/pdf",
        key="download_report",
        on_click="ignore",
    )


def resume_from_file() -> None:
    """Continue from an answers file: the answers in the session are kept if it is refused."""
    t = session.t()

    def uploaded() -> None:
        file = st.session_state.get(UPLOAD_KEY)
        if file is None:
            return
        try:
            answers = parse_answers(file.getvalue())
        except AnswersFileError as error:
            st.session_state[UPLOAD_ERROR] = error
            return
        st.session_state.pop(UPLOAD_ERROR, None)
        session.replace_answers(answers.model_dump(mode="json", exclude_none=True))
        step = first_open_step(session.assessment())
        navigation.request("interview" if step else "results", step)

    st.file_uploader(
        t("Continue from a file"),
        type=["json"],
        key=UPLOAD_KEY,
        on_change=uploaded,
        help=t(
            "An answers file downloaded from this tool. It is read in this "
            "session only, never stored."
        ),
    )
    error = st.session_state.get(UPLOAD_ERROR)
    if error is not None:
        st.error(
            t(
                "This file was not loaded: {reason}. Your current answers are unchanged.",
                reason=md(error_message(error, session.lang())),
            ),
            icon="⚠️",
        )


def clear_answers() -> None:
    """For a shared computer: forget every answer of this session and start again."""
    st.session_state[session.ANSWERS] = {"schema_version": 1}
    session.forget_widgets("q:")
    for key in (session.STEP, UPLOAD_ERROR, UPLOAD_KEY):
        st.session_state.pop(key, None)
    navigation.request("welcome")


def clear_button() -> None:
    t = session.t()
    st.button(
        t("Clear my answers"),
        key="clear_answers",
        on_click=clear_answers,
        help=t("On a shared computer: forget every answer of this session now."),
    )
