"""The decisive reason of a lost way is the one a person can act on or recognise (issue 18):
with no Québec DESS, master's or doctorate, that is the reason of the AI-graduate way, not the
stay for studies that is measured against such a diploma's program (art. 9 1° from 3°)."""

from __future__ import annotations

import pytest

from core.answers import Answers
from core.assess import assess
from core.i18n import Translator
from core.report import report_lines
from core.results_view import profiles_explained, results_view, way_reasons

NO_DIPLOMA = {"schema_version": 1, "application_date": "2025-06-01", "diplomas": []}


def graduate_stream(lang: str):
    view = results_view(assess(Answers.model_validate(NO_DIPLOMA)), lang)
    return next(s for s in view.streams if s.stream == "ai-quebec-graduate")


@pytest.mark.parametrize("profile", ["francophone", "francisation"])
def test_no_quebec_graduate_diploma_is_the_reason_not_the_stay_measured_from_it(profile):
    stream = graduate_stream("fr")
    listed = [c.id for c in way_reasons(stream, profile)]
    assert listed[0] == "art9/3", listed
    assert "art9/1" not in listed  # it only repeats 3° in the law's terms
    assert stream.decisive.startswith("DESS, maîtrise ou doctorat du Québec"), stream.decisive


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_two_profiles_are_explained_in_the_pdf(lang):
    lines = report_lines(assess(Answers.model_validate(NO_DIPLOMA)), lang)
    for sentence in profiles_explained(Translator(lang)):
        assert sentence in lines
