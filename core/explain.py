"""Findings → words and figures in the reader's language.

Each rule returns an Outcome (a message id, typed figures, a gap, a reading); this module only
renders them: money, dates and durations through Babel for fr_CA / en_CA. The contract's JSON is
built from these words in core/contract.py; `assessment_text` is the same assessment for a
terminal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import cache

from babel.lists import format_list

from core.assess import PROFILE_LABELS, STREAM_LABELS, Assessment
from core.experience import Duration
from core.i18n import N_, Translator, babel_locale, in_catalog
from core.logic import Status
from core.program import before_amendment, program_dates
from core.reference import fees_for
from core.rules.base import (
    REGISTRY,
    Comparison,
    Condition,
    HourlyWage,
    Money,
    Msg,
    Outcome,
    Percent,
    Value,
)
from core.rules.figures import figures
from core.rules.ids import ConditionId

STATUS_LABELS = {
    Status.MET: N_("met"),
    Status.NOT_MET: N_("not met"),
    Status.UNKNOWN: N_("cannot tell yet"),
    Status.NOT_APPLICABLE: N_("does not apply"),
}
VERDICT_LABELS = {
    "eligible": N_("eligible"),
    "not-eligible": N_("not eligible"),
    "incomplete": N_("cannot tell yet"),
}
NOT_ASSESSED = (
    N_("The officer's judgment of your file and of the documents you provide."),
    N_(
        "Admissibility to Canada (health, security, criminality), decided by the federal "
        "government."
    ),
    N_("Whether the yearly cap of s. 4 was reached when the file was filed."),
    N_("The authenticity of diplomas, job offers and test results."),
)
CONFIDENCE_LABELS = {
    "high": N_("high"),
    "medium": N_("medium"),
    "low": N_("low"),
    None: N_("unknown"),
}
COMPARATOR_WORDS = {
    ">=": N_("at least"),
    ">": N_("more than"),
    "within-months-before": N_("within the months before"),
    "within-months-after": N_("within the months after"),
    "is": N_("is"),
    "date-range": N_("between"),
}


def render(t: Translator, message: str, params: Mapping[str, Value | None] | None = None) -> str:
    """A message in the reader's language, with its figures: those the rule gave, and the
    text's own thresholds (core.rules.figures), so no sentence retypes a figure."""
    if not params and in_catalog(t.lang, message):
        return _rendered(t.lang, message)
    texts = {**figure_texts(t.lang), **{k: value_text(t, v) for k, v in (params or {}).items()}}
    return t(message).format(**texts)


@cache  # a catalog message with no figure of the person's: the same words for everyone
def _rendered(lang: str, msgid: str) -> str:
    return Translator(lang)(msgid).format(**figure_texts(lang))


@cache  # the text's own figures, formatted once per language (constants, no answers)
def figure_texts(lang: str) -> dict[str, str]:
    t = Translator(lang)
    return {key: value_text(t, value) for key, value in figures().items()}


def value_text(t: Translator, value: Value | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, Money):
        return t.money(value.amount)
    if isinstance(value, HourlyWage):
        return t("{amount}/h", amount=t.money(value.amount, cents=True, places=value.places))
    if isinstance(value, Percent):
        return t.percent(value.value)
    if isinstance(value, Duration):
        return duration_text(t, value)
    if isinstance(value, date):
        return t.date(value)
    if isinstance(value, Msg):
        return render(t, value.msgid, value.params)
    if isinstance(value, tuple):
        return format_list([value_text(t, item) for item in value], locale=babel_locale(t.lang))
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, int | Decimal):
        return t.number(value)
    return str(value)


def duration_text(t: Translator, value: Duration) -> str:
    months = t.plural("{n} month", "{n} months", value.months)
    days = t.plural("{n} day", "{n} days", value.days)
    if not value.days:
        return months
    if not value.months:
        return days
    return t("{months} and {days}", months=months, days=days)


def figure_text(comparison: Comparison, t: Translator) -> str:
    """A figure of the person's against the text's: "70 000 $ against at least 75 000 $"."""
    return t(
        "{actual} against {words} {required}",
        actual=value_text(t, comparison.actual),
        words=t(COMPARATOR_WORDS[comparison.comparator.value]),
        required=value_text(t, comparison.required),
    )


def reading_text(outcome: Outcome, notes: Sequence[str], t: Translator) -> str | None:
    """Notices (the NOC version before A.M. 2023-002) ride with the reading, where the
    condition's caveats are shown, and are listed on their own too."""
    return " ".join([*([render(t, outcome.reading)] if outcome.reading else []), *notes]) or None


def condition_words(condition: Condition, lang: str) -> tuple[str, str]:
    """A condition's label and citation in a language (rule metadata: the same for everyone)."""
    if REGISTRY.get(condition.id) is condition:
        return _registered_words(condition.id, lang)
    return render(Translator(lang), condition.label), condition.citation.render(lang)


@cache
def _registered_words(cid: ConditionId, lang: str) -> tuple[str, str]:
    condition = REGISTRY[cid]
    return render(Translator(lang), condition.label), condition.citation.render(lang)


def way_label(stream: str, profile: str, t: Translator) -> str:
    return f"{t(STREAM_LABELS[stream])} — {t(PROFILE_LABELS[profile])}"


