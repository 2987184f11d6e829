"""General provisions and general selection conditions: art. 1, 6 and 14."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from core.answers import French, FrenchProof, FrenchTest
from core.experience import add_months
from core.i18n import N_
from core.logic import Status, all_of, any_of
from core.program import program_dates
from core.reference import SourceNote, annex_c_figure, french_tables, source_of
from core.rules.base import Citation, Comparator, Comparison, Money, Msg, Outcome, condition
from core.rules.facts import Facts
from core.rules.ids import ConditionId

FRANCOPHONE = "francophone"
FRANCISATION = "francisation"
PROFILES = (FRANCOPHONE, FRANCISATION)

# Each condition carries the provision's words in `text_fr` (one copy). Art. 1: in effect since
# 22 April 2021 (A.M. 2021-002), a date kept in data/program.json. Art. 6 1° was repealed by
# A.M. 2023-002: nothing to check.


@condition(
    ConditionId.ART1,
    Citation("1"),
    label=N_("The program is in effect at the application date"),
    text_fr="""Est mis en oeuvre un Programme pilote d’immigration permanente des travailleurs des
    secteurs de l’intelligence artificielle, des technologies de l’information et des effets
    visuels.""",
    text_en="""A pilot program for the permanent immigration of workers in the artificial
    intelligence, information technologies and visual effects sectors is implemented.""",
    comparator=Comparator.DATE_RANGE,
    inputs=("application_date",),
)
def in_effect(facts: Facts) -> Outcome:
    start = program_dates().in_force
    params = {"date": facts.application_date, "start": start}
    sources = (source_of("program"),)
    if facts.application_date >= start:
        return Outcome(
            Status.MET,
            N_("The program was in effect on {date} (since {start})."),
            params,
            sources=sources,
        )
    return Outcome(
        Status.NOT_MET,
        N_("On {date} the program was not yet in effect: it began on {start}."),
        params,
        sources=sources,
    )


@condition(
    ConditionId.ART14,
    Citation("14"),
    label=N_("The program is not yet repealed at the application date"),
    text_fr="Le présent programme est abrogé le 1er janvier 2026.",
    text_en="This program is repealed on 1 January 2026.",
    comparator=Comparator.DATE_RANGE,
    inputs=("application_date",),
)
def not_repealed(facts: Facts) -> Outcome:
    end = program_dates().repealed
    params = {"date": facts.application_date, "end": end}
    sources = (source_of("program"),)
    if facts.application_date < end:
        return Outcome(
            Status.MET,
            N_("On {date} the program was not yet repealed ({end})."),
            params,
            sources=sources,
        )
    return Outcome(
        Status.NOT_MET,
        N_("The program was repealed on {end}: no application can be made under it on {date}."),
        params,
        sources=sources,
    )


LEVEL_REQUIRED = 7
DIPLOMAS = (FrenchTest.DELF_B2, FrenchTest.DALF_C1, FrenchTest.DALF_C2, FrenchTest.DELF_BELOW_B2)
TEST_VALIDITY_YEARS = 2

READING_ORAL = N_(
    "Oral French means listening and speaking, as the ministry's pages say. Any one proof is "
    "enough: a level of {level_required} or more, a test or diploma whose oral scores reach the minimums, or 3 "
    "years of full-time studies in French; another answer that shows less (a lower level you "
    "state, a test below the minimums) does not undo it. TEF and TCF scores are read against "
    "the NCLC 7 ranges of IRCC, a stand-in for level {level_required} of the Échelle québécoise "
    "(an inference); DELF and DALF oral exams against the minimums the ministry asked (16/25 "
    "for the DELF B2, 8/25 for the DALF C1, 16/50 for the DALF C2). Where each table comes "
    "from and how sure it is: in the sources, for the test you name."
)


@condition(
    ConditionId.ART6_2,
    Citation("6", "2°"),
    label=N_("Oral French at level {level_required} or more (Francophone profile)"),
    text_fr="""si la demande est présentée dans le cadre du profil Francophone, avoir une
    connaissance du français à l’oral de niveau 7 ou plus selon l’Échelle québécoise des niveaux
    de compétence en français;""",
    text_en="""if the application is made under the Francophone profile, have oral knowledge of
    French at level 7 or higher on the Échelle québécoise des niveaux de compétence en
    français;""",
    comparator=Comparator.AT_LEAST,
    inputs=(
        "french.proof",
        "french.oral_level",
        "french.test",
        "french.test_date",
        "french.listening",
        "french.speaking",
        "french.three_years_studies_in_french",
    ),
    profiles=frozenset({FRANCOPHONE}),
)
def oral_french(facts: Facts) -> Outcome:
    outcome = _oral_french(facts)
    french = _chosen_proof(facts.answers.french)
    if french.test in DIPLOMAS_READ and _older_than_validity(french.test_date, facts):
        note = Msg(DIPLOMA_NO_EXPIRY, {"date": french.test_date})
        return replace(outcome, notes=(*outcome.notes, note))
    return outcome


DIPLOMAS_READ = (FrenchTest.DELF_B2, FrenchTest.DALF_C1, FrenchTest.DALF_C2)
DIPLOMA_NO_EXPIRY = N_(
    "This DELF or DALF, dated {date}, is more than 2 years old at the application date. It is "
    "counted: a diploma is read here as never expiring, while the ministry's page, in a "
    "secondary copy, asks for results less than 2 years old (to verify)."
)


def _older_than_validity(when: date | None, facts: Facts) -> bool:
    limit = add_months(facts.application_date, -12 * TEST_VALIDITY_YEARS)
    return when is not None and when < limit


def _oral_french(facts: Facts) -> Outcome:
    french = _chosen_proof(facts.answers.french)
    if french.proof is FrenchProof.NONE:
        return Outcome(
            Status.NOT_MET,
            N_("No proof of oral French at level {level} or more was given."),
            {"level": LEVEL_REQUIRED},
            reading=READING_ORAL,
        )
    proofs: list[bool | None] = []
    if french.oral_level is not None:
        proofs.append(french.oral_level >= LEVEL_REQUIRED)
    if french.three_years_studies_in_french is not None:
        proofs.append(french.three_years_studies_in_french)
    test_verdict, test_reason, test_params, test_missing = None, None, {}, ()
    if french.test is not None:
        test_verdict, test_reason, test_params, test_missing = _test_meets_level_7(facts)
        proofs.append(test_verdict)
    verdict = any_of(proofs) if proofs else None
    comparisons = ()
    if french.oral_level is not None:
        comparisons = (
            Comparison(
                N_("oral French level"), french.oral_level, LEVEL_REQUIRED, Comparator.AT_LEAST
            ),
        )
    sources = _test_sources(french.test)
    if verdict is True:
        return Outcome(
            Status.MET,
            N_("Oral French at level {level_required} or more is shown."),
            comparisons=comparisons,
            reading=READING_ORAL,
            sources=sources,
        )
    if verdict is False:
        gap = LEVEL_REQUIRED - french.oral_level if french.oral_level is not None else None
        reason = test_reason or (
            N_(
                "The proof chosen is 3 years of full-time studies in French, but the answer "
                "says they were not completed: no other proof of oral French was given."
            )
            if french.proof is FrenchProof.STUDIES
            else N_("Oral French is below level {level_required}.")
        )
        return Outcome(
            Status.NOT_MET,
            reason,
            test_params,
            comparisons=comparisons,
            gap=gap,
            reading=READING_ORAL,
            sources=sources,
        )
    return Outcome(
        Status.UNKNOWN,
        test_reason or N_("Your oral French level, or your test scores, are still to be given."),
        test_params,
        reading=READING_ORAL,
        sources=sources,
        missing=_missing_proof(french, test_missing),
    )


def _chosen_proof(french: French) -> French:
    """Once the person picks their proof, only its answers count: answers left from another
    choice (a test typed, then "a level" picked) are set aside, never read as a second proof."""
    if french.proof is None:  # files written before the question: every proof given counts
        return french
    keep = {
        FrenchProof.TEST: ("test", "test_date", "listening", "speaking"),
        FrenchProof.LEVEL: ("oral_level",),
        FrenchProof.STUDIES: (),
        FrenchProof.NONE: (),
    }[french.proof]
    cleared = {
        name: None
        for name in ("test", "test_date", "listening", "speaking", "oral_level")
        if name not in keep
    }
    # "3 years of studies" chosen is a yes, unless the file also answers that question "no":
    # a no stays a no (never forced to true).
    studies = french.three_years_studies_in_french
    cleared["three_years_studies_in_french"] = (
        (studies is not False) if french.proof is FrenchProof.STUDIES else None
    )
    return french.model_copy(update=cleared)


def _missing_proof(french: French, test_missing: tuple[str, ...]) -> tuple[str, ...]:
    """The answers that would decide it: the proof chosen first, then that proof's answers."""
    if french.proof is None:
        return ("french.proof", *test_missing)
    if french.proof is FrenchProof.LEVEL:
        return ("french.oral_level",)
    return ("french.test", *test_missing)


