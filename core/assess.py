"""The six ways in (three streams × two profiles), built from the conditions of the text.

Art. 5: a person is selected who meets the general conditions (art. 6) and those of one of the
ways in. Every condition of every way is evaluated and reported, not only the first one missed:
outside the program's dates (art. 1, 14) every way is not eligible, and the rest is still shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from core.answers import Answers
from core.i18n import N_
from core.logic import Status, combine
from core.program import before_amendment, in_force_on, program_dates
from core.rules import ai_foreign_worker, ai_quebec_graduate, general, it_vfx  # noqa: F401
from core.rules.base import REGISTRY, Condition, Msg, Outcome
from core.rules.facts import Facts
from core.rules.general import PROFILES
from core.rules.ids import ConditionId

C = ConditionId
GENERAL = (C.ART1, C.ART14, C.ART6_2, C.ART6_3)
STREAMS: dict[str, tuple[ConditionId, ...]] = {
    "ai-foreign-worker": GENERAL
    + (C.ART7_1, C.ART7_2, C.ART7_3, C.ART7_4, C.ART7_4_A, C.ART7_4_B),
    "ai-quebec-graduate": GENERAL + (C.ART9_1, C.ART9_2, C.ART9_3, C.ART9_4, C.ART9_5),
    "it-vfx": GENERAL + (C.ART10_1, C.ART10_2, C.ART10_3, C.ART10_4),
}
STREAM_LABELS = {
    "ai-foreign-worker": N_("Artificial intelligence — foreign worker"),
    "ai-quebec-graduate": N_("Artificial intelligence — Québec graduate"),
    "it-vfx": N_("Information technologies and visual effects"),
}
PROFILE_LABELS = {
    "francophone": N_("Francophone profile"),
    "francisation": N_("Francisation profile"),
}
VERDICTS = {Status.MET: "eligible", Status.NOT_MET: "not-eligible", Status.UNKNOWN: "incomplete"}
CONDITION_IDS = tuple(dict.fromkeys(cid for ids in STREAMS.values() for cid in ids))


@dataclass(frozen=True)
class Finding:
    condition: Condition
    outcome: Outcome

    @property
    def id(self) -> ConditionId:
        return self.condition.id

    @property
    def status(self) -> Status:
        return self.outcome.status


def verdict_of(statuses: list[Status]) -> str:
    """A way's verdict from the statuses of its conditions, in order."""
    return VERDICTS[combine(statuses)]


@dataclass(frozen=True)
class Way:
    stream: str
    profile: str
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> str:
        return verdict_of([f.outcome.status for f in self.findings])

    @property
    def unmet(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is Status.NOT_MET)

    @property
    def unknown(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is Status.UNKNOWN)


@dataclass(frozen=True)
class Assessment:
    answers: Answers
    application_date: date
    program_in_force: bool
    outcomes: dict[ConditionId, Outcome]  # each condition decided once, shared by the ways that use it
    ways: tuple[Way, ...]

    def way(self, stream: str, profile: str) -> Way:
        return next(w for w in self.ways if (w.stream, w.profile) == (stream, profile))


def assess(
    answers: Answers, application_date: date | None = None, today: date | None = None
) -> Assessment:
    """Assess at `application_date`, else the file's date, else today."""
    day = application_date or answers.application_date or today or date.today()
    facts = Facts(answers, day)
    # A finding is the same value in every way that shares the condition: made once, shared.
    findings: dict[str, Finding] = dict(_not_applicable_findings())
    outcomes: dict[ConditionId, Outcome] = {}
    in_2021_text = before_amendment(day)
    for cid, condition in _conditions():
        outcome = condition.evaluate(facts)
        if condition.noc_version:
            outcome = _noted(condition, outcome, day)
        outcomes[cid] = outcome
        shown = _in_2021_words(cid) if in_2021_text and condition.label_2021 else condition
        findings[cid] = Finding(shown, outcome)
    ways = tuple(
        Way(stream, profile, tuple(map(findings.__getitem__, ids)))
        for stream, profile, ids in _ways_plan()
    )
    return Assessment(answers, day, in_force_on(day), outcomes, ways)


NOC_2016_NOTE = N_(
    "The application date, {date}, is before A.M. 2023-002 came into force (on {amended}): "
    "this paragraph is read in the 2021 text (NOC 2016)."
)


def _noted(condition: Condition, outcome: Outcome, day: date) -> Outcome:
    """A condition whose words depend on the NOC version, before A.M. 2023-002: say so."""
    amended = program_dates().amended
    if not condition.noc_version or amended is None or day >= amended:
        return outcome
    note = Msg(NOC_2016_NOTE, {"date": day, "amended": amended})
    return replace(outcome, notes=(*outcome.notes, note))


@cache
def _in_2021_words(cid: ConditionId) -> Condition:
    """The condition as the 2021 text words it (its label), for dates before A.M. 2023-002."""
    condition = REGISTRY[cid]
    return replace(condition, label=condition.label_2021 or condition.label)


# The plan of the six ways, built once from the registry (read-only, shared by all sessions;
# it holds no answers). A condition that does not apply to a profile is marked "!id".


@cache
def _conditions() -> tuple[tuple[ConditionId, Condition], ...]:
    return tuple((cid, REGISTRY[cid]) for cid in CONDITION_IDS)


@cache
def _ways_plan() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    def applies(cid: ConditionId, profile: str) -> bool:
        profiles = REGISTRY[cid].profiles
        return profiles is None or profile in profiles

    return tuple(
        (stream, profile, tuple(cid if applies(cid, profile) else f"!{cid}" for cid in ids))
        for stream, ids in STREAMS.items()
        for profile in PROFILES
    )


@cache
def _not_applicable_findings() -> dict[str, Finding]:
    """The finding of each condition that does not apply to a profile, by its "!id" in the
    plan (no answers in them)."""
    return {
        marked: Finding(REGISTRY[ConditionId(marked[1:])], NOT_APPLICABLE_TO_PROFILE)
        for _stream, _profile, ids in _ways_plan()
        for marked in ids
        if marked.startswith("!")
    }


NOT_APPLICABLE_TO_PROFILE = Outcome(
    Status.NOT_APPLICABLE, N_("Applies to the Francophone profile only.")
)
