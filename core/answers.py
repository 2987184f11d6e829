"""What a person tells us: the answers file (schema_version 1).

Every field is optional: an unanswered question is None and means "unknown", never "no".
Validation errors carry pydantic's stable `type` codes, plus the custom codes below, so the UI
and the command line can translate them. Field names are the file format: keep loading them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1
NOC_PATTERN = r"^[0-9]{5}$"  # NOC 2021 unit groups have five digits

NocCode = Annotated[str, Field(pattern=NOC_PATTERN, description="NOC 2021 five-digit code")]
Money = Annotated[Decimal, Field(ge=0, le=100_000_000, allow_inf_nan=False, decimal_places=2)]
Count = Annotated[int, Field(ge=0, le=30)]
Text = Annotated[str, Field(max_length=500)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=False)


class StayPurpose(StrEnum):
    WORK = "work"
    YOUTH_EXCHANGE = "youth-exchange"  # e.g. a working-holiday permit (art. 7, par. 1°)
    STUDY = "study"
    VISIT = "visit"
    OTHER = "other"


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


class FrenchProof(StrEnum):
    """The one proof of oral French a person gives (art. 6, par. 2°)."""

    TEST = "test"  # a test or diploma: TEF, TCF, DELF, DALF
    LEVEL = "level"  # a level on the Échelle québécoise, from an assessment
    STUDIES = "studies"  # 3 years of full-time studies entirely in French
    NONE = "none"  # no proof


class Noc2016Skill(StrEnum):
    """A job's NOC 2016 skill type or level: the 2021 text's words (before A.M. 2023-002)."""

    TYPE_0 = "0"  # skill type 0: management
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    UNKNOWN = "unknown"  # the person does not know


NOC_2016_SKILLED = (Noc2016Skill.TYPE_0, Noc2016Skill.A, Noc2016Skill.B)


class JobStatus(StrEnum):
    HELD = "held"
    ACCEPTED = "accepted"  # an offer accepted, not yet started
    NONE = "none"


TCF_TESTS = (FrenchTest.TCF_CANADA, FrenchTest.TCF_QUEBEC, FrenchTest.TCF)


class Stay(Model):
    """Art. 7, par. 1° and art. 10, par. 1°: the stay in Québec at the time of the application."""

    in_quebec: bool | None = None
    purpose: StayPurpose | None = None


class Diploma(Model):
    level: DiplomaLevel | None = None
    issued_in_quebec: bool | None = None
    # For a diploma from elsewhere: whether it has the ministry's comparative evaluation (False:
    # not yet, so its Québec level cannot be told), and the Québec level that evaluation gives.
    evaluated: bool | None = None
    equivalent_level: DiplomaLevel | None = None
    obtained_on: date | None = None
    program_end_on: date | None = None
    # Art. 9, par. 1°: share of the program's length spent in Québec mainly to study (percent).
    share_in_quebec_percent: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = (
        None
    )
    title: Text | None = None

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

    has_return_condition: bool | None = None
    condition_fulfilled: bool | None = None


class WorkPeriod(Model):
    title: Text | None = None
    noc_code: NocCode | None = None
    start: date | None = None
    end: date | None = None  # last day worked, inclusive
    ongoing: bool | None = None
    full_time: bool | None = None
    in_quebec: bool | None = None
    controlled_company: bool | None = None  # a company the applicant controls
    ineligible_sector: bool | None = None  # Annexe E RIQ, art. 1 or 2
    vfx_sector: bool | None = None  # visual effects (art. 12)
    related_to_it_vfx: bool | None = None  # for 41200 (art. 12, par. 6.1°)
    # Asked only for application dates before A.M. 2023-002 (the 2021 text's NOC 2016 words).
    # Optional: files written before it load unchanged (no schema version change).
    noc2016_skill: Noc2016Skill | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> WorkPeriod:
        if self.start and self.end and self.end < self.start:
            raise PydanticCustomError("end_before_start", "the period ends before it starts")
        if self.ongoing and self.end:
            raise PydanticCustomError("ongoing_with_end", "an ongoing job has no end date")
        return self


class Job(Model):
    """The job held or accepted (art. 7, par. 4°; art. 9, par. 5°; art. 10, par. 4°)."""

    status: JobStatus | None = None
    # Which job of the work history it is: its number (1 for the first), 0 for another job. The
    # app copies that period's details into the job; this link only says where they came from.
    work_history_entry: Annotated[int, Field(ge=0, le=200)] | None = None
    title: Text | None = None
    noc_code: NocCode | None = None
    full_time: bool | None = None
    in_quebec: bool | None = None
    employer_municipality: Text | None = None
    # The person confirms the employer's municipality is not on the CMM list (outside the CMM).
    municipality_not_listed: bool | None = None
    ai_sector: bool | None = None
    ineligible_sector: bool | None = None
    controlled_company: bool | None = None
    skills_meet_requirements: bool | None = None
    vfx_sector: bool | None = None
    related_to_it_vfx: bool | None = None
    annual_salary: Money | None = None
    hourly_wage: Money | None = None
    weekly_hours: Annotated[Decimal, Field(gt=0, le=168, allow_inf_nan=False)] | None = None
    # Art. 10, par. 4°: the published 9th decile for the occupation, as the person read it.
    wage_threshold: Money | None = None


class French(Model):
    """Art. 6, par. 2°: oral French (listening and speaking), Échelle québécoise level."""

    proof: FrenchProof | None = None
    oral_level: Annotated[int, Field(ge=1, le=12)] | None = None
    test: FrenchTest | None = None
    test_date: date | None = None
    listening: Annotated[int, Field(ge=0, le=1000)] | None = None
    speaking: Annotated[int, Field(ge=0, le=1000)] | None = None
    # Schema 1 files before `proof`: read as proof = studies when true.
    three_years_studies_in_french: bool | None = None

    @model_validator(mode="after")
    def _tcf_speaking_out_of_20(self) -> French:
        if self.test in TCF_TESTS and self.speaking is not None and self.speaking > 20:
            raise PydanticCustomError("tcf_speaking_out_of_20", "TCF speaking is scored out of 20")
        return self


class Family(Model):
    """Art. 6, par. 3° and Annexe C RIQ: who the undertaking covers."""

    adults: Annotated[int, Field(ge=1, le=2)] | None = None
    children_under_18: Count | None = None
    dependent_children_18_plus: Count | None = None
    dependent_canadian_children: Count | None = None
    undertaking_signed: bool | None = None  # will sign the undertaking of self-sufficiency
    funds: Money | None = None  # money available for the first 3 months
    # The official Annexe C amount for the family, when the person read it on the ministry's site.
    official_amount: Money | None = None
    # Or the person confirms they hold at least the official Annexe C amount.
    funds_meet_scale: bool | None = None


class Answers(Model):
    """The whole answers file. `{"schema_version": 1}` alone is valid: nothing answered yet."""

    schema_version: Literal[1] = SCHEMA_VERSION
    application_date: date | None = None
    spouse_open_work_permit: bool | None = None  # s. 205 IRPR, accompanying spouse (art. 8, 11)
    stay: Stay = Field(default_factory=Stay)
    # None: not answered yet; []: answered "none".
    diplomas: Annotated[list[Diploma], Field(max_length=20)] | None = None
    scholarship: Scholarship = Field(default_factory=Scholarship)
    work_history: Annotated[list[WorkPeriod], Field(max_length=200)] | None = None
    job: Job = Field(default_factory=Job)
    french: French = Field(default_factory=French)
    family: Family = Field(default_factory=Family)
    notes: Annotated[str, Field(max_length=5000)] | None = None


def answers_json_schema() -> dict:
    schema = Answers.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Answers file (schema_version 1)"
    return schema
