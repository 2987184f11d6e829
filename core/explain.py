"""Findings → words and figures in the reader's language, and the contract's JSON.

Each rule returns an Outcome (a message id, typed figures, a gap, a reading); this module only
renders them: money, dates and durations through Babel for fr_CA / en_CA.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from babel.lists import format_list

from core.assess import PROFILE_LABELS, STREAM_LABELS, Assessment, Finding, Way
from core.experience import Duration
from core.i18n import N_, Translator, babel_locale
from core.logic import Status
from core.program import RULES_VERSION, program_dates
from core.reference import fees_for, source_of
from core.rules.base import HourlyWage, Money, Msg, Value
from core.rules.figures import figures

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
    N_("Whether the yearly cap of art. 4 was reached when the file was filed."),
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


def render(t: Translator, message: str, params: dict[str, Value] | None = None) -> str:
    """A message in the reader's language, with its figures: those the rule gave, and the
    text's own thresholds (core.rules.figures), so no sentence retypes a figure."""
    texts = {**figure_texts(t.lang), **{k: value_text(t, v) for k, v in (params or {}).items()}}
    return t(message).format(**texts)


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


def value_json(value: Value | None) -> Any:
    """The figure itself, for programs: amounts as numbers, durations as months and days."""
    if isinstance(value, Money | HourlyWage):
        amount = value.amount
        return int(amount) if amount == amount.to_integral_value() else float(amount)
    if isinstance(value, Duration):
        return {"months": value.months, "days": value.days}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Msg):
        return value.msgid
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple):
        return [value_json(item) for item in value]
    return value


def finding_json(finding: Finding, t: Translator) -> dict[str, Any]:
    condition, outcome = finding.condition, finding.outcome
    return {
        "id": condition.id,
        "status": outcome.status.value,
        "label": render(t, condition.label),
        "citation": condition.citation.render(t.lang),
        "message": render(t, outcome.reason, outcome.params),
        "figures": [
            {
                "quantity": t(c.quantity),
                "actual": value_json(c.actual),
                "required": value_json(c.required),
                "comparator": c.comparator.value,
                "text": t(
                    "{actual} against {words} {required}",
                    actual=value_text(t, c.actual),
                    words=t(COMPARATOR_WORDS[c.comparator.value]),
                    required=value_text(t, c.required),
                ),
            }
            for c in outcome.comparisons
        ],
        "gap": value_json(outcome.gap),
        "gap_text": value_text(t, outcome.gap) if outcome.gap is not None else None,
        # Notices (the NOC version before A.M. 2023-002) ride with the reading, where the
        # condition's caveats are shown, and are listed on their own too.
        "reading": " ".join(
            ([render(t, outcome.reading)] if outcome.reading else [])
            + [value_text(t, n) for n in outcome.notes]
        )
        or None,
        "notices": [value_text(t, note) for note in outcome.notes],
        "sources": [source.as_dict(t.lang) for source in outcome.sources],
        "to_answer": list(outcome.missing),
        "law_fr": condition.text_fr,
        "law_en_unofficial": condition.text_en,
    }


def way_json(way: Way, t: Translator) -> dict[str, Any]:
    return {
        "stream": way.stream,
        "profile": way.profile,
        "verdict": way.verdict,
        "label": f"{t(STREAM_LABELS[way.stream])} — {t(PROFILE_LABELS[way.profile])}",
        "unmet": [finding_json(f, t) for f in way.unmet],
        "unknown": [finding_json(f, t) for f in way.unknown],
        "conditions": [{"id": f.id, "status": f.status.value} for f in way.findings],
    }


def notices(assessment: Assessment, t: Translator) -> list[str]:
    dates = program_dates()
    found = [
        t(
            "The program was repealed on {end} (art. 14); it was in effect from {start}. "
            "This is a self-assessment, not a decision of the ministry.",
            end=t.date(dates.repealed),
            start=t.date(dates.in_force),
        )
    ]
    found.append(
        t(
            "Rules assessed: the text as amended by A.M. 2023-002 (NOC 2021, TEER), published "
            "in the Gazette officielle on {published} and in force most probably on {amended} "
            "(to verify). An application filed before then was assessed under the 2021 text "
            "(NOC 2016), which this tool does not encode.",
            published=t.date(dates.amended_published),
            amended=t.date(dates.amended),
        )
    )
    found.append(
        t(
            "At most {cap} foreign nationals are selected each year under the program "
            "(art. 4); this tool cannot tell whether that year's cap was reached.",
            cap=t.number(dates.annual_cap),
        )
    )
    return found


def fees_json(assessment: Assessment, t: Translator) -> dict[str, Any]:
    fees = fees_for(assessment.application_date)
    known = fees.principal is not None
    return {
        "year": fees.year,
        "principal": value_json(Money(fees.principal)) if known else None,
        "family_member": value_json(Money(fees.family_member)) if known else None,
        "confidence": fees.confidence,
        "text": (
            t(
                "Fees for {year}: {principal} for the principal applicant and {member} for "
                "each accompanying family member (art. 13).",
                year=str(fees.year),
                principal=t.money(fees.principal),
                member=t.money(fees.family_member),
            )
            if known
            else t(
                "The fees for {year} are not known here (to verify on the ministry's site).",
                year=str(fees.year),
            )
        ),
        "source": source_of("fees").as_dict(t.lang),
    }


def assessment_json(assessment: Assessment, lang: str) -> dict[str, Any]:
    t = Translator(lang)
    return {
        "application_date": assessment.application_date.isoformat(),
        "program_in_force": assessment.program_in_force,
        "ways": [way_json(way, t) for way in assessment.ways],
        "rules_version": RULES_VERSION,
        "lang": t.lang,
        "notices": notices(assessment, t),
        "fees": fees_json(assessment, t),
    }


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
    lines += ["", fees_json(assessment, t)["text"]]
    return "\n".join(lines)
