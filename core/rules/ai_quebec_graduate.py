"""Volet Intelligence artificielle — sous-volet Diplômé du Québec: art. 9.

9. Les conditions de sélection du sous-volet Diplômé du Québec sont les suivantes: (…)
No salary threshold and no spouse provision in this sub-stream.

Reading: par. 1°, 3° and 4° speak of the same diploma and program. The diploma assessed is the
Québec graduate diploma that fares best under the three together (met, then cannot tell, then
not met), then a master's or doctorate before a DESS, then the most recent.
"""

from __future__ import annotations

from decimal import Decimal

from core.answers import Diploma, DiplomaLevel, WorkPeriod
from core.experience import ONE_DAY, Span, months_after, months_before
from core.i18n import N_
from core.logic import Status, all_of, combine, negate
from core.program import before_amendment
from core.rules import jobs
from core.rules.base import (
    Citation,
    Comparator,
    Comparison,
    Outcome,
    Percent,
    Value,
    condition,
)
from core.rules.facts import Facts
from core.rules.ids import ConditionId
from core.rules.work import (
    feer_0_to_2_outside_ineligible,
    in_the_2021_text,
    judge_months,
    skilled_2016_full_time,
)

GRADUATE_LEVELS = (DiplomaLevel.DESS, DiplomaLevel.MASTER, DiplomaLevel.DOCTORATE)
DIPLOMA_WINDOW_MONTHS = 24
WORK_AFTER_MONTHS = 12
WORK_REQUIRED_MONTHS = 6
HALF = 50

READING_DIPLOMA_CHOICE = N_(
    "Paragraphs 1°, 3° and 4° speak of the same diploma: the one assessed is your Québec "
    "graduate diploma that best meets the three together, a master's or doctorate before a DESS."
)


def _recent(facts: Facts, diploma: Diploma) -> bool | None:
    if diploma.obtained_on is None:
        return None
    window = months_before(facts.application_date, DIPLOMA_WINDOW_MONTHS)
    return window.start <= diploma.obtained_on <= window.end


def _graduate_in_quebec(diploma: Diploma) -> bool | None:
    level = None if diploma.level is None else diploma.level in GRADUATE_LEVELS
    return all_of([diploma.issued_in_quebec, level])


def art9_diploma(facts: Facts) -> Diploma | None:
    """The diploma that par. 1°, 3° and 4° are read against (see the module's reading)."""
    if "art9_diploma" in facts.memo:
        return facts.memo["art9_diploma"]
    candidates = [d for d in facts.answers.diplomas or () if _graduate_in_quebec(d) is not False]
    order = {Status.MET: 0, Status.NOT_APPLICABLE: 0, Status.UNKNOWN: 1, Status.NOT_MET: 2}

    def rank(diploma: Diploma) -> tuple:
        together = combine(judge(facts, diploma).status for judge in DIPLOMA_CONDITIONS)
        is_dess = diploma.level is DiplomaLevel.DESS
        when = diploma.obtained_on or facts.application_date
        return (order[together], is_dess, -when.toordinal())

    chosen = min(candidates, key=rank, default=None)
    facts.memo["art9_diploma"] = chosen
    return chosen


@condition(
    ConditionId.ART9_1,
    Citation("9", "1°"),
    label=N_("Stayed in Québec mainly to study for at least half of the program"),
    text_fr="""avoir séjourné au Québec dans le but principal d’y étudier, pendant au moins la
    moitié de la durée de son programme d’études;""",
    text_en="""have stayed in Québec mainly to study there for at least half of the length of
    their study program;""",
    comparator=Comparator.AT_LEAST,
    inputs=("diplomas",),
)
def studied_in_quebec(facts: Facts) -> Outcome:
    diploma = art9_diploma(facts)
    if diploma is None and facts.answers.diplomas is not None:
        # Par. 1°'s own reason: the stay is measured against the program of that diploma.
        return Outcome(
            Status.NOT_MET,
            N_(
                "No stay to study in Québec can be measured: the program it is measured against "
                "is that of a Québec DESS, master's or doctorate (para. 3°), and none is listed."
            ),
            reading=READING_DIPLOMA_CHOICE,
        )
    return _no_diploma(facts) if diploma is None else _studied(facts, diploma)


def _studied(facts: Facts, diploma: Diploma) -> Outcome:
    share = diploma.share_in_quebec_percent
    if share is None:
        return Outcome(
            Status.UNKNOWN,
            N_("Still to answer: the share of your study program spent in Québec mainly to study."),
            reading=READING_DIPLOMA_CHOICE,
            missing=("diplomas",),
        )
    studied, half = Percent(Decimal(str(share))), Percent(Decimal(HALF))
    comparison = Comparison(
        N_("share of the program studied in Québec"), studied, half, Comparator.AT_LEAST
    )
    params: dict[str, Value] = {"share": studied, "half": half}
    if share >= HALF:
        return Outcome(
            Status.MET,
            N_("{share} of the program was spent studying in Québec (at least {half} required)."),
            params,
            comparisons=(comparison,),
            reading=READING_DIPLOMA_CHOICE,
        )
    return Outcome(
        Status.NOT_MET,
        N_(
            "Only {share} of the program was spent studying in Québec; at least {half} is required."
        ),
        params,
        comparisons=(comparison,),
        reading=READING_DIPLOMA_CHOICE,
    )


