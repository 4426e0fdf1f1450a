"""Tests for the geocoder's reading of lists and of the areas around a name: a town listed between
countries is no town of the next country ("X, Y, Z and W"), "the X region of COUNTRY" lies in
that country, "the district of X, in Y province" lies in Y, a list of one country's former
provinces stays in that country, and an admin1 area named in the same or the previous sentence
outweighs one named elsewhere in the article."""

from __future__ import annotations

import re
from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def resolved(geocoder: Geocoder, nlp: Any, marked: str) -> dict[str, Toponym]:
    """The names in [[brackets]] resolved as given spans, by their text."""
    spans, text, pos = [], "", 0
    for m in re.finditer(r"\[\[(.+?)\]\]", marked):
        text += marked[pos : m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    text += marked[pos:]
    return {t.text: t for t in geocoder.resolve_spans(nlp(text), spans)}


def where(top: Toponym) -> tuple[str | None, str | None, str | None]:
    assert top.place is not None
    return top.place.kind, top.place.country, top.place.admin1


# ---------------------------------------------------------------- a town inside a list of countries


def test_a_town_listed_between_countries_is_not_placed_in_the_next_one(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Players from [[Ghana]], [[Kasese]], [[Nigeria]] and [[Togo]] joined the camp.")
    assert where(found["Kasese"])[:2] == ("city", "UGA")


def test_a_town_between_a_country_and_a_state_keeps_its_qualifier(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Players came from [[Ghana]], [[Paris]], [[Texas]], and [[Togo]].")
    assert where(found["Paris"]) == ("city", "USA", "Texas")


def test_towns_with_their_states_in_a_list_keep_their_qualifiers(world: Geocoder, nlp: Any) -> None:
    text = "Buses left [[Toledo]], [[Ohio]], [[Erie]], [[Pennsylvania]] and [[Buffalo]] at dawn."
    found = resolved(world, nlp, text)
    assert where(found["Erie"]) == ("city", "USA", "Pennsylvania")


# ---------------------------------------------------------------- "the X region of COUNTRY"


def test_a_region_of_several_countries_held_by_one_is_placed_in_it(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Militants attacked a convoy in the [[Sahel]] region of [[Chad]].")
    assert where(found["Sahel"])[:2] == ("country", "TCD")
    assert found["Sahel"].precision == 3
    assert where(found["Chad"])[:2] == ("country", "TCD")


def test_a_region_of_the_holding_states_country_stays_itself(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Berry farms in the [[Fraser Valley]] region of [[British Columbia]] flooded.")
    assert where(found["Fraser Valley"])[:2] == ("region", "CAN")


def test_the_kind_word_after_a_name_is_not_the_countrys(world: Geocoder, nlp: Any) -> None:
    top = world.toponyms(nlp("Troops moved into the Kurdistan region of Iraq on Monday."))
    assert [(t.text, where(t)[:2]) for t in top] == [
        ("Kurdistan region", ("country", "IRQ")),
        ("Iraq", ("country", "IRQ")),
    ]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Storms hit the US state of [[Georgia]] overnight.", "Georgia", ("admin1", "USA")),
        ("Gunmen raided a school in the Nigerian state of [[Borno]].", "Borno", ("admin1", "NGA")),
    ],
)
def test_a_kind_word_after_a_country_or_demonym_is_the_next_names(
    world: Geocoder, nlp: Any, text: str, name: str, expected: tuple[str, str]
) -> None:
    assert where(resolved(world, nlp, text)[name])[:2] == expected


def test_a_region_after_a_comma_is_still_a_list_item(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Floods spread along the [[Indiana]], [[Ill.]], border.")
    assert where(found["Indiana"])[:2] == ("admin1", "USA")


# ---------------------------------------------------------------- "the district of X, in Y province"


def test_a_district_set_off_by_a_comma_lies_in_the_province_after_it(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Floods swept through the district of [[Karo]], in [[North Sumatra]] province.")
    assert where(found["Karo"])[:2] == ("admin1", "IDN")
    assert found["Karo"].precision == 2


def test_a_list_of_in_phrases_holds_no_name(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Shelling was reported in [[Qusayr]], in [[Aleppo]] and in [[Idlib]].")
    assert where(found["Qusayr"]) == ("city", "SYR", "Homs")


# ---------------------------------------------------------------- one country's former provinces


def test_former_provinces_listed_together_stay_in_their_country(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Aid reached the provinces of [[Coast]], [[Nyanza]] and [[Rift Valley]] last week.")
    assert {name: where(t)[:2] for name, t in found.items()} == {
        "Coast": ("region", "KEN"),
        "Nyanza": ("region", "KEN"),
        "Rift Valley": ("region", "KEN"),
    }


def test_a_compass_province_named_alone_is_not_taken_for_kenyas_former_one(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Oil workers in the [[Eastern Province]] went on strike over pay.")
    assert where(found["Eastern Province"])[0] == "admin1"
    assert where(found["Eastern Province"])[1] != "KEN"


def test_a_province_of_another_country_keeps_its_own(world: Geocoder, nlp: Any) -> None:
    found = resolved(world, nlp, "Sri Lanka's [[Western]] province had the most cases.")
    assert where(found["Western"])[:2] == ("admin1", "LKA")


# ---------------------------------------------------------------- an admin1 area named close by


def test_the_state_named_in_the_sentence_outweighs_one_named_later(world: Geocoder, nlp: Any) -> None:
    text = (
        "Rangers in Michigan found dead geese on a beach near a marsh in Monroe County. "
        "Samples went to a laboratory in Ames, Iowa. The Iowa laboratory confirmed the virus on Friday."
    )
    top = {t.text: t for t in world.toponyms(nlp(text))}
    assert where(top["Monroe County"]) == ("admin2", "USA", "Michigan")


def test_an_abbreviation_look_alike_names_no_state(world: Geocoder, nlp: Any) -> None:
    text = (
        "Pageant contestants came from towns across [[Ohio]]. Winners came from [[Elida]] in the Teen category. "
        "Contestants live in [[Madison]] or [[Montgomery]] counties."
    )
    assert where(resolved(world, nlp, text)["Montgomery"])[1:] == ("USA", "Ohio")
