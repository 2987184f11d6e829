"""The French-proficiency tests and their levels (art. 6, par. 2°), as the reference table lists them."""

from __future__ import annotations

from typing import Any

from core.reference.tables import load_table


def french_tables() -> list[dict[str, Any]]:
    return list(load_table("french_tests")["entries"])
