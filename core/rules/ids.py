"""The conditions of the text, by name: one member per condition (the contract's ids).

A condition is named `ConditionId.ART7_4_B` in code and written "art7/4/b" in JSON and keys: the
member is that string (a StrEnum), so the output is unchanged, and a misspelt name is an
AttributeError at import and an error for mypy. Each rule module registers its conditions under
these names (core/rules/base.py refuses any other), and tests/core/test_traceability_to_the_law.py
checks that every name here has its rule.

`artN/P`: paragraph P° of article N; `artN/P/x`: its subparagraph x (see /docs and the contract).
"""

from __future__ import annotations

from enum import StrEnum


class ConditionId(StrEnum):
    ART1 = "art1"  # the program is in effect at the application date
    ART14 = "art14"  # not yet repealed at the application date
    ART6_2 = "art6/2"  # oral French, level 7 (Francophone profile)
    ART6_3 = "art6/3"  # undertaking of financial self-sufficiency (Annexe C)
    ART7_1 = "art7/1"
    ART7_2 = "art7/2"
    ART7_3 = "art7/3"
    ART7_4 = "art7/4"
    ART7_4_A = "art7/4/a"
    ART7_4_B = "art7/4/b"
    ART9_1 = "art9/1"
    ART9_2 = "art9/2"
    ART9_3 = "art9/3"
    ART9_4 = "art9/4"
    ART9_5 = "art9/5"
    ART10_1 = "art10/1"
    ART10_2 = "art10/2"
    ART10_3 = "art10/3"
    ART10_4 = "art10/4"

