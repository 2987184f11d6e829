"""Every numbered paragraph of the law has its condition, quoting it word for word.

The law is read from tests/core/data/programme-pilote-ia-ti-ev.fr.txt (a copy of the consolidated
text), cut into articles, alinéas and paragraphs by its own markers (`7.`, `2°`, `b)`), and
compared with each condition's `text_fr` in `core.rules.base.REGISTRY`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from core.assess import CONDITION_IDS
from core.program import program_dates
from core.reference import art12_occupations
from core.rules.base import REGISTRY, Comparator

LAW = Path(__file__).resolve().parent / "data" / "programme-pilote-ia-ti-ev.fr.txt"

ARTICLE = re.compile(r"^(\d+(?:\.\d+)?)\.\s{2,}(.*)$")
MARKER = re.compile(r"^(\d+(?:\.\d+)?°|[a-z]\))\s+(.*)$")
NOT_TEXT = re.compile(r"^(A\.M\.|§|SECTION\b|MISES À JOUR)")


def normalize(text: str) -> str:
    return " ".join(text.split())


def read_articles() -> dict[str, list[str]]:
    """Article number → its lines, without the amendment notes and the section headings."""
    articles: dict[str, list[str]] = {}
    current = None
    for line in LAW.read_text(encoding="utf-8").splitlines():
        found = ARTICLE.match(line)
        if found:
            current = found[1]
            articles[current] = [found[2]]
            continue
        stripped = line.strip()
        if NOT_TEXT.match(stripped) or (stripped and stripped == stripped.upper()):
            continue
        if current:
            articles[current].append(line)
    return articles


def split_article(lines: list[str]) -> tuple[str, dict[str, str], list[str]]:
    """(opening words, {marker: paragraph text}, later alinéas without markers)."""
    opening: list[str] = []
    paragraphs: dict[str, list[str]] = {}
    alineas: list[list[str]] = []
    current: list[str] | None = opening
    blank = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        found = MARKER.match(stripped)
        if found:
            current = paragraphs.setdefault(found[1], [])
            current.append(found[2])
        elif blank and paragraphs:
            current = []  # an unnumbered block after the paragraphs: a new alinéa
            alineas.append(current)
            current.append(stripped)
        else:
            current.append(stripped)
        blank = False
    return (
        normalize(" ".join(opening)),
        {key: normalize(" ".join(value)) for key, value in paragraphs.items()},
        [normalize(" ".join(block)) for block in alineas],
    )


ARTICLES = read_articles()
SPLIT = {number: split_article(lines) for number, lines in ARTICLES.items()}
WHOLE_LAW = normalize(LAW.read_text(encoding="utf-8"))

# Condition id → (article, paragraph marker) in the law.
PARAGRAPHS = {
    "art6/2": ("6", "2°"),
    "art6/3": ("6", "3°"),
    "art7/1": ("7", "1°"),
    "art7/2": ("7", "2°"),
    "art7/3": ("7", "3°"),
    "art7/4": ("7", "4°"),
    "art7/4/a": ("7", "a)"),
    "art7/4/b": ("7", "b)"),
    "art9/1": ("9", "1°"),
    "art9/2": ("9", "2°"),
    "art9/3": ("9", "3°"),
    "art9/4": ("9", "4°"),
    "art9/5": ("9", "5°"),
    "art10/1": ("10", "1°"),
    "art10/2": ("10", "2°"),
    "art10/3": ("10", "3°"),
    "art10/4": ("10", "4°"),
}
# Provisions folded into a paragraph's condition, quoted in brackets after its text.
FOLDED = {"art7/3": ("7.1", "2e al."), "art10/3": ("10.1",)}


def test_the_law_was_cut_into_the_expected_articles_and_paragraphs():
    assert {"1", "6", "7", "7.1", "8", "9", "10", "10.1", "11", "12", "14"} <= set(SPLIT)
    assert list(SPLIT["6"][1]) == ["1°", "2°", "3°"]
    assert list(SPLIT["7"][1]) == ["1°", "2°", "3°", "4°", "a)", "b)"]
    assert list(SPLIT["9"][1]) == ["1°", "2°", "3°", "4°", "5°"]
    assert list(SPLIT["10"][1]) == ["1°", "2°", "3°", "4°"]
    assert len(SPLIT["7"][2]) == 1  # the second alinéa (the master's/doctorate waiver)
    assert SPLIT["7"][2][0].startswith("La condition prévue au paragraphe 3 ne s’applique pas")
    assert SPLIT["6"][1]["1°"] == "(paragraphe abrogé);"


@pytest.mark.parametrize(("cid", "where"), sorted(PARAGRAPHS.items()))
def test_each_paragraph_has_a_condition_quoting_its_text(cid, where):
    article, marker = where
    law_text = SPLIT[article][1][marker]
    condition = REGISTRY[cid]
    assert condition.citation.article == article
    if marker.endswith(")"):
        assert condition.citation.subparagraph == marker
        assert condition.citation.paragraph == "4°"
    else:
        assert condition.citation.paragraph == marker
    if cid in FOLDED:
        assert condition.text_fr.startswith(law_text + " [")
    else:
        assert condition.text_fr == law_text


def test_the_folded_provisions_are_quoted_from_the_law():
    for cid, sources in FOLDED.items():
        brackets = re.findall(r"\[([^\]]+)\]", REGISTRY[cid].text_fr)
        assert len(brackets) == len(sources)
        for quoted, source in zip(brackets, sources, strict=True):
            label, _, words = quoted.partition(": ")
            if source == "2e al.":
                assert label == "2e al."
                assert words == SPLIT["7"][2][0]
            else:
                assert label == f"art. {source}"
                assert words in SPLIT[source][0]


def test_art_1_and_14_quote_their_articles():
    assert REGISTRY["art1"].text_fr == SPLIT["1"][0]
    assert REGISTRY["art14"].text_fr == SPLIT["14"][0]


def test_the_repeal_date_in_the_data_is_the_one_of_art_14():
    assert "abrogé le 1er janvier 2026" in SPLIT["14"][0]
    assert program_dates().repealed == date(2026, 1, 1)


def test_every_condition_of_the_ways_is_registered_and_every_registered_one_is_used():
    assert set(CONDITION_IDS) == set(REGISTRY)
    assert set(PARAGRAPHS) | {"art1", "art14"} == set(CONDITION_IDS)


@pytest.mark.parametrize("cid", sorted(REGISTRY))
def test_every_condition_has_a_citation_a_label_and_an_english_rendering(cid):
    condition = REGISTRY[cid]
    assert condition.id == cid
    assert condition.citation.article == cid[3:].split("/")[0]
    assert condition.label.strip()
    assert condition.text_en.strip() and condition.text_en != condition.text_fr
    assert condition.inputs
    assert condition.citation.render("fr").startswith(f"art. {condition.citation.article}")
    assert condition.citation.render("en").startswith(f"s. {condition.citation.article}")


def expected_comparator(cid: str, text: str) -> Comparator:
    """The comparison the law's own words set."""
    text = text.split(" [")[0]  # the paragraph itself, not the folded provisions
    if cid in ("art1", "art14"):
        return Comparator.DATE_RANGE
    if re.search(r"mois suivant", text):
        return Comparator.WITHIN_MONTHS_AFTER
    if re.search(r"mois précédant", text):
        return Comparator.WITHIN_MONTHS_BEFORE
    if "supérieur a" in text:
        return Comparator.GREATER_THAN
    if re.search(r"au moins|ou plus|minimalement", text):
        return Comparator.AT_LEAST
    return Comparator.IS


