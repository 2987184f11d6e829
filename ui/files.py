"""Files the person chooses to take or bring: the answers file and the PDF report.

Nothing is written on the server: downloads are made in memory when the person clicks (never
published before), and an uploaded file is read, checked, and either loaded into the session or
refused with a message.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import streamlit as st
from babel.lists import format_list

from core import paths
from core.answers_file import AnswersFileError, error_message, parse_answers
from core.i18n import N_, babel_locale
from core.interview import first_open_step
from core.questions import ENTRY_TITLES, SECTION_STEPS, question_for
from ui import confirm, navigation, session, streamlit_dom
from ui.labels import STEP_TITLES
from ui.text import md
from ui.widgets import label_of

UPLOAD_KEY = "upload_answers"
UPLOAD_ERROR = "upload_error"
RESUMED = "resumed_from_file"
EXAMPLE = "example_loaded"  # the example situation whose answers are in the session, if any
EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "examples"
EXAMPLES = {
    "ai-foreign-worker": N_("an AI engineer who came from abroad to work in Montréal"),
    "ai-quebec-graduate": N_("a master's graduate of a Québec university, hired in AI in Laval"),
    "it-vfx": N_("a visual-effects compositor in a Montréal studio"),
}


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
        # /media/ address as long as the session is kept: after a closed browser, 120 s and
        # until the next visit to the server (docs/deploy.md).
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
        st.session_state.pop(EXAMPLE, None)
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
            md(t("This file was not loaded; your current answers are unchanged."))
            + "  \n"
            + md(_refusal(error)),
            icon=":material/error:",
        )


def _refusal(error: AnswersFileError) -> str:
    """Why a file was refused, the field named as the interview words it."""
    t = session.t()
    question = question_for(paths.dotted(paths.file_parts(error.field))) if error.field else None
    if error.code == "extra_forbidden":  # the field words already say it is unknown
        expected = t("Is the file from this tool?")
    elif error.code in ("enum", "literal_error") and question is not None and question.options:
        choices = [str(t(label)) for _, label in question.options]
        expected = t(
            "One of the answers offered is expected: {choices}.",
            choices=format_list(choices, style="or", locale=babel_locale(t.lang)),
        )
    else:
        expected = error_message(error, session.lang(), with_field=False)
        expected = expected[:1].upper() + expected[1:]
    if expected[-1] not in ".?!":
        expected += "."
    if not error.field:
        return expected
    words = field_words(error.field)
    return f"{words[:1].upper()}{words[1:]} — {expected}"


def field_words(field: str) -> str:
    """A field of the answers file ("diplomas[0].level") as the interview asks it ("Diploma 1 —
    Level of the diploma"); a key the tool does not know is quoted as the file wrote it."""
    t = session.t()
    parts = paths.file_parts(field)
    names = [part for part in parts if isinstance(part, str)]
    entry = next((part + 1 for part in parts if isinstance(part, int)), None)
    in_entry = entry is not None and names and names[0] in ENTRY_TITLES
    question = question_for(paths.dotted(parts))
    unknown = t("a field this tool does not know (“{name}”)", name=_key_as_written(field, names))
    if in_entry:
        title = t(ENTRY_TITLES[names[0]], n=entry)
        if len(names) == 1:  # the entry as a whole (its dates disagree)
            return title
        words = label_of(question) if question is not None else unknown
        return f"{title} — {words}"
    if question is not None:
        return label_of(question)
    if names == ["application_date"]:
        return t("Application date (year-month-day)")
    if len(names) > 1 and names[0] in SECTION_STEPS:
        return f"{t(STEP_TITLES[SECTION_STEPS[names[0]]])} — {unknown}"
    return unknown


def _key_as_written(field: str, names: list[str]) -> str:
    """The unknown key itself, whole even when it holds dots or brackets: what follows the
    entry ("diplomas[0].") or the section ("job.") it sits in."""
    if "]." in field and names and names[0] in ENTRY_TITLES:
        return field.split("].", 1)[1]
    if names and names[0] in SECTION_STEPS and field.startswith(names[0] + "."):
        return field[len(names[0]) + 1 :]
    return field


def resumed_notice() -> None:
    """Right after a file is loaded: what was loaded and what is still to answer."""
    if not st.session_state.pop(RESUMED, None):
        return
    from core.results_view import loaded_message

    assessment = session.assessment()
    st.success(md(loaded_message(assessment.answers, assessment, session.t())), icon=":material/folder_open:")


def example_starts() -> None:
    """For a visitor with no file: three example situations, each one click to its results."""
    t = session.t()
    with st.container(border=True, key="examples"):
        st.markdown("**" + t("Try an example") + "**")
        st.caption(
            t(
                "Each loads the answers of a fictional person and opens the results. You can "
                "change any answer, or clear them to start with your own."
            )
        )
        for name, situation in EXAMPLES.items():
            st.button(
                t("Example: {situation}", situation=t(situation)),
                key=f"example:{name}",
                on_click=_load_example,
                args=(name,),
                icon=":material/science:",
            )


def _load_example(name: str) -> None:
    answers = parse_answers((EXAMPLES_DIR / f"{name}.json").read_bytes())
    data = answers.model_dump(mode="json", exclude_none=True)
    data.pop("notes", None)  # the file's English note for developers, not the person's words
    session.replace_answers(data)
    for key in (session.STEP, UPLOAD_ERROR, RESUMED):
        st.session_state.pop(key, None)
    st.session_state[EXAMPLE] = name
    navigation.request("results")


def example_notice(*, advisor: bool = False) -> None:
    """While an example's answers are in the session, every screen says whose they are (the
    advisor view names its own way out: "New client", where the others clear the answers)."""
    name = st.session_state.get(EXAMPLE)
    if name not in EXAMPLES:
        return
    t = session.t()
    situation = t(EXAMPLES[name])
    if advisor:
        text = t(
            "Example: these are the answers of a fictional person ({situation}), not a "
            "client's. Change any answer to explore, or choose New client to start with a "
            "client's own.",
            situation=situation,
        )
    else:
        text = t(
            "Example: these are the answers of a fictional person ({situation}), not yours. "
            "Change any answer to explore, or clear them to start with your own.",
            situation=situation,
        )
    st.info(text, icon=":material/science:")


def has_answers() -> bool:
    """Something answered beyond the application date."""
    return any(key not in ("schema_version", "application_date") for key in session.data())


CONFIRM_CLEAR = confirm.flag("clear")


def clear_answers() -> None:
    """For a shared computer: forget every answer of this session and start again."""
    st.session_state[session.ANSWERS] = {"schema_version": 1}
    session.forget_widgets("q:")
    for key in (
        session.STEP, UPLOAD_ERROR, UPLOAD_KEY, CONFIRM_CLEAR, RESUMED, EXAMPLE, session.ASSESSED
    ):
        st.session_state.pop(key, None)
    navigation.request("welcome")


def clear_button() -> None:
    """Clearing asks first: an answer lost by a slip of the mouse cannot be brought back."""
    t = session.t()
    confirm.ask_first(
        "clear",
        button=t("Clear my answers"),
        button_key="clear_answers",
        button_help=t("On a shared computer: forget every answer of this session now."),
        warning=t(
            "Clear every answer of this session? This cannot be undone. Download your "
            "answers first if you want to keep them."
        ),
        icon=":material/warning:",
        confirm=t("Yes, clear my answers"),
        on_confirm=clear_answers,
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
    st.html(
        streamlit_dom.script("unsaved_guard", fingerprint=fingerprint), unsafe_allow_javascript=True
    )
