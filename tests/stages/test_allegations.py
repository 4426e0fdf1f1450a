"""Accusations: what someone is accused of is no event of its own, unless the accusation tells a
toll; then the accused is the doer (stages/allegations.py, stages/roles.py). Denials stay no
event. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8))))


@pytest.mark.parametrize(
    ("text", "killed", "doer"),
    [
        ("The army accused militants of shelling a market near Beni on Monday, killing 11.", 11, "Militants"),
        ("Activists accused soldiers of killing 9 villagers in Kidal last week.", 9, "Military Forces"),
        ("The governor blamed bandits for killing 16 farmers in Zamfara on Sunday.", 16, "Unidentified Armed Group"),
    ],
)
def test_an_accusation_that_tells_a_toll_keeps_the_event(pipeline: Any, text: str, killed: int, doer: str) -> None:
    violent = [e for e in events(pipeline, text) if e.fatalities]
    assert len(violent) == 1
    assert violent[0].fatalities == killed
    assert violent[0].actor1 is not None and violent[0].actor1.name.startswith(doer)


@pytest.mark.parametrize(
    "text",
    [
        "The army accused militants of violating the ceasefire near Beni.",
        "The militia denied killing 14 villagers near Beni on Monday.",
        "The government accused the rebels of shelling civilian areas.",
    ],
)
def test_an_accusation_or_denial_without_a_toll_is_no_event(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert all(e.plover in ("ACCUSE", "REJECT") and e.trigger.lower() in ("accused", "denied") for e in found)


def test_a_year_in_the_accusation_is_no_toll(pipeline: Any) -> None:
    text = "The former deputy accused of killing his wife in 2015 went on trial in Denver on Monday."
    assert not [e for e in events(pipeline, text) if e.fatalities]