@pytest.mark.parametrize("cid", sorted(REGISTRY))
def test_every_conditions_comparator_matches_the_wording_of_the_law(cid):
    condition = REGISTRY[cid]
    assert condition.comparator is expected_comparator(cid, condition.text_fr)


def test_the_comparators_the_reading_insists_on():
    assert REGISTRY["art7/4/b"].comparator is Comparator.AT_LEAST  # "d'au moins"
    assert REGISTRY["art10/4"].comparator is Comparator.GREATER_THAN  # "supérieur au"
    assert REGISTRY["art6/2"].comparator is Comparator.AT_LEAST  # "niveau 7 ou plus"
    assert REGISTRY["art9/4"].comparator is Comparator.WITHIN_MONTHS_AFTER


def test_only_art_6_2_is_limited_to_the_francophone_profile():
    limited = {cid for cid, c in REGISTRY.items() if c.profiles is not None}
    assert limited == {"art6/2"}
    assert REGISTRY["art6/2"].profiles == frozenset({"francophone"})


def art12_list() -> dict[str, str | None]:
    found = {}
    for marker, text in SPLIT["12"][1].items():
        code = re.search(r"\(code (\d{5})\)", text)
        assert code, (marker, text)
        if "secteur des effets visuels" in text:
            found[code[1]] = "vfx"
        elif "lié aux technologies de l’information ou aux effets visuels" in text:
            found[code[1]] = "it_or_vfx"
        else:
            found[code[1]] = None
    return found


def test_the_art_12_occupations_and_their_conditions_are_those_of_the_text():
    law = art12_list()
    assert len(law) == 19
    table = {code: occupation.condition for code, occupation in art12_occupations().items()}
    assert table == law


def test_the_art_12_items_are_cited_with_their_paragraph():
    for marker, text in SPLIT["12"][1].items():
        code = re.search(r"\(code (\d{5})\)", text)[1]
        assert art12_occupations()[code].art12_item == marker


def test_every_condition_text_is_found_in_the_law():
    for cid, condition in REGISTRY.items():
        paragraph = condition.text_fr.split(" [")[0]
        assert paragraph in WHOLE_LAW, cid