def _no_diploma(facts: Facts) -> Outcome:
    if facts.answers.diplomas is None:
        return Outcome(Status.UNKNOWN, N_("Still to answer: your diplomas."), missing=("diplomas",))
    return Outcome(
        Status.NOT_MET,
        N_("No diploma of DESS, master's or doctorate level issued in Québec."),
        reading=READING_DIPLOMA_CHOICE,
    )


@condition(
    ConditionId.ART9_2,
    Citation("9", "2°"),
    label=N_("No scholarship requiring a return home, or its condition met"),
    text_fr="""ne pas être titulaire d’une bourse d’études imposant une condition de retour dans
    son pays à la fin de son programme d’études ou s’être conformé à cette condition;""",
    text_en="""not hold a scholarship requiring a return to their country at the end of their
    study program, or have complied with that condition;""",
    comparator=Comparator.IS,
    inputs=("scholarship.has_return_condition", "scholarship.condition_fulfilled"),
)
def no_return_scholarship(facts: Facts) -> Outcome:
    grant = facts.answers.scholarship
    if grant.has_return_condition is False:
        return Outcome(Status.MET, N_("No scholarship with a condition of return."))
    if grant.has_return_condition and grant.condition_fulfilled:
        return Outcome(Status.MET, N_("The scholarship's condition of return has been met."))
    if grant.has_return_condition and grant.condition_fulfilled is False:
        return Outcome(
            Status.NOT_MET,
            N_("A scholarship requires a return home, and that condition has not been met."),
        )
    missing = (
        ("scholarship.has_return_condition",)
        if grant.has_return_condition is None
        else ("scholarship.condition_fulfilled",)
    )
    return Outcome(
        Status.UNKNOWN,
        N_(
            "Still to answer: any scholarship requiring a return "
            "home, and whether its condition was met."
        ),
        missing=missing,
    )


@condition(
    ConditionId.ART9_3,
    Citation("9", "3°"),
    label=N_(
        "Québec DESS, master's or doctorate obtained in the last {diploma_window_months} months"
    ),
    text_fr="""être titulaire d’un diplôme universitaire délivré par un établissement
    d’enseignement au Québec sanctionnant des études supérieures spécialisées, une maîtrise ou un
    doctorat et obtenu dans les 24 mois précédant la date de présentation de la demande;""",
    text_en="""hold a university diploma issued by an educational institution in Québec attesting
    specialized graduate studies (DESS), a master's or a doctorate, obtained within the 24 months
    before the application is filed;""",
    comparator=Comparator.WITHIN_MONTHS_BEFORE,
    inputs=("diplomas",),
)
def recent_quebec_graduate_diploma(facts: Facts) -> Outcome:
    diploma = art9_diploma(facts)
    return _no_diploma(facts) if diploma is None else _recent_diploma(facts, diploma)


def _recent_diploma(facts: Facts, diploma: Diploma) -> Outcome:
    window = months_before(facts.application_date, DIPLOMA_WINDOW_MONTHS)
    params = {"start": window.start, "end": window.end}
    verdict = all_of([_graduate_in_quebec(diploma), _recent(facts, diploma)])
    if verdict is True:
        return Outcome(
            Status.MET,
            N_("Obtained on {obtained}, within {start} – {end}."),
            {**params, "obtained": diploma.obtained_on},
            reading=READING_DIPLOMA_CHOICE,
        )
    if verdict is False:
        return Outcome(
            Status.NOT_MET,
            N_(
                "Obtained on {obtained}, outside the {diploma_window_months} months before the application "
                "({start} – {end})."
            ),
            {**params, "obtained": diploma.obtained_on},
            comparisons=(
                Comparison(
                    N_("date obtained"),
                    diploma.obtained_on,
                    window.start,
                    Comparator.WITHIN_MONTHS_BEFORE,
                ),
            ),
            reading=READING_DIPLOMA_CHOICE,
        )
    return Outcome(
        Status.UNKNOWN,
        N_("Still to answer: where the diploma was issued and the date it was obtained."),
        reading=READING_DIPLOMA_CHOICE,
        missing=("diplomas",),
    )


def art9_qualifying_job_2021(period: WorkPeriod) -> bool | None:
    """Before A.M. 2023-002: in Québec, full-time, NOC 2016 skill type 0 or level A or B."""
    return all_of([period.in_quebec, skilled_2016_full_time(period)])


def art9_qualifying_job(period: WorkPeriod) -> bool | None:
    """In Québec (always, here), FEER 0–2, full-time, not ineligible, not a controlled company."""
    return all_of(
        [
            period.in_quebec,
            feer_0_to_2_outside_ineligible(period),
            negate(period.controlled_company),
        ]
    )


