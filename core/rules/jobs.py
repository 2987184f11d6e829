"""The job held or accepted, as art. 7 4°, 9 5° and 10 4° each describe it.

Each article lists the same kinds of requirements (full-time, in Québec, sector, not for a
controlled company…); this module names each requirement once so the three articles can say
which one failed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.i18n import N_
from core.logic import Status, negate
from core.rules.base import Msg, Outcome
from core.rules.facts import Facts


@dataclass(frozen=True)
class Requirement:
    label: str  # msgid, reads after "the job must be…"
    verdict: bool | None
    path: str  # the answer that decides it
    params: dict = field(default_factory=dict)  # figures of the label


def held_or_accepted(facts: Facts) -> Requirement:
    start = facts.job_not_yet_started
    if start is not None:
        return Requirement(
            N_(
                "held or accepted on that day (the job held began on {start}; whether it was "
                "already accepted then is not recorded)"
            ),
            None,
            "job.status",
            {"start": start},
        )
    return Requirement(N_("held or accepted"), facts.has_job, "job.status")


def full_time(facts: Facts) -> Requirement:
    return Requirement(N_("full-time"), facts.answers.job.full_time, "job.full_time")


def in_quebec(facts: Facts) -> Requirement:
    return Requirement(N_("in Québec"), facts.answers.job.in_quebec, "job.in_quebec")


def ai_sector(facts: Facts) -> Requirement:
    return Requirement(
        N_("in the artificial intelligence sector"), facts.answers.job.ai_sector, "job.ai_sector"
    )


def outside_ineligible_sectors(facts: Facts) -> Requirement:
    return Requirement(
        N_("outside the ineligible sectors (Annexe E RIQ)"),
        negate(facts.answers.job.ineligible_sector),
        "job.ineligible_sector",
    )


def not_controlled(facts: Facts) -> Requirement:
    return Requirement(
        N_("not for a company you control"),
        negate(facts.answers.job.controlled_company),
        "job.controlled_company",
    )


def skills_match(facts: Facts) -> Requirement:
    return Requirement(
        N_("one whose requirements your skills meet"),
        facts.answers.job.skills_meet_requirements,
        "job.skills_meet_requirements",
    )


def eligible_occupation(facts: Facts) -> Requirement:
    job = facts.answers.job
    return Requirement(
        N_("an eligible occupation of s. 12, with its sector condition"),
        facts.art12_eligible(job.noc_code, job.vfx_sector, job.related_to_it_vfx),
        "job.noc_code",
    )


def judge(requirements: list[Requirement], met_reason: str) -> Outcome:
    """Met when all are met; otherwise say which failed, or which are still to answer."""
    if any(r.path == "job.status" and r.verdict is False for r in requirements):
        return Outcome(Status.NOT_MET, N_("No job is held or accepted."))
    failed = tuple(Msg(r.label, r.params) for r in requirements if r.verdict is False)
    if failed:
        return Outcome(
            Status.NOT_MET,
            N_("The job must be: {parts}. By your answers, it is not."),
            {"parts": failed},
        )
    open_ = [r for r in requirements if r.verdict is None]
    if open_:
        return Outcome(
            Status.UNKNOWN,
            N_("Still to answer: whether the job is {parts}."),
            {"parts": tuple(Msg(r.label, r.params) for r in open_)},
            missing=tuple(r.path for r in open_),
        )
    return Outcome(Status.MET, met_reason)
