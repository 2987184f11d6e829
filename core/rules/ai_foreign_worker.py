"""Volet Intelligence artificielle — sous-volet Travailleur étranger: art. 7, 7.1 and 8.

7. Les conditions de sélection du sous-volet Travailleur étranger sont les suivantes: (…)

8. Le titulaire d'un permis de travail délivré en vertu de l'article 205 du Règlement sur
l'immigration et la protection des réfugiés (DORS/2002-227) à titre de conjoint qui accompagne
peut présenter une demande et être sélectionné par le ministre s'il satisfait aux conditions
prévues à l'article 6 et à l'article 7, à l'exception du paragraphe 1 du premier alinéa de cet
article.  → art. 7 1° is "not applicable" for those permit holders (see stay.py).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.answers import DiplomaLevel, WorkPeriod
from core.experience import months_before
from core.i18n import N_
from core.logic import Status, all_of, any_of
from core.program import before_amendment
from core.reference import source_of
from core.rules import diplomas, jobs, stay
from core.rules.base import (
    Citation,
    Comparator,
    Comparison,
    Money,
    Msg,
    Outcome,
    Value,
    condition,
)
from core.rules.facts import Facts
from core.rules.ids import ConditionId
from core.rules.work import (
    feer_0_to_2_outside_ineligible,
    in_the_2021_text,
    judge_months,
    not_controlled_if_in_quebec,
    skilled_2016_full_time,
)


@condition(
    ConditionId.ART7_1,
    Citation("7", "1°"),
    label=N_("Stay in Québec mainly to work or on a youth exchange, where applicable"),
    text_fr=stay.TEXT_FR,
    text_en=stay.TEXT_EN,
    comparator=Comparator.IS,
    inputs=stay.INPUTS,
)
def stay_purpose(facts: Facts) -> Outcome:
    return stay.judge_stay(facts, "8")


@condition(
    ConditionId.ART7_2,
    Citation("7", "2°"),
    label=N_("Diploma at least equal to a Québec bachelor's degree"),
    text_fr="""être titulaire d’un diplôme correspondant minimalement à un diplôme universitaire
    sanctionnant un baccalauréat du Québec;""",
    text_en="""hold a diploma corresponding at least to a Québec university diploma attesting a
    bachelor's degree;""",
    comparator=Comparator.AT_LEAST,
    inputs=("diplomas",),
)
def bachelor_or_more(facts: Facts) -> Outcome:
    return diplomas.judge_diploma(facts, DiplomaLevel.BACHELOR)


MONTHS_REQUIRED = 24
WINDOW_MONTHS = 60
WAIVER_MONTHS = 12

READING_WAIVER = N_(
    '"Corresponds to" is the equivalence wording of para. 2°: a master\'s or doctorate from '
    "elsewhere whose comparative evaluation makes it a Québec master's or doctorate counts too. "
    '"In the {waiver_months} months preceding the date" of the application ends the day before '
    "it: a diploma obtained on the application date itself does not waive the condition."
)


def art7_qualifying_job(period: WorkPeriod) -> bool | None:
    return all_of([feer_0_to_2_outside_ineligible(period), not_controlled_if_in_quebec(period)])


def recent_graduate_waiver(facts: Facts) -> bool | None:
    """Art. 7, 2nd para.: a master's or doctorate (Québec or equivalent) in the last 12 months."""
    window = months_before(facts.application_date, WAIVER_MONTHS)
    if facts.answers.diplomas is None:
        return None
    verdicts = []
    for diploma in facts.answers.diplomas:
        level = diploma.quebec_level
        graduate = None if level is None else level in (DiplomaLevel.MASTER, DiplomaLevel.DOCTORATE)
        when = diploma.obtained_on
        recent = None if when is None else window.start <= when <= window.end
        verdicts.append(all_of([graduate, recent]))
    return any_of(verdicts)


def _graduate_on_the_application_day(facts: Facts) -> bool:
    """A master's or doctorate dated the application day: outside "the 12 months preceding"."""
    return any(
        diploma.quebec_level in (DiplomaLevel.MASTER, DiplomaLevel.DOCTORATE)
        and diploma.obtained_on == facts.application_date
        for diploma in facts.answers.diplomas or ()
    )


