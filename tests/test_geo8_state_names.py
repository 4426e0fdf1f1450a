"""Tests for a name that is both a country and another country's admin1 area ("Georgia"): the
state when the other places of the story lie in it, the country otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def place_of(geocoder: Geocoder, nlp: Any, text: str, name: str) -> tuple[str | None, str]:
    t: Toponym = next(t for t in geocoder.toponyms(nlp(text)) if t.text.lower() == name.lower())
    assert t.place is not None
    return t.place.country, t.place.kind


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain moved across Georgia on Tuesday and closed two bridges near Savannah and Macon.",
        "Storm damage in Georgia closed roads between Savannah and Augusta, deputies said.",
    ],
)
def test_the_name_is_the_state_when_the_story_s_towns_lie_in_it(world: Geocoder, nlp: Any, text: str) -> None:
    assert place_of(world, nlp, text, "Georgia") == ("USA", "admin1")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain moved across Georgia on Tuesday and closed two bridges near Kutaisi.",
        "Heavy rain moved across Georgia on Tuesday and closed two bridges.",
    ],
)
def test_the_name_stays_the_country_without_a_town_of_the_state(world: Geocoder, nlp: Any, text: str) -> None:
    assert place_of(world, nlp, text, "Georgia") == ("GEO", "country")