def notices(assessment: Assessment | None, t: Translator, amended_mark: str = "") -> list[str]:
    """The program's notices (the same for every assessment of a text, in a language). With
    `amended_mark` ("[1]", the number of the amendment's date in a Sources section), how sure
    that date is goes there and the notice only points to it."""
    in_2021_text = assessment is not None and before_amendment(assessment.application_date)
    return list(rules_notices(t.lang, in_2021_text, amended_mark))


@cache  # the program's dates and cap, in a language: reference data, no answers
def rules_notices(lang: str, in_2021_text: bool = False, amended_mark: str = "") -> tuple[str, ...]:
    t = Translator(lang)
    dates = program_dates()
    rules = (
        _rules_marked(t, in_2021_text, amended_mark)
        if amended_mark
        else t(
            "Rules assessed: the 2021 text (A.M. 2021-002), in force at this application date, "
            "before A.M. 2023-002 (published in the Gazette officielle on {published}, in force "
            "most probably on {amended}; to verify). S. 7, para. 3° and s. 9, para. 4° are decided on its "
            "words: full-time work of NOC 2016 skill type 0 or skill level A or B, as you state "
            "for each job. The information technologies and visual effects stream cannot be "
            "told: the 2021 list of eligible occupations (s. 12, NOC 2016 codes) is not encoded "
            "in this tool.",
            published=value_text(t, dates.amended_published),
            amended=value_text(t, dates.amended),
        )
        if in_2021_text
        else t(
            "Rules assessed: the text as amended by A.M. 2023-002 (NOC 2021, TEER), published "
            "in the Gazette officielle on {published} and in force most probably on {amended} "
            "(to verify). For an application dated before then, the 2021 text (NOC 2016) is "
            "applied where this tool knows its words.",
            published=value_text(t, dates.amended_published),
            amended=value_text(t, dates.amended),
        )
    )
    return (
        t(
            "The program was repealed on {end} (s. 14); it was in effect from {start}. "
            "This is a self-assessment, not a decision of the ministry.",
            end=t.date(dates.repealed),
            start=t.date(dates.in_force),
        ),
        rules,
        t(
            "At most {cap} foreign nationals are selected each year under the program "
            "(s. 4); this tool cannot tell whether that year's cap was reached.",
            cap=t.number(dates.annual_cap),
        ),
    )


def _rules_marked(t: Translator, in_2021_text: bool, mark: str) -> str:
    """The rules notice, the amendment's date followed by the number of its source."""
    dates = program_dates()
    if in_2021_text:
        return t(
            "Rules assessed: the 2021 text (A.M. 2021-002), in force at this application date, "
            "before A.M. 2023-002 (published in the Gazette officielle on {published}, in force "
            "on {amended} {mark}). S. 7, para. 3° and s. 9, para. 4° are decided on its words: full-time work "
            "of NOC 2016 skill type 0 or skill level A or B, as you state for each job. The "
            "information technologies and visual effects stream cannot be told: the 2021 list "
            "of eligible occupations (s. 12, NOC 2016 codes) is not encoded in this tool.",
            published=value_text(t, dates.amended_published),
            amended=value_text(t, dates.amended),
            mark=mark,
        )
    return t(
        "Rules assessed: the text as amended by A.M. 2023-002 (NOC 2021, TEER), published in "
        "the Gazette officielle on {published} and in force on {amended} {mark}. For an "
        "application dated before then, the 2021 text (NOC 2016) is applied where this tool "
        "knows its words.",
        published=value_text(t, dates.amended_published),
        amended=value_text(t, dates.amended),
        mark=mark,
    )


@cache  # reference data: the fees of a year in words, in a language (no answers)
def fees_text(year: int, lang: str, in_force: bool = True) -> str:
    """No fees where no application could be filed (before the program or after its repeal)."""
    t = Translator(lang)
    fees = fees_for(date(year, 1, 1))
    if not in_force:
        return t(
            "No fees: no application could be filed under the program at the application date."
        )
    if fees.principal is None or fees.family_member is None:
        return t(
            "The fees for {year} are not known here (to verify on the ministry's site).",
            year=str(fees.year),
        )
    return t(
        "Fees for {year}: {principal} for the principal applicant and {member} for "
        "each accompanying family member (s. 13).",
        year=str(fees.year),
        principal=t.money(fees.principal),
        member=t.money(fees.family_member),
    )


def assessment_text(assessment: Assessment, lang: str) -> str:
    """The same assessment for a person reading a terminal."""
    t = Translator(lang)
    lines = [t("Assessment at {date}", date=t.date(assessment.application_date)), ""]
    lines += [f"! {notice}" for notice in notices(assessment, t)]
    for way in assessment.ways:
        lines += [
            "",
            f"{t(STREAM_LABELS[way.stream])} — {t(PROFILE_LABELS[way.profile])}: "
            f"{t(VERDICT_LABELS[way.verdict]).upper()}",
        ]
        for finding in way.findings:
            outcome = finding.outcome
            mark = {
                Status.MET: "✓",
                Status.NOT_MET: "✗",
                Status.UNKNOWN: "?",
                Status.NOT_APPLICABLE: "–",
            }[outcome.status]
            lines.append(
                f"  {mark} {finding.id} ({finding.condition.citation.render(t.lang)}) "
                f"{render(t, finding.condition.label)}: {t(STATUS_LABELS[outcome.status])}"
            )
            if outcome.status in (Status.NOT_MET, Status.UNKNOWN):
                lines.append(f"      {render(t, outcome.reason, outcome.params)}")
    day = assessment.application_date
    lines += ["", fees_text(day.year, t.lang, assessment.program_in_force)]
    return "\n".join(lines)
