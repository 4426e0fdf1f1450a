"""A force tagged with its country as one organisation ("a US Navy destroyer", "the U.K. Royal
Navy") takes that country, not the country the event happened in."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import by_trigger, records


def doer(pipeline: Any, text: str, word: str) -> str | None:
    actor = by_trigger(records(pipeline, text, date(2024, 1, 17)), word)["actor1"]
    return actor["name"] if actor else None


@pytest.mark.slow
def test_a_navy_named_with_its_country_is_that_countrys_military(pipeline: Any) -> None:
    text = (
        "MOGADISHU, Jan 17 - Pirates attacked a fishing boat off the coast of Somalia on Tuesday. "
        "A US Navy frigate shot down two drones over the Gulf of Aden later that day."
    )
    assert doer(pipeline, text, "shot down") == "Military Forces of the United States"


@pytest.mark.slow
def test_a_paper_named_after_a_country_gives_no_state(pipeline: Any) -> None:
    text = "Syria Times reported that rebels attacked an army checkpoint near Idlib on Tuesday."
    assert doer(pipeline, text, "attacked") == "Rebel Forces (Syria)"
