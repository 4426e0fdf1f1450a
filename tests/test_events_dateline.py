"""A local paper's dateline with its state ("SPRINGFIELD, Ill. -") places an event whose text
names no other place; a wire bureau's dateline ("NAIROBI, June 4 (Reuters) -") does not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import by_trigger, records

SATURDAY = date(2023, 6, 3)


def place_of(pipeline: Any, text: str, word: str) -> dict[str, Any] | None:
    location: dict[str, Any] | None = by_trigger(records(pipeline, text, SATURDAY), word)["location"]
    return location


@pytest.mark.slow
def test_local_dateline_with_its_state_places_the_event(pipeline: Any) -> None:
    text = "TOLEDO, Ohio - A man was shot dead outside a bar early Saturday, police said."
    loc = place_of(pipeline, text, "shot")
    assert loc is not None
    assert (loc["name"], loc["admin1"], loc["geo_precision"]) == ("Toledo", "Ohio", 1)


@pytest.mark.slow
def test_a_place_in_the_body_wins_over_the_dateline(pipeline: Any) -> None:
    text = "TOLEDO, Ohio - A man was shot dead outside a bar in Sandusky early Saturday, police said."
    loc = place_of(pipeline, text, "shot")
    assert loc is not None
    assert loc["name"].startswith("Sandusky")


@pytest.mark.slow
def test_a_bureau_dateline_does_not_place_the_event(pipeline: Any) -> None:
    text = "NAIROBI, June 3 (Reuters) - Gunmen killed five people in an attack on a village, police said."
    loc = place_of(pipeline, text, "killed")
    assert loc is None or loc["name"] != "Nairobi"
