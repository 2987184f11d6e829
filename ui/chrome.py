"""What every page shows: the language switch and the document's language."""

from __future__ import annotations

import json

import streamlit as st

from core.i18n import LANGS
from ui import session

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
    st.html(
        f"<script>document.documentElement.lang = '{value}';</script>", unsafe_allow_javascript=True
    )


# Streamlit's own words inside its widgets, in French (the app sets every other word itself).
# A fixed list, applied to text, aria-labels, titles and placeholders on each change of the page.
STREAMLIT_WORDS_FR = {
    "Drag and drop file here": "Glissez-déposez le fichier ici",
    "Browse files": "Parcourir",
    "Upload": "Téléverser",
    "Press Enter to apply": "",
    "Open": "Ouvrir",
    "Close": "Fermer",
    "Clear all": "Tout effacer",
    "Delete": "Supprimer",
    "Copy to clipboard": "Copier",
    "Show password text": "Afficher",
    "Help": "Aide",
    "Skip to main content": "Passer au contenu principal",
    "Open sidebar": "Ouvrir le menu",
    "Close sidebar": "Fermer le menu",
    "Collapse sidebar": "Réduire le menu",
    "Expand sidebar": "Ouvrir le menu",
    "Sidebar": "Menu",  # the folded menu's screen-reader name on a phone
    "Running...": "En cours…",
    "Stop": "Arrêter",
    "Main menu": "Menu principal",
    "Link to heading": "Lien vers ce titre",
    "file upload": "téléversement d'un fichier",
    "Drag and drop files here": "Glissez-déposez les fichiers ici",
    "App pages": "Pages de l'application",
    "Fullscreen": "Plein écran",
    "Close fullscreen": "Quitter le plein écran",
    "Exit fullscreen": "Quitter le plein écran",
    "Download as PNG": "Télécharger en PNG",
    "Copy Vega-Lite spec": "Copier la spécification Vega-Lite",
    "__limit": "{size} par fichier",  # " • JSON" may be a separate text node
    "__sizes": {"B": "o", "KB": "ko", "MB": "Mo", "GB": "Go"},  # an uploaded file's "1.0KB"
    # A chart's toolbar names the chart after its action ("Fullscreen: <the chart's alt>").
    "__prefixes": {
        "Help for ": "Aide : ",
        "Download as PNG: ": "Télécharger en PNG : ",
        "Copy Vega-Lite spec: ": "Copier la spécification Vega-Lite : ",
        "Fullscreen: ": "Plein écran : ",
        "Close fullscreen: ": "Quitter le plein écran : ",
        "Exit fullscreen: ": "Quitter le plein écran : ",
    },
}


def style() -> None:
    """Page-wide presentation: the highlighted question, no English hint under fields, a title
    that leaves room for the first question on a phone, Streamlit's words in French, the page
    menu closed after a choice on a phone, and a clear word when the server was lost."""
    t = session.t()
    words = STREAMLIT_WORDS_FR if t.lang == "fr" else {}
    lost = {
        "text": t(
            "The connection to the server was lost, and with it the answers of this session "
            "(nothing is kept on the server). Reload the page, then continue from your "
            "downloaded answers file on the welcome page."
        ),
        "button": t("Reload the page"),
    }
    # The same on every run and in both languages: the browser keeps this element as it is.
    # (Inside one element with the words, a language switch replaced the style sheet too, and
    # the browser worked out the style of the whole page again.)
    st.html(_STYLE + _TRANSLATE + _RECONNECTED, unsafe_allow_javascript=True)
    # What a language switch changes: the words only.
    st.html(
        _WORDS.replace("__WORDS__", json.dumps(words, ensure_ascii=False)).replace(
            "__LOST__", json.dumps(lost, ensure_ascii=False)
        ),
        unsafe_allow_javascript=True,
    )


_WORDS = """<script>
window.__streamlitWords = __WORDS__;
window.__lostWords = __LOST__;
window.__translateAll && window.__translateAll();
</script>"""


_STYLE = """<style>
[data-testid="InputInstructions"] { display: none; }
/* No band above the title: the header (3.75rem) and a little air, not Streamlit's 8rem; the
   language switch sits in the header's right end; an element made of a script or a style
   sheet only takes no room (nor a gap) in the page. */
[data-testid="stMainBlockContainer"] { padding-top: 4.5rem; }
.st-key-lang_bar { position: fixed !important; top: .75rem; right: 1.5rem; z-index: 999991;
  width: auto !important; }
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > :is(script, style)):not(
  :has(> [data-testid="stHtml"] > :not(script, style))) { display: none; }
.session-lost { position: fixed; z-index: 999999; top: 0; left: 0; right: 0; padding: 1rem;
  background: #fff3cd; color: #3d2e00; border-bottom: 3px solid #b58100; font-size: 1rem; }
.session-lost p { margin: 0 0 .5rem; }
.session-lost button { padding: .4rem 1rem; border: 1px solid #3d2e00; border-radius: .4rem;
  background: #fff; color: #3d2e00; cursor: pointer; }
.answer-highlight { outline: 3px solid #ffbf47; outline-offset: 6px; border-radius: 4px; }
h1, [class*="st-key-q-"], [class*="st-key-entry-"] { scroll-margin-top: 5rem; }
/* A long official page title wraps instead of being cut at the edge. */
[data-testid="stPageLink-NavLink"] { height: auto; align-items: flex-start; }
[data-testid="stPageLink-NavLink"] p { white-space: normal; overflow: visible; text-overflow: clip; }
/* "Answer: …" links of the review read as links, not as grey text. */
.st-key-still_open button p { color: #1f4e99; text-decoration: underline; }
@media (max-width: 640px) {
  h1 { font-size: 1.6rem !important; line-height: 1.25 !important; }
  [data-testid="stMainBlockContainer"] { padding-top: 4rem; }
  .st-key-lang_bar { top: .8rem !important; right: .75rem !important; }
}
</style>"""

