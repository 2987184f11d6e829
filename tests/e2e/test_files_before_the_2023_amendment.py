"""A file dated before A.M. 2023-002 (2023-11-22), in a real browser: the work step asks each
job's NOC 2016 skill type or level, in French first; the results say the 2021 text applies and
why the IT and visual-effects stream cannot be told."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from browser_driver import person_at
from e2e_helpers import save_screenshot
from playwright.sync_api import Browser, expect

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from answers_builders import build_dict, qualifying_period, quebec_diploma  # noqa: E402

from core.i18n import Translator  # noqa: E402


def cook_file(folder: Path, skill: str | None = None) -> Path:
    data = build_dict(
        {
            "application_date": "2023-11-22",
            "work_history": [
                qualifying_period(
                    title="Cuisinier", noc_code="63200", start="2019-01-01", noc2016_skill=skill
                )
            ],
            "diplomas": [quebec_diploma("bachelor", "2015-05-01")],
        }
    )
    path = folder / "cook.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [1280, 390])
def test_the_noc_2016_skill_level_is_asked_and_answering_b_meets_7_3(
    browser: Browser, base_url: str, tmp_path: Path, width: int
):
    person = person_at(browser, base_url, {"width": width, "height": 900})
    try:
        person.upload(cook_file(tmp_path))
        t = Translator("fr")
        expect(person.page.locator("h1").first).to_have_text(t("Work history"))
        question = person.page.get_by_text(t("Skill type or level of this job in the NOC 2016"))
        expect(question.first).to_be_visible()
        save_screenshot(person.page, f"before-2023-amendment-work-{width}")
        person.answer("work_history.0.noc2016_skill", "B")
        save_screenshot(person.page, f"before-2023-amendment-work-answered-{width}")
    finally:
        person.page.context.close()


def test_the_results_say_the_2021_text_applies_and_why_the_it_vfx_stream_cannot_be_told(
    browser: Browser, base_url: str, tmp_path: Path
):
    person = person_at(browser, base_url, {"width": 1280, "height": 900})
    try:
        person.upload(cook_file(tmp_path, "B"))
        expect(person.page.locator("h1").first).to_have_text(Translator("fr")("Results"))
        main = person.page.get_by_test_id("stMain")
        expect(main).to_contain_text("Règles appliquées\u00a0: le texte de 2021 (A.M. 2021-002)")
        expect(main).to_contain_text("la liste de 2021 des professions admissibles")
        save_screenshot(person.page, "before-2023-amendment-results-1280")
    finally:
        person.page.context.close()
