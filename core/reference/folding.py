"""Typed text folded for forgiving matching: accents, case, ligatures and punctuation.

Shared by the occupation search and the municipality matching, which fold the same way.
"""

from __future__ import annotations

import re
import unicodedata

LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_NOT_ALNUM_KEEP_LINES = re.compile(r"[^0-9a-z\n]+")


def normalize_text(text: str) -> str:
    """Accents, case and punctuation folded ("Développeurs/développeuses" → "developpeurs …")."""
    folded = unicodedata.normalize("NFKD", text.translate(LIGATURES))
    folded = folded.encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_NOT_ALNUM.sub(" ", folded).split())


def fold_lines(text: str) -> list[str]:
    """`normalize_text` of each line of a text, in one pass (the occupation index is built so)."""
    folded = unicodedata.normalize("NFKD", text.translate(LIGATURES))
    folded = folded.encode("ascii", "ignore").decode("ascii").lower()
    return [" ".join(line.split()) for line in _NOT_ALNUM_KEEP_LINES.sub(" ", folded).split("\n")]