# Only what changed is looked at, in the observer's own callback (before the frame is painted).
# Walking the whole page one frame after every change cost ≈ 1 ms of script per Next (measured
# in Chromium), ≈ 0.2 ms this way, and no frame painted with Streamlit's English words.
_TRANSLATE = r"""<script>
(() => {
  if (window.__wordsObserver) return;
  const ATTRS = ["aria-label", "title", "placeholder"];
  const fixAttr = (el, attr, words) => {
    const value = el.getAttribute(attr);
    if (!value) return;
    if (value in words) { el.setAttribute(attr, words[value]); return; }
    for (const [english, french] of Object.entries(words.__prefixes || {})) {
      if (value.startsWith(english)) el.setAttribute(attr, french + value.slice(english.length));
    }
  };
  const fixText = (node, words) => {
    const text = node.nodeValue.trim();
    if (!text) return;
    if (text in words) { node.nodeValue = node.nodeValue.replace(text, words[text]); return; }
    const size = words.__sizes && /^(\d+(?:\.\d+)?)\s?(B|KB|MB|GB)$/.exec(text);
    if (size) {
      node.nodeValue = node.nodeValue.replace(text,
        size[1].replace(".", ",") + "\u00a0" + words.__sizes[size[2]]);
      return;
    }
    const limit = words.__limit && /^(?:Limit )?(\S+) per file(?: • (.+))?$/.exec(text);
    if (limit) node.nodeValue = words.__limit.replace("{size}", limit[1].replace("MB", "\u00a0Mo"))
      + (limit[2] ? " • " + limit[2] : "");
  };
  const fixTree = (root, words) => {
    if (root.nodeType === Node.TEXT_NODE) { fixText(root, words); return; }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    for (const attr of ATTRS) fixAttr(root, attr, words);
    for (const el of root.querySelectorAll("[aria-label], [title], [placeholder]")) {
      for (const attr of ATTRS) fixAttr(el, attr, words);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) fixText(node, words);
  };
  const active = () => {
    const words = window.__streamlitWords || {};
    return Object.keys(words).length ? words : null;
  };
  window.__translateAll = () => { const words = active(); if (words) fixTree(document.body, words); };
  window.__wordsObserver = new MutationObserver((records) => {
    const words = active();
    if (!words) return;
    for (const record of records) {
      if (record.type === "childList") {
        for (const node of record.addedNodes) if (node.isConnected) fixTree(node, words);
      } else if (record.type === "characterData") {
        fixText(record.target, words);
      } else if (record.type === "attributes") {
        fixAttr(record.target, record.attributeName, words);
      }
    }
  });
  window.__wordsObserver.observe(document.body, {subtree: true, childList: true, attributes: true,
    attributeFilter: ATTRS, characterData: true});
  window.__translateAll();
})();
</script>"""

# A session lives in one server process: after the connection drops and comes back, the page
# still shows the old answers while the server holds a new, empty session. Say so, plainly.
# The page menu (a side panel on a phone) closes once a page is chosen.
_RECONNECTED = """<script>
(() => {
  if (window.__reconnectWatch) return;
  window.__reconnectWatch = true;
  const app = document.querySelector("[data-testid='stApp']");
  let wasConnected = app && app.getAttribute("data-test-connection-state") === "CONNECTED";
  let lost = false;
  new MutationObserver(() => {
    const state = app.getAttribute("data-test-connection-state");
    if (state === "CONNECTED") {
      if (lost && !document.getElementById("session-lost")) {
        const box = document.createElement("div");
        box.id = "session-lost";
        box.setAttribute("role", "alert");
        box.className = "session-lost";
        const text = document.createElement("p");
        text.textContent = window.__lostWords.text;
        const button = document.createElement("button");
        button.textContent = window.__lostWords.button;
        button.addEventListener("click", () => window.location.reload());
        box.append(text, button);
        document.body.prepend(box);
      }
      wasConnected = true;
    } else if (wasConnected) {
      lost = true;
    }
  }).observe(app, {attributes: true, attributeFilter: ["data-test-connection-state"]});
  document.addEventListener("click", (event) => {
    if (window.innerWidth > 640 || !event.target.closest("[data-testid='stSidebarNav'] a")) return;
    setTimeout(() => {
      const close = document.querySelector("[data-testid='stSidebarCollapseButton'] button")
        || document.querySelector("[data-testid='stSidebar'] button[kind='headerNoPadding']");
      if (close) close.click();
    }, 0);
  }, true);
})();
</script>"""
