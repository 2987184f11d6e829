"""Volet Technologies de l'information et effets visuels: art. 10, 10.1, 11 and 12.

10. Les conditions de sélection du volet Technologie de l'information et effets visuels sont les
suivantes: (…)

11. Le titulaire d'un permis de travail délivré en vertu de l'article 205 du Règlement sur
l'immigration et la protection des réfugiés (DORS/2002-227) à titre de conjoint qui accompagne
peut présenter une demande et être sélectionné par le ministre s'il satisfait aux conditions
prévues à l'article 6 et aux paragraphes 2 à 4 de l'article 10.  → 10 1° not applicable to them.

12. Pour l'application du présent volet, un emploi admissible s'entend de l'une des professions
suivantes, selon la Classification nationale des professions, avec les conditions qui, le cas
échéant, y sont associées: (…)  → the 19 codes and their sector conditions: data/occupations.json,
applied by Facts.art12_eligible.
"""

from __future__ import annotations

from decimal import Decimal

from core.answers import DiplomaLevel, WorkPeriod
from core.experience import months_before
from core.i18n import N_
from core.logic import Status, all_of, negate
from core.program import before_amendment
from core.reference import source_of, wage_threshold_for
from core.rules import diplomas, jobs, stay
from core.rules.base import (
    Citation,
    Comparator,
    Comparison,
    HourlyWage,
    Outcome,
    Value,
    condition,
)
from core.rules.facts import Facts
from core.rules.ids import ConditionId
from core.rules.work import (
    art12_job,
    judge_months,
    list_2021_not_encoded,
    not_controlled_if_in_quebec,
)


@condition(
    ConditionId.ART10_1,
    Citation("10", "1°"),
    label=N_("Stay in Québec mainly to work or on a youth exchange, where applicable"),
    text_fr=stay.TEXT_FR,
    text_en=stay.TEXT_EN,
    comparator=Comparator.IS,
    inputs=stay.INPUTS,
)
def stay_purpose(facts: Facts) -> Outcome:
    return stay.judge_stay(facts, "11")


@condition(
    ConditionId.ART10_2,
    Citation("10", "2°"),
    label=N_("Diploma at least equal to a Québec technical DEC or bachelor's degree"),
    text_fr="""être titulaire d’un diplôme correspondant minimalement à un diplôme d’études
    collégiales techniques du Québec ou à un diplôme universitaire sanctionnant un baccalauréat du
    Québec;""",
    text_en="""hold a diploma corresponding at least to a Québec technical college diploma (DEC)
    or to a Québec university diploma attesting a bachelor's degree;""",
    comparator=Comparator.AT_LEAST,
    inputs=("diplomas",),
)
def technical_dec_or_more(facts: Facts) -> Outcome:
    return diplomas.judge_diploma(facts, DiplomaLevel.DEC_TECHNICAL)


# Art. 10 3° (with 10.1, in its text_fr) has no master's or doctorate waiver, unlike art. 7.
MONTHS_REQUIRED = 24
WINDOW_MONTHS = 60


def art10_qualifying_job(period: WorkPeriod) -> bool | None:
    return all_of(
        [
            period.full_time,
            art12_job(period),
            negate(period.ineligible_sector),
            not_controlled_if_in_quebec(period),
        ]
    )


@condition(
    ConditionId.ART10_3,
    Citation("10", "3°"),
    label=N_(
        "{months_required} months of full-time work in an eligible occupation in the last "
        "{window_months} months"
    ),
    text_fr="""avoir occupé un emploi admissible à temps plein qui n’est pas dans un secteur
    inadmissible visé aux articles 1 ou 2 de l’annexe E du Règlement sur l’immigration au Québec
    (chapitre I-0.2.1, r. 3), pour une période d’au moins 24 mois au cours des 60 mois précédant
    la date de présentation de la demande; [art. 10.1: un emploi admissible occupé au Québec ne
    doit pas être pour le compte d’une entreprise sur laquelle le ressortissant étranger exerce un
    contrôle.]""",
    text_en="""have held a full-time eligible job, not in an ineligible sector under sections 1 or
    2 of Schedule E of the Regulation respecting immigration to Québec, for at least 24 months
    within the 60 months before the application is filed; [s. 10.1: an eligible job held in
    Québec must not be for a company the foreign national controls.]""",
    comparator=Comparator.WITHIN_MONTHS_BEFORE,
    inputs=("work_history",),
    noc_version=True,
)
def it_vfx_experience(facts: Facts) -> Outcome:
    if before_amendment(facts.application_date):
        return list_2021_not_encoded()
    return judge_months(
        facts,
        art10_qualifying_job,
        months_before(facts.application_date, WINDOW_MONTHS),
        MONTHS_REQUIRED,
        N_("months of full-time work in an eligible occupation"),
        N_("full-time work in an eligible occupation (s. 12)"),
    )


READING_WAGE = N_(
    '"Supérieur à" is strict: a wage equal to the threshold does not meet it. The thresholds '
    "are not known here: the figure used is the one you read for your occupation on the "
    "ministry's site. An hourly wage derived from a yearly salary assumes 52 weeks of your usual "
    "weekly hours."
)


