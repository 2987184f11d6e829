"""Text from answers or messages shown as text: Markdown is escaped so it renders inert."""

from __future__ import annotations

import re

# `&` too: unescaped, "R&amp;D" would show as "R&D" (Markdown decodes HTML entities).
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
# GitHub-flavoured Markdown turns a web or mail address found in plain text into a link, after
# escapes are read: an invisible zero-width space inside it keeps typed text from becoming one.
_ZWSP = "\u200b"
_AUTOLINKS = (
    (re.compile(r"://"), ":" + _ZWSP + "//"),
    (re.compile(r"(?i)\b(www)\."), r"\1" + _ZWSP + "."),
    (re.compile("@"), "@" + _ZWSP),
)


def md(text: str) -> str:
    """Escape every Markdown (and HTML-looking) character, and break what would become a link:
    a typed link, image or address stays text."""
    for pattern, replacement in _AUTOLINKS:
        text = pattern.sub(replacement, text)
    return _MARKDOWN.sub(r"\\\1", text)
