"""A file written by one release loads in every later one, with the same verdicts.

tests/core/data/answers-vN/ keeps answers files exactly as schema_version N wrote them, each
with a sibling `.expected.json` recording its application date and its six verdicts. Never edit
a stored file: add a new version's directory when the format changes, and a migration in
core/answers_file.py MIGRATIONS.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.answers import SCHEMA_VERSION
from core.answers_file import MIGRATIONS, parse_answers
from core.assess import assess

DATA = Path(__file__).resolve().parent / "data"
STORED = sorted(
    path for path in DATA.glob("answers-v*/*.json") if not path.name.endswith(".expected.json")
)


def test_every_schema_version_up_to_the_current_one_has_stored_files():
    for version in range(1, SCHEMA_VERSION + 1):
        files = [p for p in STORED if p.parent.name == f"answers-v{version}"]
        assert len(files) >= 2, f"answers-v{version}"


def test_every_earlier_version_has_a_migration():
    assert set(MIGRATIONS) == set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("stored", STORED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_stored_answers_file_loads_and_keeps_its_verdicts(stored):
    expected = json.loads(stored.with_suffix(".expected.json").read_text(encoding="utf-8"))
    raw = stored.read_bytes()
    assert json.loads(raw)["schema_version"] == int(stored.parent.name.removeprefix("answers-v"))
    answers = parse_answers(raw)
    result = assess(answers)
    assert result.application_date.isoformat() == expected["application_date"]
    found = {f"{w.stream}/{w.profile}": w.verdict for w in result.ways}
    assert found == expected["verdicts"]
