"""What every page shows: the language switch and the document's language."""

from __future__ import annotations

import streamlit as st

from core.i18n import LANGS
from ui import session, streamlit_dom

LANG_NAMES = {"fr": "Français", "en": "English"}
SWITCH_KEY = "lang_switch"
PINNED = ("q:", "search:", "pick:", "which:", "prefill:", "date_choice")  # widgets whose value must survive a switch


def language_switch() -> None:
    """A switch on every page, in the header's right end (where the page menu is on the left);
    answers live apart from widgets, so nothing is lost."""

    def changed() -> None:
        st.session_state[session.LANG] = st.session_state[SWITCH_KEY]
        # Radios and select boxes send back their option's *label*; after the switch the
        # browser still holds the old language's label, matches no option, and the widget
        # would reset to nothing. Setting each value from the server pins it.
        for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(PINNED)]:
            st.session_state[key] = st.session_state[key]

    # Pinned into the header by the style sheet below: it takes no room above the title.
    with st.container(key="lang_bar"):
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
    style()


def set_document_language(lang: str) -> None:
    """Streamlit writes <html lang="en">; set it to the chosen language (whitelisted value)."""
    value = lang if lang in LANGS else "fr"
    st.html(streamlit_dom.script("document_language", lang=value), unsafe_allow_javascript=True)


# The same on every run and in both languages: the browser keeps this element as it is.
# (Inside one element with the words, a language switch replaced the style sheet too, and
# the browser worked out the style of the whole page again.)
_PAGE_WIDE = (
    streamlit_dom.style("chrome")
    + streamlit_dom.script("translate")
    + streamlit_dom.script("reconnected")
)


def style() -> None:
    """Page-wide presentation: the highlighted question, no English hint under fields, a title
    that leaves room for the first question on a phone, Streamlit's words in French, the page
    menu closed after a choice on a phone, and a clear word when the server was lost."""
    t = session.t()
    words = streamlit_dom.STREAMLIT_WORDS_FR if t.lang == "fr" else {}
    lost = {
        "text": t(
            "The connection to the server was lost, and with it the answers of this session "
            "(nothing is kept on the server). Reload the page, then continue from your "
            "downloaded answers file on the welcome page."
        ),
        "button": t("Reload the page"),
    }
    st.html(_PAGE_WIDE, unsafe_allow_javascript=True)
    # What a language switch changes: the words only.
    st.html(streamlit_dom.script("words", words=words, lost=lost), unsafe_allow_javascript=True)
