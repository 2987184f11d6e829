"""The stay condition shared word for word by art. 7 1° and art. 10 1°, and the spouse exemption
of art. 8 and art. 11 (s. 205 IRPR open work permit)."""

from __future__ import annotations

from core.answers import StayPurpose
from core.i18n import N_
from core.logic import Status
from core.rules.base import Msg, Outcome, Value
from core.rules.facts import Facts

TEXT_FR = """le cas échéant, avoir séjourné au Québec dans le but principal d’y travailler ou de
participer à un programme d’échange jeunesse visé par une entente internationale conclue par le
Québec ou un accord international conclu par le Canada;"""
TEXT_EN = """where applicable, have stayed in Québec mainly to work there or to take part in a youth
exchange program covered by an international agreement entered into by Québec or by Canada;"""

INPUTS = ("spouse_open_work_permit", "stay.in_quebec", "stay.purpose")

READING_STAY = N_(
    '"Where applicable" is read as: it concerns your stay in Québec at the time of the '
    "application, if there is one. Someone not in Québec meets it; someone in Québec mainly to "
    "work or on a youth exchange meets it; someone there mainly to study or to visit does not. "
    "A stricter reading would also look at earlier stays."
)

PURPOSE_OK = {
    StayPurpose.WORK: True,
    StayPurpose.YOUTH_EXCHANGE: True,
    StayPurpose.STUDY: False,
    StayPurpose.VISIT: False,
    StayPurpose.OTHER: False,
}


def judge_stay(facts: Facts, spouse_article: str) -> Outcome:
    if facts.answers.spouse_open_work_permit:
        return Outcome(
            Status.NOT_APPLICABLE,
            N_(
                "Does not apply: you hold an accompanying spouse's open work permit "
                "(s. 205 IRPR), s. {article}."
            ),
            {"article": spouse_article},
        )
    stay = facts.answers.stay
    if stay.in_quebec is False:
        return Outcome(
            Status.MET,
            N_("You are not staying in Québec: nothing to meet here."),
            reading=READING_STAY,
        )
    if stay.purpose is not None and PURPOSE_OK[stay.purpose]:
        return Outcome(
            Status.MET,
            N_("Your stay in Québec is mainly to work or on a youth exchange."),
            reading=READING_STAY,
        )
    if stay.in_quebec and stay.purpose is not None:
        purpose: dict[str, Value] = {"purpose": Msg(PURPOSE_LABELS[stay.purpose])}
        if facts.answers.spouse_open_work_permit is None:
            return Outcome(
                Status.UNKNOWN,
                N_(
                    "Your stay in Québec is mainly for another purpose ({purpose}); "
                    "still to answer: do you hold an accompanying spouse's open work "
                    "permit (s. 205 IRPR)?"
                ),
                purpose,
                reading=READING_STAY,
                missing=("spouse_open_work_permit",),
            )
        return Outcome(
            Status.NOT_MET,
            N_(
                "Your stay in Québec is mainly for another purpose ({purpose}), not to "
                "work or on a youth exchange."
            ),
            purpose,
            reading=READING_STAY,
        )
    missing = tuple(
        p
        for p, v in (("stay.in_quebec", stay.in_quebec), ("stay.purpose", stay.purpose))
        if v is None
    )
    return Outcome(
        Status.UNKNOWN,
        N_("Still to answer: where you stay, and mainly why."),
        reading=READING_STAY,
        missing=missing,
    )


PURPOSE_LABELS = {
    StayPurpose.WORK: N_("work"),
    StayPurpose.YOUTH_EXCHANGE: N_("youth exchange"),
    StayPurpose.STUDY: N_("studies"),
    StayPurpose.VISIT: N_("a visit"),
    StayPurpose.OTHER: N_("another purpose"),
}