@condition(
    ConditionId.ART10_4,
    Citation("10", "4°"),
    label=N_("Full-time eligible job in Québec paid above the 9th decile"),
    text_fr="""occuper ou avoir accepté un emploi admissible à temps plein au Québec qui n’est pas
    dans un secteur inadmissible visé aux articles 1 ou 2 de l’annexe E du Règlement sur
    l’immigration au Québec ni pour le compte d’une entreprise sur laquelle le ressortissant
    étranger exerce un contrôle et dont le salaire horaire est supérieur au neuvième décile de la
    moyenne du salaire horaire des 3 dernières années disponibles pour cet emploi, tel qu’estimé
    par le ministre de l’Emploi et de la Solidarité sociale.""",
    text_en="""hold or have accepted a full-time eligible job in Québec, not in an ineligible
    sector under sections 1 or 2 of Schedule E of the Regulation respecting immigration to Québec
    nor for a company the foreign national controls, whose hourly wage is higher than the ninth
    decile of the average hourly wage of the last 3 available years for that job, as estimated by
    the Minister of Employment and Social Solidarity.""",
    comparator=Comparator.GREATER_THAN,
    inputs=(
        "job.status",
        "job.noc_code",
        "job.full_time",
        "job.in_quebec",
        "job.vfx_sector",
        "job.related_to_it_vfx",
        "job.ineligible_sector",
        "job.controlled_company",
        "job.hourly_wage",
        "job.annual_salary",
        "job.weekly_hours",
        "job.wage_threshold",
    ),
    noc_version=True,
)
def eligible_job_above_ninth_decile(facts: Facts) -> Outcome:
    if before_amendment(facts.application_date):
        return list_2021_not_encoded()
    basics = jobs.judge(
        [
            jobs.held_or_accepted(facts),
            jobs.full_time(facts),
            jobs.in_quebec(facts),
            jobs.eligible_occupation(facts),
            jobs.outside_ineligible_sectors(facts),
            jobs.not_controlled(facts),
        ],
        N_("A full-time eligible job in Québec is held or accepted."),
    )
    if basics.status is Status.NOT_MET:
        return basics
    wage_outcome = _wage_above_threshold(facts)
    if wage_outcome.status is Status.MET and basics.status is Status.UNKNOWN:
        return basics
    if wage_outcome.status is Status.UNKNOWN and basics.status is Status.UNKNOWN:
        return Outcome(
            Status.UNKNOWN,
            basics.reason,
            basics.params,
            missing=basics.missing + wage_outcome.missing,
            reading=READING_WAGE,
        )
    return wage_outcome


def _wage_above_threshold(facts: Facts) -> Outcome:
    job = facts.answers.job
    wage = facts.hourly_wage
    threshold, entry = (None, None)
    if job.noc_code:
        threshold, entry = wage_threshold_for(job.noc_code, facts.application_date)
    sources = (source_of("wage_thresholds", entry.get("confidence")),) if entry else ()
    if threshold is None:
        threshold = job.wage_threshold
    if wage is None or threshold is None:
        missing = tuple(
            path
            for path, value in (("job.hourly_wage", wage), ("job.wage_threshold", threshold))
            if value is None
        )
        reason = (
            N_(
                "The 9th-decile threshold for this occupation is not known here: enter the "
                "figure published for your occupation (to verify)."
            )
            if threshold is None
            else N_("Still to answer: your hourly wage (or yearly salary and weekly hours).")
        )
        return Outcome(
            Status.UNKNOWN, reason, missing=missing, reading=READING_WAGE, sources=sources
        )
    places = decisive_places(wage, threshold)
    shown_wage, shown_threshold = HourlyWage(wage, places), HourlyWage(threshold, places)
    params: dict[str, Value] = {"wage": shown_wage, "threshold": shown_threshold}
    comparison = Comparison(N_("hourly wage"), shown_wage, shown_threshold, Comparator.GREATER_THAN)
    if wage > threshold:
        return Outcome(
            Status.MET,
            N_("An hourly wage of {wage} is above the threshold of {threshold}."),
            params,
            comparisons=(comparison,),
            reading=READING_WAGE,
            sources=sources,
        )
    return Outcome(
        Status.NOT_MET,
        N_(
            "An hourly wage of {wage} is not above the threshold of {threshold}: it "
            "must be higher, not equal."
        ),
        params,
        comparisons=(comparison,),
        gap=HourlyWage(threshold - wage + _CENT),
        reading=READING_WAGE,
        sources=sources,
    )


_CENT = Decimal("0.01")  # the smallest raise that makes the wage strictly higher
_MOST_PLACES = 10


def decisive_places(wage: Decimal, threshold: Decimal) -> int:
    """The decimals that show the difference that decides (55.0005 against 55.00: four)."""
    places = 2
    while places < _MOST_PLACES and wage != threshold:
        step = Decimal(1).scaleb(-places)
        if wage.quantize(step) != threshold.quantize(step):
            break
        places += 1
    return places
