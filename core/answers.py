"""What a person tells us, each answer declared once: the answers file (schema_version 1) and
the question that asks each answer.

Every field is optional: an unanswered question is None and means "unknown", never "no".
Validation errors carry pydantic's stable `type` codes, plus the custom codes below, so the UI
and the command line can translate them. Field names are the file format: keep loading them.

One declaration per answer. A field's type and bounds are the model's (pydantic enforces them
on every file and every answer typed); the question that asks it rides on the same field as
`Ask(...)` metadata: its step, kind of answer, wording, plain definition, options, when it
applies, and whether it decides anything (`info`) or may stay blank (`optional`). The question's
bounds are read from the field's own (`core.questions`), never typed twice. A field no question
asks says why with `NotAsked(...)`. Fields are declared in the order the interview asks them.
`core.questions` turns these declarations into the interview's questions; the review page, the
PDF's list of answers, the property tests and the answers-file documentation are built from, or
tested against, them. Adding a question = a field here, its two catalog entries, a test.

Why the question rides on the model, not the model built from the questions: the rules read
the answers as typed attributes (`answers.job.annual_salary`), which a type checker follows;
a model generated at run time would be opaque to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from core.i18n import N_
from core.program import before_amendment
from core.reference import annex_c_figure, art12_occupations, match_municipality
from core.terms import (
    DEF_AI_SECTOR,
    DEF_ANNEXE_C,
    DEF_ANNUAL_SALARY,
    DEF_COMPARATIVE_EVALUATION,
    DEF_CONTROLLED_COMPANY,
    DEF_DIPLOMA_LEVEL,
    DEF_ECHELLE,
    DEF_FAMILY,
    DEF_FULL_TIME,
    DEF_FUNDS,
    DEF_HOURLY_WAGE,
    DEF_INELIGIBLE_SECTORS,
    DEF_MUNICIPALITY,
    DEF_NOC,
    DEF_NOC_2016_SKILL,
    DEF_SCHOLARSHIP,
    DEF_SCORES,
    DEF_SKILLS,
    DEF_SPOUSE_PERMIT,
    DEF_STAY,
    DEF_VFX_SECTOR,
    DEF_WAGE_THRESHOLD,
)

SCHEMA_VERSION: Final = 1
NOC_PATTERN = r"^[0-9]{5}$"  # NOC 2021 unit groups have five digits

NocCode = Annotated[str, Field(pattern=NOC_PATTERN, description="NOC 2021 five-digit code")]
Money = Annotated[Decimal, Field(ge=0, le=100_000_000, allow_inf_nan=False, decimal_places=2)]
Count = Annotated[int, Field(ge=0, le=30)]
Text = Annotated[str, Field(max_length=500)]


# --- How a question is declared on its field ----------------------------------------------------


class Step(StrEnum):
    """The interview's steps, in order: each question is asked on one."""

    STAY = "stay"
    DIPLOMAS = "diplomas"
    WORK = "work"
    JOB = "job"
    FRENCH = "french"
    FAMILY = "family"


class Kind(StrEnum):
    """The shape of an answer; the app has one widget per kind."""

    YES_NO = "yes-no"
    CHOICE = "choice"  # one of several options
    DATE = "date"
    MONEY = "money"  # dollars, whole amounts
    HOURLY_WAGE = "hourly-wage"  # dollars and cents per hour
    WHOLE_NUMBER = "whole-number"
    DECIMAL = "decimal"  # e.g. hours per week
    PERCENT = "percent"
    NOC = "noc"  # a NOC 2021 code, found by title
    MUNICIPALITY = "municipality"
    TEXT = "text"
    LIST = "list"  # a list of entries, each with its own questions (diplomas, jobs)


# Whether a question makes sense, from earlier answers: (answers, the list entry it is about).
Applies = Callable[["Answers", Any], bool]


def _always(answers: Answers, item: Any) -> bool:
    return True


@dataclass(frozen=True, eq=False)  # compared by identity: its options are a dict
class Ask:
    """The question that asks this field. Its bounds are the field's own."""

    step: Step
    kind: Kind
    label: str  # msgid; may hold {date}, the application date
    definition: str | None = None  # msgid: what the term it uses means, in plain words
    options: dict[Any, str] | None = None  # stored value → msgid, for CHOICE
    applies: Applies = _always
    info: bool = False  # decides nothing; kept for the file and the report
    optional: bool = False  # never listed as "still to answer"


