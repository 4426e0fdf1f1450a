"""A bare "strike" is an armed strike when it kills or destroys, or when a people's strike is aimed
at a place (data/triggers.tsv: strike needs deadly_strike, stages/doers.py); the subject of a
clause of its own takes no doer from the main clause, and an event takes a place from its own
clause first (stages/events.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow
SAUDI = "Military Forces of Saudi Arabia"


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8))))


@pytest.mark.parametrize(
    ("text", "doer", "killed"),
    [
        ("Russian strikes killed five civilians in Kharkiv on Monday.", "Military Forces of Russia", 5),
        ("Israeli strikes on Khan Younis killed 14 people overnight, medics said.", "Military Forces of Israel", 14),
        ("The strikes destroyed a school and killed nine people in Idlib on Sunday.", None, 9),
        ("Strikes by the Saudi-led coalition killed 12 people in Saada on Monday.", SAUDI, 12),
    ],
)
def test_a_strike_that_kills_is_an_armed_strike(pipeline: Any, text: str, doer: str | None, killed: int) -> None:
    found = [e for e in events(pipeline, text) if e.sub_event_type == "Air/drone strike"]
    assert len(found) == 1
    assert (found[0].actor1.name if found[0].actor1 else None) == doer
    assert found[0].fatalities == killed


@pytest.mark.parametrize(
    "text",
    [
        "The strike paralysed the port of Antwerp on Monday.",
        "French strikes disrupted trains across the country on Monday.",
        "Dock workers extended their strike over pay in Rotterdam on Tuesday.",
    ],
)
def test_a_strike_of_workers_is_no_air_strike(pipeline: Any, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.sub_event_type == "Air/drone strike"]


def test_the_subject_of_its_own_clause_keeps_its_own_doer_and_place(pipeline: Any) -> None:
    found = events(pipeline, "Israeli strikes kill 12 in Gaza as rockets hit southern Israel")
    strikes = next(e for e in found if e.sub_event_type == "Air/drone strike")
    rockets = next(e for e in found if e.sub_event_type == "Shelling/artillery/missile attack")
    assert strikes.location is not None and strikes.location.name == "Gaza"
    assert rockets.actor1 is None
    assert rockets.location is not None and rockets.location.country == "ISR"
    assert rockets.fatalities is None


def test_coordinated_actions_still_share_their_doer(pipeline: Any) -> None:
    found = events(pipeline, "Gunmen stormed the village and set fire to houses in Zamfara on Friday.")
    assert found and all(e.actor1 is not None for e in found)
