"""Tolls of a whole conflict or era told as if they were news (stages/period_tolls.py,
``era_toll``): thousands killed with no day, place or single incident are no event, while a toll
of thousands told with its day, its place or its incident still reports one. Sentences written
for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import dated, kinds

pytestmark = pytest.mark.slow


def types(pipeline: Any, text: str) -> list[str | None]:
    return kinds(pipeline, text, date(2023, 9, 14))


@pytest.mark.parametrize(
    "text",
    [
        "The junta has killed thousands of farmers with total impunity.",
        "THE JUNTA HAS KILLED THOUSANDS OF FARMERS WITH TOTAL IMPUNITY.",
        "Government troops murdered 30,000 unarmed peasants.",
        "GOVERNMENT TROOPS MURDERED 30,000 UNARMED PEASANTS, THE BISHOP SAID IN HIS SERMON.",
        "Hundreds of thousands of workers were killed by the security forces.",
        "Tens of thousands of villagers were murdered by the Shining Path.",
        "The militia killed 2000 villagers, the bishop said in his sermon.",
        "The insurgency that has lasted nine years and killed more than 30,000 people must stop.",
        "Nobody will forget a conflict that killed 60,000 people.",
    ],
)
def test_toll_of_an_era_is_no_event(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Government troops murdered 3,000 unarmed peasants in Tarkhana on Friday.",
        "GOVERNMENT TROOPS MURDERED 3,000 UNARMED PEASANTS IN TARKHANA ON FRIDAY.",
        "The junta has killed thousands of farmers in the massacre at the river.",
        "Thousands of workers were killed by the security forces on Sunday.",
        "Rebels killed 1,200 soldiers in the battle for the northern pass.",
        "The guerrillas killed 2,000 soldiers two years ago.",
    ],
)
def test_toll_of_thousands_in_one_incident_is_kept(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The junta has killed a dozen farmers with total impunity.",
        "Government troops murdered 30 unarmed peasants.",
        "GOVERNMENT TROOPS MURDERED 30 UNARMED PEASANTS, THE BISHOP SAID IN HIS SERMON.",
    ],
)
def test_small_toll_without_day_is_kept(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) != []


def test_one_killing_years_ago_is_kept_and_dated_back(pipeline: Any) -> None:
    # one victim told with "ago": a specific past event, dated that many years before publication
    text = "The archbishop was shot dead 15 years ago."
    assert types(pipeline, text) != []
    assert dated(pipeline, text, "shot", date(2023, 9, 14)) == ("2008-01-01", "year")


def test_vague_many_over_some_days_is_kept(pipeline: Any) -> None:
    # no figure of an era's size: "those weeks" point back to a spell the story told
    assert types(pipeline, "Many villagers were killed during those weeks.") != []
