"""Every question of the interview, declared once: what it fills, where it is asked, how it is
worded, what its term means, what kind of answer it takes, and when it applies.

The web app renders any question from its declaration (one widget per kind), the review page
formats any answer from its kind, and core.interview decides which of them still matter. Adding
a question = the answers model field, one declaration here, the two catalogs, tests.

Labels may hold `{date}`: the application date, because a situation is assessed at that date
("On 15 May 2025, were you staying in Québec?"), not today.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from core.answers import (
    Answers,
    DiplomaLevel,
    FrenchProof,
    FrenchTest,
    JobStatus,
    Noc2016Skill,
    StayPurpose,
)
from core.i18n import N_, Translator
from core.program import before_amendment
from core.reference import annex_c_figure, art12_occupations, match_municipality
from core.rules.diplomas import LEVEL_LABELS

GRADUATE_LEVELS = (DiplomaLevel.DESS, DiplomaLevel.MASTER, DiplomaLevel.DOCTORATE)


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


def _always(answers: Answers, item: Any) -> bool:
    return True


@dataclass(frozen=True)
class Question:
    path: str  # the answer it fills; a list entry's field as "work_history.start"
    step: str
    kind: Kind
    label: str  # msgid; may hold {date}
    definition: str | None = None  # msgid: what the term it uses means, in plain words
    options: tuple[tuple[Any, str], ...] = ()  # (stored value, msgid), for CHOICE
    bounds: tuple[Decimal, Decimal] | None = None  # smallest and largest accepted
    # Whether it makes sense, from earlier answers (`item`: the list entry it belongs to).
    applies: Callable[[Answers, Any], bool] = _always
    info: bool = False  # decides nothing; kept for the file and the report
    optional: bool = False  # never listed as "still to answer"

    @property
    def list_name(self) -> str | None:
        """"work_history" for a field of a work period; None for a question of its own."""
        head, _, rest = self.path.partition(".")
        return head if rest and head in LIST_NAMES else None

    @property
    def field(self) -> str:
        return self.path.rpartition(".")[2]

    def wording(self, t: Translator, application_date: date) -> str:
        """The question in the reader's language, asked at the application date."""
        return t(self.label, date=t.date(application_date))


LIST_NAMES = ("diplomas", "work_history")
ENTRY_TITLES = {"diplomas": N_("Diploma {n}"), "work_history": N_("Job {n}")}  # one entry
STEPS = ("stay", "diplomas", "work", "job", "french", "family")


# --- Conditions of applying, named -------------------------------------------------------------


def _job_known(answers: Answers, item: Any = None) -> bool:
    return answers.job.status not in (None, JobStatus.NONE)


def _scale_known(answers: Answers) -> bool | None:
    """Whether the Annexe C figure for this family and the application's year is known here
    (None: the family is not described yet, or there is no date)."""
    family = answers.family
    counts = (family.adults, family.children_under_18, family.dependent_children_18_plus)
    if answers.application_date is None or None in counts:
        return None
    return annex_c_figure(answers.application_date, *counts)[0] is not None


def sector_condition(noc_code: str | None) -> str | None:
    """The art. 12 sector condition of an occupation: "vfx", "it_or_vfx" or None."""
    occupation = art12_occupations().get(noc_code or "")
    return occupation.condition if occupation else None


def _job_sector(condition: str) -> Callable[[Answers, Any], bool]:
    return lambda a, item: _job_known(a) and sector_condition(a.job.noc_code) == condition


def _period_sector(condition: str) -> Callable[[Answers, Any], bool]:
    return lambda a, item: sector_condition(item.noc_code) == condition


def _municipality_unknown(answers: Answers, item: Any = None) -> bool:
    """Asked only when the place typed is nowhere on the list (never assume where it is); a
    homonym (two Saint-Isidore) is on the list: the person picks one instead."""
    typed = answers.job.employer_municipality
    return _job_known(answers) and bool(typed) and not match_municipality(typed).known


