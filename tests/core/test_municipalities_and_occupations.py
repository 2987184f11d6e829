"""The full lists behind two questions: the employer's municipality (all of Québec, art. 7 4° b)
and the occupation (the 516 NOC 2021 unit groups, in English and French).

A real place outside the CMM is decided without a confirmation; a name two municipalities
share is asked about; only a name nowhere on the list is "not listed". The occupation search
finds a unit group by code, title or example job title, in either language.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from core.answers import Answers
from core.interview import QUESTIONS_BY_PATH
from core.reference import (
    match_municipality,
    quebec_places,
    search_occupations,
)

DATA = Path(__file__).resolve().parents[2] / "core" / "data"
COMMIT = re.compile(r"^[0-9a-f]{40}$")


def load(name: str) -> dict:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def normal(name: str) -> str:
    return match_municipality(name).candidates[0].label


# --- quebec_municipalities.json ---------------------------------------------------------------


def test_the_municipalities_file_names_its_source_and_each_entry_is_complete():
    table = load("quebec_municipalities")
    source = table["source_repository"]
    assert source["repo"] and source["path"].endswith("MUN.csv") and COMMIT.match(source["commit"])
    assert "Répertoire des municipalités" in table["source"]
    assert table["source_url"].startswith("https://www.donneesquebec.ca/")
    entries = table["entries"]
    assert len(entries) > 1200
    codes = Counter(entry["code"] for entry in entries)
    assert all(re.fullmatch(r"\d{5}", code) for code in codes)
    assert max(codes.values()) == 1, "one entry per code géographique"
    for entry in entries:
        assert entry["name"].strip() and entry["designation"].strip() and entry["region"].strip()
    designations = {entry["designation"] for entry in entries}
    assert {"Ville", "Municipalité", "Paroisse", "Canton", "Village"} <= designations


def test_the_82_cmm_members_are_each_one_place_of_the_full_list_and_agree_with_it():
    cmm = load("cmm_municipalities")["entries"]
    full = load("quebec_municipalities")["entries"]
    inside = {place.code for place in quebec_places() if place.in_cmm and place.code}
    assert len(inside) == 82, "each CMM member is found once in the Répertoire"
    assert len(cmm) == 82
    # The Répertoire's own metropolitan-community column names the same 82.
    marked = {
        e["code"]
        for e in full
        if e["metropolitan_community"] and "Montréal" in e["metropolitan_community"]
    }
    assert marked == inside
    for member in cmm:
        place = match_municipality(member["name"])
        assert any(candidate.in_cmm for candidate in place.candidates), member["name"]


@pytest.mark.parametrize(
    ("typed", "name", "region"),
    [
        ("Sherbrooke", "Sherbrooke", "Estrie"),
        ("Gatineau", "Gatineau", "Outaouais"),
        ("Québec", "Québec", "Capitale-Nationale"),
        ("Ville de Québec", "Québec", "Capitale-Nationale"),
        ("Quebec City", "Québec", "Capitale-Nationale"),
        ("Saguenay", "Saguenay", "Saguenay--Lac-Saint-Jean"),
        ("Lévis", "Lévis", "Chaudière-Appalaches"),
        ("TROIS-RIVIERES", "Trois-Rivières", "Mauricie"),
        ("St-Jean sur Richelieu", "Saint-Jean-sur-Richelieu", "Montérégie"),
        ("Sherbrooke, QC", "Sherbrooke", "Estrie"),
    ],
)
def test_a_real_place_outside_the_cmm_is_decided_without_a_confirmation(typed, name, region):
    place = match_municipality(typed)
    assert place.in_cmm is False
    assert place.name == name and place.region == region
    assert len(place.candidates) == 1 and place.code
    answers = Answers.model_validate({"job": {"status": "held", "employer_municipality": typed}})
    assert not QUESTIONS_BY_PATH["job.municipality_not_listed"].applies(answers)


def test_two_saint_isidore_one_inside_the_cmm_are_both_offered_with_their_mrc():
    place = match_municipality("St-Isidore")
    assert place.in_cmm is None and place.ambiguous
    offered = {(c.mrc, c.in_cmm) for c in place.candidates}
    assert offered == {("Roussillon", True), ("La Nouvelle-Beauce", False)}
    answers = Answers.model_validate(
        {"job": {"status": "held", "employer_municipality": "Saint-Isidore"}}
    )
    assert not QUESTIONS_BY_PATH["job.municipality_not_listed"].applies(answers)
    for candidate in place.candidates:  # the answer stored is the label: it decides alone
        again = match_municipality(candidate.label)
        assert again.candidates == (candidate,) and again.in_cmm is candidate.in_cmm
        assert match_municipality(candidate.code).candidates == (candidate,)


def test_homonyms_all_outside_the_cmm_are_decided_outside_and_still_listed():
    place = match_municipality("Bedford")
    assert place.in_cmm is False and len(place.candidates) == 2
    assert {c.designation for c in place.candidates} == {"Ville", "Canton"}


def test_a_montreal_borough_that_is_also_a_town_elsewhere_is_asked():
    place = match_municipality("Ville-Marie")
    assert place.in_cmm is None
    assert {c.in_cmm for c in place.candidates} == {True, False}


def test_every_place_label_is_unique_and_designates_that_place_alone():
    places = quebec_places()
    labels = Counter(place.label for place in places)
    assert max(labels.values()) == 1
    for place in places:
        assert match_municipality(place.label).candidates == (place,), place.label


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("Sherbrok", "Sherbrooke"), ("Gatinau", "Gatineau"), ("Monteral", "Montréal")],
)
def test_a_name_nowhere_on_the_list_is_not_decided_and_gets_suggestions(typed, suggested):
    place = match_municipality(typed)
    assert place.in_cmm is None and not place.known
    assert suggested in place.suggestions
    answers = Answers.model_validate({"job": {"status": "held", "employer_municipality": typed}})
    assert QUESTIONS_BY_PATH["job.municipality_not_listed"].applies(answers)


def test_a_municipality_merged_in_2025_is_still_recognised_outside_the_cmm():
    for typed in ("Hébertville-Station", "Sainte-Anne-de-la-Pocatière"):
        place = match_municipality(typed)
        assert place.in_cmm is False and place.candidates[0].former


# --- noc2021.json -----------------------------------------------------------------------------


def test_the_516_unit_groups_have_a_code_teer_and_both_official_titles():
    table = load("noc2021")
    assert COMMIT.match(table["source_repository"]["commit"])
    assert "NOC" in table["source"] and table["source_url"].startswith("https://")
    entries = table["entries"]
    assert len(entries) == 516
    assert len({entry["code"] for entry in entries}) == 516
    for entry in entries:
        assert re.fullmatch(r"\d{5}", entry["code"])
        assert entry["teer"] == int(entry["code"][1])
        assert entry["title_en"].strip() and entry["title_fr"].strip()
        has_examples = bool(entry["examples_en"]) and bool(entry["examples_fr"])
        assert has_examples == (entry["teer"] <= 3), entry["code"]


def test_art12_occupations_are_unit_groups_with_the_same_english_titles():
    official = {entry["code"]: entry for entry in load("noc2021")["entries"]}
    for entry in load("occupations")["entries"]:
        assert official[entry["code"]]["title_en"] == entry["title_en"]
        assert official[entry["code"]]["teer"] == entry["teer"]


def codes(query: str, lang: str, top: int = 10) -> list[str]:
    return [match.code for match in search_occupations(query, lang)[:top]]


def test_an_exact_code_comes_first():
    assert codes("21231", "fr")[0] == "21231"
    assert codes(" 21231 ", "en")[0] == "21231"


@pytest.mark.parametrize(
    "query", ["compositor", "Compositor - film", "visual effects", "VFX artist"]
)
def test_visual_effects_job_titles_find_the_unit_group_the_noc_lists_them_under(query):
    # The NOC 2021 examples put "Compositor - animation/film" and "Visual effects (VFX) artist"
    # under 52111 (Graphic arts technicians), not 52120 (Graphic designers and illustrators).
    found = search_occupations(query, "en")
    assert found[0].code == "52111"
    assert found[0].kind == "example" and found[0].art12_item == "8.1°"


@pytest.mark.parametrize("query", ["effets visuels", "compositeur de films"])
def test_visual_effects_in_french_find_52111(query):
    assert "52111" in codes(query, "fr", 3)


def test_a_title_word_in_french_finds_the_developer_unit_groups():
    found = codes("développeur", "fr")
    assert {"21232", "21234"} <= set(found[:5])
    assert codes("developpeur", "fr") == found  # accents do not matter


@pytest.mark.parametrize(
    ("query", "lang"),
    [("data scientist", "en"), ("scientifique des données", "fr"), ("Data Scientist", "fr")],
)
def test_data_scientist_in_either_language_finds_21211(query, lang):
    assert codes(query, lang)[0] == "21211"


def test_the_persons_language_comes_first_and_titles_are_given_in_both():
    match = search_occupations("designers graphiques", "fr")[0]
    assert match.code == "52120" and match.matched_lang == "fr"
    assert match.title("fr") == "Designers graphiques et illustrateurs/illustratrices"
    assert match.title("en") == "Graphic designers and illustrators"


def test_a_misspelt_title_is_found_by_its_near_spelling():
    found = search_occupations("softwre develper", "en")
    assert found and found[0].code == "21232" and found[0].kind == "fuzzy"


@pytest.mark.parametrize("query", ["xqzvbn blorf", "zzzz", "", "   "])
def test_nonsense_finds_nothing(query):
    assert search_occupations(query, "fr") == []
