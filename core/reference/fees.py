"""Fees (art. 13) and the Annexe C amounts of financial self-sufficiency (art. 6, par. 3°).

Only the application year's own figure is ever given: a 2016 amount is not a 2025 amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from core.reference.tables import SourceNote, load_table


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


_CONFIDENCE_ORDER = ("high", "medium", "low")


def annex_c_figure(
    day: date, adults: int, children_under_18: int, dependent_18_plus: int
) -> tuple[Decimal | None, str | None, SourceNote | None]:
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
        source, source_fr = entry.get("source"), entry.get("source_fr")
        for row in entry.get("rows", []):
            if row["children_under_18"] == children_under_18 and adults in (1, 2):
                base = row["one_adult" if adults == 1 else "two_adults"]
        for cell in entry.get("cells", []):
            if cell["adults"] == adults and cell["children_under_18"] == children_under_18:
                base = cell["amount"]
                confidence = cell.get("confidence", confidence)
                source, source_fr = cell.get("source", source), cell.get("source_fr", source_fr)
        if base is None:
            return None, None, None
        if dependent_18_plus:
            per_child = entry.get("per_dependent_child_18_plus")
            if per_child is None:
                return None, None, None
            base += per_child * dependent_18_plus
            child_confidence = entry.get("per_dependent_child_18_plus_confidence", confidence)
            confidence = max(confidence, child_confidence, key=_CONFIDENCE_ORDER.index)
        note = SourceNote(
            "annex_c",
            source or table["source"],
            confidence,
            bool(table["verify"]),
            table.get("source_url"),
            source_fr if source else table.get("source_fr"),
        )
        return Decimal(base), confidence, note
    return None, None, None


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))
