"""Tests for the famous reading of a name in world news: a town of the name's own keeps it against a
far larger city known by it only as an alternate name ("Palmyra"), a small namesake of a famous
place in an article about the world ("Toronto", Ohio), and parts of places the tagger missed
("central Santiago"). Local stories keep their towns."""

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


def area(top: Toponym) -> tuple[str | None, str | None]:
    assert top.place is not None, top.text
    return top.place.country, top.place.admin1


# ---------------------------------------------------------------- alternate names


def test_a_qualified_palmyra_stays_in_new_jersey(world: Geocoder, nlp: Any) -> None:
    text = "Palmyra, N.J., police said a man was arrested on Main Street after a chase."
    assert area(found(world, nlp, text)["Palmyra"]) == ("USA", "New Jersey")


def test_palmyra_in_a_story_about_a_us_state_stays_there(world: Geocoder, nlp: Any) -> None:
    text = "Voters in Palmyra approved the school budget, officials in Pennsylvania said."
    top = found(world, nlp, text)["Palmyra"]
    assert area(top) == ("USA", "Pennsylvania")


def test_a_town_of_its_own_name_keeps_it_against_a_foreign_spelling(world: Geocoder, nlp: Any) -> None:
    # Frankfurt is also spelt "Frankfort", but the towns of that own name (Kentucky's capital, one
    # in South Africa) keep their own name
    top = found(world, nlp, "Lawmakers met in Frankfort on Tuesday to debate the budget.")["Frankfort"]
    assert top.place is not None and top.place.country != "DEU"


# ---------------------------------------------------------------- small namesakes of famous places


def test_a_small_namesake_loses_the_focus_in_a_story_about_the_world(world: Geocoder, nlp: Any) -> None:
    # Ohio and New York would otherwise pull "Toronto" to the Ohio village of that name
    text = (
        "Health officials in Ohio said passengers from New York and Toronto were tested on arrival "
        "in Istanbul, Turkish and Canadian officials said."
    )
    assert area(found(world, nlp, text)["Toronto"]) == ("CAN", "Ontario")


def test_a_country_beats_its_us_namesakes_in_a_story_about_countries(world: Geocoder, nlp: Any) -> None:
    text = "Health officials in Atlanta said Peru and Chile each reported a new case, while Lebanon reported three."
    top = found(world, nlp, text)["Lebanon"]
    assert top.place is not None and (top.place.kind, top.place.country) == ("country", "LBN")


def test_a_us_town_named_like_a_country_stays_in_a_us_story(world: Geocoder, nlp: Any) -> None:
    text = "The Lebanon school board met Tuesday, officials in Tennessee said."
    assert area(found(world, nlp, text)["Lebanon"]) == ("USA", "Tennessee")


def test_a_qualified_small_namesake_keeps_its_state(world: Geocoder, nlp: Any) -> None:
    text = "Police in Cairo, Ga., arrested two men on Tuesday, Georgia officials said."
    assert area(found(world, nlp, text)["Cairo"]) == ("USA", "Georgia")


def test_a_local_story_keeps_its_town_despite_one_foreign_word(world: Geocoder, nlp: Any) -> None:
    # one "Mexican" does not make a Texas story about the world: Palestine stays in Texas
    text = "Officials in Palestine said the Anderson County jail was full, and a Mexican man was held in Elkhart."
    assert area(found(world, nlp, text)["Palestine"]) == ("USA", "Texas")


def test_countries_named_like_us_towns_cast_no_votes_for_a_state(world: Geocoder, nlp: Any) -> None:
    # Peru and Mexico are also towns in Indiana, next to a village called Atlanta: the countries
    # are no evidence that the story is in Indiana
    tops = found(world, nlp, "Flights from Atlanta to Peru and Mexico were cancelled.")
    assert area(tops["Atlanta"]) == ("USA", "Georgia")
    assert area(tops["Mexico"]) == ("MEX", None)


def test_georgia_still_votes_for_its_us_towns(world: Geocoder, nlp: Any) -> None:
    # Georgia is a country and a US state: the state's towns still count
    text = "Officials in Georgia said Albany and Macon were flooded."
    assert area(found(world, nlp, text)["Albany"]) == ("USA", "Georgia")


# ---------------------------------------------------------------- parts of places


def test_a_direction_before_an_untagged_name_is_a_part_of_the_place(world: Geocoder, nlp: Any) -> None:
    text = "Chilean police fired tear gas at protesters who marched through central Santiago."
    top = found(world, nlp, text)["central Santiago"]
    assert area(top) == ("CHL", "Santiago Metropolitan")
    assert top.place is not None and top.place.kind == "city"


def test_northern_before_a_city_at_the_end_of_a_sentence(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Rebels advanced on northern Aleppo.")["northern Aleppo"]
    assert area(top) == ("SYR", "Aleppo")


def test_a_direction_before_a_word_that_is_no_place_finds_nothing(world: Geocoder, nlp: Any) -> None:
    assert found(world, nlp, "The report covered the central Committee of the party.") == {}
    assert found(world, nlp, "The central Bank raised interest rates again.") == {}  # not Bank, India


def test_a_name_listed_with_itself_is_not_a_list_of_areas(world: Geocoder, nlp: Any) -> None:
    # "Santiago and Santiago's suburbs" is one city twice, not two admin1 areas listed together
    text = "Protesters gathered in downtown Santiago and Santiago's suburbs."
    tops = world.toponyms(nlp(text))
    assert [area(t) for t in tops if t.text == "Santiago"] == [("CHL", "Santiago Metropolitan")] * 2


# ---------------------------------------------------------------- acronyms


def test_an_acronym_with_a_doubled_letter_names_no_province(world: Geocoder, nlp: Any) -> None:
    text = "He told BBC News that the town of Homs was calm on Sunday."
    tops = found(world, nlp, text)
    assert "BBC" not in tops
    assert area(tops["Homs"]) == ("SYR", "Homs")
