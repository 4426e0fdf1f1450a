"""Tests for a place the text puts near a town ("the village of X near Y"), for country names that
look like a demonym's plural ("Laos", "Philippines"), and for other spellings of Lao provinces."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Place, Toponym
from eventwire.stages.gazetteer import Gazetteer, Match
from eventwire.stages.geocode import Geocoder
from eventwire.stages.geocode_near import near_fallback
from eventwire.stages.toponyms import Mention, is_demonym


def place(name: str, lat: float, lon: float, kind: str = "city", country: str = "MLI", pop: int = 5_000) -> Place:
    return Place(geonameid=None, name=name, kind=kind, country=country, admin1=None, lat=lat, lon=lon, population=pop)


def mention(name: str, matches: list[Place]) -> Mention:
    m = Mention(0, 1, 0, 1, name, "GPE")
    m.matches = [Match(p, True) for p in matches]
    return m


TOWN = place("Sahelton", 14.0, -4.0, pop=150_000)
FAR = place("Farville", 45.0, 10.0, country="ITA", pop=8_000)
CLOSE = place("Farville", 14.3, -4.2, pop=300)


def fall(m: Mention, top: Place, town: Place = TOWN) -> Toponym:
    def resolve(_: Mention) -> Toponym:
        return Toponym(0, 0, town.name, town, 2)

    return near_fallback(m, Toponym(0, 0, "Farville", top, 1), mention("Sahelton", [TOWN]), resolve, lambda p: 1)


def test_a_far_namesake_of_a_village_near_a_town_gives_way_to_the_town() -> None:
    got = fall(mention("Farville", [FAR]), FAR)
    assert got.place is TOWN
    assert got.precision == 2


def test_a_namesake_near_the_town_wins_over_a_bigger_far_one() -> None:
    got = fall(mention("Farville", [FAR, CLOSE]), FAR)
    assert got.place is CLOSE
    assert got.precision == 1


def test_a_candidate_already_near_the_town_stands() -> None:
    got = fall(mention("Farville", [CLOSE]), CLOSE)
    assert got.place is CLOSE
    assert "near" not in got.why


def test_an_area_is_not_moved_to_the_town() -> None:
    area = place("Farland", 45.0, 10.0, kind="admin1", country="ITA")
    assert fall(mention("Farland", [area]), area).place is area


def test_a_state_named_as_near_moves_nothing() -> None:
    state = place("Bigstate", 14.0, -4.0, kind="admin1", pop=2_000_000)
    assert fall(mention("Farville", [FAR]), FAR, state).place is FAR  # near a long border, not a point


def test_a_country_name_is_not_a_demonym_plural() -> None:
    gaz = Gazetteer.open()
    assert not is_demonym("Laos", gaz)
    assert not is_demonym("Philippines", gaz)
    assert is_demonym("Iraqis", gaz)
    assert is_demonym("Lao", gaz)


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def places(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text)) if t.place is not None}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("Gunmen stormed the village of Cori near Kidal on Friday.", "Cori", "Kidal"),
        ("Soldiers burned the hamlet of Corry near Gao, residents said.", "Corry", "Gao"),
    ],
)
def test_an_unknown_village_near_a_town_is_placed_at_the_town(
    world: Geocoder, nlp: Any, text: str, name: str, town: str
) -> None:
    found = places(world, nlp, text)
    assert found[name].place == found[town].place
    assert found[name].precision == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Two farmers died in Laos when a bomb went off.", "Laos", "LAO"),
        ("Rebels ambushed a patrol in the Philippines on Monday.", "Philippines", "PHL"),
    ],
)
def test_a_country_whose_name_ends_like_a_plural_is_a_place(
    world: Geocoder, nlp: Any, text: str, name: str, iso3: str
) -> None:
    got = places(world, nlp, text)[name]
    assert got.literal
    assert got.place is not None and got.place.country == iso3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A bomblet exploded in a rice field in Xiengkhouang province.", "Xiengkhouang province", "Xiangkhoang"),
        ("Landslides buried two houses in Xieng Khouang last week.", "Xieng Khouang", "Xiangkhoang"),
        ("Flooding hit Sayaboury on Monday.", "Sayaboury", "Xiagnabouli"),
    ],
)
def test_common_spellings_of_lao_provinces_are_found(
    world: Geocoder, nlp: Any, text: str, name: str, admin1: str
) -> None:
    got = places(world, nlp, text)[name]
    assert got.place is not None and got.place.kind == "admin1" and got.place.admin1 == admin1


def test_the_country_in_focus_is_the_one_named_as_a_place_not_as_a_nationality() -> None:
    from eventwire.stages.event_places import focus_country

    usa = place("United States", 39.0, -98.0, kind="country", country="USA")
    lao = place("Laos", 18.0, 105.0, kind="country", country="LAO")
    nationality = [Toponym(i, i + 4, "U.S.", usa, 3, "", False) for i in (0, 10)]
    assert focus_country([*nationality, Toponym(20, 24, "Laos", lao, 3, "", True)]) == "LAO"
    assert focus_country(nationality) == "USA"  # no place named: the nationality stands


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("Gunmen killed nine villagers in Maradun local government area on Friday.", "Maradun", "Maradun"),
        ("Bandits killed six farmers in Anka LGA on Tuesday, police in Zamfara said.", "Anka", "Anka"),
    ],
)
def test_a_name_before_local_government_area_is_a_district(
    world: Geocoder, nlp: Any, text: str, name: str, town: str
) -> None:
    found = {t.text.split()[0]: t for t in world.toponyms(nlp(text)) if t.place is not None}
    assert found[name].place is not None
    assert found[name].place.name == town and found[name].place.country == "NGA"