def _test_sources(test: FrenchTest | None) -> tuple[SourceNote, ...]:
    """The table a test is read against: IRCC's NCLC 7 charts, or the DELF/DALF minimums."""
    if test is None:
        return ()
    for table in french_tables():
        if test.value.replace("-", "_") in table["tests"] and table.get("source"):
            return (
                SourceNote(
                    "french_tests",
                    table["source"],
                    table["confidence"],
                    bool(table.get("verify")),
                    source_fr=table.get("source_fr"),
                ),
            )
    return (source_of("french_tests"),)


TestReading = tuple[bool | None, str | None, dict, tuple[str, ...]]


def _test_meets_level_7(facts: Facts) -> TestReading:
    """A test result read against the table for its test and date (verdict, reason, missing)."""
    french = facts.answers.french
    if french.test is None:
        return None, None, {}, ()
    if french.test is FrenchTest.DELF_BELOW_B2:
        return False, N_("A DELF below B2 does not show level {level_required}."), {}, ()
    if french.test_date is not None and french.test_date > facts.application_date:
        return None, N_("The test is dated after the application date."), {}, ()
    # DELF and DALF are diplomas: read as never expiring (a note says so, oral_french).
    if french.test not in DIPLOMAS and _older_than_validity(french.test_date, facts):
        return (
            None,
            N_(
                "The test results are more than 2 years old at the application date; "
                "the ministry asks for recent results (to verify)."
            ),
            {},
            (),
        )
    for table in french_tables():
        if french.test.value.replace("-", "_") not in table["tests"]:
            continue
        if not _covers(table, french.test_date):
            continue
        return _scores_against(french.listening, french.speaking, table)
    if french.test_date is None:
        return None, N_("The date of the test is still to be given."), {}, ("french.test_date",)
    return None, N_("No score table is known for this test at that date (to verify)."), {}, ()


