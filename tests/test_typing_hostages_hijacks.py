"""Hostage taking, hijacking, skirmishes and attacks that use no force (data/triggers.tsv,
stages/triggers.py, stages/trigger_conditions.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def types(pipeline: Any, text: str) -> list[str | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    return [e.sub_event_type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Militants took nine aid workers hostage at a clinic in Kidal on Sunday.",
        "Gunmen took 12 people hostage at a cafe in Mogadishu on Friday.",
        "Pirates hijacked a cargo ship off the coast of Lagos on Sunday.",
        "Armed men hijacked a bus carrying 30 passengers near Zinder on Sunday.",
    ],
)
def test_hostage_taking_and_hijacking_are_abductions(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition members hijacked the session of parliament in Lusaka on Sunday.",
        "A ransomware attack hit the tax office in Accra on Sunday.",
        "Hackers launched a cyber attack on the electoral commission in Nairobi on Sunday.",
    ],
)
def test_no_violent_event_without_force(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Skirmishes between soldiers and rebels killed four people near Bunia on Sunday.",
        "Government troops skirmished with militants near Palma on Sunday.",
    ],
)
def test_skirmishes_are_armed_clashes(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Armed clash"]


def test_armed_men_storming_a_prison_fight_its_guards(pipeline: Any) -> None:
    text = "Gunmen stormed a jail in Kumasi on Sunday and freed 300 inmates."
    assert types(pipeline, text) == ["Armed clash"]


def test_armed_men_storming_a_hotel_attack_the_people_there(pipeline: Any) -> None:
    assert types(pipeline, "Militants stormed a guesthouse hotel in Kismayo on Sunday.") == ["Attack"]


def test_a_crowd_storming_a_building_still_riots(pipeline: Any) -> None:
    assert types(pipeline, "Demonstrators stormed the town hall in Kumasi on Sunday.") == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text",
    [
        "A crowd burned a suspected robber to death in Mombasa on Sunday.",
        "Attackers hacked a village chief to death near Djibo on Sunday.",
    ],
)
def test_done_to_death_is_a_violent_event(pipeline: Any, text: str) -> None:
    found = types(pipeline, text)
    assert len(found) == 1 and found[0] in ("Attack", "Mob violence")


def test_burning_things_stays_property_destruction(pipeline: Any) -> None:
    assert types(pipeline, "Gunmen burned three lorries near Djibo on Sunday.") == ["Looting/property destruction"]


@pytest.mark.parametrize(
    "text",
    [
        "An arson attack gutted the offices of a radio station in Bujumbura on Sunday.",
        "Unknown assailants hurled a petrol bomb at the home of a judge in Bujumbura on Sunday.",
    ],
)
def test_arson_and_fire_bombs_are_property_destruction(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Looting/property destruction"]


def test_a_bomb_that_is_no_fire_bomb_stays_an_explosion(pipeline: Any) -> None:
    text = "A bomb exploded outside the home of a judge in Bujumbura on Sunday."
    assert types(pipeline, text) == ["Remote explosive/landmine/IED"]


def test_villagers_killing_a_suspect_as_a_crowd_is_mob_violence(pipeline: Any) -> None:
    text = "Villagers stoned a suspected cattle thief to death near Juba on Sunday."
    assert types(pipeline, text) == ["Mob violence"]
