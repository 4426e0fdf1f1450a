"""Tests for names that look like places only at first sight: groups written with an Arabic article
("al-Shabaab"), people evacuated or freed ("evacuated Jackson"), areas whose outskirts or port are
named ("the outskirts of Borno"), and the index behind the look-alike check."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from eventwire.records import Place, Toponym
from eventwire.stages.gazetteer import Gazetteer, Match
from eventwire.stages.geocode import Geocoder
from eventwire.stages.toponym_groups import article_town, group_name, has_article, lower_article


def town(name: str, population: int, country: str = "SYR", kind: str = "city") -> Place:
    return Place(
        geonameid=None, name=name, kind=kind, country=country, admin1=None, lat=0.0, lon=0.0, population=population
    )


def test_a_listed_group_with_an_article_is_a_group_name() -> None:
    assert group_name("al-Shebab")
    assert group_name("Al Qaida")
    assert not group_name("al-Raqqa")


@pytest.mark.parametrize(
    ("name", "article", "lower"), [("al-Bab", True, True), ("Al Qaim", True, False), ("Alma", False, False)]
)
def test_articles_are_found_at_the_start_of_a_name(name: str, article: bool, lower: bool) -> None:
    assert has_article(name) is article
    assert lower_article(name) is lower


def test_a_lower_case_article_name_needs_the_whole_name_or_a_sizeable_town() -> None:
    village = [Match(town("Hamra", 3_000), True)]
    assert not article_town("al-Hamra", village)  # only a village called without its article
    assert article_town("al-Hamra", [Match(town("Al Ḩamrā’", 3_000), True)])  # called so, article and all
    assert article_town("al-Hamra", [Match(town("Hamra", 250_000), False)])  # a city's other spelling


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def places(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text)) if t.place is not None}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen loyal to al-Shabaab ambushed a convoy near the river.", "al-Shabaab"),
        ("Men from Al-Shabaab ambushed a convoy.", "Al-Shabaab"),
        ("Children were living in al-Hol for a year.", "al-Hol"),
        ("Medics evacuated Jackson to a clinic after the fall.", "Jackson"),
        ("Firefighters evacuated Austin and his dog from the flat.", "Austin"),
        ("Volunteers evacuated Florence and her mother before the flood.", "Florence"),
    ],
)
def test_groups_and_people_are_not_places(world: Geocoder, nlp: Any, text: str, name: str) -> None:
    assert name not in places(world, nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        ("Gunmen raided villages on the outskirts of Borno last week.", "Borno", "admin1", "NGA"),
        ("A cargo ship was unloaded at the port of Sudan.", "Sudan", "country", "SDN"),
        ("Drones struck the outskirts of Kherson overnight.", "Kherson", "city", "UKR"),
        ("Families fled Darfur when the fighting spread.", "Darfur", "region", "SDN"),
        ("Fighting reached the outskirts of al-Mukalla on Sunday.", "al-Mukalla", "city", "YEM"),
        ("Residents were told to evacuate Khan Younis.", "Khan Younis", "city", "PSE"),
    ],
)
def test_places_named_by_their_parts_and_articles(
    world: Geocoder, nlp: Any, text: str, name: str, kind: str, country: str
) -> None:
    found = places(world, nlp, text)
    assert name in found, sorted(found)
    place = found[name].place
    assert place is not None
    assert (place.kind, place.country) == (kind, country)


@pytest.mark.slow
def test_the_town_check_uses_an_index() -> None:
    gaz = Gazetteer.open()
    from eventwire.stages.gazetteer import _NEAR_QUERY

    plan = sqlite3.connect(gaz.path).execute("EXPLAIN QUERY PLAN " + _NEAR_QUERY, ("SDN", 1, 2, 3, 4)).fetchall()
    assert "USING INDEX" in " ".join(str(row) for row in plan), plan
    assert gaz.has_town_near("SDN", 15.55, 32.53, 20)  # Khartoum
    assert not gaz.has_town_near("SDN", 0.0, -30.0, 20)  # the Atlantic