@dataclass(frozen=True)
class NotAsked:
    """A field no question of the interview asks, and why."""

    why: str

# --- The values an answer takes, and their words ------------------------------------------------


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=False)


class StayPurpose(StrEnum):
    WORK = "work"
    YOUTH_EXCHANGE = "youth-exchange"  # e.g. a working-holiday permit (art. 7, par. 1°)
    STUDY = "study"
    VISIT = "visit"
    OTHER = "other"


PURPOSES = {
    StayPurpose.WORK.value: N_("To work"),
    StayPurpose.YOUTH_EXCHANGE.value: N_("A youth exchange (e.g. working holiday)"),
    StayPurpose.STUDY.value: N_("To study"),
    StayPurpose.VISIT.value: N_("To visit"),
    StayPurpose.OTHER.value: N_("Another purpose"),
}


class DiplomaLevel(StrEnum):
    """Québec levels, lowest first. The order is the reading of "minimalement" (art. 7 and 10)."""

    DEP = "dep"  # diplôme d'études professionnelles (secondary, vocational)
    AEC = "aec"  # attestation d'études collégiales
    DEC_GENERAL = "dec-general"  # pre-university college diploma
    DEC_TECHNICAL = "dec-technical"  # technical college diploma (art. 10, par. 2°)
    BACHELOR = "bachelor"
    DESS = "dess"  # diplôme d'études supérieures spécialisées (graduate)
    MASTER = "master"
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        return _LEVEL_RANKS[self]


_LEVEL_RANKS = {level: index for index, level in enumerate(DiplomaLevel)}
LEVEL_LABELS = {
    DiplomaLevel.DEP: N_("DEP (vocational diploma)"),
    DiplomaLevel.AEC: N_("AEC (college attestation)"),
    DiplomaLevel.DEC_GENERAL: N_("general (pre-university) DEC"),
    DiplomaLevel.DEC_TECHNICAL: N_("technical DEC"),
    DiplomaLevel.BACHELOR: N_("bachelor's degree"),
    DiplomaLevel.DESS: N_("DESS (graduate diploma)"),
    DiplomaLevel.MASTER: N_("master's degree"),
    DiplomaLevel.DOCTORATE: N_("doctorate"),
}
LEVELS = {level.value: LEVEL_LABELS[level] for level in DiplomaLevel}
GRADUATE_LEVELS = (DiplomaLevel.DESS, DiplomaLevel.MASTER, DiplomaLevel.DOCTORATE)


class FrenchTest(StrEnum):
    TEF_CANADA = "tef-canada"
    TEFAQ = "tefaq"
    TEF = "tef"
    TCF_CANADA = "tcf-canada"
    TCF_QUEBEC = "tcf-quebec"
    TCF = "tcf"
    DELF_B2 = "delf-b2"
    DALF_C1 = "dalf-c1"
    DALF_C2 = "dalf-c2"
    DELF_BELOW_B2 = "delf-below-b2"


TCF_TESTS = (FrenchTest.TCF_CANADA, FrenchTest.TCF_QUEBEC, FrenchTest.TCF)
FRENCH_TESTS = {
    FrenchTest.TEF_CANADA.value: "TEF Canada",
    FrenchTest.TEFAQ.value: "TEFAQ",
    FrenchTest.TEF.value: "TEF",
    FrenchTest.TCF_CANADA.value: "TCF Canada",
    FrenchTest.TCF_QUEBEC.value: "TCF Québec",
    FrenchTest.TCF.value: "TCF",
    FrenchTest.DELF_B2.value: "DELF B2",
    FrenchTest.DALF_C1.value: "DALF C1",
    FrenchTest.DALF_C2.value: "DALF C2",
    FrenchTest.DELF_BELOW_B2.value: N_("DELF below B2 (A1 to B1)"),
}


class FrenchProof(StrEnum):
    """The one proof of oral French a person gives (art. 6, par. 2°)."""

    TEST = "test"  # a test or diploma: TEF, TCF, DELF, DALF
    LEVEL = "level"  # a level on the Échelle québécoise, from an assessment
    STUDIES = "studies"  # 3 years of full-time studies entirely in French
    NONE = "none"  # no proof


