"""The figures of the text that messages, labels and readings show, from the rules that decide
with them: a threshold lives once, in its rule module, and every sentence takes it from here.

Messages name them as placeholders ("{months_required} months"); `core.explain.render` fills
them in the reader's language. (str.format ignores names a message does not use.)
"""

from __future__ import annotations

from functools import cache

from core.reference import load_table
from core.rules import ai_foreign_worker, ai_quebec_graduate, general, it_vfx
from core.rules.base import Money, Value


@cache
def figures() -> dict[str, Value]:
    assert ai_foreign_worker.MONTHS_REQUIRED == it_vfx.MONTHS_REQUIRED  # art. 7 3° and 10 3°
    assert ai_foreign_worker.WINDOW_MONTHS == it_vfx.WINDOW_MONTHS
    return {
        "level_required": general.LEVEL_REQUIRED,  # art. 6 2°
        "months_required": ai_foreign_worker.MONTHS_REQUIRED,  # art. 7 3°, 10 3°
        "window_months": ai_foreign_worker.WINDOW_MONTHS,  # art. 7 3°, 10 3°
        "waiver_months": ai_foreign_worker.WAIVER_MONTHS,  # art. 7, 2nd paragraph
        "salary_outside_cmm": Money(ai_foreign_worker.SALARY_OUTSIDE_CMM),  # art. 7 4° b
        "salary_inside_cmm": Money(ai_foreign_worker.SALARY_INSIDE_CMM),  # art. 7 4° b
        "diploma_window_months": ai_quebec_graduate.DIPLOMA_WINDOW_MONTHS,  # art. 9 3°
        "dess_work_months": ai_quebec_graduate.WORK_REQUIRED_MONTHS,  # art. 9 4°
        "dess_after_months": ai_quebec_graduate.WORK_AFTER_MONTHS,  # art. 9 4°
        "cmm_count": len(load_table("cmm_municipalities")["entries"]),  # C-37.01, Annexe I
    }
