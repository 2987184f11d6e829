"""Finding one's occupation (NOC 2021) by title or code, in the person's language.

A search field, then the matching occupations as choices: no free text is ever taken as a code
("Add: …"), and a five-digit code typed in full is taken as it is.
"""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from core.questions import Question
from core.reference import art12_occupations, known_occupations, search_occupations, teer_of
from ui import session, widgets
from ui.text import md

CODE = re.compile(r"^\s*([0-9]{5})\s*$")
LIMIT = 8


def _search(query: str, lang: str) -> dict[str, str]:
    """Code → how it is shown: the official title, and the example job title that matched."""
    t = session.t()
    found = {}
    for match in search_occupations(query, lang, limit=LIMIT):
        text = f"{match.code} — {match.title(lang)}"
        if match.kind == "example":
            text += " " + t("(for example: {job})", job=match.matched)
        found[match.code] = text
    return found


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
            widgets.store(path, found.group(1))
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
    found = _search(query, session.lang()) if searching else {}
    codes = list(found)
    if searching and not codes:
        st.warning(
            md(
                t(
                    "No occupation found for “{query}”. Try another word, or type the code.",
                    query=query,
                )
            ),
            icon=":material/search:",
        )
    if codes:

        def picked() -> None:
            widgets.store(path, st.session_state[key])
            st.session_state[search_key] = ""  # the choice made, the list closes

        st.radio(
            t("Occupations found: choose yours"),
            codes,
            index=None,
            format_func=lambda code: md(found.get(code, code)),
            key=key,
            on_change=picked,
        )
    if current:
        art12 = art12_occupations().get(current) is not None
        occupation = f"{current} — {title(current)}"
        with st.container(key=f"current:{path}"):
            st.markdown(t("Your occupation: **{occupation}**", occupation=occupation))
        st.caption(
            t("TEER category {teer}, from the 2nd digit of the code.",
              teer=teer_of(current))
            + " "
            + (
                t("One of the eligible occupations of s. 12.")
                if art12
                else t("Not one of the eligible occupations of s. 12.")
            )
        )
    return current

