"""Widgets bound to one answer each: they show the stored answer, store a valid change, and
explain a refused one inline (in the person's language) without losing what was typed.

Keys are "q:<answer path>", stable across languages: a translated label never resets a widget.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import streamlit as st

from core.answers_file import error_message
from core.i18n import N_, parse_amount
from core.interview import QUESTIONS_BY_PATH, Question
from core.reference import known_occupations, teer_of
from core.rules.base import REGISTRY
from ui import session

YES, NO, UNSURE = "yes", "no", "unsure"
TO_CHOICE = {True: YES, False: NO}
FROM_CHOICE = {YES: True, NO: False, UNSURE: None}
CHOICE_LABELS = {YES: N_("Yes"), NO: N_("No"), UNSURE: N_("Not sure")}
EARLIEST, LATEST = date(1950, 1, 1), date(2035, 12, 31)


def key_of(path: str) -> str:
    return f"q:{path}"


def why_asked(path: str) -> str:
    """The conditions and articles an answer feeds, for the widget's help."""
    t = session.t()
    question = QUESTIONS_BY_PATH.get(_generic(path)) or Question(_generic(path), "")
    feeds = [REGISTRY[cid] for cid in question.feeds]
    if not feeds:
        return t("Kept for your file and the report; it decides no condition by itself.")
    lines = [f"- {c.citation.render(t.lang)}: {t(c.label)}" for c in feeds]
    return t("Why this is asked — it feeds:") + "\n" + "\n".join(lines)


def _generic(path: str) -> str:
    """work_history.3.start → work_history; diplomas.0.level → diplomas."""
    return re.sub(r"\.\d+(\..*)?$", "", path)


def _store(path: str, value: Any) -> None:
    error = session.set_value(path, value)
    errors = st.session_state[session.ERRORS]
    if error is None:
        errors.pop(path, None)
    else:
        errors[path] = error


def show_error(path: str) -> None:
    """The refusal of what was typed, under the field (which the message need not name)."""
    error = st.session_state[session.ERRORS].get(path)
    if error is None:
        return
    if isinstance(error, str):
        st.error(session.t()(error), icon="⚠️")
    else:
        st.error(error_message(error, session.lang(), with_field=False), icon="⚠️")


def _fresh(path: str, key: str) -> None:
    """A widget drawn anew shows the stored answer, so an old refusal no longer applies."""
    if key not in st.session_state:
        st.session_state[session.ERRORS].pop(path, None)


def yes_no(path: str, label: str, *, help: str | None = None) -> bool | None:
    t = session.t()
    key = key_of(path)
    current = TO_CHOICE.get(session.get(path))

    def changed() -> None:
        _store(path, FROM_CHOICE.get(st.session_state[key]))

    st.radio(
        label,
        [YES, NO, UNSURE],
        index=None if current is None else [YES, NO].index(current),
        format_func=lambda c: t(CHOICE_LABELS[c]),
        key=key,
        horizontal=True,
        on_change=changed,
        help=help or why_asked(path),
    )
    show_error(path)
    return session.get(path)


def choice(
    path: str,
    label: str,
    options: Sequence[str],
    labels: dict[str, str],
    *,
    help: str | None = None,
    radio: bool = False,
) -> Any:
    t = session.t()
    key = key_of(path)
    current = session.get(path)
    index = list(options).index(current) if current in options else None

    def changed() -> None:
        _store(path, st.session_state[key])

    widget = st.radio if radio else st.selectbox
    extra = {} if radio else {"placeholder": t("Choose…")}
    widget(
        label,
        list(options),
        index=index,
        format_func=lambda c: t(labels[c]),
        key=key,
        on_change=changed,
        help=help or why_asked(path),
        **extra,
    )
    show_error(path)
    return session.get(path)


def number(
    path: str,
    label: str,
    *,
    minimum: float,
    maximum: float,
    help: str | None = None,
) -> float | None:
    """A small count (whole) or a measure like weekly hours (halves): min, max and value share
    one type, as st.number_input requires; the stored answer may be a JSON string."""
    key = key_of(path)
    whole = isinstance(minimum, int) and isinstance(maximum, int)
    kind = int if whole else float
    stored = session.get(path)

    def changed() -> None:
        value = st.session_state[key]
        _store(path, None if value is None else (int(value) if whole else str(value)))

    st.number_input(
        label,
        min_value=kind(minimum),
        max_value=kind(maximum),
        step=kind(1) if whole else 0.5,
        value=None if stored is None else kind(float(stored)),
        key=key,
        on_change=changed,
        help=help or why_asked(path),
    )
    show_error(path)
    return session.get(path)


