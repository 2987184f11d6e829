"""Reference tables (the figures and lists the text points to), each with its source and confidence.

Tables live in `core/data/*.json` under one envelope (source, dates, confidence, verify flag).
They are read once per process and shared read-only. A missing or corrupt table raises
`ReferenceDataError`: the app must refuse to assess rather than assess with a table missing.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

DATA_DIR = Path(__file__).resolve().parent / "data"
ENVELOPE_KEYS = ("table", "source", "confidence", "verify", "entries")
TABLES = (
    "program",
    "occupations",
    "noc_common",
    "cmm_municipalities",
    "ineligible_sectors",
    "fees",
    "annex_c",
    "french_tests",
    "wage_thresholds",
)


class ReferenceDataError(RuntimeError):
    """A reference table is missing or unreadable."""


@cache
def load_table(name: str) -> dict[str, Any]:
    try:
        raw = (DATA_DIR / f"{name}.json").read_text(encoding="utf-8")
        table = json.loads(raw)
    except (OSError, ValueError) as error:
        raise ReferenceDataError(
            f"reference table {name!r} is missing or corrupt: {error}"
        ) from error
    missing = [key for key in ENVELOPE_KEYS if key not in table]
    if missing or not isinstance(table.get("entries"), list):
        raise ReferenceDataError(
            f"reference table {name!r} lacks {', '.join(missing) or 'entries'}"
        )
    return table


def check_all_tables() -> None:
    """Load every table once; raises ReferenceDataError naming the first one that is unusable."""
    for name in TABLES:
        load_table(name)


@dataclass(frozen=True)
class SourceNote:
    """Where a figure comes from, shown beside it."""

    table: str
    source: str
    confidence: str
    verify: bool
    url: str | None = None
    source_fr: str | None = None

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "table": self.table,
            "source": (self.source_fr or self.source) if lang == "fr" else self.source,
            "confidence": self.confidence,
            "verify": self.verify,
            "url": self.url,
        }


@cache  # built from a reference table only: read-only, shared
def source_of(name: str, confidence: str | None = None) -> SourceNote:
    table = load_table(name)
    return SourceNote(
        table=name,
        source=table["source"],
        confidence=confidence or table["confidence"],
        verify=bool(table["verify"]),
        url=table.get("source_url"),
        source_fr=table.get("source_fr"),
    )


# --- Occupations (NOC 2021) -------------------------------------------------------------------


@dataclass(frozen=True)
class Occupation:
    code: str
    teer: int
    title_en: str
    title_fr: str | None
    art12_item: str | None = None  # e.g. "6.1°" for the art. 12 list
    condition: str | None = None  # "vfx" or "it_or_vfx" (art. 12)

    def title(self, lang: str) -> str:
        return (self.title_fr if lang == "fr" and self.title_fr else self.title_en) or self.code


@cache
def art12_occupations() -> dict[str, Occupation]:
    return {
        entry["code"]: Occupation(
            code=entry["code"],
            teer=int(entry["teer"]),
            title_en=entry["title_en"],
            title_fr=entry.get("title_fr"),
            art12_item=entry.get("art12_item"),
            condition=entry.get("condition"),
        )
        for entry in load_table("occupations")["entries"]
    }


@cache
def known_occupations() -> dict[str, Occupation]:
    """The art. 12 occupations and common others, to help people find their code by title."""
    found = {
        entry["code"]: Occupation(
            code=entry["code"],
            teer=int(entry.get("teer", int(entry["code"][1]))),
            title_en=entry.get("title_en") or entry["code"],
            title_fr=entry.get("title_fr"),
        )
        for entry in load_table("noc_common")["entries"]
    }
    found.update(art12_occupations())
    return dict(sorted(found.items()))


def teer_of(noc_code: str) -> int:
    """NOC 2021: the 2nd digit of a five-digit unit-group code is its TEER (FEER) category."""
    return int(noc_code[1])


# --- CMM municipalities (art. 7, par. 4°, b) ---------------------------------------------------


def normalize_place(name: str) -> str:
    """Case, accents, hyphens, apostrophes and "St-"/"Ste-" folded, for forgiving matching."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    for mark in "-–—'’`.,":
        text = text.replace(mark, " ")
    words = text.split()
    expand = {"st": "saint", "ste": "sainte", "mt": "mont"}
    words = [expand.get(word, word) for word in words]
    for prefix in (["ville", "de"], ["city", "of"], ["municipalite", "de"]):
        if words[: len(prefix)] == prefix and len(words) > len(prefix):
            words = words[len(prefix) :]
    return " ".join(words)


@dataclass(frozen=True)
class PlaceMatch:
    """The CMM status of a municipality: True inside, False known outside, None not decided."""

    typed: str
    name: str | None
    in_cmm: bool | None
    suggestions: tuple[str, ...] = ()


