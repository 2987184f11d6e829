"""Wording of the interview's choices (message ids; translated where shown)."""

from __future__ import annotations

from core.answers import DiplomaLevel, FrenchTest, JobStatus, StayPurpose
from core.i18n import N_
from core.rules.diplomas import LEVEL_LABELS

STEP_TITLES = {
    "stay": N_("Stay and permit"),
    "diplomas": N_("Diplomas"),
    "work": N_("Work history"),
    "job": N_("The job held or accepted"),
    "french": N_("Oral French"),
    "family": N_("Family and financial undertaking"),
    "review": N_("Review"),
}

PURPOSES = {
    StayPurpose.WORK.value: N_("To work"),
    StayPurpose.YOUTH_EXCHANGE.value: N_("A youth exchange (e.g. working holiday)"),
    StayPurpose.STUDY.value: N_("To study"),
    StayPurpose.VISIT.value: N_("To visit"),
    StayPurpose.OTHER.value: N_("Another purpose"),
}

LEVELS = {level.value: LEVEL_LABELS[level] for level in DiplomaLevel}

JOB_STATUSES = {
    JobStatus.HELD.value: N_("I hold this job now"),
    JobStatus.ACCEPTED.value: N_("I have accepted an offer"),
    JobStatus.NONE.value: N_("Neither"),
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

ADULTS = {1: N_("One adult (you alone)"), 2: N_("Two adults (you and your spouse)")}

# The question asked for each answer (list items by their field: "work_history.start").
QUESTION_LABELS = {
    "application_date": N_("Date the application was (or would have been) filed"),
    "spouse_open_work_permit": N_(
        "Do you hold an open work permit issued to an accompanying "
        "spouse (section 205 of the federal IRPR)?"
    ),
    "stay.in_quebec": N_("Are you staying in Québec now?"),
    "stay.purpose": N_("What is the main purpose of your stay in Québec?"),
    "diplomas.title": N_("Name of the diploma (optional)"),
    "diplomas.level": N_("Level"),
    "diplomas.issued_in_quebec": N_("Issued by a school in Québec?"),
    "diplomas.equivalent_level": N_(
        "Québec level given by its comparative evaluation "
        "(Évaluation comparative des études effectuées hors du "
        "Québec)"
    ),
    "diplomas.obtained_on": N_("Date obtained"),
    "diplomas.program_end_on": N_("End date of the study program"),
    "diplomas.share_in_quebec_percent": N_(
        "Share of the program spent in Québec mainly to study (%)"
    ),
    "scholarship.has_return_condition": N_(
        "Did you hold a scholarship that requires you to "
        "return to your country at the end of your "
        "studies?"
    ),
    "scholarship.condition_fulfilled": N_("Have you complied with that condition of return?"),
    "work_history.title": N_("Job title and employer (optional)"),
    "work_history.noc_code": N_("Occupation (NOC 2021 code)"),
    "work_history.start": N_("Start date"),
    "work_history.ongoing": N_("Do you still hold this job?"),
    "work_history.end": N_("End date (last day worked)"),
    "work_history.full_time": N_("Full-time?"),
    "work_history.in_quebec": N_("In Québec?"),
    "work_history.controlled_company": N_("Was it for a company you control?"),
    "work_history.ineligible_sector": N_("Was it in an ineligible sector (Annexe E RIQ)?"),
    "work_history.vfx_sector": N_("Was it in the visual-effects sector?"),
    "work_history.related_to_it_vfx": N_(
        "Was the teaching related to information technologies or visual effects?"
    ),
    "job.status": N_("Do you hold, or have you accepted, a job?"),
    "job.title": N_("Job title and employer (optional)"),
    "job.noc_code": N_("Occupation (NOC 2021 code)"),
    "job.full_time": N_("Is it full-time?"),
    "job.in_quebec": N_("Is it in Québec?"),
    "job.ai_sector": N_("Is it in the artificial intelligence sector?"),
    "job.vfx_sector": N_("Is it in the visual-effects sector?"),
    "job.related_to_it_vfx": N_(
        "Is the teaching related to information technologies or visual effects?"
    ),
    "job.ineligible_sector": N_("Is it in an ineligible sector (Annexe E RIQ)?"),
    "job.controlled_company": N_("Is it for a company you control?"),
    "job.skills_meet_requirements": N_("Do your skills meet the job's requirements?"),
    "job.annual_salary": N_("Gross annual salary"),
    "job.employer_municipality": N_("Municipality where the employer is established"),
    "job.municipality_not_listed": N_("Confirm: the employer's municipality is not in the CMM?"),
    "job.hourly_wage": N_("Hourly wage (if you know it)"),
    "job.weekly_hours": N_("Usual hours per week (to derive the hourly wage from the salary)"),
    "job.wage_threshold": N_("Published 9th-decile hourly wage for your occupation"),
    "french.oral_level": N_(
        "Your oral French level on the Échelle québécoise (1 to 12), if you know it"
    ),
    "french.test": N_("Or a French test or diploma"),
    "french.test_date": N_("Date of the test"),
    "french.listening": N_("Listening score"),
    "french.speaking": N_("Speaking score"),
    "french.three_years_studies_in_french": N_(
        "Or: did you complete at least 3 years of "
        "full-time secondary or post-secondary studies "
        "entirely in French?"
    ),
    "family.adults": N_("Adults in the application"),
    "family.children_under_18": N_("Accompanying children under 18"),
    "family.dependent_children_18_plus": N_("Dependent children aged 18 or older"),
    "family.dependent_canadian_children": N_("Dependent children who are Canadian citizens"),
    "family.undertaking_signed": N_(
        "Will you sign the undertaking to provide for your and "
        "your family's basic needs for 3 months after obtaining "
        "permanent residence?"
    ),
    "family.funds": N_("Money available for those 3 months"),
    "family.official_amount": N_("Official Annexe C amount for your family (if you have read it)"),
    "family.funds_meet_scale": N_(
        "Do you hold at least the official Annexe C amount for your family?"
    ),
}