def _proof(*proofs: FrenchProof) -> Callable[[Answers, Any], bool]:
    return lambda a, item: a.french.proof in proofs


def _scored_test(answers: Answers, item: Any = None) -> bool:
    """TEF and TCF scores; the oral exam marks of a DELF B2 or DALF (not of a DELF below B2)."""
    test = answers.french.test
    return answers.french.proof is FrenchProof.TEST and (
        test is not None and test.value.startswith(("tef", "tcf", "delf-b2", "dalf"))
    )


# What an oral exam's mark is out of, as printed on the results ("18/25"); TEF and TCF listening
# give points with no denominator printed. The TCF's speaking is out of 20 (answers.French).
MARKS_OUT_OF = {
    FrenchTest.DELF_B2: 25,
    FrenchTest.DALF_C1: 25,
    FrenchTest.DALF_C2: 50,
}


def mark_out_of(answers: Answers, path: str) -> int | None:
    """The denominator of the mark asked at `path` for the test chosen, when it has one."""
    test = answers.french.test
    if test in MARKS_OUT_OF:
        return MARKS_OUT_OF[test]
    if path == "french.speaking" and test is not None and test.value.startswith("tcf"):
        return 20
    return None


def _listening_scored(answers: Answers, item: Any = None) -> bool:
    """The DALF C2 has one oral exam, typed as the speaking mark."""
    return _scored_test(answers) and answers.french.test is not FrenchTest.DALF_C2


def _has_quebec_graduate_diploma(answers: Answers, item: Any = None) -> bool:
    """Art. 9, par. 2° (the scholarship) concerns a graduate diploma from Québec."""
    return any(
        d.issued_in_quebec is not False and d.level in GRADUATE_LEVELS
        for d in answers.diplomas or ()
    )


# --- Definitions of the terms, in plain words ---------------------------------------------------