@condition(
    ConditionId.ART9_4,
    Citation("9", "4°"),
    label=N_(
        "For a DESS: {dess_work_months} months of full-time TEER 0–2 work in Québec in the "
        "{dess_after_months} months "
        "after the program"
    ),
    label_2021=N_(
        "For a DESS: {dess_work_months} months of full-time work in Québec of NOC 2016 skill "
        "type 0 or level A or B in the {dess_after_months} months after the program"
    ),
    text_fr="""si le diplôme visé au paragraphe 3 est un diplôme d’études supérieures
    spécialisées, avoir occupé un emploi à temps plein au Québec, de catégorie FEER 0, 1 ou 2 au
    sens de la Classification nationale des professions, qui n’est pas dans un secteur
    inadmissible visé aux articles 1 ou 2 de l’annexe E du Règlement sur l’immigration au Québec
    (chapitre I-0.2.1, r. 3) ni pour le compte d’une entreprise sur laquelle le ressortissant
    étranger exerce un contrôle, pour une période d’au moins 6 mois au cours des 12 mois suivant
    la date de fin de son programme d’études;""",
    text_en="""if the diploma of para. 3 is a DESS, have held a full-time job in Québec in FEER
    category 0, 1 or 2 of the National Occupational Classification, not in an ineligible sector
    under sections 1 or 2 of Schedule E of the Regulation respecting immigration to Québec nor for
    a company the foreign national controls, for at least 6 months within the 12 months after
    the end date of their study program;""",
    comparator=Comparator.WITHIN_MONTHS_AFTER,
    inputs=("diplomas", "work_history"),
    noc_version=True,
)
def dess_work_after_program(facts: Facts) -> Outcome:
    diploma = art9_diploma(facts)
    if diploma is None and facts.answers.diplomas is None:
        return _no_diploma(facts)
    if diploma is None:
        return Outcome(
            Status.NOT_APPLICABLE, N_("Applies only to a DESS."), reading=READING_DIPLOMA_CHOICE
        )
    return _dess_work(facts, diploma)


def _dess_work(facts: Facts, diploma: Diploma) -> Outcome:
    if diploma.level is not DiplomaLevel.DESS:
        return Outcome(
            Status.NOT_APPLICABLE, N_("Applies only to a DESS."), reading=READING_DIPLOMA_CHOICE
        )
    end = diploma.program_end_on
    if end is None:
        return Outcome(
            Status.UNKNOWN,
            N_("Still to answer: the end date of your DESS program."),
            missing=("diplomas",),
        )
    window = months_after(end, WORK_AFTER_MONTHS)
    # Only work done before the application date can count.
    window = Span(window.start, min(window.end, facts.application_date - ONE_DAY))
    if before_amendment(facts.application_date):
        return in_the_2021_text(
            judge_months(
                facts,
                art9_qualifying_job_2021,
                window,
                WORK_REQUIRED_MONTHS,
                N_("months of full-time work in Québec of NOC 2016 skill type 0 or level A or B"),
                N_("full-time work in Québec of NOC 2016 skill type 0 or level A or B"),
            )
        )
    return judge_months(
        facts,
        art9_qualifying_job,
        window,
        WORK_REQUIRED_MONTHS,
        N_("months of full-time TEER 0–2 work in Québec"),
        N_("full-time TEER 0–2 work in Québec"),
    )


@condition(
    ConditionId.ART9_5,
    Citation("9", "5°"),
    label=N_("Full-time AI job in Québec, held or accepted, matching your skills"),
    text_fr="""occuper ou avoir accepté un emploi à temps plein au Québec, qui n’est pas pour le
    compte d’une entreprise sur laquelle le ressortissant étranger exerce un contrôle, dans le
    secteur de l’intelligence artificielle à l’exclusion d’un secteur inadmissible visé aux
    articles 1 ou 2 de l’annexe E du Règlement sur l’immigration au Québec et pour lequel son
    profil de compétences lui permet d’en remplir les exigences.""",
    text_en="""hold or have accepted a full-time job in Québec, not for a company the foreign
    national controls, in the artificial intelligence sector excluding an ineligible sector under
    sections 1 or 2 of Schedule E of the Regulation respecting immigration to Québec, and for
    which their skills profile allows them to meet its requirements.""",
    comparator=Comparator.IS,
    inputs=(
        "job.status",
        "job.full_time",
        "job.in_quebec",
        "job.ai_sector",
        "job.ineligible_sector",
        "job.controlled_company",
        "job.skills_meet_requirements",
    ),
)
def graduate_ai_job(facts: Facts) -> Outcome:
    return jobs.judge(
        [
            jobs.held_or_accepted(facts),
            jobs.full_time(facts),
            jobs.in_quebec(facts),
            jobs.not_controlled(facts),
            jobs.ai_sector(facts),
            jobs.outside_ineligible_sectors(facts),
            jobs.skills_match(facts),
        ],
        N_("A full-time AI job in Québec matching your skills is held or accepted."),
    )


# The paragraphs that speak of the same diploma (used to choose it).
DIPLOMA_CONDITIONS = (_studied, _recent_diploma, _dess_work)
