"""Tests for names found only under another spelling (a town the tagger took for an organisation,
"in Avdiivka"; a look-alike abroad that yields to the article's country) and for a town naming a
violent act ("the Madrid attacks") as the act's place."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from eventwire.records import Place, Toponym
from eventwire.stages.event_places import usable
from eventwire.stages.gazetteer import Gazetteer, Match
from eventwire.stages.geocode import Geocoder
from eventwire.stages.toponym_variants import foreign_variant


def town(country: str, population: int = 50_000) -> Place:
    return Place(1, "Somewhere", "city", country, None, 0.0, 0.0, population)


# ---------------------------------------------------------------- foreign_variant, on hand-built matches


def test_a_small_town_abroad_found_only_by_an_alternate_name_yields_to_the_focus() -> None:
    place = town("IND")
    assert foreign_variant([Match(place, False)], place, Counter({"MLI": 1}), "MLI")


def test_a_town_found_by_its_own_name_stays() -> None:
    place = town("IND")
    assert not foreign_variant([Match(place, True)], place, Counter({"MLI": 1}), "MLI")


def test_a_large_city_under_an_old_spelling_stays() -> None:
    place = town("IND", 5_000_000)
    assert not foreign_variant([Match(place, False)], place, Counter({"MLI": 1}), "MLI")


def test_a_town_in_a_country_the_article_names_stays() -> None:
    place = town("UKR")
    assert not foreign_variant([Match(place, False)], place, Counter({"RUS": 2, "UKR": 1}), "RUS")


def test_a_candidate_in_the_focus_country_is_left_to_the_ranking() -> None:
    place = town("IND")
    other = town("MLI", 300)
    assert not foreign_variant([Match(place, False), Match(other, False)], place, Counter({"MLI": 1}), "MLI")


# ---------------------------------------------------------------- whole articles


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def literal_places(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text)) if t.literal}


@pytest.mark.slow
def test_a_transliterated_town_after_in_is_found(world: Geocoder, nlp: Any) -> None:
    found = literal_places(world, nlp, "Shelling damaged a school in Avdiivka overnight, officials in Donetsk said.")
    assert "Avdiivka" in found
    place = found["Avdiivka"].place
    assert place is not None and place.country == "UKR" and place.kind == "city"


@pytest.mark.slow
def test_a_look_alike_town_abroad_gives_way_to_the_demonyms_country(world: Geocoder, nlp: Any) -> None:
    found = literal_places(world, nlp, "Residents said a Malian army helicopter fired on a market in Tonka on Friday.")
    place = found["Tonka"].place
    assert place is not None and place.country == "MLI"


def first_toponym(geocoder: Geocoder, nlp: Any, text: str) -> tuple[Toponym, Any]:
    doc = nlp(text)
    return next(t for t in geocoder.toponyms(doc) if t.literal), doc


@pytest.mark.slow
def test_a_town_naming_the_attacks_is_a_place(world: Geocoder, nlp: Any) -> None:
    top, doc = first_toponym(world, nlp, "The cell was blamed for the Madrid attacks, in which militants killed 193.")
    assert top.text == "Madrid" and usable(top, doc)


@pytest.mark.slow
def test_a_town_naming_an_official_is_still_no_place(world: Geocoder, nlp: Any) -> None:
    top, doc = first_toponym(world, nlp, "A Madrid official said that militants killed 193 commuters.")
    assert top.text == "Madrid" and not usable(top, doc)


@pytest.mark.slow
def test_a_country_naming_a_raid_is_its_doer_not_its_place(world: Geocoder, nlp: Any) -> None:
    top, doc = first_toponym(world, nlp, "Officials said the Iran attacks, in which drones killed 12, had been foiled.")
    assert top.text == "Iran" and not usable(top, doc)
