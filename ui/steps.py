"""The interview's steps: each shows, in order, the questions the core says still matter.

Which questions, in which order and with which words comes from core.questions and
core.interview; this module picks the widget for each kind of answer, and adds the figures that
help answer (the work window, the Annexe C amount, the CMM status of a place), all from the core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from core.answers import Diploma, JobStatus, WorkPeriod
from core.assess import Assessment
from core.contract import source_record
from core.experience import months_before
from core.i18n import N_
from core.interview import funds_check, to_ask
from core.questions import ENTRY_TITLES, STEPS, Kind, Question, item_questions
from core.reference import annex_c_figure, match_municipality
from core.results_view import PUBLISHED_FIGURES, official_link, source_text
from core.rules.ai_foreign_worker import SALARY_INSIDE_CMM, SALARY_OUTSIDE_CMM
from core.rules.ai_foreign_worker import WINDOW_MONTHS as WORK_WINDOW_MONTHS
from core.rules.general import LEVEL_REQUIRED
from ui import focus, occupations, session, widgets
from ui.text import md

VISIT = "step_visit"  # (step, paths shown on this visit of it): nothing vanishes while answering

# What the job held or accepted shares with a work period, when it is one of them.
SHARED_WITH_PERIOD = (
    "noc_code",
    "full_time",
    "in_quebec",
    "controlled_company",
    "ineligible_sector",
    "vfx_sector",
    "related_to_it_vfx",
    "title",
)
LINK_PATH = "job.work_history_entry"  # which job of the work history the job held is


def ask(question: Question, path: str, defined: set[str] | None = None) -> Any:
    """Show the widget of one answer, its refusal if any, and what its term means (once in
    `defined`: the definitions already shown in the same place)."""
    kind = question.kind
    if kind is Kind.YES_NO:
        value = widgets.yes_no(path, question)
    elif kind is Kind.CHOICE:
        value = widgets.choice(path, question)
    elif kind is Kind.DATE:
        value = widgets.day(path, question)
    elif kind in (Kind.MONEY, Kind.HOURLY_WAGE):
        value = widgets.amount(path, question)
    elif kind in (Kind.WHOLE_NUMBER, Kind.DECIMAL, Kind.PERCENT):
        value = widgets.number(path, question)
    elif kind is Kind.NOC:
        value = occupations.noc_field(path, question)
    elif kind is Kind.MUNICIPALITY or kind is Kind.TEXT:
        value = widgets.text(path, question)
    else:
        raise ValueError(kind)
    widgets.show_error(path)
    if kind is Kind.MUNICIPALITY:
        _place(value)
    if defined is None or question.definition not in defined:
        widgets.definition(question)
        if defined is not None and question.definition:
            defined.add(question.definition)
    return value


def _visit(step: str) -> set[str]:
    """The questions shown on this visit of `step` (a new visit starts empty)."""
    current = st.session_state.get(VISIT)
    if current is None or current[0] != step:
        current = (step, set())
        st.session_state[VISIT] = current
    return current[1]


# A page that shows every step at once (the advisor view): per step, the questions in the order
# they were shown, and the answers as they stood on the last run (to tell which one changed).
SHOWN_IN_PLACE = "steps_shown_in_place"


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        pairs = (_flat(item, f"{prefix}{key}.").items() for key, item in value.items())
        return {k: v for items in pairs for k, v in items}
    return {prefix.rstrip("."): value}


def _below_the_answer(step: str, questions: list[Question], answers: dict) -> list[Question]:
    """The questions in the order already on screen; one that an answer opens goes right under
    the question answered when its place in the list would be above it (nothing moves above
    the cursor), else at its own place. Shown questions stay while they apply."""
    kept = st.session_state.setdefault(SHOWN_IN_PLACE, {"answers": {}, "order": {}})
    before, now = kept["answers"], _flat(answers)
    changed = {path for path in before.keys() | now.keys() if before.get(path) != now.get(path)}
    natural = [q.path for q in questions]
    order = [path for path in kept["order"].get(step, []) if path in natural]
    answered = [i for i, path in enumerate(order) if path in changed]
    floor = answered[-1] + 1 if answered else 0  # nothing new goes above the answer
    for path in natural:
        if path in order:
            continue
        rank = natural.index(path)
        place = next((i for i, old in enumerate(order) if natural.index(old) > rank), len(order))
        place = max(place, floor)
        order.insert(place, path)
        if answered:
            floor = place + 1  # several opened at once keep their own order under the answer
    kept["order"][step] = order
    by_path = {q.path: q for q in questions}
    return [by_path[path] for path in order]


def remember_answers(answers: dict) -> None:
    """After a page showing every step: the answers as they stand (see `_below_the_answer`)."""
    st.session_state.setdefault(SHOWN_IN_PLACE, {"answers": {}, "order": {}})
    st.session_state[SHOWN_IN_PLACE]["answers"] = _flat(answers)


def forget_order() -> None:
    """A new client: nothing of the previous order is kept."""
    st.session_state.pop(SHOWN_IN_PLACE, None)


def show(assessment: Assessment, step: str, *, in_place: bool = False) -> None:
    """One step's questions. `in_place`: on a page showing every step (the advisor view),
    each step keeps what it showed and a question an answer opens comes under the answer."""
    INTROS.get(step, lambda a: None)(assessment)
    if in_place:
        kept = st.session_state.setdefault(SHOWN_IN_PLACE, {"answers": {}, "order": {}})
        shown = set(kept["order"].get(step, []))
        questions = to_ask(assessment, step, keep=shown)
        questions = _below_the_answer(step, questions, session.data())
        new: set[str] = set()  # the advisor view places a new question under its answer
    else:
        first_visit = VISIT not in st.session_state or st.session_state[VISIT][0] != step
        shown = _visit(step)
        questions = to_ask(assessment, step, keep=shown)
        new = set() if first_visit else {q.path for q in questions} - shown
        shown.update(q.path for q in questions)
    prefilled = _prefilled_from_period(assessment) if step == "job" else set()
    folded = [q for q in questions if q.field in prefilled and q.path.startswith("job.")]
    defined: set[str] = set()
    amount_shown = False
    for question in questions:
        if question in folded:
            continue
        if question.path in new:
            _new_question_mark()
        if question.kind is Kind.LIST:
            _list_editor(question, assessment)
        else:
            if question.path in MONEY_REQUIRED_BEFORE and not amount_shown:
                _annex_c_amount(assessment)
                amount_shown = True
            ask(question, question.path, defined)
            if question.path == "family.funds":
                _funds_compared(assessment)
        if question.path == "job.status" and assessment.answers.job.status not in (
            None,
            JobStatus.NONE,
        ):
            _job_from_history(assessment)
            if folded:
                _folded_job_details(folded, _linked_entry(assessment))


# --- Introductions: figures that help answer, from the rules ---------------------------------


def _work_intro(assessment: Assessment) -> None:
    t = session.t()
    window = months_before(assessment.application_date, WORK_WINDOW_MONTHS)
    st.caption(
        t(
            "Work from {start} to {end} counts (the {months} months before the application "
            "date). List every job, in Québec or elsewhere; overlapping jobs count once.",
            start=t.date(window.start),
            end=t.date(window.end),
            months=WORK_WINDOW_MONTHS,
        )
    )


def _french_intro(assessment: Assessment) -> None:
    t = session.t()
    st.caption(
        t(
            "Only the Francophone profile asks for oral French at level {level} or more "
            "(s. 6, para. 2°); both profiles are assessed, so you can answer even with no proof.",
            level=LEVEL_REQUIRED,
        )
    )


INTROS: dict[str, Callable[[Assessment], None]] = {
    "work": _work_intro,
    "french": _french_intro,
}


MONEY_REQUIRED_BEFORE = ("family.official_amount", "family.funds")


def _new_question_mark() -> None:
    """A question that appeared after an answer on this step says so (nothing appears unseen)."""
    t = session.t()
    st.badge(t("New question"), icon=":material/add_circle:", color="blue")


def _annex_c_amount(assessment: Assessment) -> None:
    """The amount required, before the money question: the year's Annexe C figure for this
    family, or where to read it when this tool does not know it."""
    t = session.t()
    fam = assessment.answers.family
    counts = (fam.adults, fam.children_under_18, fam.dependent_children_18_plus)
    if None in counts:
        st.info(t("Answer the questions on your family above to see the amount required."))
        return
    year = assessment.application_date.year
    amount, _, source = annex_c_figure(assessment.application_date, *counts)
    with st.container(border=True, key="amount_required"):
        if amount is not None:
            st.markdown(
                t(
                    "Amount required for your family in {year} (Annexe C): **{amount}** for the "
                    "first 3 months.",
                    year=str(year),
                    amount=md(t.money(amount)),
                )
            )
            if source is not None:
                st.caption(md(source_text(source_record(source, t.lang), t)))
            return
        link = official_link(PUBLISHED_FIGURES["family.official_amount"], t.lang)
        st.markdown(
            t(
                "Amount required for your family in {year} (Annexe C): this tool does not have "
                "it. Read it on the official page below, then type it here; or answer the "
                "yes/no question further down.",
                year=str(year),
            )
        )
        st.page_link(link.url, label=md(link.text), icon=":material/open_in_new:")


def _funds_compared(assessment: Assessment) -> None:
    """The money typed next to the amount required, as the rule of art. 6, par. 3° compared
    them; or what is missing to compare them."""
    t = session.t()
    if assessment.answers.family.funds is None:
        return
    check = funds_check(assessment)
    if check is None:
        st.caption(
            t("To compare your money with the amount required, the amount required is needed.")
        )
        return
    figures = t(
        "Money typed: {funds}. Amount required: {required}.",
        funds=md(t.money(check.funds)),
        required=md(t.money(check.required)),
    )
    if check.short_by is None:
        st.success(figures + " " + t("It reaches the amount required."), icon=":material/check:")
    else:
        st.warning(
            figures + " " + t("It is {gap} short of the amount required.",
                              gap=md(t.money(check.short_by))),
            icon=":material/close:",
        )


# --- The employer's place -----------------------------------------------------------------------


def _place(typed: str | None) -> None:
    """Say, in a neutral tone, what the place typed means for the salary threshold."""
    if not typed:
        return
    t = session.t()
    place = match_municipality(typed)
    if place.in_cmm is not None:
        words = {
            True: N_(
                "{name} is inside the Communauté métropolitaine de Montréal (CMM): salary "
                "threshold {amount}."
            ),
            False: N_(
                "{name} is outside the Communauté métropolitaine de Montréal (CMM): salary "
                "threshold {amount}."
            ),
        }[place.in_cmm]
        amount = SALARY_INSIDE_CMM if place.in_cmm else SALARY_OUTSIDE_CMM
        st.info(md(t(words, name=place.name, amount=t.money(amount))), icon=":material/location_on:")
    elif place.ambiguous:
        _which_place(place)
    else:
        hint = (
            " " + t("Did you mean: {names}?", names=", ".join(place.suggestions))
            if place.suggestions
            else ""
        )
        st.warning(
            md(
                t(
                    "“{typed}” is not a municipality this tool knows. If the employer is in a "
                    "borough or sector of a city, type the city.",
                    typed=typed,
                )
                + hint
            ),
            icon=":material/help:",
        )
    # The list's source and how sure it is: in the results' Sources section, not under the answer.


def _which_place(place: Any) -> None:
    """Homonyms (two Saint-Isidore): the person says which one; its unique label is stored."""
    t = session.t()
    path = "job.employer_municipality"
    labels = [candidate.label for candidate in place.candidates]

    def picked() -> None:
        widgets.store(path, st.session_state["which:" + path])
        session.forget_widgets("q:" + path)

    st.radio(
        md(t("Several municipalities are called “{name}”. Which one?", name=place.typed)),
        labels,
        index=None,
        key="which:" + path,
        on_change=picked,
    )


# --- The job held: taken from the work history when it is one of those jobs -----------------


def _job_from_history(assessment: Assessment) -> None:
    """Which job of the work history it is: an answer (job.work_history_entry), so the link
    stays after a page change or a file loaded; picking one copies that period's details."""
    periods = assessment.answers.work_history or []
    if not periods:
        return
    t = session.t()
    options = [*range(1, len(periods) + 1), 0]  # job numbers as people count them; 0: another
    stored = _linked_entry(assessment)
    key = widgets.key_of(LINK_PATH)

    def label(number: int) -> str:
        if number == 0:
            return t("Another job")
        period = periods[number - 1]
        name = period.title or (period.noc_code and occupations.title(period.noc_code)) or ""
        return md(t(ENTRY_TITLES["work_history"], n=number) + (f" — {name}" if name else ""))

    def picked() -> None:
        number = st.session_state[key]
        session.set_value(LINK_PATH, number)
        if not number:
            return
        period = session.get(f"work_history.{number - 1}") or {}
        for field in SHARED_WITH_PERIOD:
            if period.get(field) is not None:
                session.set_value(f"job.{field}", period[field])
        session.forget_widgets("q:job.")

    st.radio(
        t("Is it one of the jobs you listed in your work history?"),
        options,
        index=None if stored is None else options.index(stored),
        format_func=label,
        key=key,
        on_change=picked,
    )


