"""Per-session state: the language and the answers, kept in `st.session_state` only.

Answers are personal data: they live in this session (and in files the person downloads),
never on the server's disk, in a shared cache, in a log line or in the URL.
The answers dict is the single source of truth; widgets are re-seeded from it on each
render, so nothing is lost when a step, the language or the page changes.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import streamlit as st
from pydantic import ValidationError

from core import paths
from core.answers import SCHEMA_VERSION, Answers
from core.answers_file import AnswersFileError, answers_from_data
from core.assess import Assessment, assess
from core.i18n import Translator, lang_of

ANSWERS = "answers"
LANG = "lang"
ERRORS = "field_errors"
STEP = "step"
ASSESSED = "_assessed"  # (the answers as JSON, the day, their assessment): this session's own


def init() -> None:
    state = st.session_state
    if ANSWERS not in state:
        state[ANSWERS] = {"schema_version": SCHEMA_VERSION}
    if LANG not in state:
        state[LANG] = lang_of(_browser_locale())
    state.setdefault(ERRORS, {})


def _browser_locale() -> str | None:
    try:
        return st.context.locale
    except Exception:  # noqa: BLE001 - no browser context (e.g. bare script run)
        return None


def lang() -> str:
    return st.session_state.get(LANG, "fr")


def t() -> Translator:
    """A translator for this session's language, looked up per call (never process-wide)."""
    return Translator(lang())


def data() -> dict[str, Any]:
    return st.session_state[ANSWERS]


def answers() -> Answers:
    """The answers as the model; fields that fail validation were never stored."""
    return Answers.model_validate(data())


def assessment() -> Assessment:
    """The assessment of this session's answers today. Kept in this session only (never a
    shared cache) and reused while the answers and the day are the same: a page asked for it
    up to three times a run (the page, the report button, a callback)."""
    today = date.today()
    text = json.dumps(data(), sort_keys=True)
    kept = st.session_state.get(ASSESSED)
    if kept is not None and kept[0] == text and kept[1] == today:
        return kept[2]
    result = assess(answers(), today=today)
    st.session_state[ASSESSED] = (text, today, result)
    return result


def application_date() -> date:
    """The date the file is assessed at: the one chosen, else today (as the core does)."""
    chosen = get("application_date")
    try:
        return date.fromisoformat(chosen) if chosen else date.today()
    except ValueError:
        return date.today()



def get(path: str) -> Any:
    return paths.read(data(), path)


def set_value(path: str, value: Any) -> AnswersFileError | None:
    """Store one answer if the whole file stays valid; otherwise keep the old one and say why."""
    candidate = copy.deepcopy(data())
    paths.write(candidate, path, value)
    try:
        answers_from_data(candidate)
    except AnswersFileError as error:
        return error
    except ValidationError:  # pragma: no cover - answers_from_data wraps these
        raise
    st.session_state[ANSWERS] = candidate
    return None


def replace_answers(new: dict[str, Any]) -> None:
    """Load a whole answers dict (already validated) and re-seed every widget from it."""
    st.session_state[ANSWERS] = new
    forget_widgets("q:")


def forget_widgets(prefix: str) -> None:
    """Drop widget state under a prefix, so widgets re-read the answers (e.g. after a removal)."""
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(prefix)]:
        del st.session_state[key]
    errors = st.session_state.get(ERRORS, {})
    for key in [k for k in errors if k.startswith(prefix[2:])]:
        del errors[key]