FRENCH_PROOFS = {
    FrenchProof.TEST.value: N_("A French test or diploma (TEF, TCF, DELF, DALF)"),
    FrenchProof.LEVEL.value: N_("A level on the Échelle québécoise, from an assessment"),
    FrenchProof.STUDIES.value: N_(
        "At least 3 years of full-time secondary or post-secondary studies entirely in French"
    ),
    FrenchProof.NONE.value: N_("No proof of oral French"),
}
ORAL_LEVELS = {n: str(n) for n in range(1, 13)}


class Noc2016Skill(StrEnum):
    """A job's NOC 2016 skill type or level: the 2021 text's words (before A.M. 2023-002)."""

    TYPE_0 = "0"  # skill type 0: management
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    UNKNOWN = "unknown"  # the person does not know


NOC_2016_SKILLED = (Noc2016Skill.TYPE_0, Noc2016Skill.A, Noc2016Skill.B)
NOC_2016_SKILLS = {
    Noc2016Skill.TYPE_0.value: N_("Skill type 0 (management)"),
    Noc2016Skill.A.value: N_("Skill level A (usually university)"),
    Noc2016Skill.B.value: N_("Skill level B (usually college or apprenticeship)"),
    Noc2016Skill.C.value: N_("Skill level C (usually secondary school)"),
    Noc2016Skill.D.value: N_("Skill level D (on-the-job training)"),
    Noc2016Skill.UNKNOWN.value: N_("I don't know"),
}


class JobStatus(StrEnum):
    HELD = "held"
    ACCEPTED = "accepted"  # an offer accepted, not yet started
    NONE = "none"


JOB_STATUSES = {
    JobStatus.HELD.value: N_("I held a job"),
    JobStatus.ACCEPTED.value: N_("I had accepted a job offer"),
    JobStatus.NONE.value: N_("Neither"),
}
ADULTS = {1: N_("One adult (you alone)"), 2: N_("Two adults (you and your spouse)")}


# --- When a question applies, from earlier answers ----------------------------------------------


def _job_known(answers: Answers, item: Any = None) -> bool:
    return answers.job.status not in (None, JobStatus.NONE)


def scale_known(answers: Answers) -> bool | None:
    """Whether the Annexe C figure for this family and the application's year is known here
    (None: the family is not described yet, or there is no date)."""
    family = answers.family
    adults, children, adult_children = (
        family.adults,
        family.children_under_18,
        family.dependent_children_18_plus,
    )
    if answers.application_date is None or adults is None or children is None:
        return None
    if adult_children is None:
        return None
    return annex_c_figure(answers.application_date, adults, children, adult_children)[0] is not None


def sector_condition(noc_code: str | None) -> str | None:
    """The art. 12 sector condition of an occupation: "vfx", "it_or_vfx" or None."""
    occupation = art12_occupations().get(noc_code or "")
    return occupation.condition if occupation else None


def _job_sector(condition: str) -> Applies:
    return lambda a, item: _job_known(a) and sector_condition(a.job.noc_code) == condition


def _period_sector(condition: str) -> Applies:
    return lambda a, item: sector_condition(item.noc_code) == condition


def _municipality_unknown(answers: Answers, item: Any = None) -> bool:
    """Asked only when the place typed is nowhere on the list (never assume where it is); a
    homonym (two Saint-Isidore) is on the list: the person picks one instead."""
    typed = answers.job.employer_municipality
    return _job_known(answers) and bool(typed) and not match_municipality(typed or "").known


def _proof(*proofs: FrenchProof) -> Applies:
    return lambda a, item: a.french.proof in proofs


def _scored_test(answers: Answers, item: Any = None) -> bool:
    """TEF and TCF scores; the oral exam marks of a DELF B2 or DALF (not of a DELF below B2)."""
    test = answers.french.test
    return answers.french.proof is FrenchProof.TEST and (
        test is not None and test.value.startswith(("tef", "tcf", "delf-b2", "dalf"))
    )


