"""Streamlit's insides that the app reaches into, in one place: every selector of its page
(test ids, attributes, the class of a keyed element), the English words its widgets show, and
the scripts and style sheets (ui/static/) that use them.

Each selector was seen in Streamlit 1.67.0 (pyproject.toml pins `streamlit~=1.67.0`). After an
upgrade, run tests/e2e/test_streamlit_dom.py: it opens, for each constant below, a page where
its element must be, and a failure names the constant that no longer finds it. Fix it here;
the style sheets and scripts read these constants (nowhere else writes a selector).

In a style sheet of ui/static/, `${NAME}` stands for the constant NAME of this module; a
script of ui/static/ is the body of a function given `DOM` (these constants) and `ARGS` (its
own values).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from string import Template

# --- Selectors and attributes (one constant each; the browser test has a case for each) ----

APP = "[data-testid='stApp']"  # the whole app; carries the connection and script states
CONNECTION_STATE = "data-test-connection-state"  # APP's attribute: "CONNECTED" while linked
MAIN = "[data-testid='stMain']"  # the main area, which scrolls (the document does not)
MAIN_BLOCK = "[data-testid='stMainBlockContainer']"  # the page's content column
ELEMENT = "[data-testid='stElementContainer']"  # the box around each element of the page
HTML = "[data-testid='stHtml']"  # what st.html draws, inside its ELEMENT
INPUT_INSTRUCTIONS = "[data-testid='InputInstructions']"  # "Press Enter to apply" by a field
PAGE_LINK = "[data-testid='stPageLink-NavLink']"  # the link of st.page_link
COLUMN = "[data-testid='stColumn']"  # one column of st.columns
SIDEBAR = "[data-testid='stSidebar']"  # the side panel: the page menu on a phone
SIDEBAR_NAV = "[data-testid='stSidebarNav']"  # the page menu in the side panel
SIDEBAR_CLOSE = "[data-testid='stSidebarCollapseButton'] button"  # the side panel's close
SIDEBAR_HEADER_BUTTON = "button[kind='headerNoPadding']"  # a header button (close, in SIDEBAR)
KEY_CLASS = "st-key-"  # class prefix of a keyed element: "st-key-" + key, [^A-Za-z0-9_-] → "-"

# Every selector above by its name: what the scripts get as `DOM`, what the browser test
# checks one by one.
SELECTORS: dict[str, str] = {
    name: value
    for name, value in dict(globals()).items()
    if name.isupper() and isinstance(value, str)
}

# --- Streamlit's own words inside its widgets, in French --------------------------------
# The app sets every other word itself. A fixed list, applied by ui/static/translate.js to
# text, aria-labels, titles and placeholders on each change of the page.
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

# --- The scripts and style sheets, read once ----------------------------------------------

STATIC = Path(__file__).resolve().parent / "static"
SCRIPTS = {path.stem: path.read_text(encoding="utf-8") for path in sorted(STATIC.glob("*.js"))}
# A script whose comment held "<html lang=...>" never ran (Streamlit 1.67): no tag-like text
# in a script, found here rather than as a script that silently never runs.
for _name, _source in SCRIPTS.items():
    if re.search(r"<[A-Za-z/!?]", _source):
        raise ValueError(f"ui/static/{_name}.js holds tag-like text (a '<' before a letter)")
# An unknown ${NAME} fails here, at import, rather than as a rule that quietly matches nothing.
STYLES = {
    path.stem: Template(path.read_text(encoding="utf-8")).substitute(SELECTORS)
    for path in sorted(STATIC.glob("*.css"))
}


def _json(value: object) -> str:
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def script(name: str, **args: object) -> str:
    """ui/static/<name>.js as a <script> element, run with `DOM` and `ARGS` (JSON values)."""
    return (
        f"<script>(function (DOM, ARGS) {{\n{SCRIPTS[name]}}})"
        f"({_json(SELECTORS)}, {_json(args)});</script>"
    )


def style(name: str) -> str:
    """ui/static/<name>.css as a <style> element, its ${NAME}s replaced by the selectors."""
    return f"<style>\n{STYLES[name]}</style>"
