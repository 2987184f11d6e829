"""Finding one's occupation (NOC 2021) by title or code, in the person's language.

A search field, then the matching occupations as choices: no free text is ever taken as a code
("Add: …"), and a five-digit code typed in full is taken as it is.
"""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from core.i18n import N_
from core.questions import Question
from core.reference import art12_occupations, known_occupations, normalize_place, teer_of
from ui import session, widgets

CODE = re.compile(r"^\s*([0-9]{5})\s*$")
LIMIT = 8


def _search(query: str, lang: str) -> list[str]:
    words = normalize_place(query).split()
    found = [
        code
        for code, occupation in known_occupations().items()
        if all(
            word in normalize_place(f"{code} {occupation.title_en} {occupation.title_fr or ''}")
            for word in words
        )
    ]
    return found[:LIMIT]


def title(code: str) -> str:
    occupation = known_occupations().get(code)
    return occupation.title(session.lang()) if occupation else code


def noc_field(path: str, question: Question) -> Any:
    """The search, the occupations found, and the one chosen, in one block keyed by the path."""
    with st.container(key=widgets.key_of(path)):
        return _noc_field(path, question)


def _noc_field(path: str, question: Question) -> Any:
    t = session.t()
    key, search_key = f"pick:{path}", f"search:{path}"
    current = session.get(path)

    def searched() -> None:
        found = CODE.match(st.session_state.get(search_key) or "")
        if found:  # a code typed in full is an answer in itself
            widgets._store(path, found.group(1))
            st.session_state.pop(key, None)

    st.text_input(
        widgets.label_of(question),
        key=search_key,
        on_change=searched,
        placeholder=t("Type a job title or a five-digit code, then Enter"),
        help=widgets.why_asked(question),
    )
    query = (st.session_state.get(search_key) or "").strip()
    searching = bool(query) and not CODE.match(query)
    codes = _search(query, session.lang()) if searching else []
    if searching and not codes:
        st.warning(
            t("No occupation found for “{query}”. Try another word, or type the code.",
              query=query),
            icon="🔎",
        )
    if codes:

        def picked() -> None:
            widgets._store(path, st.session_state[key])
            st.session_state[search_key] = ""  # the choice made, the list closes

        st.radio(
            t("Occupations found: choose yours"),
            codes,
            index=None,
            format_func=lambda code: f"{code} — {title(code)}",
            key=key,
            on_change=picked,
        )
    if current:
        art12 = art12_occupations().get(current) is not None
        occupation = f"{current} — {title(current)}"
        with st.container(key=f"current:{path}"):
            st.markdown(t("Your occupation: **{occupation}**", occupation=occupation))
        st.caption(
            t("FEER category {teer} (TEER in English), from the 2nd digit of the code.",
              teer=teer_of(current))
            + " "
            + (
                t("One of the eligible occupations of art. 12.")
                if art12
                else t("Not one of the eligible occupations of art. 12.")
            )
        )
    return current


NOT_FOUND = N_("No occupation found for “{query}”. Try another word, or type the code.")