def _listening_scored(answers: Answers, item: Any = None) -> bool:
    """The DALF C2 has one oral exam, typed as the speaking mark."""
    return _scored_test(answers) and answers.french.test is not FrenchTest.DALF_C2


def _has_quebec_graduate_diploma(answers: Answers, item: Any = None) -> bool:
    """Art. 9, par. 2° (the scholarship) concerns a graduate diploma from Québec."""
    return any(
        d.issued_in_quebec is not False and d.level in GRADUATE_LEVELS
        for d in answers.diplomas or ()
    )


def _before_amendment(answers: Answers, item: Any = None) -> bool:
    """Only for an application dated before A.M. 2023-002: the 2021 text's words."""
    return answers.application_date is not None and before_amendment(answers.application_date)


# --- The answers, section by section, in the order the interview asks them ----------------------


class Stay(Model):
    """Art. 7, par. 1° and art. 10, par. 1°: the stay in Québec at the time of the application."""

    in_quebec: Annotated[
        bool | None,
        Ask(Step.STAY, Kind.YES_NO, N_("On {date}, were you staying in Québec?"), DEF_STAY),
    ] = None
    purpose: Annotated[
        StayPurpose | None,
        Ask(
            Step.STAY,
            Kind.CHOICE,
            N_("What was the main purpose of your stay in Québec?"),
            options=PURPOSES,
            applies=lambda a, item: a.stay.in_quebec is True,
        ),
    ] = None


class Diploma(Model):
    issued_in_quebec: Annotated[
        bool | None,
        Ask(Step.DIPLOMAS, Kind.YES_NO, N_("Was it issued by a school in Québec?")),
    ] = None
    level: Annotated[
        DiplomaLevel | None,
        Ask(
            Step.DIPLOMAS,
            Kind.CHOICE,
            N_("Level of the diploma"),
            DEF_DIPLOMA_LEVEL,
            options=LEVELS,
            # A diploma from elsewhere is read at the Québec level its evaluation gives
            # (quebec_level): its own level in Québec's categories would feed nothing.
            applies=lambda a, item: item.issued_in_quebec is True,
        ),
    ] = None
    # For a diploma from elsewhere: whether it has the ministry's comparative evaluation (False:
    # not yet, so its Québec level cannot be told), and the Québec level that evaluation gives.
    evaluated: Annotated[
        bool | None,
        Ask(
            Step.DIPLOMAS,
            Kind.YES_NO,
            N_("Do you have its comparative evaluation (Évaluation comparative des études)?"),
            DEF_COMPARATIVE_EVALUATION,
            applies=lambda a, item: item.issued_in_quebec is False,
        ),
    ] = None
    equivalent_level: Annotated[
        DiplomaLevel | None,
        Ask(
            Step.DIPLOMAS,
            Kind.CHOICE,
            N_("Québec level given by the comparative evaluation"),
            DEF_DIPLOMA_LEVEL,
            options=LEVELS,
            applies=lambda a, item: item.issued_in_quebec is False and item.evaluated is not False,
        ),
    ] = None
    obtained_on: Annotated[
        date | None, Ask(Step.DIPLOMAS, Kind.DATE, N_("Date obtained"))
    ] = None
    program_end_on: Annotated[
        date | None,
        Ask(
            Step.DIPLOMAS,
            Kind.DATE,
            N_("End date of the study program"),
            # Read only for a Québec DESS (art. 9, work in the months after its program ended).
            applies=lambda a, item: item.issued_in_quebec is True
            and item.level is DiplomaLevel.DESS,
        ),
    ] = None
    # Art. 9, par. 1°: share of the program's length spent in Québec mainly to study (percent).
    share_in_quebec_percent: Annotated[
        Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None,
        Ask(
            Step.DIPLOMAS,
            Kind.PERCENT,
            N_("Share of the program spent in Québec mainly to study (%)"),
            applies=lambda a, item: item.level in GRADUATE_LEVELS
            and item.issued_in_quebec is True,
        ),
    ] = None
    title: Annotated[
        Text | None,
        Ask(
            Step.DIPLOMAS,
            Kind.TEXT,
            N_("Name of the diploma (optional)"),
            info=True,
            optional=True,
        ),
    ] = None

    @property
    def quebec_level(self) -> DiplomaLevel | None:
        """The level the diploma corresponds to in Québec (itself, or its evaluation)."""
        if self.issued_in_quebec:
            return self.level
        if self.issued_in_quebec is False and self.evaluated is not False:
            return self.equivalent_level
        return None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Diploma:
        if self.obtained_on and self.program_end_on and self.obtained_on < self.program_end_on:
            # A diploma can be conferred after the program ends, not before.
            raise PydanticCustomError(
                "diploma_before_program_end", "the diploma is dated before its program ended"
            )
        return self