@condition(
    ConditionId.ART7_3,
    Citation("7", "3°"),
    label=N_(
        "{months_required} months of full-time TEER 0, 1 or 2 work in the last {window_months} months"
    ),
    label_2021=N_(
        "{months_required} months of full-time work of NOC 2016 skill type 0 or level A or B in "
        "the last {window_months} months"
    ),
    text_fr="""avoir occupé un emploi à temps plein de catégorie FEER 0, 1 ou 2 au sens de la
    Classification nationale des professions, qui n’est pas dans un secteur inadmissible visé aux
    articles 1 ou 2 de l’annexe E du Règlement sur l’immigration au Québec (chapitre I-0.2.1,
    r. 3), pour une période d’au moins 24 mois au cours des 60 mois précédant la date de
    présentation de la demande; [art. 7.1: un emploi occupé au Québec ne doit pas être pour le
    compte d’une entreprise sur laquelle le ressortissant étranger exerce un contrôle.] [2e al.:
    La condition prévue au paragraphe 3 ne s’applique pas lorsque le diplôme visé au paragraphe 2
    correspond à un diplôme universitaire du Québec sanctionnant une maîtrise ou un doctorat et a
    été obtenu dans les 12 mois précédant la date de présentation de la demande.]""",
    text_en="""have held a full-time job in FEER category 0, 1 or 2 of the National Occupational
    Classification, not in an ineligible sector under sections 1 or 2 of Schedule E of the
    Regulation respecting immigration to Québec, for at least 24 months within the 60 months
    before the application is filed; [s. 7.1: a job held in Québec must not be for a company the
    foreign national controls.] [2nd para.: this condition does not apply when the diploma of
    para. 2 corresponds to a Québec master's or doctorate obtained within the 12 months before the
    application.]""",
    comparator=Comparator.WITHIN_MONTHS_BEFORE,
    inputs=("work_history", "diplomas"),
    noc_version=True,
)
def foreign_worker_experience(facts: Facts) -> Outcome:
    waiver = recent_graduate_waiver(facts)
    if waiver is True:
        return Outcome(
            Status.NOT_APPLICABLE,
            N_(
                "Waived (s. 7, second paragraph): a master's or doctorate obtained in "
                "the {waiver_months} months before the application."
            ),
            reading=READING_WAIVER,
        )
    in_2021_text = before_amendment(facts.application_date)
    outcome = judge_months(
        facts,
        skilled_2016_full_time if in_2021_text else art7_qualifying_job,
        months_before(facts.application_date, WINDOW_MONTHS),
        MONTHS_REQUIRED,
        *(
            (
                N_("months of full-time work of NOC 2016 skill type 0 or level A or B"),
                N_("full-time work of NOC 2016 skill type 0 or level A or B"),
            )
            if in_2021_text
            else (N_("months of full-time TEER 0–2 work"), N_("full-time TEER 0–2 work"))
        ),
    )
    if in_2021_text:
        outcome = in_the_2021_text(outcome)
    if outcome.status is Status.NOT_MET and waiver is None:
        # Not a shortfall yet: the waiver could still lift it once the diplomas are described.
        return Outcome(
            Status.UNKNOWN,
            N_(
                "{have} of {work} between {start} and {end}, fewer than the {need} "
                "required; still to answer: whether a diploma waives this condition (a "
                "master's or doctorate, or a diploma from elsewhere whose comparative "
                "evaluation makes it one, obtained in the {waiver_months} months before the application)."
            ),
            outcome.params,
            comparisons=outcome.comparisons,
            reading=READING_WAIVER,
            missing=("diplomas",),
            notes=outcome.notes,
        )
    if outcome.status is Status.NOT_MET and _graduate_on_the_application_day(facts):
        return replace(
            outcome,
            reason=N_(
                "{have} of {work} between {start} and {end}: {gap} short of the {need} "
                "required. The master's or doctorate obtained on {date}, the application date "
                'itself, does not waive it: "the {waiver_months} months preceding the date" of '
                "the application end the day before it."
            ),
            params={**outcome.params, "date": facts.application_date},
        )
    return outcome


