"""The verbs "strike" and "hit" report an attack when an aircraft, a projectile or armed men
strike a place, a building, a vehicle or people (data/triggers.tsv: strike, hit; stages/doers.py),
not "an earthquake struck", "struck a deal" or "the news hit markets"; a death told by a participle
after a hazard is no attack (stages/triggers.py: natural_cause). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("A drone struck a fuel depot in Kursk overnight, officials said.", "Air/drone strike"),
        ("Fighter jets hit rebel positions near Kidal on Monday.", "Air/drone strike"),
        ("The militia said it had struck a gas terminal in Ras Tanura with drones.", "Air/drone strike"),
        ("Army helicopters struck an insurgent hideout near Marawi on Sunday, killing six.", "Air/drone strike"),
        (
            "A ballistic missile hit a hotel in Dnipro on Friday, killing three guests.",
            "Shelling/artillery/missile attack",
        ),
        ("A grain silo in Izmail was struck by rockets overnight.", "Shelling/artillery/missile attack"),
        ("Insurgents struck a police post in Bannu on Monday.", "Armed clash"),
        ("Riot police hit demonstrators with batons in Lima on Monday.", "Excessive force against protesters"),
    ],
)
def test_a_strike_or_hit_by_a_weapon_or_armed_men_is_an_attack(pipeline: Any, text: str, sub_type: str) -> None:
    assert sub_type in [e.sub_event_type for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake struck the port city of Izmir on Monday, killing three people.",
        "A powerful storm hit the airport in Houston on Sunday, and air traffic was halted.",
        "The two parties struck a deal in Nairobi on Monday.",
        "Gold prices hit a record in London on Monday, the army said.",
        "The minister's speech struck a chord with soldiers.",
        "A delivery van struck a cyclist in Leeds on Monday.",
        "The news hit markets in Frankfurt on Tuesday.",
        "Police struck a deal with protesters in Lima on Monday.",
    ],
)
def test_a_strike_by_no_weapon_is_no_event(pipeline: Any, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.plover == "ASSAULT"]


def test_a_drone_that_hits_takes_its_owner_as_doer(pipeline: Any) -> None:
    found = events(pipeline, "A Russian drone hit a block of flats in Kharkiv on Tuesday, injuring four people.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Russia"
    assert strike.injured == 4


def test_the_weapon_of_a_strike_outweighs_the_killing(pipeline: Any) -> None:
    found = events(pipeline, "A cruise missile struck a shopping centre in Kremenchuk on Monday, killing 20 people.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    assert found[0].fatalities == 20
