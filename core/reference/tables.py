"""The reference tables themselves: where they are, their envelope, and where a figure comes from.

Tables live in `core/data/*.json` under one envelope (source, dates, confidence, verify flag).
They are read once per process and shared read-only. A missing or corrupt table raises
`ReferenceDataError`: the app must refuse to assess rather than assess with a table missing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
ENVELOPE_KEYS = ("table", "source", "confidence", "verify", "entries")
TABLES = (
    "program",
    "occupations",
    "noc_common",
    "cmm_municipalities",
    "quebec_municipalities",
    "noc2021",
    "ineligible_sectors",
    "fees",
    "annex_c",
    "french_tests",
    "wage_thresholds",
    "official_links",
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
