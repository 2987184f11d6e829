"""The scan for English in the French interface, one for every browser test that walks it.

It reads every visible word of the page (icons hidden from screen readers are glyphs, not words)
and every screen-reader label, placeholder, tooltip and alt text, then reports English words, a
file size in English units and emoji (a glyph a font may lack). What the person typed (job
titles, diploma names) is theirs, in whatever language, and is left out; so are the language
switch's own words.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page

# Words that are English and never French, Streamlit's own included (Upload, Browse, Press…),
# compared in lower case.
ENGLISH_WORDS = {
    "the", "and", "your", "you", "with", "from", "this", "that", "which", "what", "for",
    "upload", "browse", "drag", "drop", "press", "enter", "apply", "choose", "increment",
    "decrement", "error", "number", "outside", "allowed", "range", "files", "file", "open",
    "close", "step", "next", "back", "yes", "eligible", "cannot", "tell", "yet", "help",
    "search", "clear", "select", "deploy", "running", "stop", "settings", "skip", "sidebar",
    "collapse", "expand", "show", "hide", "view", "download", "results", "answer", "answers",
    "link", "heading", "icon", "salary", "wage", "hours", "level", "none", "other", "another",
    "month", "months", "day", "days", "year", "years", "not", "of", "to", "is", "are", "was",
    "were", "be", "if", "limit", "per", "copy", "clipboard", "loading", "connecting", "stream",
    "diploma", "check_circle", "cancel",
}  # fmt: skip
# Words French shares in lower case, English only when capitalised as a label would be.
ENGLISH_LABELS = re.compile(r"\b(?:No|Not sure|Change|App|Job)\b")
ENGLISH_UNITS = re.compile(r"\b\d+(?:\.\d+)?\s?(?:B|KB|MB)\b")  # French writes o, ko, Mo
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u26ff\u2705\u274c\u2753-\u2757\u2b50]")
BILINGUAL = ("English", "Langue / Language")  # the language switch names both languages

PAGE_WORDS_JS = """
() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const el = node.parentElement;
      const hidden = "[aria-hidden='true'], script, style, noscript, [data-testid='stIconMaterial']";
      if (!el || el.closest(hidden) || !el.checkVisibility({visibilityProperty: true}))
        return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue.trim()) found.push(["text", node.nodeValue]);
  }
  for (const el of document.body.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
    if (el.closest("[aria-hidden='true']")) continue;
    for (const attr of ["aria-label", "placeholder", "title", "alt"]) {
      const value = el.getAttribute(attr);
      if (value) found.push([attr, value]);
    }
  }
  return found;
}
"""


def typed_by_the_person(data: dict) -> list[str]:
    """Text the person typed (titles, names: strings with a space) in an answers file."""
    found: list[str] = []
    stack: list = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack += list(item.values())
        elif isinstance(item, list):
            stack += item
        elif isinstance(item, str) and " " in item:
            found.append(item)
    return found


def english_on_page(page: Page, theirs: list[str] = ()) -> list[str]:
    """Each English word, English unit or emoji on the page, with where it was read."""
    hits = []
    for where, text in page.evaluate(PAGE_WORDS_JS):
        for mine in (*theirs, *BILINGUAL):
            text = text.replace(mine, " ")
        for line in text.splitlines():
            words = {w.lower() for w in re.findall(r"[^\W\d]+", line)} & ENGLISH_WORDS
            found = sorted(words) + ENGLISH_LABELS.findall(line) + ENGLISH_UNITS.findall(line)
            found += EMOJI.findall(line)
            if found:
                hits.append(f"{where}: {line.strip()[:120]} ({', '.join(found)})")
    return hits