@cache
def _cmm_index() -> tuple[dict[str, str], dict[str, str]]:
    table = load_table("cmm_municipalities")
    inside = {normalize_place(entry["name"]): entry["name"] for entry in table["entries"]}
    # A borough or sector people give as their place counts as its member municipality.
    for alias, member in table.get("aliases", {}).items():
        inside.setdefault(normalize_place(alias), f"{member} ({alias})")
    outside_names = list(table.get("known_outside", [])) + list(
        table.get("not_member_territories", [])
    )
    outside = {normalize_place(name): name for name in outside_names}
    return inside, outside


def match_municipality(typed: str) -> PlaceMatch:
    """Decide only on a forgiving exact match; a near miss gives suggestions, never a verdict."""
    inside, outside = _cmm_index()
    key = normalize_place(typed)
    if key in inside:
        return PlaceMatch(typed, inside[key], True)
    if key in outside:
        return PlaceMatch(typed, outside[key], False)
    names, choices = _cmm_choices()
    near = process.extract(key, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=85)
    return PlaceMatch(typed, None, None, tuple(names[candidate] for candidate, _, _ in near))


@cache
def _cmm_choices() -> tuple[dict[str, str], list[str]]:
    """Every known name, inside and outside, for suggestions: built once (reference data)."""
    inside, outside = _cmm_index()
    names = {**inside, **outside}
    return names, list(names)


# --- Fees (art. 13) and Annexe C (art. 6, par. 3°) ----------------------------------------------


@dataclass(frozen=True)
class Fees:
    year: int
    principal: Decimal | None
    family_member: Decimal | None
    confidence: str | None


def fees_for(day: date) -> Fees:
    for entry in load_table("fees")["entries"]:
        if entry["year"] == day.year:
            return Fees(
                year=day.year,
                principal=_money(entry.get("principal")),
                family_member=_money(entry.get("family_member")),
                confidence=entry.get("confidence"),
            )
    return Fees(day.year, None, None, None)


def annex_c_amount(
    day: date, adults: int, children_under_18: int, dependent_18_plus: int
) -> tuple[Decimal | None, str | None]:
    """The Annexe C amount for this family in the application's year, when that figure is known.

    Never another year's figure: a 2016 amount is not a 2025 amount.
    Returns (amount or None, confidence).
    """
    amount, confidence, _source = annex_c_figure(day, adults, children_under_18, dependent_18_plus)
    return amount, confidence


_CONFIDENCE_ORDER = ("high", "medium", "low")


def annex_c_figure(
    day: date, adults: int, children_under_18: int, dependent_18_plus: int
) -> tuple[Decimal | None, str | None, str | None]:
    """(amount, confidence, source) of the Annexe C figure for this family and year, if known.

    Each cell carries its own source and confidence (an official 2020 cell is "high", a
    secondary 2024 one "medium"); an amount built from two figures takes the lower confidence.
    """
    table = load_table("annex_c")
    for entry in table["entries"]:
        if entry["year"] != day.year:
            continue
        base = None
        confidence = entry.get("confidence", table["confidence"])
        source = entry.get("source")
        for row in entry.get("rows", []):
            if row["children_under_18"] == children_under_18 and adults in (1, 2):
                base = row["one_adult" if adults == 1 else "two_adults"]
        for cell in entry.get("cells", []):
            if cell["adults"] == adults and cell["children_under_18"] == children_under_18:
                base = cell["amount"]
                confidence = cell.get("confidence", confidence)
                source = cell.get("source", source)
        if base is None:
            return None, None, None
        if dependent_18_plus:
            per_child = entry.get("per_dependent_child_18_plus")
            if per_child is None:
                return None, None, None
            base += per_child * dependent_18_plus
            child_confidence = entry.get("per_dependent_child_18_plus_confidence", confidence)
            confidence = max(confidence, child_confidence, key=_CONFIDENCE_ORDER.index)
        return Decimal(base), confidence, source
    return None, None, None


def wage_threshold_for(noc_code: str, day: date) -> tuple[Decimal | None, dict | None]:
    """The published 9th-decile hourly wage for an occupation at a date, if the table has it."""
    for entry in load_table("wage_thresholds")["entries"]:
        start = entry.get("effective_from")
        end = entry.get("effective_to")
        if entry.get("code") != noc_code:
            continue
        if start and day < date.fromisoformat(start):
            continue
        if end and day > date.fromisoformat(end):
            continue
        return Decimal(str(entry["hourly"])), entry
    return None, None


def ineligible_sectors() -> list[dict[str, str]]:
    return list(load_table("ineligible_sectors")["entries"])


def french_tables() -> list[dict[str, Any]]:
    return list(load_table("french_tests")["entries"])


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))
