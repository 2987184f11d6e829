"""The house stays layered: the import-linter contracts of pyproject.toml hold.

The core never imports Streamlit or `ui`; inside the core, and inside its rules, a module imports
only from the floors below its own (no import runs back up, so no cycle). A failure prints the
import chain that broke a contract.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_contract_is_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout
