"""Diploma levels as art. 7 2° and 10 2° compare them ("correspondant minimalement à")."""

from __future__ import annotations

from core.answers import LEVEL_LABELS, DiplomaLevel
from core.i18n import N_
from core.logic import Status
from core.rules.base import Comparator, Comparison, Msg, Outcome, Value
from core.rules.facts import Facts

READING_DIPLOMA = N_(
    "A diploma from outside Québec counts at the level its comparative evaluation gives it. "
    "Levels in order: DEP, AEC, general DEC, technical DEC, bachelor's, DESS, master's, doctorate. "
    "A diploma dated after the application date does not count."
)


def judge_diploma(facts: Facts, minimum: DiplomaLevel) -> Outcome:
    """Shared by art. 7 2° and 10 2°: some diploma held reaches `minimum` in Québec terms."""
    verdict = facts.has_diploma_at_least(minimum)
    params: dict[str, Value] = {"minimum": Msg(LEVEL_LABELS[minimum])}
    held = [
        level
        for d in facts.answers.diplomas or ()
        if (level := d.quebec_level) is not None and facts.diploma_held(d)
    ]
    best = max(held, key=lambda level: level.rank, default=None)
    if verdict is True and best is not None:  # True: a diploma held has a level, best the top
        # Name the diploma that meets the minimum, so a bachelor's is not called a DEC.
        return Outcome(
            Status.MET,
            N_("Your diploma ({best}) meets the minimum required: {minimum}."),
            {**params, "best": Msg(LEVEL_LABELS[best])},
            reading=READING_DIPLOMA,
        )
    if verdict is False:
        # A diploma that would reach the minimum, dated after the application date (one not
        # held always has its date).
        later = [
            (obtained, level)
            for d in facts.answers.diplomas or ()
            if not facts.diploma_held(d)
            and (obtained := d.obtained_on) is not None
            and (level := d.quebec_level) is not None
            and level.rank >= minimum.rank
        ]
        if later:
            obtained, level = min(later, key=lambda found: found[0])
            return Outcome(
                Status.NOT_MET,
                N_(
                    "Your diploma ({level}) was obtained on {obtained}, after the application "
                    "date ({date}): it does not count for an application made that day. "
                    "Minimum required: {minimum}."
                ),
                {
                    **params,
                    "level": Msg(LEVEL_LABELS[level]),
                    "obtained": obtained,
                    "date": facts.application_date,
                },
                reading=READING_DIPLOMA,
            )
        if best is None:
            return Outcome(
                Status.NOT_MET,
                N_("No diploma held reaches: {minimum}."),
                params,
                reading=READING_DIPLOMA,
            )
        return Outcome(
            Status.NOT_MET,
            N_("Your highest diploma ({best}) is below: {minimum}."),
            {**params, "best": Msg(LEVEL_LABELS[best])},
            comparisons=(
                Comparison(
                    N_("diploma"),
                    Msg(LEVEL_LABELS[best]),
                    Msg(LEVEL_LABELS[minimum]),
                    Comparator.AT_LEAST,
                ),
            ),
            reading=READING_DIPLOMA,
        )
    if any(
        d.issued_in_quebec is False and d.evaluated is False and facts.diploma_held(d)
        for d in facts.answers.diplomas or ()
    ):
        return Outcome(
            Status.UNKNOWN,
            N_(
                "Cannot tell yet: a diploma from outside Québec counts at the level its "
                "comparative evaluation gives it, and you do not have that evaluation yet."
            ),
            params,
            reading=READING_DIPLOMA,
            missing=("diplomas",),
        )
    return Outcome(
        Status.UNKNOWN,
        N_(
            "Still to answer: your diplomas and their level in Québec terms "
            "(for a diploma from elsewhere, its comparative evaluation)."
        ),
        reading=READING_DIPLOMA,
        missing=("diplomas",),
    )

