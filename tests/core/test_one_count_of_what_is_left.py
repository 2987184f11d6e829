"""One answer to "how many questions could still change a result": the interview's review, the
message after a file is loaded and the results' "Still to answer" all count the same questions
(core.interview.unanswered)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.answers import Answers
from core.assess import assess
from core.i18n import Translator
from core.interview import unanswered
from core.results_view import loaded_message, still_to_answer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def half_answered(name: str, drop: tuple[str, ...]) -> Answers:
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    for dotted in drop:
        section, _, field = dotted.partition(".")
        data[section].pop(field)
    return Answers.model_validate(data)


CASES = [
    ("ai-foreign-worker.json", ("job.full_time", "family.undertaking_signed")),
    ("ai-foreign-worker.json", ("family.funds_meet_scale",)),
    ("it-vfx.json", ()),
    ("ai-quebec-graduate.json", ("french.proof", "job.ai_sector")),
]


@pytest.mark.parametrize(("name", "drop"), CASES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_file_loaded_and_the_results_count_what_the_review_counts(name, drop, lang):
    assessment = assess(half_answered(name, drop))
    t = Translator(lang)
    left = [item.path for item in unanswered(assessment)]
    listed = [path for item in still_to_answer(assessment, t) for path in item.paths]
    assert listed == left
    message = loaded_message(assessment.answers, assessment, t)
    if left:
        assert re.search(rf"\b{len(left)} question", message), message
    else:
        assert t("Nothing is left to answer that could change a verdict.") in message