class Scholarship(Model):
    """Art. 9, par. 2°: a scholarship requiring a return home at the end of studies."""

    has_return_condition: Annotated[
        bool | None,
        Ask(
            Step.DIPLOMAS,
            Kind.YES_NO,
            N_(
                "Did you hold a scholarship that requires you to return to your country at the "
                "end of your studies?"
            ),
            DEF_SCHOLARSHIP,
            applies=_has_quebec_graduate_diploma,
        ),
    ] = None
    condition_fulfilled: Annotated[
        bool | None,
        Ask(
            Step.DIPLOMAS,
            Kind.YES_NO,
            N_("Had you complied with that condition of return by {date}?"),
            applies=lambda a, item: bool(a.scholarship.has_return_condition),
        ),
    ] = None


class WorkPeriod(Model):
    noc_code: Annotated[
        NocCode | None, Ask(Step.WORK, Kind.NOC, N_("Occupation (NOC 2021)"), DEF_NOC)
    ] = None
    start: Annotated[date | None, Ask(Step.WORK, Kind.DATE, N_("Start date"))] = None
    # A job given with its end date (a file written before this question existed) has ended:
    # its end date is shown and "still held?" is not asked (core.experience reads the end date).
    ongoing: Annotated[
        bool | None,
        Ask(
            Step.WORK,
            Kind.YES_NO,
            N_("On {date}, did you still hold this job?"),
            applies=lambda a, item: item.end is None or item.ongoing is not None,
        ),
    ] = None
    end: Annotated[  # last day worked, inclusive
        date | None,
        Ask(
            Step.WORK,
            Kind.DATE,
            N_("End date (last day worked)"),
            applies=lambda a, item: item.ongoing is False or item.end is not None,
        ),
    ] = None
    # Asked only for application dates before A.M. 2023-002 (the 2021 text's NOC 2016 words).
    # Optional: files written before it load unchanged (no schema version change).
    noc2016_skill: Annotated[
        Noc2016Skill | None,
        Ask(
            Step.WORK,
            Kind.CHOICE,
            N_("Skill type or level of this job in the NOC 2016"),
            DEF_NOC_2016_SKILL,
            options=NOC_2016_SKILLS,
            applies=_before_amendment,
        ),
    ] = None
    full_time: Annotated[
        bool | None, Ask(Step.WORK, Kind.YES_NO, N_("Full-time?"), DEF_FULL_TIME)
    ] = None
    in_quebec: Annotated[bool | None, Ask(Step.WORK, Kind.YES_NO, N_("In Québec?"))] = None
    controlled_company: Annotated[  # a company the applicant controls
        bool | None,
        Ask(
            Step.WORK,
            Kind.YES_NO,
            N_("Was it for a company you control?"),
            DEF_CONTROLLED_COMPANY,
            # Art. 7.1, 10.1: only a job held in Québec for a controlled company is excluded.
            applies=lambda a, item: item.in_quebec is True,
        ),
    ] = None
    ineligible_sector: Annotated[  # Annexe E RIQ, art. 1 or 2
        bool | None,
        Ask(
            Step.WORK,
            Kind.YES_NO,
            N_("Was it in an ineligible sector (Annexe E RIQ)?"),
            DEF_INELIGIBLE_SECTORS,
        ),
    ] = None
    vfx_sector: Annotated[  # visual effects (art. 12)
        bool | None,
        Ask(
            Step.WORK,
            Kind.YES_NO,
            N_("Was it in the visual-effects sector?"),
            DEF_VFX_SECTOR,
            applies=_period_sector("vfx"),
        ),
    ] = None
    related_to_it_vfx: Annotated[  # for 41200 (art. 12, par. 6.1°)
        bool | None,
        Ask(
            Step.WORK,
            Kind.YES_NO,
            N_("Was the teaching related to information technologies or visual effects?"),
            applies=_period_sector("it_or_vfx"),
        ),
    ] = None
    title: Annotated[
        Text | None,
        Ask(
            Step.WORK,
            Kind.TEXT,
            N_("Job title and employer (optional)"),
            info=True,
            optional=True,
        ),
    ] = None

    @model_validator(mode="after")
    def _end_after_start(self) -> WorkPeriod:
        if self.start and self.end and self.end < self.start:
            raise PydanticCustomError("end_before_start", "the period ends before it starts")
        if self.ongoing and self.end:
            raise PydanticCustomError("ongoing_with_end", "an ongoing job has no end date")
        return self


