"""Text from answers or messages shown as text: Markdown is escaped so it renders inert."""

from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: str) -> str:
    """Escape every Markdown (and HTML-looking) character: a typed link or image stays text."""
    return _MARKDOWN.sub(r"\\\1", text)
