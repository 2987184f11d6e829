"""The answers seen at one application date, with the facts derived from them.

Derived facts that several articles share (a diploma's Québec level, an occupation's TEER and
art. 12 status, the employer's place in the CMM, the hourly wage) are computed here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.answers import Answers, Diploma, DiplomaLevel, JobStatus
from core.logic import any_of, negate
from core.reference import PlaceMatch, art12_occupations, match_municipality, teer_of

WEEKS_PER_YEAR = Decimal(52)


@dataclass
class Facts:
    answers: Answers
    application_date: date
    memo: dict = field(default_factory=dict, repr=False)  # derived facts computed once

    # --- diplomas ---------------------------------------------------------------------------

    def diploma_held(self, diploma: Diploma) -> bool:
        """A listed diploma counts unless it is dated after the application (reading)."""
        return diploma.obtained_on is None or diploma.obtained_on <= self.application_date

    def has_diploma_at_least(self, minimum: DiplomaLevel) -> bool | None:
        """A diploma held reaches `minimum` in Québec terms (art. 7 and 10, par. 2°)."""
        if self.answers.diplomas is None:
            return None
        verdicts: list[bool | None] = []
        for diploma in self.answers.diplomas:
            level = diploma.quebec_level
            if not self.diploma_held(diploma):
                verdicts.append(False)
            elif level is None:
                verdicts.append(None)
            else:
                verdicts.append(level.rank >= minimum.rank)
        return any_of(verdicts)

    # --- occupations (NOC 2021) -------------------------------------------------------------

    @staticmethod
    def teer_0_to_2(noc_code: str | None) -> bool | None:
        return None if noc_code is None else teer_of(noc_code) <= 2

    @staticmethod
    def art12_eligible(
        noc_code: str | None, vfx_sector: bool | None, related_to_it_vfx: bool | None
    ) -> bool | None:
        """Art. 12: one of the listed occupations, with its sector condition where it has one."""
        if noc_code is None:
            return None
        occupation = art12_occupations().get(noc_code)
        if occupation is None:
            return False
        if occupation.condition == "vfx":
            return vfx_sector
        if occupation.condition == "it_or_vfx":
            return related_to_it_vfx
        return True

    @staticmethod
    def not_controlled_in_quebec(in_quebec: bool | None, controlled: bool | None) -> bool | None:
        """Art. 7.1 and 10.1: only a job held *in Québec* for a controlled company is excluded."""
        return any_of([negate(in_quebec), negate(controlled)])

    # --- the job held or accepted -----------------------------------------------------------

    @property
    def has_job(self) -> bool | None:
        """Held or accepted. A job held whose start (its ongoing period in the work history)
        is after the application date was not held that day; whether it was already accepted
        then is not recorded, so it cannot be told (never a silent no)."""
        status = self.answers.job.status
        if status is None:
            return None
        if status is JobStatus.NONE:
            return False
        return None if self.job_not_yet_started else True

    @property
    def job_not_yet_started(self) -> date | None:
        """The start of the job held, when it is after the application date."""
        start = current_job_start(self.answers)
        return start if start is not None and start > self.application_date else None

    @property
    def employer_place(self) -> PlaceMatch | None:
        # Computed once per Facts (in `memo`: functools.cached_property takes a lock in 3.11).
        if "employer_place" not in self.memo:
            typed = self.answers.job.employer_municipality
            self.memo["employer_place"] = match_municipality(typed) if typed else None
        return self.memo["employer_place"]

    @property
    def employer_in_cmm(self) -> bool | None:
        """Inside the CMM from the municipality; "not listed" confirmed by the person → outside.

        A name on the list under several places that disagree (two Saint-Isidore, one inside)
        stays undecided until the person says which one: "not listed" does not apply to it.
        """
        place = self.employer_place
        if place is not None and place.in_cmm is not None:
            return place.in_cmm
        if place is not None and place.known:
            return None
        if self.answers.job.municipality_not_listed:
            return False
        return None

    @property
    def hourly_wage(self) -> Decimal | None:
        """The hourly wage given, or the annual salary over 52 weeks of the usual weekly hours.

        Not rounded: "supérieur à" compares the exact figure (40.0005 is above 40.00); money
        formatting rounds it to the cent only for display.
        """
        if "hourly_wage" not in self.memo:
            self.memo["hourly_wage"] = self._hourly_wage()
        return self.memo["hourly_wage"]

    def _hourly_wage(self) -> Decimal | None:
        job = self.answers.job
        if job.hourly_wage is not None:
            return job.hourly_wage
        if job.annual_salary is not None and job.weekly_hours:
            return job.annual_salary / (job.weekly_hours * WEEKS_PER_YEAR)
        return None


def current_job_start(answers: Answers) -> date | None:
    """The start of the job held: its one ongoing period of the work history with the same
    NOC code (none, or several, and no start is read)."""
    job = answers.job
    if job.status is not JobStatus.HELD or job.noc_code is None:
        return None
    starts = [
        period.start
        for period in answers.work_history or ()
        if period.ongoing and period.noc_code == job.noc_code
    ]
    return starts[0] if len(starts) == 1 else None
