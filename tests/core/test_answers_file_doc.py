"""docs/answers-file.md documents every field the answers model declares, and only those: a
field added to the model (with its question) cannot be left out of the documentation, as
`diplomas[].evaluated` once was."""

from __future__ import annotations

import re
from pathlib import Path

from core.questions import DECLARED

DOC = Path(__file__).resolve().parents[2] / "docs" / "answers-file.md"


def documented() -> set[str]:
    """The answer paths the doc's tables name: "### `job`" rows → "job.<field>"."""
    fields = DOC.read_text(encoding="utf-8").split("## Fields", 1)[1].split("\n## ", 1)[0]
    found = set()
    for part in fields.split("\n### ")[1:]:
        heading, _, body = part.partition("\n")
        section = re.match(r"`(\w+)", heading)
        prefix = f"{section.group(1)}." if section else ""
        for row in re.findall(r"^\| ([^|]+) \|", body, re.MULTILINE):
            found.update(prefix + name for name in re.findall(r"`(\w+)`", row))
    return found


def test_every_declared_field_has_a_row_in_the_answers_file_doc():
    declared = {path for path, _ in DECLARED}
    assert declared - documented() == set(), "declared in core/answers.py, missing from the doc"
    assert documented() - declared == set(), "in the doc, not in the model"