def _scores_against(listening: int | None, speaking: int | None, table: dict) -> TestReading:
    """Each oral score the table names against its minimum."""
    exams = list(table.get("oral_exams", ("listening", "speaking")))
    scores = {"listening": listening, "speaking": speaking}
    scale = table.get("scale_max")
    params = {
        "listening": listening,
        "speaking": speaking,
        "listening_min": table.get("listening_min"),
        "speaking_min": table.get("speaking_min"),
        "scale": scale,
        "basis": Msg(BASIS_DIPLOMA if scale else BASIS_STAND_IN),
    }
    missing = tuple(f"french.{exam}" for exam in exams if scores[exam] is None)
    if missing:
        if exams == ["speaking"]:
            reason = N_(
                "The score of the diploma's oral exam (out of {scale}), given as the speaking "
                "score, is still to be given."
            )
        elif scale:
            reason = N_(
                "The scores of the diploma's oral exams, listening and speaking (each out of "
                "{scale}), are still to be given."
            )
        else:
            reason = N_("Both test scores, listening and speaking, are still to be given.")
        return None, reason, params, missing
    if scale and any(scores[exam] > scale for exam in exams):
        return (
            None,
            N_("An oral exam of this diploma is scored out of {scale}: check the scores given."),
            params,
            tuple(f"french.{exam}" for exam in exams),
        )
    short = {exam for exam in exams if scores[exam] < table[f"{exam}_min"]}
    if not short:
        return True, None, params, ()
    return False, _scores_short(short, exams, scale), params, ()


BASIS_STAND_IN = N_("the stand-in for level {level_required}")
BASIS_DIPLOMA = N_(
    "the minimum the ministry published for this diploma's oral exams, according to a secondary "
    "copy of its page"
)


def _diploma_scores_short(short: set[str]) -> str:
    """A DELF's or DALF's oral exams as the diploma names them: compréhension de l'oral,
    production orale."""
    if short == {"listening", "speaking"}:
        return N_(
            "Both oral exam scores are below {basis}: listening comprehension "
            "{listening}/{scale} (at least {listening_min}) and oral production "
            "{speaking}/{scale} (at least {speaking_min})."
        )
    if short == {"listening"}:
        return N_(
            "The listening comprehension score, {listening}/{scale}, is below {listening_min}, "
            "{basis} (oral production, {speaking}/{scale}, reaches {speaking_min})."
        )
    return N_(
        "The oral production score, {speaking}/{scale}, is below {speaking_min}, {basis} "
        "(listening comprehension, {listening}/{scale}, reaches {listening_min})."
    )


def _scores_short(short: set[str], exams: list[str], scale: int | None = None) -> str:
    """Name only the score (or scores) below the minimum; a passing score is not "below"."""
    if exams == ["speaking"]:
        return N_("The oral exam score, {speaking}/{scale}, is below {speaking_min}, {basis}.")
    if scale:  # a DELF or DALF: its exams by their own names, scores out of the scale
        return _diploma_scores_short(short)
    if short == {"listening", "speaking"}:
        return N_(
            "Both scores are below {basis}: listening {listening} (at least {listening_min}) "
            "and speaking {speaking} (at least {speaking_min})."
        )
    if short == {"listening"}:
        return N_(
            "The listening score, {listening}, is below {listening_min}, {basis} "
            "(speaking, {speaking}, reaches {speaking_min})."
        )
    return N_(
        "The speaking score, {speaking}, is below {speaking_min}, {basis} "
        "(listening, {listening}, reaches {listening_min})."
    )


