"""One widget per kind of answer (core.questions.Kind), bound to one answer each.

A widget shows the stored answer, stores a valid change, and refuses an invalid one inline, in
the person's language and naming the field; a refused entry leaves the answer unanswered (never
an older value silently in use) while what was typed stays in the field to be corrected.
Keys are "q:<answer path>", stable across languages: a translated label never resets a widget.
Only widgets whose every word the app sets are used (text fields and radios): Streamlit's own
date, number and select widgets carry English words the app cannot translate.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import streamlit as st

from core.answers_file import error_message
from core.explain import render
from core.i18n import N_, parse_amount, parse_day
from core.interview import feeds
from core.questions import Kind, Question, mark_out_of
from core.rules.base import REGISTRY
from ui import session

YES, NO, UNSURE = "yes", "no", "unsure"
TO_CHOICE = {True: YES, False: NO}
FROM_CHOICE = {YES: True, NO: False, UNSURE: None}
CHOICE_LABELS = {YES: N_("Yes"), NO: N_("No"), UNSURE: N_("Not sure")}
EARLIEST, LATEST = date(1950, 1, 1), date(2035, 12, 31)


def key_of(path: str) -> str:
    return f"q:{path}"


def label_of(question: Question) -> str:
    """The question's wording in the person's language, at the application date."""
    return question.wording(session.t(), session.application_date())


def why_asked(question: Question) -> str:
    """The conditions and articles an answer feeds (folded in the widget's help)."""
    t = session.t()
    conditions = [REGISTRY[cid] for cid in feeds(question)]
    if not conditions:
        return t("Kept for your file and the report; it decides no condition by itself.")
    lines = [f"- {c.citation.render(t.lang)} — {render(t, c.label)}" for c in conditions]
    return t("Why this is asked:") + "\n" + "\n".join(lines)


def store(path: str, value: Any) -> None:
    """Keep a valid answer; a refused one leaves the answer unanswered, with its reason."""
    error = session.set_value(path, value)
    errors = st.session_state[session.ERRORS]
    if error is None:
        errors.pop(path, None)
    else:
        session.set_value(path, None)  # the refused entry is not an answer; nor is the old one
        errors[path] = error


def _refuse(path: str, msgid: str, **params: Any) -> None:
    """What was typed cannot be read: the answer becomes unanswered until it is fixed."""
    session.set_value(path, None)
    st.session_state[session.ERRORS][path] = (msgid, params)


def error_text(path: str) -> str | None:
    error = st.session_state[session.ERRORS].get(path)
    if error is None:
        return None
    if isinstance(error, tuple):
        msgid, params = error
        return session.t()(msgid, **params)
    return error_message(error, session.lang(), with_field=False)


def show_error(path: str) -> None:
    """The refusal of what was typed, under the field."""
    text = error_text(path)
    if text is not None:
        st.error(text, icon=":material/error:")


def _fresh(path: str, key: str) -> None:
    """A widget drawn anew shows the stored answer, so an old refusal no longer applies."""
    if key not in st.session_state:
        st.session_state[session.ERRORS].pop(path, None)


def _in_this_language(path: str, key: str) -> None:
    """After a language switch, a valid answer is shown again in the new language's format
    ("115 000" becomes "115,000"); a refused entry keeps what was typed, to be corrected."""
    drawn_in = "lang:" + key
    if (
        st.session_state.get(drawn_in) not in (None, session.lang())
        and key in st.session_state
        and path not in st.session_state[session.ERRORS]
    ):
        del st.session_state[key]
    st.session_state[drawn_in] = session.lang()


# --- one function per kind ----------------------------------------------------------------------


def yes_no(path: str, question: Question) -> Any:
    t = session.t()
    key = key_of(path)
    current = TO_CHOICE.get(session.get(path))

    def changed() -> None:
        store(path, FROM_CHOICE.get(st.session_state[key]))

    st.radio(
        label_of(question),
        [YES, NO, UNSURE],
        index=None if current is None else [YES, NO].index(current),
        format_func=lambda c: t(CHOICE_LABELS[c]),
        key=key,
        horizontal=True,
        on_change=changed,
        help=why_asked(question),
    )
    return session.get(path)


def option_text(label: str) -> str:
    """An option as a list shows it: a capital first letter, whatever its place in a sentence
    ("Baccalauréat" beside "DEP (…)"); the message keeps its lower case for use in sentences."""
    return label[:1].upper() + label[1:]


def choice(path: str, question: Question) -> Any:
    t = session.t()
    key = key_of(path)
    values = [value for value, _ in question.options]
    labels = dict(question.options)
    current = session.get(path)
    index = values.index(current) if current in values else None

    def changed() -> None:
        store(path, st.session_state[key])

    st.radio(
        label_of(question),
        values,
        index=index,
        format_func=lambda value: option_text(t(labels[value])),
        key=key,
        on_change=changed,
        help=why_asked(question),
        horizontal=all(len(str(t(label))) <= 3 for label in labels.values()),
    )
    return session.get(path)


def _typed_field(
    path: str,
    question: Question,
    shown: str,
    read: Callable[[str], Any],
    *,
    placeholder: str | None = None,
    max_chars: int | None = None,
) -> Any:
    """A text field whose typed text is read by `read` (which stores or refuses it)."""
    key = key_of(path)

    def changed() -> None:
        typed = (st.session_state[key] or "").strip()
        if not typed:
            store(path, None)
            st.session_state[session.ERRORS].pop(path, None)
            return
        read(typed)

    _fresh(path, key)
    _in_this_language(path, key)
    st.text_input(
        label_of(question),
        value=shown,
        key=key,
        on_change=changed,
        help=why_asked(question),
        placeholder=placeholder,
        max_chars=max_chars,
    )
    return session.get(path)


def day(path: str, question: Question) -> Any:
    t = session.t()
    stored = session.get(path)

    def read(typed: str) -> None:
        try:
            value = parse_day(typed)
        except ValueError:
            _refuse(path, N_("Type the date as year-month-day, for example {example}."),
                    example=_DATE_EXAMPLE)
            return
        if not EARLIEST <= value <= LATEST:
            _refuse(
                path,
                N_("Type a date between {earliest} and {latest}."),
                earliest=t.date(EARLIEST),
                latest=t.date(LATEST),
            )
            return
        store(path, value.isoformat())

    return _typed_field(path, question, stored or "", read, placeholder=t("YYYY-MM-DD"))


_DATE_EXAMPLE = "2025-05-15"


def amount(path: str, question: Question) -> Any:
    """Money typed the way people type it in their language, read by Babel."""
    t = session.t()
    cents = question.kind is Kind.HOURLY_WAGE
    stored = session.get(path)
    shown = "" if stored is None else t.money(Decimal(str(stored)), cents=cents or None)
    shown = shown.replace("$", "").replace("\u00a0", " ").replace("\u202f", " ").strip()

    def read(typed: str) -> None:
        try:
            value = parse_amount(typed, session.lang(), per_hour=cents)
        except (ValueError, ArithmeticError):
            _refuse(path, N_("Type an amount in figures, for example {example}."),
                    example=_plain(t.money(Decimal("45.50") if cents else 95000)))
            return
        store(path, str(value))

    # A salary-like example beside the money for 3 months of basic needs would mislead.
    example = _plain(t.money(Decimal("45.50") if cents else 95000))
    placeholder = None if path.startswith("family.") else t("e.g. {example}", example=example)
    return _typed_field(path, question, shown, read, placeholder=placeholder)


def _plain(money: str) -> str:
    return money.replace("\u00a0", " ").replace("\u202f", " ")


def number(path: str, question: Question) -> Any:
    """A count, a score, a percentage or hours: figures in the person's language. A mark may be
    typed as printed ("18/25") when the denominator is the exam's."""
    t = session.t()
    whole = question.kind is Kind.WHOLE_NUMBER
    low, high = question.bounds or (Decimal(0), Decimal(10**6))
    out_of = mark_out_of(session.answers(), path) if path.startswith("french.") else None
    stored = session.get(path)
    shown = "" if stored is None else t.number(Decimal(str(stored)))

    def read(typed: str) -> None:
        mark, slash, denominator = typed.partition("/")
        if slash:
            if denominator.strip() != str(out_of):
                _refuse_denominator(path, denominator.strip(), out_of)
                return
            typed = mark
        try:
            value = parse_amount(typed.replace("%", ""), session.lang())
        except (ValueError, ArithmeticError, InvalidOperation):
            value = None
        top = min(high, Decimal(out_of)) if out_of else high
        if value is None or not low <= value <= top or (whole and value != int(value)):
            _refuse(
                path,
                N_("Type a whole number from {low} to {high}.")
                if whole
                else N_("Type a number from {low} to {high}."),
                low=t.number(low),
                high=t.number(top),
            )
            return
        store(path, int(value) if whole else str(value))

    printed = _printed_example(out_of) if out_of else None
    example = t("e.g. {example}", example=printed) if printed else None
    return _typed_field(path, question, shown.replace("\u00a0", " "), read, placeholder=example)


def _printed_example(out_of: int) -> str:
    """A mark as an attestation prints it, out of the exam's denominator ("18/25")."""
    return f"{out_of * 18 // 25}/{out_of}"


def _refuse_denominator(path: str, typed: str, out_of: int | None) -> None:
    """A mark "over" something else than the exam's denominator: say what it is out of."""
    if out_of is None:
        _refuse(path, N_("This score is in points, with no “/”: type the points only."))
    else:
        _refuse(
            path,
            N_("This exam's mark is out of {out_of}, not {typed}: type it as {example}."),
            out_of=out_of,
            typed=typed or "?",
            example=_printed_example(out_of),
        )


def text(path: str, question: Question) -> Any:
    def read(typed: str) -> None:
        store(path, typed)

    return _typed_field(path, question, session.get(path) or "", read, max_chars=500)


def definition(question: Question) -> None:
    """What the question's term means, in plain words, right under it."""
    if question.definition:
        t = session.t()
        st.caption(render(t, question.definition))