def _linked_entry(assessment: Assessment) -> int | None:
    """The job number the job held is linked to (0: another job), if it still exists."""
    number = assessment.answers.job.work_history_entry
    periods = assessment.answers.work_history or []
    return number if number is not None and number <= len(periods) else None


def _prefilled_from_period(assessment: Assessment) -> set[str]:
    """The job's answers taken from the work period chosen (shown folded, still editable)."""
    number = _linked_entry(assessment)
    if not number:
        return set()
    period = (assessment.answers.work_history or [])[number - 1]
    job = assessment.answers.job
    return {
        field
        for field in SHARED_WITH_PERIOD
        if getattr(period, field) is not None and getattr(job, field) == getattr(period, field)
    }


def _folded_job_details(folded: list[Question], number: int) -> None:
    t = session.t()
    with st.expander(t("Details taken from job {n} (open to change them)", n=number)):
        for question in folded:
            ask(question, question.path)


# --- Lists: diplomas and work periods ---------------------------------------------------------

ADD_LABELS = {"diplomas": N_("Add a diploma"), "work_history": N_("Add a job")}
NONE_LABELS = {"diplomas": N_("I have no diploma"), "work_history": N_("I have no work experience")}
MODELS = {"diplomas": Diploma, "work_history": WorkPeriod}
LIST_HINTS = {
    "diplomas": N_(
        "Add each diploma you held on the application date, from Québec or elsewhere, "
        "starting with the highest."
    ),
    "work_history": N_("Add each job, one period per job; a job that goes on has no end date."),
}


