"""Tests for places that went to the wrong country: a "village" that is only a city on another
continent, a name followed by the town it is part of ("X, Y town"), and all-capitals text where
small towns before a kind word, names after "the village of" and longer names that hold a
country's name ("New Mexico") were lost or read as the country."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder
from eventwire.stages.truecase import Truecaser, name_parts
from tests.conftest import records

STORY = "Bandits are active around Kaduna in Nigeria. "


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def found(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        STORY + '"Last month they looted my home village, Sasebo, and shot my cousin," a farmer said.',
        STORY + "Last month the bandits looted the village of Sasebo and shot two farmers.",
    ],
)
def test_a_village_that_is_only_a_city_on_another_continent_is_the_article_country(
    world: Geocoder, nlp: Any, text: str
) -> None:
    t = found(world, nlp, text)["Sasebo"]
    assert t.place is not None and t.place.country == "NGA" and t.place.kind == "country"
    assert t.precision == 3


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        STORY + "Last month the bandits looted the city of Sasebo and shot two farmers.",  # a city: may be abroad
        STORY + "In Japan, police in the town of Sasebo arrested two sailors last month.",  # the text names Japan
    ],
)
def test_a_city_or_a_town_in_a_named_country_stays_abroad(world: Geocoder, nlp: Any, text: str) -> None:
    t = found(world, nlp, text)["Sasebo"]
    assert t.place is not None and t.place.country == "JPN"


@pytest.mark.slow
def test_a_name_followed_by_its_town_lies_near_that_town(world: Geocoder, nlp: Any) -> None:
    text = "In Barangay San Jose, Quezon town, Bukidnon province, soldiers seized three rifles on Friday."
    t = found(world, nlp, text)["San Jose"]
    assert t.place is not None and t.place.country == "PHL" and t.place.admin1 == "Northern Mindanao"


@pytest.mark.slow
def test_a_name_followed_by_a_province_is_no_town(world: Geocoder, nlp: Any) -> None:
    # a list of places, not a village of a town: the rule leaves San Jose to its ordinary hints
    text = "Troops were sent to San Jose, Bukidnon province and Cebu after the storm."
    t = found(world, nlp, text)["San Jose"]
    assert t.place is not None and t.place.name == "San Jose" and t.precision == 1


def caser(places: set[str], areas: frozenset[str] = frozenset()) -> Truecaser:
    words, pairs = name_parts(["Colombia", "Jordan", "Mexico", "New Mexico", "Cameroon"], stop={"of", "the", "in"})
    stops = {"the", "of", "in", "a", "his", "same", "on", "and"}

    def kinds(word: str) -> frozenset[str]:
        return frozenset({"admin1"} if word in areas else {"city"} if word in places else set())

    return Truecaser(words, pairs, local={"tame"}, stops=stops, place_kinds=kinds, countries={"cameroon"})


def test_capitals_keep_a_small_town_before_its_kind_word() -> None:
    text = "POLICE RAIDED A HOUSE IN KISOLON, SUMILAO TOWN, AND IN TAME MUNICIPALITY ON FRIDAY."
    out = caser({"kisolon", "sumilao"})(text)
    assert len(out) == len(text)
    assert "Sumilao town" in out and "Tame municipality" in out


def test_capitals_leave_an_ordinary_word_before_a_kind_word() -> None:
    # "a mining town": a determiner first, so "mining" is no name even if some place bears it
    text = "POLICE RAIDED A HOUSE IN A MINING TOWN AND IN THE SAME DISTRICT ON FRIDAY MORNING."
    out = caser({"mining", "same"})(text)
    assert "mining town" in out and "same district" in out


def test_capitals_keep_an_area_after_the_and_areas_listed_before_a_plural_kind_word() -> None:
    text = "ARMED MEN RAIDED CATTLE CAMPS IN THE LAKESIDE REGION AND IN RIVERA AND HILLTOP STATES LAST WEEK."
    out = caser({"rivera", "hilltop"}, frozenset({"lakeside"}))(text)
    assert "the Lakeside region" in out and "Rivera and Hilltop states" in out
    # a town's name (no admin1 area) after "the", or words that name no place, stay lower case
    plain = caser({"lakeside"})("ARMED MEN RAIDED CAMPS IN THE LAKESIDE REGION AND IN MINING AND FARMING TOWNS.")
    assert "the lakeside region" in plain and "mining and farming towns" in plain


def test_capitals_keep_a_town_before_a_comma_and_its_country() -> None:
    text = "NINE SOLDIERS WERE KILLED NEAR MBOKO, CAMEROON, ON TUESDAY, THE ARMY SAID IN A STATEMENT."
    assert "near Mboko, Cameroon" in caser({"mboko"})(text)
    other = "IN ADDITION, CAMEROON SAID ON TUESDAY THAT NINE SOLDIERS HAD BEEN KILLED IN AN AMBUSH."
    assert "In addition, Cameroon" in caser({"mboko"})(other)


def test_capitals_keep_the_whole_name_after_the_village_of() -> None:
    text = "REBELS ATTACKED A PATROL NEAR THE VILLAGE OF PUERTO JORDAN IN TAME MUNICIPALITY ON SUNDAY."
    out = caser(set())(text)
    assert "village of Puerto Jordan in Tame" in out
    plain = caser(set())("REBELS ATTACKED A PATROL NEAR THE VILLAGE OF HIS BIRTH IN COLOMBIA ON SUNDAY.")
    assert "village of his birth" in plain


def test_capitals_keep_a_country_inside_a_longer_area_name() -> None:
    out = caser(set())("GUNMEN KILLED TWO DEPUTIES IN NEW MEXICO; THE NEW LAW OF MEXICO WAS PASSED.")
    assert "in New Mexico" in out and "the new law of Mexico" in out


@pytest.mark.slow
def test_capitals_village_name_holding_a_country_is_not_that_country(pipeline: Any) -> None:
    text = (
        "GUERRILLAS AMBUSHED AN ARMY PATROL NEAR THE VILLAGE OF PUERTO CHILE IN TAME MUNICIPALITY, "
        "ARAUCA DEPARTMENT, ON TUESDAY, KILLING THREE SOLDIERS AND WOUNDING TWO."
    )
    events = records(pipeline, text, date(2026, 11, 20))
    assert events
    for e in events:
        assert (e.get("location") or {}).get("country") == "COL"
        assert "Chile" not in ((e.get("actor2") or {}).get("name") or "")
