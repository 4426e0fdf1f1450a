"""Tests for the area the text puts a name in ("X in central Mali", "X, Chad", "X district of Y
governorate"), the fall-backs when the gazetteer has no place of the name there, datelines that
name a well-known city, names that an attack is aimed at, and "near" before untagged names."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def found(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text))}


def where(t: Toponym) -> tuple[str | None, str | None, str | None, int]:
    assert t.place is not None, t.text
    return t.place.kind, t.place.country, t.place.admin1, t.precision


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on motorbikes killed nine herders in Mansila, Burkina Faso, on Sunday.",
        "Soldiers were ambushed near Mansila in northern Burkina Faso last week.",
        "Troops reinforced the garrison at Mansila in Burkina Faso's Sahel region.",
    ],
)
def test_a_name_with_no_place_in_the_named_country_falls_back_to_the_country(
    world: Geocoder, nlp: Any, text: str
) -> None:
    assert where(found(world, nlp, text)["Mansila"]) == ("country", "BFA", None, 3)


def test_a_name_with_no_place_in_the_named_admin1_area_falls_back_to_the_area(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Aid workers reached the market town of Tina in North Darfur on Monday.")["Tina"]
    assert where(top) == ("admin1", "SDN", "Northern Darfur", 2)


def test_a_district_of_a_governorate_is_the_namesake_inside_it(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Coalition jets bombed a bridge in Hays district of Hodeidah governorate.")["Hays district"]
    _, country, admin1, _ = where(top)
    assert (country, admin1) == ("YEM", "Al Hudaydah")


def test_a_tiny_namesake_abroad_yields_to_the_article_country(world: Geocoder, nlp: Any) -> None:
    text = (
        "Sudan's army said it had pushed back an assault on Kutum in North Darfur. "
        "Aid groups in Sudan said thousands of families had walked for days to reach the town of Tawila."
    )
    assert where(found(world, nlp, text)["Tawila"]) == ("country", "SDN", None, 3)


def test_a_named_country_still_keeps_its_tiny_town(world: Geocoder, nlp: Any) -> None:
    text = "Sudan's army said it had pushed back an assault on Kutum. The town of Tawila in Yemen was quiet."
    assert where(found(world, nlp, text)["Tawila"])[:2] == ("city", "YEM")


def test_a_dateline_names_the_well_known_city(world: Geocoder, nlp: Any) -> None:
    got = found(world, nlp, "DHAKA, March 2 (Reuters) - Students marched through Kamalpur on Sunday.")
    assert where(got["DHAKA"])[:2] == ("city", "BGD")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Paramilitary fighters shelled Omdurman overnight.", "Omdurman", "SDN"),
        ("M23 fighters captured Bukavu after a week of fighting.", "Bukavu", "COD"),
        ("The army said it had repelled an attack on El Obeid.", "El Obeid", "SDN"),
        ("Artillery fire hit El Fasher for a third day.", "El Fasher", "SDN"),
        ("Hospitals filled up after heavy shelling on Omdurman.", "Omdurman", "SDN"),
    ],
)
def test_a_town_an_attack_is_aimed_at_is_found(world: Geocoder, nlp: Any, text: str, name: str, country: str) -> None:
    assert where(found(world, nlp, text)[name])[:2] == ("city", country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bandits stopped a bus near Timbuktu on Friday.", "Timbuktu"),
        ("Gunfire was heard near Gao before dawn.", "Gao"),
    ],
)
def test_near_an_untagged_town_is_precision_two(world: Geocoder, nlp: Any, text: str, name: str) -> None:
    assert where(found(world, nlp, text)[name])[3] == 2
