"""Files the person chooses to take or bring: the answers file and the PDF report.

Nothing is written on the server: downloads are made in memory when the person clicks (never
published before), and an uploaded file is read, checked, and either loaded into the session or
refused with a message.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

import streamlit as st

from core.answers_file import AnswersFileError, error_message, parse_answers
from core.interview import first_open_step
from ui import navigation, session
from ui.text import md

UPLOAD_KEY = "upload_answers"
UPLOAD_ERROR = "upload_error"
RESUMED = "resumed_from_file"


def _file_date() -> str:
    return session.get("application_date") or date.today().isoformat()


def download_answers(label: str | None = None, key: str = "download_answers") -> None:
    t = session.t()
    data = json.dumps(session.data(), ensure_ascii=False, indent=2).encode("utf-8")
    st.download_button(
        label or t("Download my answers"),
        # A function, not the bytes: Streamlit then publishes nothing under /media/ until the
        # person clicks, and the file it makes then belongs to no session, so it is deleted
        # after the next two page runs (anyone's). Bytes given here would stay at their
        # /media/ address as long as the session is kept, and a closed browser's session is
        # never ended in Streamlit 1.67 (docs/deploy.md).
        data=lambda: data,
        file_name=t("answers-ia-ti-ev-{date}.json", date=_file_date()),
        mime="application/json",
        key=key,
        on_click="ignore",
        help=t(
            "Keep this file to continue later, or to show an advisor. It holds your answers only."
        ),
    )


def _report(answers, lang: str, notes: str = "") -> bytes:
    from core.report import pdf_report  # fpdf loads only when a report is asked for (~0.2 s)

    return pdf_report(answers, lang, notes)


def download_report(notes: str = "") -> None:
    """`notes`: an advisor's notes, printed in the PDF (never in the answers file)."""
    t = session.t()
    lang = session.lang()
    answers = session.assessment()
    st.download_button(
        t("Download the report (PDF)"),
        data=lambda: _report(answers, lang, notes),  # built only when clicked
        file_name=t("report-ia-ti-ev-{date}.pdf", date=_file_date()),
        mime="application/pdf",
        key="download_report",
        on_click="ignore",
    )


def resume_from_file(
    *, move_on: bool = True, label: str | None = None, key: str = UPLOAD_KEY
) -> None:
    """Continue from an answers file: the answers in the session are kept if it is refused.
    `move_on`: then go to the first step still open, or the results (the advisor view stays).
    `key`: a new one shows an empty field (forgetting the old one's state leaves its file
    name on the screen)."""
    t = session.t()

    def uploaded() -> None:
        file = st.session_state.get(key)
        if file is None:
            return
        try:
            answers = parse_answers(file.getvalue())
        except AnswersFileError as error:
            st.session_state[UPLOAD_ERROR] = error
            return
        st.session_state.pop(UPLOAD_ERROR, None)
        session.replace_answers(answers.model_dump(mode="json", exclude_none=True))
        st.session_state[RESUMED] = True
        if move_on:
            step = first_open_step(session.assessment())
            navigation.request("interview" if step else "results", step)

    st.file_uploader(
        label or t("Continue from a file"),
        type=["json"],
        key=key,
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


def resumed_notice() -> None:
    """Right after a file is loaded: what was loaded and what is still to answer."""
    if not st.session_state.pop(RESUMED, None):
        return
    from core.results_view import loaded_message

    assessment = session.assessment()
    st.success(md(loaded_message(assessment.answers, assessment, session.t())), icon="📂")


def has_answers() -> bool:
    """Something answered beyond the application date."""
    return any(key not in ("schema_version", "application_date") for key in session.data())


CONFIRM_CLEAR = "confirm_clear"


def clear_answers() -> None:
    """For a shared computer: forget every answer of this session and start again."""
    st.session_state[session.ANSWERS] = {"schema_version": 1}
    session.forget_widgets("q:")
    for key in (session.STEP, UPLOAD_ERROR, UPLOAD_KEY, CONFIRM_CLEAR, RESUMED, session.ASSESSED):
        st.session_state.pop(key, None)
    navigation.request("welcome")


def clear_button() -> None:
    """Clearing asks first: an answer lost by a slip of the mouse cannot be brought back."""
    t = session.t()
    if not st.session_state.get(CONFIRM_CLEAR):
        st.button(
            t("Clear my answers"),
            key="clear_answers",
            on_click=lambda: st.session_state.update({CONFIRM_CLEAR: True}),
            help=t("On a shared computer: forget every answer of this session now."),
        )
        return
    with st.container(border=True, key="confirm_clear_box"):
        st.warning(
            t(
                "Clear every answer of this session? This cannot be undone. Download your "
                "answers first if you want to keep them."
            ),
            icon="⚠️",
        )
        with st.container(horizontal=True):
            st.button(t("Yes, clear my answers"), key="clear_confirmed", on_click=clear_answers)
            st.button(
                t("Cancel"),
                key="clear_cancelled",
                on_click=lambda: st.session_state.pop(CONFIRM_CLEAR, None),
            )


def guard_unsaved() -> None:
    """Leaving or reloading the page with answers not downloaded asks first (the browser's own
    dialog). The page holds a fingerprint of the answers, never the answers themselves."""
    answers = {k: v for k, v in session.data().items() if k not in ("schema_version",)}
    fingerprint = (
        hashlib.sha256(json.dumps(answers, sort_keys=True).encode()).hexdigest()[:16]
        if answers
        else ""
    )
    st.html(_GUARD.replace("__FP__", fingerprint), unsafe_allow_javascript=True)


_GUARD = """<script>
(() => {
  window.__answersFingerprint = "__FP__";
  if (window.__unsavedGuard) return;
  window.__unsavedGuard = true;
  document.addEventListener("click", (event) => {
    if (event.target.closest(".st-key-download_answers")) {
      window.__savedFingerprint = window.__answersFingerprint;
    }
  }, true);
  window.addEventListener("beforeunload", (event) => {
    const fp = window.__answersFingerprint;
    if (fp && fp !== window.__savedFingerprint) { event.preventDefault(); event.returnValue = ""; }
  });
})();
</script>"""