DEF_SPOUSE_PERMIT = N_(
    "An open work permit that Canada issues to the spouse or common-law partner of a foreign "
    "worker or student, under section 205 of the federal Immigration and Refugee Protection "
    "Regulations (IRPR). Holders are exempt from the condition on the stay in Québec."
)
DEF_STAY = N_(
    "Where you were living at the application date, and mainly why: for work, a youth exchange "
    "such as a working holiday, studies or a visit. Someone not in Québec meets the condition."
)
DEF_COMPARATIVE_EVALUATION = N_(
    "The Évaluation comparative des études effectuées hors du Québec is a document of the "
    "immigration ministry that says which Québec diploma a diploma from elsewhere corresponds "
    "to. Without it, a diploma from elsewhere cannot be compared."
)
DEF_DIPLOMA_LEVEL = N_(
    "DEP: vocational secondary diploma. AEC: short college attestation. DEC: college diploma, "
    "pre-university (general) or technical (3 years). DESS: a one-year graduate diploma after "
    "a bachelor's."
)
DEF_SCHOLARSHIP = N_(
    "Some government scholarships require you to go back to your country when your studies end."
)
DEF_NOC = N_(
    "The National Occupational Classification (NOC 2021) gives each occupation a five-digit "
    "code. Its second digit is the TEER category: 0, 1 or 2 for management "
    "and professional jobs and jobs that usually need a college diploma or an apprenticeship."
)
DEF_FULL_TIME = N_(
    "The program sets no number of hours: the job's usual full-time schedule, as the employer "
    "and the contract describe it."
)
DEF_CONTROLLED_COMPANY = N_(
    "A company you control: you hold, alone or with people related to you, enough of its "
    "shares or power to decide how it is run. Work in Québec for such a company does not count."
)
DEF_INELIGIBLE_SECTORS = N_(
    "The ineligible sectors of Annexe E of the Règlement sur l'immigration au Québec, as the "
    "ministry summarises them: payday loans, cheque cashing or pawnbroking; pornographic or "
    "sexually explicit products and the sex industry (nude or erotic dancing, escort services, "
    "erotic massage); real-estate trade, leasing, brokerage, development or promotion. "
    "(The ministry's summary, to verify against Annexe E.)"
)
DEF_AI_SECTOR = N_(
    "Work whose main activity is artificial intelligence: designing, training or applying "
    "machine-learning models, data science for AI, AI research. The program does not define "
    "it further; an officer judges it from the job offer."
)
DEF_VFX_SECTOR = N_(
    "Visual effects (VFX): creating or compositing computer-generated images for film, "
    "television, advertising or games. Four occupations of s. 12 count only in this sector."
)
DEF_SKILLS = N_(
    "Your diplomas and experience match what the employer asks for in the job offer."
)
DEF_ANNUAL_SALARY = N_(
    "Gross pay for a year of work in this job, before tax, as in the job offer or contract."
)
DEF_MUNICIPALITY = N_(
    "Where the employer is established, not where you live. Inside the Communauté "
    "métropolitaine de Montréal (CMM: Montréal, Laval, Longueuil and their region, "
    "{cmm_count} municipalities in all) the salary threshold of the AI stream is higher."
)
DEF_HOURLY_WAGE = N_(
    "For the IT and visual-effects stream: your hourly wage is compared with the published "
    "9th decile. Without it, the hourly wage is worked out from the annual salary and your "
    "usual hours over 52 weeks."
)
DEF_WAGE_THRESHOLD = N_(
    "The 9th decile is the wage that 90% of the people in an occupation earn less than. For "
    "each eligible occupation the ministry published the 9th decile of the average hourly wage "
    "of the last 3 years (estimated by the Ministère de l'Emploi et de la Solidarité sociale). "
    "This tool does not know these figures: type the one published for your occupation."
)
DEF_ECHELLE = N_(
    "The Échelle québécoise des niveaux de compétence en français grades French from 1 to 12; "
    "the Francophone profile asks for level {level_required} or more at the oral. Any one of "
    "these proofs is enough."
)
DEF_SCORES = N_(
    "As printed on your results: the TEF and the TCF give points; the DELF B2 and the DALF C1 "
    "give a mark out of 25 for each oral exam; the DALF C2 has one oral exam, marked out of 50: "
    "type it as the speaking score."
)
DEF_ANNEXE_C = N_(
    "The undertaking says you can provide for your and your family's basic needs for 3 months "
    "after obtaining permanent residence, with at least the amount of the scale of Annexe C of "
    "the Règlement sur l'immigration au Québec for your family size."
)
DEF_FUNDS = N_(
    "Savings and other money you can use for your and your family's basic needs in the first "
    "3 months after obtaining permanent residence; a salary to come does not count."
)
DEF_FAMILY = N_("Count yourself and the people who come with you under the same application.")


def _options(labels: dict[Any, str]) -> tuple[tuple[Any, str], ...]:
    return tuple(labels.items())


PURPOSES = {
    StayPurpose.WORK.value: N_("To work"),
    StayPurpose.YOUTH_EXCHANGE.value: N_("A youth exchange (e.g. working holiday)"),
    StayPurpose.STUDY.value: N_("To study"),
    StayPurpose.VISIT.value: N_("To visit"),
    StayPurpose.OTHER.value: N_("Another purpose"),
}
LEVELS = {level.value: LEVEL_LABELS[level] for level in DiplomaLevel}
JOB_STATUSES = {
    JobStatus.HELD.value: N_("I held a job"),
    JobStatus.ACCEPTED.value: N_("I had accepted a job offer"),
    JobStatus.NONE.value: N_("Neither"),
}
NOC_2016_SKILLS = {
    Noc2016Skill.TYPE_0.value: N_("Skill type 0 (management)"),
    Noc2016Skill.A.value: N_("Skill level A (usually university)"),
    Noc2016Skill.B.value: N_("Skill level B (usually college or apprenticeship)"),
    Noc2016Skill.C.value: N_("Skill level C (usually secondary school)"),
    Noc2016Skill.D.value: N_("Skill level D (on-the-job training)"),
    Noc2016Skill.UNKNOWN.value: N_("I don't know"),
}
DEF_NOC_2016_SKILL = N_(
    "Before A.M. 2023-002 came into force, the program's text used the 2016 National "
    "Occupational Classification: a job of skill type 0 or skill level A or B counted. The "
    "skill type or level is shown on the NOC 2016 page of the occupation (its code has 4 digits)."
)


