"""People give a borough or a sector as their place: it counts as its member municipality,
and a place that is not known is asked about, never assumed (art. 7, par. 4°, b)."""

from __future__ import annotations

import pytest

from core.reference import match_municipality


@pytest.mark.parametrize(
    ("typed", "member"),
    [
        ("Saint-Laurent", "Montréal"),
        ("st-laurent", "Montréal"),
        ("Verdun", "Montréal"),
        ("Plateau Mont-Royal", "Montréal"),
        ("saint hubert", "Longueuil"),
        ("Chomedey", "Laval"),
    ],
)
def test_a_borough_or_sector_is_inside_the_cmm_as_its_city(typed, member):
    place = match_municipality(typed)
    assert place.in_cmm is True
    assert place.name.startswith(member)


@pytest.mark.parametrize("typed", ["Saint-Jérôme", "Lavaltrie", "Kahnawake"])
def test_known_places_outside_the_cmm_are_outside(typed):
    assert match_municipality(typed).in_cmm is False


@pytest.mark.parametrize("typed", ["Monteral", "Atlantis-sur-Mer", "Lavall"])
def test_an_unknown_place_is_not_decided(typed):
    place = match_municipality(typed)
    assert place.in_cmm is None
    assert not place.candidates
    if typed == "Monteral":
        assert "Montréal" in place.suggestions
