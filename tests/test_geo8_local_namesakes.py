"""Tests for a town named like a foreign country in a local story ("Jordan", Minnesota, beside
Shakopee and Prior Lake; "Lebanon" beside "Lebanon County"), and for the near-identical stories
where the name is still the country."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def found(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text))}


def where(t: Toponym) -> tuple[str | None, str | None, str]:
    assert t.place is not None
    return t.place.country, t.place.admin1, t.place.kind


@pytest.mark.slow
def test_a_country_name_beside_two_nearby_towns_is_the_local_town(world: Geocoder, nlp: Any) -> None:
    text = "Deputies from Jordan and Prior Lake searched the river bank near Shakopee on Sunday."
    assert where(found(world, nlp, text)["Jordan"]) == ("USA", "Minnesota", "city")


@pytest.mark.slow
def test_a_country_name_beside_one_nearby_town_stays_the_country(world: Geocoder, nlp: Any) -> None:
    text = "A soldier from Shakopee was sent to Jordan with his Army unit on Sunday."
    assert where(found(world, nlp, text)["Jordan"]) == ("JOR", None, "country")


@pytest.mark.slow
def test_a_country_name_listed_with_another_country_stays_the_country(world: Geocoder, nlp: Any) -> None:
    text = "Deputies from Prior Lake and Shakopee flew to Jordan and Syria on Sunday."
    assert where(found(world, nlp, text)["Jordan"]) == ("JOR", None, "country")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Lebanon County officials in Pennsylvania said the old mill in Lebanon would be torn down next spring.",
        "LEBANON COUNTY OFFICIALS IN PENNSYLVANIA SAID THE OLD MILL IN LEBANON WOULD BE TORN DOWN NEXT SPRING.",
    ],
)
def test_the_town_inside_the_county_of_its_name_is_the_town(world: Geocoder, nlp: Any, text: str) -> None:
    t = found(world, nlp, text)
    county = next(v for k, v in t.items() if k.lower() == "lebanon county")
    town = next(v for k, v in t.items() if k.lower() == "lebanon")
    assert where(county) == ("USA", "Pennsylvania", "admin2")
    assert where(town) == ("USA", "Pennsylvania", "city")


@pytest.mark.slow
def test_the_country_named_with_its_capital_stays_the_country_beside_a_county_of_its_name(
    world: Geocoder, nlp: Any
) -> None:
    text = "Churches in Lebanon County, Pennsylvania, collected blankets for Lebanon after the fires near Beirut."
    assert where(found(world, nlp, text)["Lebanon"]) == ("LBN", None, "country")


@pytest.mark.slow
def test_one_nearby_town_is_enough_when_the_state_is_named_in_the_sentence(world: Geocoder, nlp: Any) -> None:
    text = "Sheriffs in Minnesota said the girl from Jordan was found safe in Shakopee."
    assert where(found(world, nlp, text)["Jordan"]) == ("USA", "Minnesota", "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A glide bomb struck a market in Mykolaiv on Tuesday, the governor said.",
        "Two drones hit Zaporizhzhia overnight, regional officials said.",
    ],
)
def test_a_city_spelt_otherwise_than_its_province_is_the_city(world: Geocoder, nlp: Any, text: str) -> None:
    t = next(t for t in world.toponyms(nlp(text)) if t.text in {"Mykolaiv", "Zaporizhzhia"})
    assert where(t) == ("UKR", t.text, "city")
    assert t.precision == 1


@pytest.mark.slow
def test_the_province_named_as_a_region_stays_the_province(world: Geocoder, nlp: Any) -> None:
    t = found(world, nlp, "Shelling across the Mykolaiv region wounded five farmers on Tuesday.")
    assert where(t["Mykolaiv region"]) == ("UKR", "Mykolaiv", "admin1")


@pytest.mark.slow
def test_a_state_whose_city_has_a_longer_name_stays_the_state(world: Geocoder, nlp: Any) -> None:
    t = found(world, nlp, "Firefighters in New York said the blaze was out by Sunday morning.")
    assert where(t["New York"]) == ("USA", "New York", "admin1")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Deputies in Minnesota said a woman was robbed in Alexandria late on Friday.",
        "A Minnesota man was arrested in Alexandria after a chase on Friday, deputies said.",
    ],
)
def test_a_town_named_like_a_province_abroad_takes_the_story_s_state(world: Geocoder, nlp: Any, text: str) -> None:
    t = next(t for t in world.toponyms(nlp(text)) if t.text.lower() == "alexandria")
    assert where(t) == ("USA", "Minnesota", "city")


@pytest.mark.slow
def test_the_city_of_the_province_abroad_stays_with_its_country_named(world: Geocoder, nlp: Any) -> None:
    text = "Egyptian police said a woman was robbed in Alexandria late on Friday."
    assert where(found(world, nlp, text)["Alexandria"]) == ("EGY", "Alexandria", "city")
