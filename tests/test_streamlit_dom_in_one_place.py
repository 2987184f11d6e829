"""Streamlit's insides are written in one module (ui/streamlit_dom.py): no other file of the
app names a test id of Streamlit's page or carries a script or a style sheet in a string, and
the scripts and sheets of ui/static/ take their selectors from the module."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULE = ROOT / "ui" / "streamlit_dom.py"
PYTHON = [
    ROOT / "app.py",
    *sorted((ROOT / "ui").glob("*.py")),
    *sorted((ROOT / "screens").glob("*.py")),
]
STATIC = sorted((ROOT / "ui" / "static").glob("*.*"))
INSIDES = re.compile(r"data-testid|data-test-|<script|<style|kind=['\"]header")


def test_no_python_file_but_the_module_writes_streamlit_selectors_or_scripts() -> None:
    found = {
        str(path.relative_to(ROOT)): INSIDES.findall(path.read_text(encoding="utf-8"))
        for path in PYTHON
        if path != MODULE
    }
    assert not {name: hits for name, hits in found.items() if hits}


def test_the_scripts_and_style_sheets_write_no_selector_of_their_own() -> None:
    assert STATIC, "ui/static/ holds the scripts and style sheets"
    own = re.compile(r"data-testid|data-test-|st-key-|kind=")
    found = {path.name: own.findall(path.read_text(encoding="utf-8")) for path in STATIC}
    assert not {name: hits for name, hits in found.items() if hits}