class Job(Model):
    """The job held or accepted (art. 7, par. 4°; art. 9, par. 5°; art. 10, par. 4°)."""

    status: Annotated[
        JobStatus | None,
        Ask(
            Step.JOB,
            Kind.CHOICE,
            N_("On {date}, did you hold a job, or had you accepted a job offer?"),
            options=JOB_STATUSES,
        ),
    ] = None
    # Which job of the work history it is: its number (1 for the first), 0 for another job. The
    # app copies that period's details into the job; this link only says where they came from.
    work_history_entry: Annotated[
        Annotated[int, Field(ge=0, le=200)] | None,
        NotAsked("asked on the job step from the work history; decides nothing"),
    ] = None
    noc_code: Annotated[
        NocCode | None,
        Ask(Step.JOB, Kind.NOC, N_("Occupation (NOC 2021)"), DEF_NOC, applies=_job_known),
    ] = None
    full_time: Annotated[
        bool | None,
        Ask(Step.JOB, Kind.YES_NO, N_("Was it full-time?"), DEF_FULL_TIME, applies=_job_known),
    ] = None
    in_quebec: Annotated[
        bool | None, Ask(Step.JOB, Kind.YES_NO, N_("Was it in Québec?"), applies=_job_known)
    ] = None
    ai_sector: Annotated[
        bool | None,
        Ask(
            Step.JOB,
            Kind.YES_NO,
            N_("Was it in the artificial intelligence sector?"),
            DEF_AI_SECTOR,
            applies=_job_known,
        ),
    ] = None
    vfx_sector: Annotated[
        bool | None,
        Ask(
            Step.JOB,
            Kind.YES_NO,
            N_("Was it in the visual-effects sector?"),
            DEF_VFX_SECTOR,
            applies=_job_sector("vfx"),
        ),
    ] = None
    related_to_it_vfx: Annotated[
        bool | None,
        Ask(
            Step.JOB,
            Kind.YES_NO,
            N_("Was the teaching related to information technologies or visual effects?"),
            applies=_job_sector("it_or_vfx"),
        ),
    ] = None
    ineligible_sector: Annotated[
        bool | None,
        Ask(
            Step.JOB,
            Kind.YES_NO,
            N_("Was it in an ineligible sector (Annexe E RIQ)?"),
            DEF_INELIGIBLE_SECTORS,
            applies=_job_known,
        ),
    ] = None
    controlled_company: Annotated[
        bool | None,
        Ask(
            Step.JOB,
            Kind.YES_NO,
            N_("Was it for a company you control?"),
            DEF_CONTROLLED_COMPANY,
            applies=_job_known,
        ),
    ] = None
    skills_meet_requirements: Annotated[
        bool | None,
        Ask(
            Step.JOB,
            Kind.YES_NO,
            N_("Did your skills meet the job's requirements?"),
            DEF_SKILLS,
            applies=_job_known,
        ),
    ] = None
    annual_salary: Annotated[
        Money | None,
        Ask(
            Step.JOB,
            Kind.MONEY,
            N_("Gross annual salary"),
            DEF_ANNUAL_SALARY,
            applies=_job_known,
        ),
    ] = None
    employer_municipality: Annotated[
        Text | None,
        Ask(
            Step.JOB,
            Kind.MUNICIPALITY,
            N_("Municipality where the employer is established"),
            DEF_MUNICIPALITY,
            applies=lambda a, item: _job_known(a) and a.job.in_quebec is not False,
        ),
    ] = None
    # The person confirms the employer's municipality is not on the CMM list (outside the CMM).
    municipality_not_listed: Annotated[
        bool | None,
        Ask(
            Step.JOB,
            Kind.YES_NO,
            N_("Confirm: the employer's municipality is outside the CMM?"),
            DEF_MUNICIPALITY,
            applies=_municipality_unknown,
        ),
    ] = None
    hourly_wage: Annotated[
        Money | None,
        Ask(
            Step.JOB,
            Kind.HOURLY_WAGE,
            N_("Hourly wage (if you know it)"),
            DEF_HOURLY_WAGE,
            applies=_job_known,
        ),
    ] = None
    weekly_hours: Annotated[
        Annotated[Decimal, Field(gt=0, le=168, allow_inf_nan=False)] | None,
        Ask(
            Step.JOB,
            Kind.DECIMAL,
            N_("Usual hours per week"),
            DEF_HOURLY_WAGE,
            applies=_job_known,
        ),
    ] = None
    # Art. 10, par. 4°: the published 9th decile for the occupation, as the person read it.
    wage_threshold: Annotated[
        Money | None,
        Ask(
            Step.JOB,
            Kind.HOURLY_WAGE,
            N_("Published 9th-decile hourly wage for your occupation"),
            DEF_WAGE_THRESHOLD,
            applies=_job_known,
        ),
    ] = None
    title: Annotated[
        Text | None,
        Ask(
            Step.JOB,
            Kind.TEXT,
            N_("Job title and employer (optional)"),
            applies=_job_known,
            info=True,
            optional=True,
        ),
    ] = None


