"""A reference table missing or corrupt at start-up: nothing is assessed, and the reason is said.

The app (AppTest, `core.reference.tables.DATA_DIR` pointed at a damaged copy) shows an error and
no question; the command line exits non-zero with one line on stderr naming the table, no
traceback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from driver import APP
from streamlit.testing.v1 import AppTest

import core.program
import core.reference.tables
from core.reference import DATA_DIR, TABLES

REPO = Path(__file__).resolve().parents[2]
DAMAGES = {
    "removed": lambda path: path.unlink(),
    "not JSON": lambda path: path.write_text("{not json", encoding="utf-8"),
    "empty": lambda path: path.write_bytes(b""),
    "not UTF-8": lambda path: path.write_bytes(b"\xff\xfe\x00garbage"),
    "no entries": lambda path: path.write_text(
        json.dumps({k: v for k, v in json.loads(path.read_text()).items() if k != "entries"}),
        encoding="utf-8",
    ),
    "entries not a list": lambda path: path.write_text(
        json.dumps({**json.loads(path.read_text()), "entries": "x"}), encoding="utf-8"
    ),
    "a folder in its place": lambda path: (path.unlink(), path.mkdir()),
}
CASES = [
    ("fees", "removed"),
    ("occupations", "not JSON"),
    ("program", "empty"),
    ("cmm_municipalities", "not UTF-8"),
    ("annex_c", "no entries"),
    ("wage_thresholds", "entries not a list"),
    ("french_tests", "a folder in its place"),
]


def damaged_copy(folder: Path, table: str, damage: str) -> Path:
    data = folder / "data"
    shutil.copytree(DATA_DIR, data)
    DAMAGES[damage](data / f"{table}.json")
    return data


def clear_caches() -> None:
    """The tables, and what is built from them, cached by each module of core.reference."""
    reference = [m for name, m in sys.modules.items() if name.startswith("core.reference.")]
    for module in [*reference, core.program]:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture
def damaged(request, tmp_path, monkeypatch):
    table, damage = request.param
    monkeypatch.setattr(core.reference.tables, "DATA_DIR", damaged_copy(tmp_path, table, damage))
    clear_caches()
    yield table
    monkeypatch.undo()
    clear_caches()


def test_every_table_is_covered_by_a_case():
    assert {table for table, _ in CASES} <= set(TABLES)
    assert len({table for table, _ in CASES}) >= 7


@pytest.mark.parametrize("damaged", CASES, ids=[f"{t} {d}" for t, d in CASES], indirect=True)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_app_refuses_to_assess_and_says_why(damaged, lang):
    # The browser's language, not the switch: in AppTest a rerun after the app's st.stop()
    # runs the page script alone (no app.py), which a real server does not do.
    at = AppTest.from_file(APP, default_timeout=30)
    at.context = {"locale": f"{lang}-CA"}
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["lang"] == lang
    errors = " ".join(e.value for e in at.error)
    assert "reference data" in errors or "données de référence" in errors, errors
    # No question, no way into the interview.
    assert not [w for kind in ("radio", "selectbox", "text_input") for w in getattr(at, kind)
                if (w.key or "").startswith("q:")]  # fmt: skip
    assert not [b for b in at.button if b.key == "start"]


CLI = """
import sys
from pathlib import Path
import core.reference.tables
core.reference.tables.DATA_DIR = Path(sys.argv[1])
from core.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize(("table", "damage"), CASES, ids=[f"{t} {d}" for t, d in CASES])
def test_the_command_line_exits_non_zero_with_one_line_naming_the_table(table, damage, tmp_path):
    data = damaged_copy(tmp_path, table, damage)
    example = REPO / "examples" / "ai-foreign-worker.json"
    done = subprocess.run(
        [sys.executable, "-c", CLI, str(data), "evaluate", str(example), "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode not in (0, 2), done.returncode  # not "assessed", not "bad input"
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert table in done.stderr, done.stderr
    assert done.stdout == ""
