"""Where an event happened when the text names a district and the state that holds it ("X local
government area of Y state"), and when a country is named in a background sentence as the doer."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import by_trigger, records

FRIDAY = date(2024, 3, 8)


def place_of(pipeline: Any, text: str, word: str) -> dict[str, Any] | None:
    location: dict[str, Any] | None = by_trigger(records(pipeline, text, FRIDAY), word)["location"]
    return location


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Bandits shot dead nine traders in Tsafe local government area of Zamfara state on Friday.", "shot", "Tsafe"),
        ("Police said gunmen killed four people in Bakura local government area of Zamfara state.", "killed", "Bakura"),
    ],
)
def test_the_district_named_before_its_state_places_the_event(pipeline: Any, text: str, word: str, name: str) -> None:
    loc = place_of(pipeline, text, word)
    assert loc is not None
    assert loc["name"] == name


@pytest.mark.slow
def test_a_country_named_as_the_doer_in_background_does_not_place_the_event(pipeline: Any) -> None:
    text = (
        "Two farmers were killed when a buried mortar shell exploded in a field in Laos on Thursday. "
        "The shell was one of many fired by U.S. gunners decades ago."
    )
    loc = place_of(pipeline, text, "exploded")
    assert loc is not None
    assert loc["country"] == "LAO"