class French(Model):
    """Art. 6, par. 2°: oral French (listening and speaking), Échelle québécoise level."""

    proof: Annotated[
        FrenchProof | None,
        Ask(
            Step.FRENCH,
            Kind.CHOICE,
            N_("Which proof of your oral French did you have on {date}?"),
            DEF_ECHELLE,
            options=FRENCH_PROOFS,
        ),
    ] = None
    test: Annotated[
        FrenchTest | None,
        Ask(
            Step.FRENCH,
            Kind.CHOICE,
            N_("Which test or diploma?"),
            options=FRENCH_TESTS,
            applies=_proof(FrenchProof.TEST),
        ),
    ] = None
    test_date: Annotated[
        date | None,
        Ask(
            Step.FRENCH,
            Kind.DATE,
            N_("Date of the test"),
            applies=lambda a, item: _proof(FrenchProof.TEST)(a, item) and a.french.test is not None,
        ),
    ] = None
    listening: Annotated[
        Annotated[int, Field(ge=0, le=1000)] | None,
        Ask(
            Step.FRENCH,
            Kind.WHOLE_NUMBER,
            N_("Listening score"),
            DEF_SCORES,
            applies=_listening_scored,
        ),
    ] = None
    speaking: Annotated[
        Annotated[int, Field(ge=0, le=1000)] | None,
        Ask(Step.FRENCH, Kind.WHOLE_NUMBER, N_("Speaking score"), DEF_SCORES, applies=_scored_test),
    ] = None
    oral_level: Annotated[
        Annotated[int, Field(ge=1, le=12)] | None,
        Ask(
            Step.FRENCH,
            Kind.CHOICE,
            N_("Your oral French level on the Échelle québécoise (1 to 12)"),
            DEF_ECHELLE,
            options=ORAL_LEVELS,
            applies=_proof(FrenchProof.LEVEL),
        ),
    ] = None
    # Schema 1 files before `proof`: read as proof = studies when true.
    three_years_studies_in_french: Annotated[
        bool | None, NotAsked("schema 1 files; now french.proof = studies")
    ] = None

    @model_validator(mode="after")
    def _tcf_speaking_out_of_20(self) -> French:
        if self.test in TCF_TESTS and self.speaking is not None and self.speaking > 20:
            raise PydanticCustomError("tcf_speaking_out_of_20", "TCF speaking is scored out of 20")
        return self


