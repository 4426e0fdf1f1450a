"""Tests for the geocoder's fixes after review: capital datelines with a doubled letter, qualifiers
carried only to later bare mentions, "the Department/State/Province of X" keeping its kind,
cities before "flu", "North and South X" found in running text, no exonym preference for a lone
foreign-sounding name, and "the state of X's" as a condition, not a kind."""

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


def tops(geocoder: Geocoder, nlp: Any, text: str) -> list[Toponym]:
    return geocoder.toponyms(nlp(text))


def places(geocoder: Geocoder, nlp: Any, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, kind, country, admin1) of each toponym found, in order."""
    return [
        (t.text, t.place and t.place.kind, t.place and t.place.country, t.place and t.place.admin1)
        for t in tops(geocoder, nlp, text)
    ]


# ---------------------------------------------------------------- datelines with a doubled letter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HALLE, Germany (Reuters) - Police searched a synagogue on Wednesday.", ("HALLE", "DEU")),
        ("GALLE, Sri Lanka (AP) - Floods cut the coastal road.", ("GALLE", "LKA")),
    ],
)
def test_a_capital_dateline_with_a_doubled_letter_is_a_place(
    world: Geocoder, nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    found = [(t.text, t.place.country) for t in tops(world, nlp, text) if t.place is not None]
    assert expected in found


def test_a_capital_acronym_is_still_no_place(world: Geocoder, nlp: Any) -> None:
    assert [t.text for t in tops(world, nlp, "The minister told the BBC and CNN that the talks had stalled.")] == []


# ---------------------------------------------------------------- qualifiers carried by name


def test_a_kind_word_outweighs_an_earlier_qualifier_of_the_name(world: Geocoder, nlp: Any) -> None:
    text = "Lawyers in Washington, D.C., said farmers in Washington state lost their apple crops."
    assert places(world, nlp, text)[-1] == ("Washington state", "admin1", "USA", "Washington")


def test_a_qualifier_does_not_reach_back_to_earlier_mentions(world: Geocoder, nlp: Any) -> None:
    text = (
        "Crowds marched in Paris and Marseille on Saturday, French media said. "
        "In a separate story, hail damaged roofs in Paris, Texas."
    )
    paris = [t for t in tops(world, nlp, text) if t.text == "Paris"]
    assert [t.place and t.place.country for t in paris] == ["FRA", "USA"]


def test_a_dateline_qualifier_places_the_headline_before_it(world: Geocoder, nlp: Any) -> None:
    # must not change: a dateline places the whole story, the headline above it too
    text = "Moscow police arrest two. MOSCOW, Idaho (AP) - Police arrested two men on Friday."
    moscow = [t for t in tops(world, nlp, text) if t.text.lower() == "moscow"]
    assert [t.place and (t.place.country, t.place.admin1) for t in moscow] == [("USA", "Idaho")] * 2


def test_a_later_bare_mention_keeps_the_qualifier(world: Geocoder, nlp: Any) -> None:
    # must not change: the usual way a story names a town once in full
    text = "A fire broke out in Athens, Greece, on Tuesday. Firefighters in Athens worked all night."
    athens = [t for t in tops(world, nlp, text) if t.text == "Athens"]
    assert len(athens) == 2
    assert all(t.place is not None and t.place.country == "GRC" for t in athens)


# ---------------------------------------------------------------- "the Department/State/Province of X"


def test_the_department_of_an_admin_area_is_the_area(world: Geocoder, nlp: Any) -> None:
    found = tops(world, nlp, "Soldiers patrolled the Department of Cauca after the attack.")
    assert [(t.literal, t.place and t.place.kind, t.place and t.place.country) for t in found] == [
        (True, "admin1", "COL")
    ]


def test_a_department_of_no_area_is_a_ministry(world: Geocoder, nlp: Any) -> None:
    # must not change
    assert tops(world, nlp, "Lawyers at the Department of Justice filed the motion.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy rain fell across the State of Mexico overnight.", ("admin1", "MEX")),
        ("Farmers in the Province of Buenos Aires lost their crops.", ("admin1", "ARG")),
    ],
)
def test_a_capital_kind_word_before_of_keeps_its_kind(
    world: Geocoder, nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    found = [(t.place.kind, t.place.country) for t in tops(world, nlp, text) if t.place is not None]
    assert found == [expected]


def test_a_countrys_official_state_name_stays_the_country(world: Geocoder, nlp: Any) -> None:
    # must not change: "the State of Israel" is the country's official name, no admin1 area
    text = "The State of Israel signed a treaty."
    found = [(t.place.kind, t.place.country) for t in tops(world, nlp, text) if t.place]
    assert found == [("country", "ISR")]


def test_the_state_of_a_countrys_economy_is_the_country(world: Geocoder, nlp: Any) -> None:
    text = "Bankers said the state of Mexico's finances had improved."
    assert [(k, c) for _, k, c, _ in places(world, nlp, text)] == [("country", "MEX")]
    # must not change: without the possessive, "the state of" names the state
    text = "Bankers opened a branch in the state of Mexico last year."
    assert [(k, c) for _, k, c, _ in places(world, nlp, text)] == [("admin1", "MEX")]


# ---------------------------------------------------------------- diseases


def test_a_city_before_flu_is_the_city(world: Geocoder, nlp: Any) -> None:
    text = "The Denver flu outbreak closed three schools this week."
    assert [(t.text, t.place and t.place.name) for t in tops(world, nlp, text)] == [("Denver", "Denver")]


def test_a_small_town_in_a_virus_name_is_still_no_place(world: Geocoder, nlp: Any) -> None:
    # must not change (Hendra, a suburb of Brisbane, names the Hendra virus)
    text = "Vets in Australia confirmed a case of Hendra virus in a horse."
    assert "Hendra" not in [t.text for t in tops(world, nlp, text)]


# ---------------------------------------------------------------- "North and South X"


def test_north_and_south_x_names_both_places(world: Geocoder, nlp: Any) -> None:
    text = "Wildfires burned in North and South Dakota last week."
    found = [(t.text, t.place and t.place.name) for t in tops(world, nlp, text)]
    assert found == [("North", "North Dakota"), ("South Dakota", "South Dakota")]


def test_a_direction_before_a_single_name_is_unchanged(world: Geocoder, nlp: Any) -> None:
    # must not change
    text = "Troops moved from North Korea into South Korea."
    assert [(t.text, t.place and t.place.country) for t in tops(world, nlp, text)] == [
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
    ]


# ---------------------------------------------------------------- no exonym without evidence


def test_a_lone_small_us_town_is_not_moved_abroad_by_an_alternate_name(world: Geocoder, nlp: Any) -> None:
    text = "Hail broke car windows in Palmyra on Tuesday, the National Weather Service said."
    found = [t.place.country for t in tops(world, nlp, text) if t.text == "Palmyra" and t.place is not None]
    assert found and found[0] != "SYR"
