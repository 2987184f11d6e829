"""Three-valued logic: met, not met, cannot tell yet.

An unanswered question is never a silent "no": a condition whose answers are missing is UNKNOWN,
and a way in is eligible only when every condition that applies is MET.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not-met"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not-applicable"  # the text excludes this condition for this person


def negate(value: bool | None) -> bool | None:
    return None if value is None else not value


def all_of(values: Iterable[bool | None]) -> bool | None:
    """Kleene AND: False wins, then None, then True."""
    result: bool | None = True
    for value in values:
        if value is False:
            return False
        if value is None:
            result = None
    return result


def any_of(values: Iterable[bool | None]) -> bool | None:
    """Kleene OR: True wins, then None, then False."""
    result: bool | None = False
    for value in values:
        if value is True:
            return True
        if value is None:
            result = None
    return result


def combine(statuses: Iterable[Status]) -> Status:
    """The status of a way in from the statuses of its conditions (not-applicable counts as met)."""
    result = Status.MET
    for status in statuses:
        if status is Status.NOT_MET:
            return Status.NOT_MET
        if status is Status.UNKNOWN:
            result = Status.UNKNOWN
    return result
