"""Typing of force used on protesters beside a named protest, raids told by their outcome, attacks
on places where people are, and armed robbery (stages/subtypes.py, stages/raids.py,
data/triggers.tsv). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


def types(pipeline: Any, text: str) -> list[str | None]:
    return [e.sub_event_type for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police attacked protesters during a demonstration in Accra on Thursday, wounding nine.",
        "Gendarmes assaulted protesters at a sit-in outside the ministry in Dakar on Friday.",
        "Officers beat demonstrators at a rally in Lusaka on Wednesday.",
    ],
)
def test_force_on_protesters_is_kept_beside_the_protest_it_broke_up(pipeline: Any, text: str) -> None:
    found = [e for e in events(pipeline, text) if e.sub_event_type == "Excessive force against protesters"]
    assert found and found[0].actor1 is not None and found[0].actor1.sector in ("COP", "MIL")
    assert found[0].actor2 is not None and found[0].actor2.sector == "PRO"


def test_force_on_marchers_is_excessive_force(pipeline: Any) -> None:
    text = "Riot police attacked marchers during a demonstration in Accra on Thursday, wounding nine."
    assert "Excessive force against protesters" in types(pipeline, text)


def test_live_rounds_fired_at_a_crowd_are_excessive_force(pipeline: Any) -> None:
    text = "Police fired teargas and live ammunition at demonstrators in Conakry on Tuesday."
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == ["Excessive force against protesters"]
    assert found[0].actor1 is not None and found[0].actor1.sector == "COP"


def test_tear_gas_alone_stays_a_protest_with_intervention(pipeline: Any) -> None:
    text = "Police fired teargas at demonstrators in Conakry on Tuesday."
    assert types(pipeline, text) == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police raided the offices of a rights group in Bulawayo on Tuesday.", [None]),
        ("Police raided a nightclub in Eldoret on Saturday, detaining 23 people.", ["Arrests"]),
        ("Soldiers raided a depot in Gao on Monday, seizing rifles and ammunition.", ["Disrupted weapons use"]),
        (
            "Soldiers raided a market in Mopti on Monday and confiscated sacks of cement.",
            ["Looting/property destruction"],
        ),
    ],
)
def test_a_raid_is_typed_by_what_it_did(pipeline: Any, text: str, expected: list[str | None]) -> None:
    assert types(pipeline, text) == expected


def test_a_raid_without_violence_is_coercion(pipeline: Any) -> None:
    text = "Police raided the offices of a rights group in Bulawayo on Tuesday."
    assert [e.plover for e in events(pipeline, text)] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raided a farm near Gao on Monday, shooting dead two herders.",
        "Police raided a hideout in Eldoret on Saturday. The suspects opened fire on the officers.",
    ],
)
def test_a_raid_with_shooting_stays_violent(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert found and all(e.event_type in ("Violence against civilians", "Battles") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a mosque in Sokoto on Friday.",
        "Armed men attacked a bus on the road to Gao on Tuesday.",
    ],
)
def test_an_attack_on_a_place_with_people_is_an_attack(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a gas pipeline in Sinai on Friday.",
        "Gunmen torched an empty classroom block in Borno on Sunday.",
    ],
)
def test_damage_to_things_is_property_destruction(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Looting/property destruction"]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits robbed passengers of a bus near Katsina on Sunday.",
        "Gunmen robbed a filling station in Onitsha on Friday, killing the attendant.",
    ],
)
def test_armed_robbery_is_an_attack(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor1 is not None and found[0].actor1.sector == "UAG"


def test_a_theft_without_arms_is_no_event(pipeline: Any) -> None:
    assert types(pipeline, "A tourist was robbed of her handbag in Nairobi on Friday.") == []


def test_a_robbed_filling_station_is_no_military_post(pipeline: Any) -> None:
    text = "Gunmen attacked a filling station in Aba on Friday, killing a cashier."
    assert types(pipeline, text) == ["Attack"]


def test_a_raid_met_with_gunfire_is_one_armed_clash(pipeline: Any) -> None:
    text = "Soldiers raided a camp near Mopti on Monday. The militants opened fire and three soldiers died."
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert found[0].actor1 is not None and found[0].actor1.sector == "MIL"
    assert found[0].actor2 is not None and found[0].actor2.sector in ("INS", "UAG", "REB")


def test_shots_by_someone_new_do_not_make_a_raid_a_fight(pipeline: Any) -> None:
    text = "Police raided a bar in Eldoret on Monday. A man opened fire at a wedding in Nakuru on Friday."
    found = types(pipeline, text)
    assert "Armed clash" not in found and "Attack" in found  # the shooting stays an attack of its own


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes used live bullets to disperse marchers in Niamey on Thursday.",
        "Soldiers fired live rounds to disperse a crowd of protesters in Bamako on Thursday.",
        "Soldiers flogged protesters in Khartoum on Thursday.",
        "Police clubbed demonstrators in Harare on Thursday.",
    ],
)
def test_lethal_or_brutal_force_on_protesters_is_excessive_force(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Excessive force against protesters"]