def amount(path: str, label: str, *, help: str | None = None, cents: bool = False) -> Any:
    """Money typed the way people type it in their language, read by Babel."""
    t = session.t()
    key = key_of(path)
    stored = session.get(path)
    shown = "" if stored is None else t.money(Decimal(str(stored)), cents=cents or None)
    shown = shown.replace("$", "").replace("\u00a0", " ").strip()

    def changed() -> None:
        typed = st.session_state[key].strip()
        if not typed:
            _store(path, None)
            return
        try:
            value = parse_amount(typed, session.lang())
        except (ValueError, ArithmeticError):
            st.session_state[session.ERRORS][path] = N_(
                "Type an amount in figures, for example 100 000 or 100,000."
            )
            return
        _store(path, str(value))

    _fresh(path, key)
    st.text_input(
        label,
        value=shown,
        key=key,
        on_change=changed,
        help=help or why_asked(path),
        placeholder=t("e.g. {example}", example=t.money(Decimal("45.50") if cents else 95000)),
    )
    show_error(path)
    return session.get(path)


def text(path: str, label: str, *, help: str | None = None, max_chars: int = 500) -> str | None:
    key = key_of(path)

    def changed() -> None:
        _store(path, st.session_state[key].strip() or None)

    st.text_input(
        label,
        value=session.get(path) or "",
        key=key,
        on_change=changed,
        max_chars=max_chars,
        help=help or why_asked(path),
    )
    show_error(path)
    return session.get(path)


def day(path: str, label: str, *, help: str | None = None) -> date | None:
    key = key_of(path)
    stored = session.get(path)

    def changed() -> None:
        value = st.session_state[key]
        _store(path, value.isoformat() if value else None)

    st.date_input(
        label,
        value=date.fromisoformat(stored) if stored else None,
        min_value=EARLIEST,
        max_value=LATEST,
        format="YYYY-MM-DD",
        key=key,
        on_change=changed,
        help=help or why_asked(path),
    )
    show_error(path)
    stored = session.get(path)
    return date.fromisoformat(stored) if stored else None


NOC_IN_TEXT = re.compile(r"\b(\d{5})\b")


def noc_code(path: str, label: str) -> str | None:
    """Find a NOC 2021 code by its number or its title; any five-digit code is accepted."""
    t = session.t()
    key = key_of(path)
    occupations = known_occupations()
    current = session.get(path)
    options = list(occupations)
    if current and current not in occupations:
        options.append(current)

    def label_of(code: str) -> str:
        occupation = occupations.get(code)
        return f"{code} — {occupation.title(t.lang)}" if occupation else code

    def changed() -> None:
        picked = st.session_state[key]
        if picked is None:
            _store(path, None)
            return
        found = NOC_IN_TEXT.search(str(picked))
        if not found:
            st.session_state[session.ERRORS][path] = N_(
                "Type a five-digit NOC 2021 code (e.g. 21232) or pick an occupation in the list."
            )
            return
        _store(path, found.group(1))

    _fresh(path, key)
    st.selectbox(
        label,
        options,
        index=options.index(current) if current in options else None,
        format_func=label_of,
        key=key,
        on_change=changed,
        accept_new_options=True,
        placeholder=t("Type a code or a job title…"),
        help=why_asked(path),
    )
    show_error(path)
    code = session.get(path)
    if code:
        occupation = occupations.get(code)
        art12 = occupation is not None and occupation.art12_item is not None
        st.caption(
            t("TEER (FEER) {teer}, from the 2nd digit of the code.", teer=teer_of(code))
            + " "
            + (
                t("One of the eligible occupations of art. 12.")
                if art12
                else t("Not one of the eligible occupations of art. 12.")
            )
        )
    return code


def section_help(paths: Sequence[str]) -> None:
    """A caption saying which conditions a whole section feeds (lists have no single widget)."""
    st.caption(" ".join(why_asked(p).replace("\n", " ") for p in paths))
