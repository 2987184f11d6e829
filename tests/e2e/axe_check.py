"""axe-core's WCAG 2.1 A and AA rules on the page as shown, one line per violation and element.

Run on every screen of the English walk (tests/e2e/test_accessibility.py) and of both French
walks (tests/e2e/test_the_last_mile_in_browser.py: each screen is also read for English words).
"""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
# Exact selectors of Streamlit's own markup that the app cannot change, each with its reason.
# None today: every violation seen so far came from the app's theme and was fixed there.
EXCLUDED: list[list[str]] = []

_axe = Axe()


def violations(page: Page) -> list[str]:
    """One line per violation and element: rule id, impact, selector, what to fix."""
    context = {"exclude": EXCLUDED} if EXCLUDED else None
    found = _axe.run(page, context=context, options=AXE_OPTIONS).response["violations"]
    return [
        f"{rule['id']} ({rule['impact']}) at {node['target']}: {rule['help']}"
        f" — {node['html'][:160]}"
        for rule in found
        for node in rule["nodes"]
    ]