@condition(
    ConditionId.ART7_4,
    Citation("7", "4°"),
    label=N_("Full-time AI job in Québec, held or accepted"),
    text_fr="""occuper ou avoir accepté un emploi à temps plein au Québec, dans le secteur de
    l’intelligence artificielle, à l’exclusion d’un secteur inadmissible visé aux articles 1 ou 2
    de l’annexe E du Règlement sur l’immigration au Québec, qui n’est pas pour le compte d’une
    entreprise sur laquelle le ressortissant étranger exerce un contrôle, pour lequel:""",
    text_en="""hold or have accepted a full-time job in Québec, in the artificial intelligence
    sector, excluding an ineligible sector under sections 1 or 2 of Schedule E of the Regulation
    respecting immigration to Québec, that is not for a company the foreign national controls,
    for which:""",
    comparator=Comparator.IS,
    inputs=(
        "job.status",
        "job.full_time",
        "job.in_quebec",
        "job.ai_sector",
        "job.ineligible_sector",
        "job.controlled_company",
    ),
)
def ai_job(facts: Facts) -> Outcome:
    return jobs.judge(
        [
            jobs.held_or_accepted(facts),
            jobs.full_time(facts),
            jobs.in_quebec(facts),
            jobs.ai_sector(facts),
            jobs.outside_ineligible_sectors(facts),
            jobs.not_controlled(facts),
        ],
        N_("A full-time AI job in Québec is held or accepted."),
    )


@condition(
    ConditionId.ART7_4_A,
    Citation("7", "4°", "a)"),
    label=N_("Your skills meet the job's requirements"),
    text_fr="son profil de compétences lui permet d’en remplir les exigences;",
    text_en="their skills profile allows them to meet its requirements;",
    comparator=Comparator.IS,
    inputs=("job.status", "job.skills_meet_requirements"),
)
def skills(facts: Facts) -> Outcome:
    return jobs.judge(
        [jobs.held_or_accepted(facts), jobs.skills_match(facts)],
        N_("Your skills meet the job's requirements."),
    )


SALARY_OUTSIDE_CMM = Decimal(75_000)
SALARY_INSIDE_CMM = Decimal(100_000)

READING_CMM = N_(
    'The employer\'s municipality decides, not your home. "The territory of the CMM" is read '
    "as the territory of its {cmm_count} member municipalities (the list's source and how sure it "
    "is: see Sources); a borough or sector counts as its city. Kahnawake and Kanesatake, "
    "Mohawk territories that are not member municipalities, are therefore read as outside it "
    "(to verify). A place not in the list is never assumed outside: you are asked to correct it "
    "or to confirm that it is not in the list, and only that confirmation counts it as outside."
)


