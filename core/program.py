"""The program's dates, cap and rules version, read from `data/program.json`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from core.i18n import N_
from core.reference import load_table

# A message id too: shown translated; the JSON output carries it as is.
RULES_VERSION = N_("RLRQ c. I-0.2.1, r. 8 — A.M. 2021-002 as amended by A.M. 2023-002")


@dataclass(frozen=True)
class ProgramDates:
    in_force: date  # art. 1 (A.M. 2021-002)
    repealed: date  # art. 14: "Le présent programme est abrogé le 1er janvier 2026."
    annual_cap: int  # art. 4
    amended: date | None = None  # A.M. 2023-002 in force (most probably; medium)
    amended_published: date | None = None  # A.M. 2023-002 in the Gazette officielle


@cache
def program_dates() -> ProgramDates:
    table = load_table("program")
    events = {entry["event"]: entry for entry in table["entries"]}
    return ProgramDates(
        in_force=date.fromisoformat(events["in_force"]["date"]),
        repealed=date.fromisoformat(events["repealed"]["date"]),
        annual_cap=int(table["annual_cap"]),
        amended=_day(events["amended"].get("date")),
        amended_published=_day(events["amended"].get("published")),
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def before_amendment(day: date) -> bool:
    """Whether the 2021 text (A.M. 2021-002, NOC 2016) still applied on `day`."""
    amended = program_dates().amended
    return amended is not None and day < amended


def in_force_on(day: date) -> bool:
    dates = program_dates()
    return dates.in_force <= day < dates.repealed
