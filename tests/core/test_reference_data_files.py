"""The reference data files in core/data: envelope, counts and the figures of the data brief.

These tests read the JSON files directly (no app code), so a hand edit that breaks a table,
invents a year or drops a municipality is caught before the app uses it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from core.reference import TABLES  # one list: the tables the app loads (names only)

DATA = Path(__file__).resolve().parents[2] / "core" / "data"

ENVELOPE_KEYS = (
    "table",
    "title_en",
    "title_fr",
    "legal_basis",
    "source",
    "source_url",
    "confidence",
    "verify",
    "effective_from",
    "effective_to",
    "notes",
    "entries",
)
CONFIDENCE = {"high", "medium", "low"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ART12_ORDER = [
    "21223", "21233", "52120", "21232", "21230", "21234", "20012", "21231", "21310", "51120",
    "41200", "21211", "21220", "21222", "21221", "52113", "52111", "22220", "22310",
]  # fmt: skip


def _reject_constant(name: str):
    raise ValueError(f"non-finite JSON constant {name}")


def load(name: str) -> dict:
    text = (DATA / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text, parse_constant=_reject_constant)


def walk(value):
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[\s\-'’]+", " ", text).strip()


# --- every file -------------------------------------------------------------------------------


def test_every_data_file_is_a_table_the_app_loads():
    assert sorted(path.stem for path in DATA.glob("*.json")) == sorted(TABLES)


@pytest.mark.parametrize("name", TABLES)
def test_file_parses_and_has_envelope(name):
    table = load(name)
    for key in ENVELOPE_KEYS:
        assert key in table, f"{name}: missing {key}"
    assert table["table"] == name
    assert table["confidence"] in CONFIDENCE
    assert isinstance(table["verify"], bool)
    assert isinstance(table["entries"], list)
    for key in ("title_en", "title_fr", "legal_basis", "source", "notes"):
        assert isinstance(table[key], str) and table[key].strip(), f"{name}: empty {key}"
    for key in ("effective_from", "effective_to"):
        assert table[key] is None or ISO_DATE.match(table[key]), f"{name}: bad {key}"
    assert table["source_url"] is None or table["source_url"].startswith("http")


@pytest.mark.parametrize("name", TABLES)
def test_no_nan_or_infinity(name):
    for value in walk(load(name)):
        if isinstance(value, float):
            assert math.isfinite(value), f"{name}: non-finite number"


@pytest.mark.parametrize("name", TABLES)
def test_files_are_utf8_two_space_indented_not_ascii_escaped(name):
    text = (DATA / f"{name}.json").read_text(encoding="utf-8")
    assert "\\u00" not in text, f"{name}: accents escaped (ensure_ascii should be false)"
    assert text.startswith('{\n  "table"')


@pytest.mark.parametrize("name", TABLES)
def test_entry_confidences_are_known_values(name):
    for entry in load(name)["entries"]:
        if isinstance(entry, dict) and "confidence" in entry:
            assert entry["confidence"] in CONFIDENCE | {None}


# --- occupations (art. 12) --------------------------------------------------------------------


def test_nineteen_occupations_in_art12_order():
    entries = load("occupations")["entries"]
    assert [entry["code"] for entry in entries] == ART12_ORDER
    assert len({entry["art12_item"] for entry in entries}) == 19


@pytest.mark.parametrize("entry", load("occupations")["entries"], ids=lambda e: e["code"])
def test_occupation_teer_is_second_digit(entry):
    assert re.fullmatch(r"\d{5}", entry["code"])
    assert entry["teer"] == int(entry["code"][1])
    assert entry["teer"] in (0, 1, 2)
    assert entry["title_en"] and entry["title_fr"]


def test_occupation_conditions():
    conditions = {entry["code"]: entry["condition"] for entry in load("occupations")["entries"]}
    assert {code for code, cond in conditions.items() if cond == "vfx"} == {
        "52120",
        "51120",
        "52113",
        "52111",
    }
    assert {code for code, cond in conditions.items() if cond == "it_or_vfx"} == {"41200"}
    assert sum(cond is None for cond in conditions.values()) == 14


# --- noc_common -------------------------------------------------------------------------------


def test_noc_common_codes_are_valid_and_separate_from_art12():
    table = load("noc_common")
    codes = [entry["code"] for entry in table["entries"]]
    assert len(codes) == len(set(codes))
    assert not set(codes) & set(ART12_ORDER)
    for entry in table["entries"]:
        assert re.fullmatch(r"\d{5}", entry["code"])
        assert entry["teer"] == int(entry["code"][1])
        assert entry["title_en"]
        assert "title_fr" in entry
    if codes:  # a source was found: the envelope says where
        assert table["source_url"] or table.get("source_repository")


# --- CMM municipalities -----------------------------------------------------------------------


def test_cmm_has_82_unique_municipalities_with_brief_group_counts():
    table = load("cmm_municipalities")
    names = [entry["name"] for entry in table["entries"]]
    assert len(names) == 82
    assert len(set(names)) == 82
    assert len({fold(name) for name in names}) == 82, "two names fold to the same key"
    counts = Counter(entry["group"] for entry in table["entries"])
    assert counts == {
        "Agglomération de Montréal": 16,
        "Laval": 1,
        "Agglomération de Longueuil": 5,
        "Couronne Nord": 20,
        "Couronne Sud": 40,
    }
    assert table["confidence"] == "medium" and table["verify"] is True


def test_cmm_outside_lists():
    table = load("cmm_municipalities")
    assert table["known_outside"] == [
        "Saint-Jérôme",
        "Saint-Colomban",
        "Lavaltrie",
        "L'Épiphanie",
        "Les Coteaux",
        "Saint-Zotique",
        "Coteau-du-Lac",
        "Saint-Placide",
    ]
    assert table["not_member_territories"] == ["Kahnawake", "Kanesatake"]
    inside = {fold(entry["name"]) for entry in table["entries"]}
    for name in table["known_outside"] + table["not_member_territories"]:
        assert fold(name) not in inside


# --- ineligible sectors -----------------------------------------------------------------------


def test_ineligible_sectors():
    table = load("ineligible_sectors")
    assert [entry["id"] for entry in table["entries"]] == [
        "payday_loans_pawn",
        "sexual_content",
        "real_estate",
    ]
    for entry in table["entries"]:
        assert entry["label_en"] and entry["label_fr"]
    assert table["verify"] is True and table["confidence"] == "medium"


# --- fees: only the brief's years have figures ------------------------------------------------


def test_fees_have_no_invented_years():
    entries = load("fees")["entries"]
    with_figures = {
        entry["year"]: (entry["principal"], entry["family_member"])
        for entry in entries
        if entry["principal"] is not None or entry["family_member"] is not None
    }
    assert with_figures == {
        2021: (822, 176),
        2022: (844, 181),
        2023: (869, 186),  # a settlement guide updated 19 Mar 2024 (medium)
        2024: (895, 192),
        2025: (921, 197),
    }
    years = [entry["year"] for entry in entries]
    assert len(years) == len(set(years))
    assert set(years) <= {2021, 2022, 2023, 2024, 2025, 2026}
    for entry in entries:
        if entry["year"] == 2026:
            assert entry["principal"] is None and entry["family_member"] is None
            assert entry["confidence"] is None
        else:
            assert entry["confidence"] == "medium"


# --- Annexe C ---------------------------------------------------------------------------------


def test_annex_c_2016_table():
    entries = {entry["year"]: entry for entry in load("annex_c")["entries"]}
    y2016 = entries[2016]
    assert y2016["effective_from"] == "2016-01-01" and y2016["effective_to"] == "2016-12-31"
    assert y2016["confidence"] == "high"
    assert y2016["rows"] == [
        {"children_under_18": 0, "one_adult": 3046, "two_adults": 4467},
        {"children_under_18": 1, "one_adult": 4093, "two_adults": 5004},
        {"children_under_18": 2, "one_adult": 4620, "two_adults": 5400},
        {"children_under_18": 3, "one_adult": 5147, "two_adults": 5797},
    ]
    assert y2016["per_dependent_child_18_plus"] is None


def test_annex_c_partial_years_each_cell_with_its_source_and_confidence():
    entries = {entry["year"]: entry for entry in load("annex_c")["entries"]}
    assert set(entries) == {2016, 2020, 2022, 2023, 2024, 2025}

    def cells(year):
        return {
            (c["adults"], c["children_under_18"]): (c["amount"], c["confidence"])
            for c in entries[year]["cells"]
        }

    # Official 2020 figures; secondary yearly articles for 2022-2025 (medium).
    assert cells(2020) == {(1, 0): (3243, "high"), (2, 2): (5750, "high")}
    assert cells(2022) == {(1, 0): (3371, "medium"), (2, 2): (5976, "medium")}
    assert cells(2023) == {(1, 0): (3588, "medium"), (2, 2): (6361, "medium")}
    assert cells(2024) == {(1, 0): (3770, "medium"), (2, 2): (6684, "medium")}
    assert cells(2025) == {(1, 0): (3877, "medium"), (2, 2): (6875, "medium")}
    for year in (2020, 2022, 2023, 2024, 2025):
        assert entries[year]["partial"] is True
        assert all(cell["source"] for cell in entries[year]["cells"])
    assert entries[2023]["per_dependent_child_18_plus"] == 1672
    assert entries[2023]["per_dependent_child_18_plus_confidence"] == "high"


# --- French tests -----------------------------------------------------------------------------


def test_french_tef_tables_do_not_overlap():
    entries = load("french_tests")["entries"]
    tef = [entry for entry in entries if "tef_canada" in entry["tests"]]
    assert [
        (e["tested_from"], e["tested_to"], e["listening_min"], e["speaking_min"]) for e in tef
    ] == [
        (None, "2019-09-30", 249, 310),
        ("2019-10-01", "2023-12-09", 450, 450),
        ("2023-12-10", None, 434, 456),
    ]
    tcf = [entry for entry in entries if "tcf_canada" in entry["tests"]]
    assert len(tcf) == 1 and (tcf[0]["listening_min"], tcf[0]["speaking_min"]) == (458, 10)
    # DELF / DALF oral exam minimums: a secondary copy of the ministry's page (medium, verify).
    diplomas = {
        entry["tests"][0]: entry
        for entry in entries
        if entry["tests"][0] in ("delf_b2", "dalf_c1", "dalf_c2")
    }
    assert {
        test: (e.get("listening_min"), e["speaking_min"], e["scale_max"])
        for test, e in diplomas.items()
    } == {"delf_b2": (16, 16, 25), "dalf_c1": (8, 8, 25), "dalf_c2": (None, 16, 50)}
    for entry in diplomas.values():
        assert (entry["confidence"], entry["verify"]) == ("medium", True)
        assert "secondary copy" in entry["source"]


# --- wage thresholds and program --------------------------------------------------------------


def test_wage_thresholds_not_found_means_no_figures():
    table = load("wage_thresholds")
    assert table["entries"] == []
    assert "NOT FOUND" in table["notes"]


def test_program_timeline_and_cap():
    table = load("program")
    assert table["annual_cap"] == 550 and table["annual_cap_article"] == "art. 4"
    assert table["cap_2021"] == 600
    events = {entry["event"]: entry for entry in table["entries"]}
    assert events["in_force"]["date"] == "2021-04-22"
    # A.M. 2023-002: published 8 Nov 2023, in force most probably 23 Nov 2023 (medium).
    assert events["amended"]["published"] == "2023-11-08"
    assert (events["amended"]["date"], events["amended"]["confidence"]) == ("2023-11-23", "medium")
    assert events["repealed"]["date"] == "2026-01-01"