@condition(
    ConditionId.ART7_4_B,
    Citation("7", "4°", "b)"),
    label=N_(
        "Gross annual salary of at least {salary_outside_cmm}, or {salary_inside_cmm} inside the CMM"
    ),
    text_fr="""le salaire annuel brut est d’au moins 75 000 $ si l’employeur est établi à
    l’extérieur du territoire de la Communauté métropolitaine de Montréal ou d’au moins 100 000 $
    s’il est établi à l’intérieur du territoire de la Communauté métropolitaine de Montréal.""",
    text_en="""the gross annual salary is at least $75,000 if the employer is established outside
    the territory of the Communauté métropolitaine de Montréal, or at least $100,000 if it is
    established inside it.""",
    comparator=Comparator.AT_LEAST,
    inputs=(
        "job.status",
        "job.annual_salary",
        "job.employer_municipality",
        "job.municipality_not_listed",
    ),
)
def salary(facts: Facts) -> Outcome:
    job = facts.answers.job
    if facts.has_job is False:
        return Outcome(Status.NOT_MET, N_("No job is held or accepted."))
    in_cmm = facts.employer_in_cmm
    place = facts.employer_place
    where = Msg(N_("inside the CMM") if in_cmm else N_("outside the CMM"))
    municipality = (place.name or place.typed) if place else "—"
    sources = (source_of("cmm_municipalities"),) if place else ()
    if job.annual_salary is None:
        return Outcome(
            Status.UNKNOWN,
            N_("Still to answer: the gross annual salary."),
            missing=("job.annual_salary",),
            reading=READING_CMM,
        )
    pay = job.annual_salary
    if in_cmm is None:
        # The threshold depends on the place only between the two amounts.
        if pay >= SALARY_INSIDE_CMM:
            return Outcome(
                Status.MET,
                N_("A salary of {salary} meets either threshold."),
                {"salary": Money(pay)},
                reading=READING_CMM,
            )
        if pay < SALARY_OUTSIDE_CMM:
            return Outcome(
                Status.NOT_MET,
                N_(
                    "A salary of {salary} is below both thresholds "
                    "({low} outside the CMM, {high} inside)."
                ),
                {
                    "salary": Money(pay),
                    "low": Money(SALARY_OUTSIDE_CMM),
                    "high": Money(SALARY_INSIDE_CMM),
                },
                comparisons=(
                    Comparison(
                        N_("gross annual salary"),
                        Money(pay),
                        Money(SALARY_OUTSIDE_CMM),
                        Comparator.AT_LEAST,
                    ),
                ),
                gap=Money(SALARY_OUTSIDE_CMM - pay),
                reading=READING_CMM,
            )
        thresholds: dict[str, Value] = {
            "low": Money(SALARY_OUTSIDE_CMM),
            "high": Money(SALARY_INSIDE_CMM),
        }
        if place is not None and place.ambiguous:
            # Homonyms, one inside the CMM and one outside: asked, never assumed.
            return Outcome(
                Status.UNKNOWN,
                N_(
                    "Several municipalities are named {name}: {candidates}. Say which one, to "
                    "know whether the employer is inside the CMM (the threshold is {low} "
                    "outside, {high} inside)."
                ),
                {
                    "name": place.name or place.typed,
                    "candidates": "; ".join(candidate.label for candidate in place.candidates),
                    "low": Money(SALARY_OUTSIDE_CMM),
                    "high": Money(SALARY_INSIDE_CMM),
                },
                missing=("job.employer_municipality",),
                reading=READING_CMM,
                sources=sources,
            )
        if place is not None:
            # A name typed but not recognised: say so, and offer the names it is close to.
            suggestions = tuple(place.suggestions)
            return Outcome(
                Status.UNKNOWN,
                N_(
                    '"{typed}" is not a municipality recognised here: did you mean '
                    "{suggestions}? Correct it, or confirm that the employer's municipality is "
                    "not in the list (the threshold is {low} outside the CMM, {high} inside)."
                )
                if suggestions
                else N_(
                    '"{typed}" is not a municipality recognised here: check its spelling, or '
                    "confirm that the employer's municipality is not in the list (the threshold "
                    "is {low} outside the CMM, {high} inside)."
                ),
                {**thresholds, "typed": place.typed, "suggestions": " / ".join(suggestions)},
                missing=("job.employer_municipality", "job.municipality_not_listed"),
                reading=READING_CMM,
                sources=sources,
            )
        return Outcome(
            Status.UNKNOWN,
            N_(
                "Still to answer: the employer's municipality, to know whether it is "
                "inside the CMM (the threshold is {low} outside, {high} inside)."
            ),
            thresholds,
            missing=("job.employer_municipality",),
            reading=READING_CMM,
            sources=sources,
        )
    required = SALARY_INSIDE_CMM if in_cmm else SALARY_OUTSIDE_CMM
    params: dict[str, Value] = {
        "salary": Money(pay),
        "required": Money(required),
        "municipality": municipality,
        "where": where,
    }
    comparison = Comparison(
        N_("gross annual salary"), Money(pay), Money(required), Comparator.AT_LEAST
    )
    if pay >= required:
        return Outcome(
            Status.MET,
            N_(
                "A salary of {salary} reaches the {required} required for "
                "an employer in {municipality}, {where}."
            ),
            params,
            comparisons=(comparison,),
            reading=READING_CMM,
            sources=sources,
        )
    return Outcome(
        Status.NOT_MET,
        N_(
            "A salary of {salary} is below the {required} required because the "
            "employer is in {municipality}, {where}."
        ),
        params,
        comparisons=(comparison,),
        gap=Money(required - pay),
        reading=READING_CMM,
        sources=sources,
    )