def _before_amendment(answers: Answers, item: Any = None) -> bool:
    """Only for an application dated before A.M. 2023-002: the 2021 text's words."""
    return answers.application_date is not None and before_amendment(answers.application_date)


FRENCH_PROOFS = {
    FrenchProof.TEST.value: N_("A French test or diploma (TEF, TCF, DELF, DALF)"),
    FrenchProof.LEVEL.value: N_("A level on the Échelle québécoise, from an assessment"),
    FrenchProof.STUDIES.value: N_(
        "At least 3 years of full-time secondary or post-secondary studies entirely in French"
    ),
    FrenchProof.NONE.value: N_("No proof of oral French"),
}
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
ORAL_LEVELS = {n: str(n) for n in range(1, 13)}
ADULTS = {1: N_("One adult (you alone)"), 2: N_("Two adults (you and your spouse)")}

COUNT = (Decimal(0), Decimal(30))

QUESTIONS: tuple[Question, ...] = (
    # --- Stay and permit (art. 7 1°, 8, 10 1°, 11) ---
    Question(
        "spouse_open_work_permit",
        "stay",
        Kind.YES_NO,
        N_(
            "On {date}, did you hold an open work permit issued to an accompanying spouse "
            "(section 205 of the federal IRPR)?"
        ),
        DEF_SPOUSE_PERMIT,
    ),
    Question(
        "stay.in_quebec", "stay", Kind.YES_NO, N_("On {date}, were you staying in Québec?"),
        DEF_STAY,
    ),
    Question(
        "stay.purpose",
        "stay",
        Kind.CHOICE,
        N_("What was the main purpose of your stay in Québec?"),
        options=_options(PURPOSES),
        applies=lambda a, item: a.stay.in_quebec is True,
    ),
    # --- Diplomas (art. 7 2°, 9 1°, 3°, 4°, 10 2°) ---
    Question("diplomas", "diplomas", Kind.LIST, N_("Your diplomas")),
    Question(
        "diplomas.issued_in_quebec", "diplomas", Kind.YES_NO,
        N_("Was it issued by a school in Québec?"),
    ),
    Question(
        "diplomas.level",
        "diplomas",
        Kind.CHOICE,
        N_("Level of the diploma"),
        DEF_DIPLOMA_LEVEL,
        options=_options(LEVELS),
        # A diploma from elsewhere is read at the Québec level its evaluation gives (Diploma.
        # quebec_level): its own level in Québec's categories would feed nothing.
        applies=lambda a, item: item.issued_in_quebec is True,
    ),
    Question(
        "diplomas.evaluated",
        "diplomas",
        Kind.YES_NO,
        N_("Do you have its comparative evaluation (Évaluation comparative des études)?"),
        DEF_COMPARATIVE_EVALUATION,
        applies=lambda a, item: item.issued_in_quebec is False,
    ),
    Question(
        "diplomas.equivalent_level",
        "diplomas",
        Kind.CHOICE,
        N_("Québec level given by the comparative evaluation"),
        DEF_DIPLOMA_LEVEL,
        options=_options(LEVELS),
        applies=lambda a, item: item.issued_in_quebec is False and item.evaluated is not False,
    ),
    Question("diplomas.obtained_on", "diplomas", Kind.DATE, N_("Date obtained")),
    Question(
        "diplomas.program_end_on",
        "diplomas",
        Kind.DATE,
        N_("End date of the study program"),
        # Read only for a Québec DESS (art. 9, work in the months after its program ended).
        applies=lambda a, item: item.issued_in_quebec is True and item.level is DiplomaLevel.DESS,
    ),
    Question(
        "diplomas.share_in_quebec_percent",
        "diplomas",
        Kind.PERCENT,
        N_("Share of the program spent in Québec mainly to study (%)"),
        bounds=(Decimal(0), Decimal(100)),
        applies=lambda a, item: item.level in GRADUATE_LEVELS and item.issued_in_quebec is True,
    ),
    Question(
        "diplomas.title", "diplomas", Kind.TEXT, N_("Name of the diploma (optional)"),
        info=True, optional=True,
    ),
    Question(
        "scholarship.has_return_condition",
        "diplomas",
        Kind.YES_NO,
        N_(
            "Did you hold a scholarship that requires you to return to your country at the "
            "end of your studies?"
        ),
        DEF_SCHOLARSHIP,
        applies=_has_quebec_graduate_diploma,
    ),
    Question(
        "scholarship.condition_fulfilled",
        "diplomas",
        Kind.YES_NO,
        N_("Had you complied with that condition of return by {date}?"),
        applies=lambda a, item: bool(a.scholarship.has_return_condition),
    ),
    # --- Work history (art. 7 3°, 7.1, 9 4°, 10 3°, 10.1, 12) ---
    Question("work_history", "work", Kind.LIST, N_("Your jobs")),
    Question("work_history.noc_code", "work", Kind.NOC, N_("Occupation (NOC 2021)"), DEF_NOC),
    Question("work_history.start", "work", Kind.DATE, N_("Start date")),
    # A job given with its end date (a file written before this question existed) has ended:
    # its end date is shown and "still held?" is not asked (core.experience reads the end date).
    Question(
        "work_history.ongoing",
        "work",
        Kind.YES_NO,
        N_("On {date}, did you still hold this job?"),
        applies=lambda a, item: item.end is None or item.ongoing is not None,
    ),
    Question(
        "work_history.end",
        "work",
        Kind.DATE,
        N_("End date (last day worked)"),
        applies=lambda a, item: item.ongoing is False or item.end is not None,
    ),
    Question(
        "work_history.noc2016_skill",
        "work",
        Kind.CHOICE,
        N_("Skill type or level of this job in the NOC 2016"),
        DEF_NOC_2016_SKILL,
        options=_options(NOC_2016_SKILLS),
        applies=_before_amendment,
    ),
    Question("work_history.full_time", "work", Kind.YES_NO, N_("Full-time?"), DEF_FULL_TIME),
    Question("work_history.in_quebec", "work", Kind.YES_NO, N_("In Québec?")),
    Question(
        "work_history.controlled_company",
        "work",
        Kind.YES_NO,
        N_("Was it for a company you control?"),
        DEF_CONTROLLED_COMPANY,
        # Art. 7.1, 10.1: only a job held in Québec for a controlled company is excluded.
        applies=lambda a, item: item.in_quebec is True,
    ),
    Question(
        "work_history.ineligible_sector",
        "work",
        Kind.YES_NO,
        N_("Was it in an ineligible sector (Annexe E RIQ)?"),
        DEF_INELIGIBLE_SECTORS,
    ),
    Question(
        "work_history.vfx_sector",
        "work",
        Kind.YES_NO,
        N_("Was it in the visual-effects sector?"),
        DEF_VFX_SECTOR,
        applies=_period_sector("vfx"),
    ),
    Question(
        "work_history.related_to_it_vfx",
        "work",
        Kind.YES_NO,
        N_("Was the teaching related to information technologies or visual effects?"),
        applies=_period_sector("it_or_vfx"),
    ),
    Question(
        "work_history.title", "work", Kind.TEXT, N_("Job title and employer (optional)"),
        info=True, optional=True,
    ),
    # --- The job held or accepted (art. 7 4°, 9 5°, 10 4°, 12) ---
    Question(
        "job.status",
        "job",
        Kind.CHOICE,
        N_("On {date}, did you hold a job, or had you accepted a job offer?"),
        options=_options(JOB_STATUSES),
    ),
    Question(
        "job.noc_code", "job", Kind.NOC, N_("Occupation (NOC 2021)"), DEF_NOC, applies=_job_known
    ),
    Question(
        "job.full_time", "job", Kind.YES_NO, N_("Was it full-time?"), DEF_FULL_TIME,
        applies=_job_known,
    ),
    Question("job.in_quebec", "job", Kind.YES_NO, N_("Was it in Québec?"), applies=_job_known),
    Question(
        "job.ai_sector",
        "job",
        Kind.YES_NO,
        N_("Was it in the artificial intelligence sector?"),
        DEF_AI_SECTOR,
        applies=_job_known,
    ),
    Question(
        "job.vfx_sector",
        "job",
        Kind.YES_NO,
        N_("Was it in the visual-effects sector?"),
        DEF_VFX_SECTOR,
        applies=_job_sector("vfx"),
    ),
    Question(
        "job.related_to_it_vfx",
        "job",
        Kind.YES_NO,
        N_("Was the teaching related to information technologies or visual effects?"),
        applies=_job_sector("it_or_vfx"),
    ),
    Question(
        "job.ineligible_sector",
        "job",
        Kind.YES_NO,
        N_("Was it in an ineligible sector (Annexe E RIQ)?"),
        DEF_INELIGIBLE_SECTORS,
        applies=_job_known,
    ),
    Question(
        "job.controlled_company",
        "job",
        Kind.YES_NO,
        N_("Was it for a company you control?"),
        DEF_CONTROLLED_COMPANY,
        applies=_job_known,
    ),
    Question(
        "job.skills_meet_requirements",
        "job",
        Kind.YES_NO,
        N_("Did your skills meet the job's requirements?"),
        DEF_SKILLS,
        applies=_job_known,
    ),
    Question(
        "job.annual_salary",
        "job",
        Kind.MONEY,
        N_("Gross annual salary"),
        DEF_ANNUAL_SALARY,
        applies=_job_known,
    ),
    Question(
        "job.employer_municipality",
        "job",
        Kind.MUNICIPALITY,
        N_("Municipality where the employer is established"),
        DEF_MUNICIPALITY,
        applies=lambda a, item: _job_known(a) and a.job.in_quebec is not False,
    ),
    Question(
        "job.municipality_not_listed",
        "job",
        Kind.YES_NO,
        N_("Confirm: the employer's municipality is outside the CMM?"),
        DEF_MUNICIPALITY,
        applies=_municipality_unknown,
    ),
    Question(
        "job.hourly_wage",
        "job",
        Kind.HOURLY_WAGE,
        N_("Hourly wage (if you know it)"),
        DEF_HOURLY_WAGE,
        applies=_job_known,
    ),
    Question(
        "job.weekly_hours",
        "job",
        Kind.DECIMAL,
        N_("Usual hours per week"),
        DEF_HOURLY_WAGE,
        bounds=(Decimal(1), Decimal(80)),
        applies=_job_known,
    ),
    Question(
        "job.wage_threshold",
        "job",
        Kind.HOURLY_WAGE,
        N_("Published 9th-decile hourly wage for your occupation"),
        DEF_WAGE_THRESHOLD,
        applies=_job_known,
    ),
    Question(
        "job.title", "job", Kind.TEXT, N_("Job title and employer (optional)"),
        applies=_job_known, info=True, optional=True,
    ),
    # --- Oral French (art. 6 2°, Francophone profile) ---
    Question(
        "french.proof",
        "french",
        Kind.CHOICE,
        N_("Which proof of your oral French did you have on {date}?"),
        DEF_ECHELLE,
        options=_options(FRENCH_PROOFS),
    ),
    Question(
        "french.test",
        "french",
        Kind.CHOICE,
        N_("Which test or diploma?"),
        options=_options(FRENCH_TESTS),
        applies=_proof(FrenchProof.TEST),
    ),
    Question(
        "french.test_date", "french", Kind.DATE, N_("Date of the test"),
        applies=lambda a, item: _proof(FrenchProof.TEST)(a, item) and a.french.test is not None,
    ),
    Question(
        "french.listening", "french", Kind.WHOLE_NUMBER, N_("Listening score"), DEF_SCORES,
        bounds=(Decimal(0), Decimal(1000)), applies=_listening_scored,
    ),
    Question(
        "french.speaking", "french", Kind.WHOLE_NUMBER, N_("Speaking score"), DEF_SCORES,
        bounds=(Decimal(0), Decimal(1000)), applies=_scored_test,
    ),
    Question(
        "french.oral_level",
        "french",
        Kind.CHOICE,
        N_("Your oral French level on the Échelle québécoise (1 to 12)"),
        DEF_ECHELLE,
        options=_options(ORAL_LEVELS),
        applies=_proof(FrenchProof.LEVEL),
    ),
    # --- Family and financial undertaking (art. 6 3°, Annexe C RIQ) ---
    Question(
        "family.adults", "family", Kind.CHOICE, N_("Adults in the application"), DEF_FAMILY,
        options=_options(ADULTS),
    ),
    Question(
        "family.children_under_18", "family", Kind.WHOLE_NUMBER,
        N_("Accompanying children under 18"), bounds=COUNT,
    ),
    Question(
        "family.dependent_children_18_plus", "family", Kind.WHOLE_NUMBER,
        N_("Dependent children aged 18 or older"), bounds=COUNT,
    ),
    # Named by art. 6, par. 3° (the undertaking covers them); no figure depends on it here.
    Question(
        "family.dependent_canadian_children", "family", Kind.WHOLE_NUMBER,
        N_("Dependent children who are Canadian citizens"), bounds=COUNT, info=True,
    ),
    Question(
        "family.undertaking_signed",
        "family",
        Kind.YES_NO,
        N_(
            "With your application of {date}, did you sign the undertaking to provide for your "
            "and your family's basic needs for 3 months after obtaining permanent residence?"
        ),
        DEF_ANNEXE_C,
    ),
    # Art. 6 3° (rules.general.self_sufficiency): the amount required first (the official one is
    # asked only where this tool does not know the year's Annexe C figure for the family), then
    # the money the person has; the yes/no only where the two cannot be compared.
    Question(
        "family.official_amount",
        "family",
        Kind.MONEY,
        N_("Official Annexe C amount for your family (if you have read it)"),
        DEF_ANNEXE_C,
        applies=lambda a, item: _scale_known(a) is False,
    ),
    Question(
        "family.funds", "family", Kind.MONEY, N_("Money available for those 3 months"),
        DEF_FUNDS,
    ),
    Question(
        "family.funds_meet_scale",
        "family",
        Kind.YES_NO,
        N_(
            "Without typing the amounts: did you hold at least the Annexe C amount for your "
            "family?"
        ),
        DEF_ANNEXE_C,
        applies=lambda a, item: a.family.funds is None
        or (_scale_known(a) is False and a.family.official_amount is None),
    ),
)
QUESTIONS_BY_PATH = {question.path: question for question in QUESTIONS}

# Leaves of the answers model that no question asks, and why (a test holds this list to the model).
NOT_ASKED = {
    "schema_version": "the file format's version, written by the app",
    "application_date": "asked on the welcome page, before the interview",
    "notes": "free notes kept in the file by advisors; decides nothing",
    "french.three_years_studies_in_french": "schema 1 files; now french.proof = studies",
    "job.work_history_entry": "asked on the job step from the work history; decides nothing",
}




def question_for(path: str) -> Question | None:
    """The declaration of an answer path; list entries by their field ("diplomas.0.level")."""
    parts = [p for p in path.split(".") if not p.isdigit()]
    return QUESTIONS_BY_PATH.get(".".join(parts))


def item_questions(list_name: str, answers: Answers, item: Any) -> list[Question]:
    """The questions about one entry of a list that apply to it, in the order they are asked."""
    return [
        q
        for q in QUESTIONS
        if q.list_name == list_name and q.applies(answers, item)
    ]