class Family(Model):
    """Art. 6, par. 3° and Annexe C RIQ: who the undertaking covers."""

    adults: Annotated[
        Annotated[int, Field(ge=1, le=2)] | None,
        Ask(
            Step.FAMILY,
            Kind.CHOICE,
            N_("Adults in the application"),
            DEF_FAMILY,
            options=ADULTS,
        ),
    ] = None
    children_under_18: Annotated[
        Count | None,
        Ask(Step.FAMILY, Kind.WHOLE_NUMBER, N_("Accompanying children under 18")),
    ] = None
    dependent_children_18_plus: Annotated[
        Count | None,
        Ask(Step.FAMILY, Kind.WHOLE_NUMBER, N_("Dependent children aged 18 or older")),
    ] = None
    # Named by art. 6, par. 3° (the undertaking covers them); no figure depends on it here.
    dependent_canadian_children: Annotated[
        Count | None,
        Ask(
            Step.FAMILY,
            Kind.WHOLE_NUMBER,
            N_("Dependent children who are Canadian citizens"),
            info=True,
        ),
    ] = None
    undertaking_signed: Annotated[  # will sign the undertaking of self-sufficiency
        bool | None,
        Ask(
            Step.FAMILY,
            Kind.YES_NO,
            N_(
                "With your application of {date}, did you sign the undertaking to provide for "
                "your and your family's basic needs for 3 months after obtaining permanent "
                "residence?"
            ),
            DEF_ANNEXE_C,
        ),
    ] = None
    # Art. 6 3° (rules.general.self_sufficiency): the amount required first (the official one
    # is asked only where this tool does not know the year's Annexe C figure for the family),
    # then the money the person has; the yes/no only where the two cannot be compared.
    official_amount: Annotated[
        Money | None,
        Ask(
            Step.FAMILY,
            Kind.MONEY,
            N_("Official Annexe C amount for your family (if you have read it)"),
            DEF_ANNEXE_C,
            applies=lambda a, item: scale_known(a) is False,
        ),
    ] = None
    funds: Annotated[  # money available for the first 3 months
        Money | None,
        Ask(Step.FAMILY, Kind.MONEY, N_("Money available for those 3 months"), DEF_FUNDS),
    ] = None
    # Or the person confirms they hold at least the official Annexe C amount.
    funds_meet_scale: Annotated[
        bool | None,
        Ask(
            Step.FAMILY,
            Kind.YES_NO,
            N_(
                "Without typing the amounts: did you hold at least the Annexe C amount for your "
                "family?"
            ),
            DEF_ANNEXE_C,
            applies=lambda a, item: a.family.funds is None
            or (scale_known(a) is False and a.family.official_amount is None),
        ),
    ] = None


class Answers(Model):
    """The whole answers file. `{"schema_version": 1}` alone is valid: nothing answered yet."""

    schema_version: Annotated[
        Literal[1], NotAsked("the file format's version, written by the app")
    ] = SCHEMA_VERSION
    application_date: Annotated[
        date | None, NotAsked("asked on the welcome page, before the interview")
    ] = None
    spouse_open_work_permit: Annotated[  # s. 205 IRPR, accompanying spouse (art. 8, 11)
        bool | None,
        Ask(
            Step.STAY,
            Kind.YES_NO,
            N_(
                "On {date}, did you hold an open work permit issued to an accompanying spouse "
                "(section 205 of the federal IRPR)?"
            ),
            DEF_SPOUSE_PERMIT,
        ),
    ] = None
    stay: Stay = Field(default_factory=Stay)
    # None: not answered yet; []: answered "none".
    diplomas: Annotated[
        Annotated[list[Diploma], Field(max_length=20)] | None,
        Ask(Step.DIPLOMAS, Kind.LIST, N_("Your diplomas")),
    ] = None
    scholarship: Scholarship = Field(default_factory=Scholarship)
    work_history: Annotated[
        Annotated[list[WorkPeriod], Field(max_length=200)] | None,
        Ask(Step.WORK, Kind.LIST, N_("Your jobs")),
    ] = None
    job: Job = Field(default_factory=Job)
    french: French = Field(default_factory=French)
    family: Family = Field(default_factory=Family)
    notes: Annotated[
        Annotated[str, Field(max_length=5000)] | None,
        NotAsked("free notes kept in the file by advisors; decides nothing"),
    ] = None


def answers_json_schema() -> dict:
    schema = Answers.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Answers file (schema_version 1)"
    return schema
