"""The interview's steps: each shows, in order, the questions the core says still matter.

The core decides which questions to ask (core.interview); this module only picks the widget
for each answer and adds the figures that help answer it (the CMM, the Annexe C amount).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import streamlit as st

from core.answers import Diploma, WorkPeriod
from core.assess import Assessment
from core.experience import months_before
from core.explain import CONFIDENCE_LABELS
from core.i18n import N_
from core.interview import diploma_fields, period_fields, to_ask
from core.reference import annex_c_amount, ineligible_sectors, match_municipality, source_of
from core.rules.ai_foreign_worker import SALARY_INSIDE_CMM
from core.rules.ai_foreign_worker import WINDOW_MONTHS as WORK_WINDOW_MONTHS
from ui import session, widgets
from ui.labels import ADULTS, FRENCH_TESTS, JOB_STATUSES, LEVELS, PURPOSES, QUESTION_LABELS

ORAL_LEVELS = {n: str(n) for n in range(1, 13)}

# The widget for each answer (list items by their field); yes/no is the default.
KINDS = {
    "stay.purpose": ("radio", PURPOSES),
    "diplomas.title": ("text", None),
    "diplomas.level": ("select", LEVELS),
    "diplomas.equivalent_level": ("select", LEVELS),
    "diplomas.obtained_on": ("date", None),
    "diplomas.program_end_on": ("date", None),
    "diplomas.share_in_quebec_percent": ("number", (0.0, 100.0)),
    "work_history.title": ("text", None),
    "work_history.noc_code": ("noc", None),
    "work_history.start": ("date", None),
    "work_history.end": ("date", None),
    "job.status": ("radio", JOB_STATUSES),
    "job.title": ("text", None),
    "job.noc_code": ("noc", None),
    "job.annual_salary": ("amount", None),
    "job.employer_municipality": ("municipality", None),
    "job.hourly_wage": ("wage", None),
    "job.weekly_hours": ("number", (1.0, 80.0)),
    "job.wage_threshold": ("wage", None),
    "french.oral_level": ("select", ORAL_LEVELS),
    "french.test": ("select", FRENCH_TESTS),
    "french.test_date": ("date", None),
    "french.listening": ("number", (0, 1000)),
    "french.speaking": ("number", (0, 1000)),
    "family.adults": ("radio", ADULTS),
    "family.children_under_18": ("number", (0, 30)),
    "family.dependent_children_18_plus": ("number", (0, 30)),
    "family.dependent_canadian_children": ("number", (0, 30)),
    "family.funds": ("amount", None),
    "family.official_amount": ("amount", None),
}
HELP = {
    "job.wage_threshold": N_(
        "Art. 10, par. 4°: the wage must be higher than the 9th decile of "
        "the average hourly wage of the last 3 years, as estimated by the "
        "Ministère de l'Emploi et de la Solidarité sociale. This tool does "
        "not know these figures: type the one published for your "
        "occupation by the immigration ministry."
    ),
}


def generic(path: str) -> str:
    """work_history.3.start → work_history.start"""
    return re.sub(r"\.\d+\.", ".", path)


def label(path: str) -> str:
    return session.t()(QUESTION_LABELS[generic(path)])


def ask(path: str) -> object:
    """Show the widget for one answer and return the stored answer."""
    t = session.t()
    kind, extra = KINDS.get(generic(path), ("yes_no", None))
    text = label(path)
    help_ = (
        t(HELP[generic(path)]) + "\n\n" + widgets.why_asked(path) if generic(path) in HELP else None
    )
    if generic(path).endswith("ineligible_sector"):
        help_ = _ineligible_list() + "\n\n" + widgets.why_asked(path)
    if kind == "yes_no":
        return widgets.yes_no(path, text, help=help_)
    if kind in ("radio", "select"):
        return widgets.choice(path, text, list(extra), extra, radio=kind == "radio", help=help_)
    if kind == "text":
        return widgets.text(path, text, help=help_)
    if kind == "date":
        return widgets.day(path, text, help=help_)
    if kind == "number":
        return widgets.number(path, text, minimum=extra[0], maximum=extra[1], help=help_)
    if kind in ("amount", "wage"):
        return widgets.amount(path, text, help=help_, cents=kind == "wage")
    if kind == "noc":
        return widgets.noc_code(path, text)
    if kind == "municipality":
        return _municipality(path, text)
    raise ValueError(kind)


def _ask_step(assessment: Assessment, step: str) -> None:
    for question in to_ask(assessment, step):
        if question.path in LIST_EDITORS:
            LIST_EDITORS[question.path]()
        else:
            ask(question.path)


def stay(assessment: Assessment) -> None:
    _ask_step(assessment, "stay")


def diplomas(assessment: Assessment) -> None:
    _ask_step(assessment, "diplomas")


def work(assessment: Assessment) -> None:
    t = session.t()
    window = months_before(assessment.application_date, WORK_WINDOW_MONTHS)
    st.caption(
        t(
            "Work from {start} to {end} counts (the 60 months before the application "
            "date). List every job, in Québec or elsewhere; overlapping jobs count once.",
            start=t.date(window.start),
            end=t.date(window.end),
        )
    )
    _ask_step(assessment, "work")


def job(assessment: Assessment) -> None:
    _ask_step(assessment, "job")


def french(assessment: Assessment) -> None:
    t = session.t()
    st.caption(
        t(
            "Only the Francophone profile asks for oral French at level 7 or more "
            "(art. 6, par. 2°); both profiles are assessed."
        )
    )
    _ask_step(assessment, "french")
    if assessment.answers.french.test is not None:
        st.caption(
            t(
                "Scores are read with a stand-in table: the NCLC 7 ranges published by "
                "IRCC (TEF: by test date; TCF: listening 458, speaking 10). Confidence: "
                "medium."
            )
        )


def family(assessment: Assessment) -> None:
    t = session.t()
    fam = assessment.answers.family
    year = str(assessment.application_date.year)
    counts = (fam.adults, fam.children_under_18, fam.dependent_children_18_plus)
    for question in to_ask(assessment, "family"):
        if question.path == "family.undertaking_signed" and None not in counts:
            amount, _ = annex_c_amount(assessment.application_date, *counts)
            if amount is not None:
                st.info(
                    t(
                        "Annexe C amount for your family in {year}: {amount}.",
                        year=year,
                        amount=t.money(amount),
                    )
                )
            else:
                st.info(
                    t(
                        "The Annexe C amount for {year} is not known to this tool. Read the "
                        "official amount for your family on the ministry's site, then type "
                        "it below or confirm you hold at least that amount.",
                        year=year,
                    )
                )
        ask(question.path)


STEP_RENDERERS: dict[str, Callable[[Assessment], None]] = {
    "stay": stay,
    "diplomas": diplomas,
    "work": work,
    "job": job,
    "french": french,
    "family": family,
}


def _ineligible_list() -> str:
    t = session.t()
    key = "label_fr" if t.lang == "fr" else "label_en"
    items = "\n".join(f"- {entry[key]}" for entry in ineligible_sectors())
    return t("Ineligible sectors (the ministry's summary, to verify):") + "\n" + items


def _municipality(path: str, text: str) -> str | None:
    t = session.t()
    typed = widgets.text(path, text)
    if not typed:
        return None
    place = match_municipality(typed)
    source = source_of("cmm_municipalities")
    if place.in_cmm is True:
        st.info(
            t(
                "{name} is inside the Communauté métropolitaine de Montréal (CMM): the "
                "salary threshold of art. 7, par. 4°, b) is {amount}.",
                name=place.name,
                amount=t.money(SALARY_INSIDE_CMM),
            ),
            icon="📍",
        )
    elif place.in_cmm is False:
        st.info(
            t(
                "{name} is outside the Communauté métropolitaine de Montréal (CMM).",
                name=place.name,
            ),
            icon="📍",
        )
    else:
        hint = (
            t("Did you mean: {names}?", names=", ".join(place.suggestions))
            if place.suggestions
            else ""
        )
        st.warning(
            t(
                "This municipality is not on the list of the 82 CMM municipalities or their "
                "boroughs. If the employer is in a borough or sector of a city, type the city."
            )
            + " "
            + hint,
            icon="❓",
        )
    st.caption(
        t(
            "List of CMM municipalities: {source} (confidence: {confidence}; to verify).",
            source=source.as_dict(t.lang)["source"],
            confidence=t(CONFIDENCE_LABELS[source.confidence]),
        )
    )
    return typed


def _diploma_fields(index: int) -> None:
    base = f"diplomas.{index}"
    for field in diploma_fields(Diploma.model_validate(session.get(base) or {})):
        ask(f"{base}.{field}")


def _period_fields(index: int) -> None:
    base = f"work_history.{index}"
    for field in period_fields(WorkPeriod.model_validate(session.get(base) or {})):
        ask(f"{base}.{field}")


def _list_editor(
    path: str, item_title: str, fields: Callable[[int], None], *, add_label: str, none_label: str
) -> None:
    """Add, edit and remove entries of a list answer (diplomas, work periods)."""
    t = session.t()
    items = session.get(path)
    widgets.section_help([path])

    def add() -> None:
        session.set_value(path, [*(session.get(path) or []), {}])

    def none() -> None:
        session.set_value(path, [])
        session.forget_widgets(f"q:{path}.")

    def remove(index: int) -> None:
        current = list(session.get(path) or [])
        current.pop(index)
        session.set_value(path, current)
        session.forget_widgets(f"q:{path}.")

    for index in range(len(items or [])):
        with st.container(border=True):
            st.markdown(f"**{t(item_title, n=index + 1)}**")
            fields(index)
            st.button(t("Remove"), key=f"remove:{path}:{index}", on_click=remove, args=(index,))
    columns = st.columns(2)
    columns[0].button(t(add_label), on_click=add, key=f"add:{path}", use_container_width=True)
    if items is None:
        columns[1].button(
            t(none_label), on_click=none, key=f"none:{path}", use_container_width=True
        )
    elif not items:
        st.caption(t("Answered: none."))


LIST_EDITORS: dict[str, Callable[[], None]] = {
    "diplomas": lambda: _list_editor(
        "diplomas",
        N_("Diploma {n}"),
        _diploma_fields,
        add_label=N_("Add a diploma"),
        none_label=N_("I have no diploma"),
    ),
    "work_history": lambda: _list_editor(
        "work_history",
        N_("Job {n}"),
        _period_fields,
        add_label=N_("Add a job"),
        none_label=N_("I have no work experience"),
    ),
}
