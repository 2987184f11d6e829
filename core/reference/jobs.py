"""What the text asks of a job beyond its occupation: the published wage and the excluded sectors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from core.reference.tables import load_table


def wage_threshold_for(noc_code: str, day: date) -> tuple[Decimal | None, dict[str, Any] | None]:
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
