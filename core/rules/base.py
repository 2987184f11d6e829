"""What a condition is: its citation, the law's words, its comparator, and how it decides.

A rule module declares each condition once with `@condition(...)`, the provision's French words
in its `text_fr` (one copy); the verdict and the explanation both come from the `Outcome` its
function returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Union

from core.experience import Duration
from core.logic import Status
from core.reference import SourceNote
from core.rules.ids import ConditionId

if TYPE_CHECKING:
    from core.rules.facts import Facts


@dataclass(frozen=True)
class Citation:
    """Art. 7, par. 4°, subpar. b)."""

    article: str
    paragraph: str | None = None  # "4°"
    subparagraph: str | None = None  # "b)"

    def render(self, lang: str) -> str:
        if lang == "fr":
            parts = [f"art. {self.article}"]
            if self.paragraph:
                parts.append(f"par. {self.paragraph}")
            if self.subparagraph:
                parts.append(f"sous-par. {self.subparagraph}")
        else:
            parts = [f"s. {self.article}"]
            if self.paragraph:
                parts.append(f"para. {self.paragraph}")
            if self.subparagraph:
                parts.append(f"subpara. {self.subparagraph}")
        return ", ".join(parts)


class Comparator(StrEnum):
    """The legal comparison, named by the words that set it."""

    AT_LEAST = ">="  # "au moins", "ou plus", "minimalement"
    GREATER_THAN = ">"  # "supérieur à"
    WITHIN_MONTHS_BEFORE = "within-months-before"  # "au cours des N mois précédant"
    WITHIN_MONTHS_AFTER = "within-months-after"  # "au cours des N mois suivant"
    IS = "is"  # a plain fact: yes or no
    DATE_RANGE = "date-range"


@dataclass(frozen=True)
class Money:
    amount: Decimal


@dataclass(frozen=True)
class HourlyWage:
    amount: Decimal
    places: int = 2  # decimals shown: more when the cents alone would not show the difference


@dataclass(frozen=True)
class Percent:
    value: Decimal


@dataclass(frozen=True)
class Msg:
    """A message id rendered in the reader's language (used as a parameter of another message)."""

    msgid: str
    params: dict[str, Value] = field(default_factory=dict)


# A tuple of messages is rendered as a list in the reader's language.
Value = Union[Money, HourlyWage, Percent, Duration, date, int, str, Msg, Decimal, tuple]  # noqa: UP007


@dataclass(frozen=True)
class Comparison:
    """A figure of the person's next to the figure the text requires."""

    quantity: str  # msgid of what is compared ("gross annual salary")
    actual: Value | None
    required: Value
    comparator: Comparator


@dataclass(frozen=True)
class Outcome:
    status: Status
    reason: str  # msgid with {placeholders} from params
    params: dict[str, Value] = field(default_factory=dict)
    comparisons: tuple[Comparison, ...] = ()
    gap: Value | None = None  # how far from meeting it, when that can be said
    reading: str | None = None  # msgid: the reading of the text used to decide
    sources: tuple[SourceNote, ...] = ()
    missing: tuple[str, ...] = ()  # answers that would decide it (answer paths)
    notes: tuple[Msg, ...] = ()  # notices shown beside it that change no verdict
    # False when no answer could decide it (the 2021 list of occupations is not encoded): the
    # interview then asks nothing for it.
    decidable: bool = True


@dataclass(frozen=True)
class Condition:
    id: ConditionId
    citation: Citation
    label: str  # msgid: a short name of the condition
    text_fr: str  # the provision, verbatim
    text_en: str  # an unofficial English rendering
    comparator: Comparator
    inputs: tuple[str, ...]  # answer paths it reads (why a question is asked)
    evaluate: Callable[[Facts], Outcome]
    profiles: frozenset[str] | None = None  # None: every profile
    # Its words depend on the NOC version (FEER categories, the art. 12 list): A.M. 2023-002.
    noc_version: bool = False
    label_2021: str | None = None  # msgid: its label in the 2021 words, where they differ


REGISTRY: dict[ConditionId, Condition] = {}


def condition(
    id: ConditionId,
    citation: Citation,
    *,
    label: str,
    text_fr: str,
    text_en: str,
    comparator: Comparator,
    inputs: tuple[str, ...],
    profiles: frozenset[str] | None = None,
    noc_version: bool = False,
    label_2021: str | None = None,
) -> Callable[[Callable[[Facts], Outcome]], Callable[[Facts], Outcome]]:
    """Register a condition of the text; the decorated function decides it."""

    def register(evaluate: Callable[[Facts], Outcome]) -> Callable[[Facts], Outcome]:
        if id in REGISTRY:
            raise ValueError(f"condition {id} declared twice")
        REGISTRY[id] = Condition(
            ConditionId(id),  # a name of the text's conditions (core/rules/ids.py), or ValueError
            citation,
            label,
            _clean(text_fr),
            _clean(text_en),
            comparator,
            inputs,
            evaluate,
            profiles,
            noc_version,
            label_2021,
        )
        return evaluate

    return register


def _clean(text: str) -> str:
    return " ".join(text.split())
