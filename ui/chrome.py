"""What every page shows: the language switch and the document's language."""

from __future__ import annotations

import streamlit as st

from core.i18n import LANGS
from ui import session

LANG_NAMES = {"fr": "Français", "en": "English"}
SWITCH_KEY = "lang_switch"


def language_switch() -> None:
    """A switch on every page; answers live apart from widgets, so nothing is lost."""

    def changed() -> None:
        st.session_state[session.LANG] = st.session_state[SWITCH_KEY]
        # Radios and select boxes send back their option's *label*; after the switch the
        # browser still holds the old language's label, matches no option, and the widget
        # would reset to nothing. Setting each value from the server pins it.
        for key in [k for k in st.session_state if isinstance(k, str) and k.startswith("q:")]:
            st.session_state[key] = st.session_state[key]

    _, right = st.columns([3, 2])
    with right:
        st.radio(
            "Langue / Language",
            list(LANGS),
            index=list(LANGS).index(session.lang()),
            format_func=LANG_NAMES.get,
            key=SWITCH_KEY,
            horizontal=True,
            on_change=changed,
            label_visibility="collapsed",
        )
    set_document_language(session.lang())


def set_document_language(lang: str) -> None:
    """Streamlit writes <html lang="en">; set it to the chosen language (whitelisted value)."""
    value = lang if lang in LANGS else "fr"
    st.html(
        f"<script>document.documentElement.lang = '{value}';</script>", unsafe_allow_javascript=True
    )