def _covers(table: dict, day: date | None) -> bool:
    start, end = table.get("tested_from"), table.get("tested_to")
    if start is None and end is None:
        return True
    if day is None:
        return False
    return (start is None or day >= date.fromisoformat(start)) and (
        end is None or day <= date.fromisoformat(end)
    )


READING_SCALE = N_(
    "The Annexe C amount for the application's year is used only when that year's figure is "
    "known; otherwise the official amount you read on the ministry's site, or your confirmation "
    "that you hold at least that amount, is used. Another year's figure is never applied."
)


@condition(
    ConditionId.ART6_3,
    Citation("6", "3°"),
    label=N_("Undertaking of financial self-sufficiency (Annexe C RIQ)"),
    text_fr="""s’engager, pour 3 mois à compter de la date d’obtention du statut de résident
    permanent, à subvenir à ses besoins essentiels, à ceux des membres de sa famille qui
    l’accompagnent et à ceux de ses enfants à charge citoyens canadiens, ainsi qu’à disposer à
    cette fin de ressources financières au moins égales au montant requis selon le barème de
    l’annexe C du Règlement sur l’immigration au Québec (chapitre I-0.2.1, r. 3).""",
    text_en="""undertake, for 3 months from the date permanent resident status is obtained, to
    provide for their basic needs, those of the accompanying family members and those of their
    dependent children who are Canadian citizens, and to have for that purpose financial
    resources at least equal to the amount required by the scale in Schedule C of the Regulation
    respecting immigration to Québec.""",
    comparator=Comparator.AT_LEAST,
    inputs=(
        "family.undertaking_signed",
        "family.adults",
        "family.children_under_18",
        "family.dependent_children_18_plus",
        "family.funds",
        "family.official_amount",
        "family.funds_meet_scale",
    ),
)
def self_sufficiency(facts: Facts) -> Outcome:
    family = facts.answers.family
    required, _confidence, source = _scale_amount(facts)
    sources: tuple = ()
    if required is not None and source is not None:
        sources = (source,)
    elif family.official_amount is not None:
        required = family.official_amount
    funds_ok: bool | None
    comparisons: tuple[Comparison, ...] = ()
    gap = None
    if required is not None and family.funds is not None:
        funds_ok = family.funds >= required
        comparisons = (
            Comparison(
                N_("funds for 3 months"), Money(family.funds), Money(required), Comparator.AT_LEAST
            ),
        )
        if not funds_ok:
            gap = Money(required - family.funds)
    else:
        funds_ok = family.funds_meet_scale
    verdict = all_of([family.undertaking_signed, funds_ok])
    if verdict is True:
        return Outcome(
            Status.MET,
            N_("The undertaking is made and the funds reach the scale."),
            comparisons=comparisons,
            reading=READING_SCALE,
            sources=sources,
        )
    if family.undertaking_signed is False:
        return Outcome(
            Status.NOT_MET,
            N_("The undertaking of self-sufficiency is not made."),
            comparisons=comparisons,
            reading=READING_SCALE,
            sources=sources,
        )
    if funds_ok is False:
        if gap is not None:
            return Outcome(
                Status.NOT_MET,
                N_("Funds of {funds} are below the {required} of the scale."),
                {"funds": Money(family.funds), "required": Money(required)},
                comparisons=comparisons,
                gap=gap,
                reading=READING_SCALE,
                sources=sources,
            )
        return Outcome(
            Status.NOT_MET,
            N_("The funds do not reach the Annexe C amount."),
            reading=READING_SCALE,
            sources=sources,
        )
    missing = []
    if family.undertaking_signed is None:
        missing.append("family.undertaking_signed")
    if funds_ok is None:
        missing += ["family.funds", "family.official_amount", "family.funds_meet_scale"]
    reason = (
        N_(
            "The Annexe C amount for {year} is not known here: enter the official amount "
            "for your family, or confirm you hold at least that amount (to verify)."
        )
        if funds_ok is None and required is None
        else N_("The undertaking and the funds for 3 months are still to be confirmed.")
    )
    return Outcome(
        Status.UNKNOWN,
        reason,
        {"year": str(facts.application_date.year)},
        reading=READING_SCALE,
        sources=sources,
        missing=tuple(missing),
    )


def _scale_amount(facts: Facts) -> tuple[Decimal | None, str | None, SourceNote | None]:
    family = facts.answers.family
    counts = (family.adults, family.children_under_18, family.dependent_children_18_plus)
    if None in counts:
        return None, None, None
    return annex_c_figure(facts.application_date, *counts)