def _list_editor(question: Question, assessment: Assessment) -> None:
    """Add, edit and remove entries of a list answer (diplomas, work periods)."""
    t = session.t()
    path = question.path
    items = session.get(path)

    def add() -> None:
        session.set_value(path, [*(session.get(path) or []), {}])
        focus.request(f"{path}.{len(session.get(path)) - 1}")

    def none() -> None:
        session.set_value(path, [])
        session.forget_widgets(f"q:{path}.")

    def remove(index: int) -> None:
        current = list(session.get(path) or [])
        current.pop(index)
        session.set_value(path, current)
        session.forget_widgets(f"q:{path}.")
        if path == "work_history":
            _unlink_removed_job(index + 1)

    st.markdown(f"**{t(question.label)}**")
    st.caption(t(LIST_HINTS[path]))
    with st.expander(t("Why these questions are asked")):
        st.markdown(widgets.why_asked(question))
    model = MODELS[path]
    for index in range(len(items or [])):
        with st.container(border=True, key=f"entry:{path}.{index}"):
            st.markdown(f"**{t(ENTRY_TITLES[path], n=index + 1)}**")
            item = model.model_validate(session.get(f"{path}.{index}") or {})
            defined: set[str] = set()
            for field in item_questions(path, assessment.answers, item):
                ask(field, f"{path}.{index}.{field.field}", defined)
            st.button(t("Remove"), key=f"remove:{path}:{index}", on_click=remove, args=(index,))
    with st.container(horizontal=True):
        st.button(t(ADD_LABELS[path]), on_click=add, key=f"add:{path}")
        if items is None:
            st.button(t(NONE_LABELS[path]), on_click=none, key=f"none:{path}")
    if items == []:
        st.caption(t("Answered: none."))


def _unlink_removed_job(number: int) -> None:
    """The job held keeps pointing at the same period when an earlier one is removed."""
    linked = session.get(LINK_PATH)
    if linked:
        session.set_value(LINK_PATH, None if linked == number else linked - (linked > number))
        session.forget_widgets(widgets.key_of(LINK_PATH))


# Each step's questions, for pages that show a step elsewhere (the advisor view edits in place).
STEP_RENDERERS: dict[str, Callable[[Assessment], None]] = {
    step: (lambda assessment, step=step: show(assessment, step, in_place=True)) for step in STEPS
}
