"""Tests for an event's place named after an administrative unit and "of" ("the municipality of
Saravena, in Arauca"): the unit's own name is where it happened, not the wider area named beside
it; a person "of" a town ("the mayor of Saravena") is no place of the event."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import records

DAY = date(2026, 11, 20)


def place_name(pipeline: Any, text: str) -> str | None:
    events = records(pipeline, text, DAY)
    assert events
    location = events[0]["location"]
    return location["name"] if isinstance(location, dict) else location


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in a rural part of the municipality of Saravena, in Arauca, killing three.",
        "Rebels ambushed a convoy in the township of Fortul, also in Arauca, killing two soldiers on Monday.",
    ],
)
def test_the_unit_named_after_of_is_the_place(pipeline: Any, text: str) -> None:
    name = place_name(pipeline, text)
    assert name is not None and ("Saravena" in name or "Fortul" in name)


@pytest.mark.slow
def test_a_person_of_a_town_leaves_the_area_as_the_place(pipeline: Any) -> None:
    text = "Gunmen shot dead a cousin of the mayor of Saravena in Arauca on Tuesday."
    assert place_name(pipeline, text) == "Arauca Department"


@pytest.mark.slow
def test_a_country_that_launched_drones_is_not_where_they_struck(pipeline: Any) -> None:
    text = (
        "Ukraine's navy said Russia launched 80 drones and 6 missiles overnight. Gunners shot down 70 drones, it said."
    )
    events = records(pipeline, text, DAY)
    assert events
    assert all((e["location"] or {}).get("country") == "UKR" for e in events)


@pytest.mark.slow
def test_a_country_the_drones_were_launched_at_stays_the_place(pipeline: Any) -> None:
    text = "Moscow's defence ministry said Ukraine launched 60 drones at Russia overnight."
    assert place_name(pipeline, text) == "Russia"
