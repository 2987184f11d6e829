"""One French typesetting rule, applied by one function wherever text is produced.

French (Québec, OQLF):
- a no-break space (U+00A0) before « : », after « and before », and between a number and « $ »;
- a decimal comma in numbers ("37,5", never "37.5"), article numbers excepted ("art. 7.1");
- one apostrophe: the straight one (the catalogs' own style);
- one spelling of each word: "autoévaluation" (OQLF), not "auto-évaluation".
English: dates are Babel's en_CA long style everywhere ("January 1, 2026"): nothing to change
here. Text is typeset, never reworded: figures, citations and web addresses are left as they are.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
# Spans left alone: web addresses, article citations ("art. 7.1 et 10.1", "s. 10.1"), versions,
# statute chapters ("C-37.01").
_PROTECTED = re.compile(
    r"https?://\S+"
    r"|\b(?:art|arts|s|ss|a)\.\s*\d+(?:\.\d+)*(?:\s*(?:,|et|and|à|to|ou|or)\s*\d+(?:\.\d+)*)*"
    r"|\b(?:articles?|sections?|version)\s+\d+(?:\.\d+)*"
    r"(?:\s*(?:,|et|and|à|to|ou|or)\s*\d+(?:\.\d+)*)*"
    r"|\b[A-Z]{1,2}-\d+(?:\.\d+)+"  # a statute's chapter: C-37.01, I-0.2.1 (not a number)
    r"|\{[^{}]*\}",  # a placeholder of a message template: filled later
    re.IGNORECASE,
)
_COLON = re.compile(r"(?<=[^\s(\[/:])[ \u00a0\u202f\u2009]*:(?=\s|$|\*|»|\))")
_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f\u2009]*")
_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f\u2009]*»")
_DOLLAR = re.compile(r"(?<=[\d}\ue001])[ \u202f\u2009]?\$")
_DECIMAL_POINT = re.compile(r"(?<![\w.,])(\d+)\.(\d+)(?![\w.])")
_SPELLING = (("auto-évaluation", "autoévaluation"), ("Auto-évaluation", "Autoévaluation"))


def typeset(text: str, lang: str) -> str:
    """French typography for `text` (English is returned as is)."""
    if lang != "fr" or not text:
        return text
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    text = _typeset_plain(_PROTECTED.sub(keep, text))
    return _TOKEN.sub(lambda match: kept[int(match.group(1))], text)


_TOKEN = re.compile("\ue000([0-9]+)\ue001")


def _typeset_plain(text: str) -> str:
    if not text:
        return text
    text = text.replace("\u2019", "'")
    for wrong, right in _SPELLING:
        text = text.replace(wrong, right)
    text = _COLON.sub(NBSP + ":", text)
    text = _OPEN_QUOTE.sub("«" + NBSP, text)
    text = _CLOSE_QUOTE.sub(NBSP + "»", text)
    text = _DOLLAR.sub(NBSP + "$", text)
    return _DECIMAL_POINT.sub(r"\1,\2", text)


def typeset_template(template: str, lang: str) -> str:
    """A message template, typeset before its placeholders are filled."""
    return typeset(template, lang)


# --- Checks, for tests: what a French reader would see as a typesetting error -----------------

_CHECKS = (
    (re.compile(r"(?:^|[^\u00a0\u202f]):(?=\s|$|\*)"), "colon without a no-break space before it"),
    (re.compile(r"«(?![\u00a0\u202f])"), "« without a no-break space after it"),
    (re.compile(r"(?<![\u00a0\u202f])»"), "» without a no-break space before it"),
    (re.compile(r"\d[ ]?\$"), "$ without a no-break space after the number"),
    (re.compile(r"(?<![\w.,])\d+\.\d+(?![\w.])"), "decimal point in a French number"),
    (re.compile(r"\u2019"), "curly apostrophe (the straight one is used)"),
    (re.compile(r"auto-évaluation", re.IGNORECASE), "auto-évaluation (OQLF: autoévaluation)"),
)


def french_typography_errors(text: str) -> list[str]:
    """Each typesetting error in French `text`, with a few characters around it."""
    found = []
    checked = _PROTECTED.sub(lambda match: "\ue001", text)
    for pattern, what in _CHECKS:
        for match in pattern.finditer(checked):
            start = max(0, match.start() - 25)
            found.append(f"{what}: …{checked[start : match.end() + 25]!r}…")
    return found
