"""Titles of the interview's steps (message ids; translated where shown). Every question's own
wording is declared with the question, in core.questions."""

from __future__ import annotations

from core.i18n import N_

STEP_TITLES = {
    "stay": N_("Stay and permit"),
    "diplomas": N_("Diplomas"),
    "work": N_("Work history"),
    "job": N_("The job held or accepted"),
    "french": N_("Oral French"),
    "family": N_("Family and financial undertaking"),
    "review": N_("Check your answers"),
}
