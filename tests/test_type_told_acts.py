"""Event types of acts told by what they were done to, or told around them (stages/act_kinds.py,
stages/joined_acts.py, stages/instrument_context.py: act_told_after). Each rule has a near-
identical sentence that must keep the old behaviour. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

LOOTING = "Looting/property destruction"
ABDUCTION = "Abduction/forced disappearance"
VIOLENT = ("Violence against civilians", "Battles", "Explosions/Remote violence", "Riots", "Strategic developments")


def violent(pipeline: Any, text: str) -> list[Event]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2023, 5, 17)))
    return [e for e in found if e.event_type in VIOLENT]


def kinds(pipeline: Any, text: str) -> list[str]:
    return [e.sub_event_type or "" for e in violent(pipeline, text)]


# --- a robbery of premises is looting; a robbery of people an attack -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen robbed a savings bank in the provincial capital on Tuesday.",
        "Masked rebels robbed two pharmacies and a grocery store in the market town on Sunday.",
        "The bank branch was robbed by militiamen on Tuesday.",
        "GUNMEN ROBBED A SAVINGS BANK IN THE PROVINCIAL CAPITAL ON TUESDAY.",
    ],
)
def test_premises_robbed_by_armed_men_are_looting(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == [LOOTING]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen robbed passengers of a minibus on the highway on Tuesday.",
        "Gunmen robbed the customers of a savings bank in the provincial capital on Tuesday.",
        "Gunmen robbed a savings bank in the provincial capital on Tuesday, wounding a cashier.",
    ],
)
def test_people_robbed_or_hurt_stay_an_attack(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == ["Attack"]


def test_attacked_and_robbed_premises_is_one_looting(pipeline: Any) -> None:
    text = "The insurgents attacked and robbed a supermarket and a hardware store in the town on Monday."
    assert kinds(pipeline, text) == [LOOTING]


def test_attacked_and_robbed_people_stays_one_attack(pipeline: Any) -> None:
    text = "The insurgents attacked and robbed the traders on the road out of the town on Monday."
    assert kinds(pipeline, text) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Two assailants robbed a jewellery shop in the old quarter on Friday.",
        "The attackers robbed a savings bank in the old quarter on Friday and emptied the safe.",
    ],
)
def test_attackers_and_assailants_are_armed_robbers(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == [LOOTING]


def test_a_robbed_passer_by_is_still_no_armed_robbery(pipeline: Any) -> None:
    assert violent(pipeline, "A visitor was robbed of her wallet near the cathedral on Friday.") == []


# --- intercepted and gone: an abduction; arms intercepted: weapons seized ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The union leader vanished on Monday after armed men intercepted his car on the road to the airport.",
        "A local judge has been missing since Monday, when gunmen intercepted the taxi in which she rode.",
        "THE UNION LEADER VANISHED ON MONDAY AFTER ARMED MEN INTERCEPTED HIS CAR ON THE ROAD TO THE AIRPORT.",
    ],
)
def test_intercepted_and_vanished_is_an_abduction(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == [ABDUCTION]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers intercepted a truck carrying rifles near the border on Monday.",
        "Soldiers intercepted the car of a smuggler who had vanished from custody, finding rifles in its boot.",
    ],
)
def test_arms_or_a_fugitive_intercepted_keep_their_type(pipeline: Any, text: str) -> None:
    assert ABDUCTION not in kinds(pipeline, text)


# --- an attack whose next sentence tells the burning: property destruction ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the offices of a local newspaper on Monday night. "
        "They hurled petrol bombs that set the printing room ablaze.",
        "Militants attacked the studios of a radio station on Monday night. "
        "They threw a firebomb through a window.",
    ],
)
def test_attack_told_then_burning_is_one_property_destruction(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == [LOOTING]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Rebels attacked the offices of a local newspaper on Monday night. "
            "They hurled a bomb that wrecked the printing room.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Rebels attacked the offices of a local newspaper on Monday night, killing a typist. "
            "They hurled petrol bombs that set the printing room ablaze.",
            "Attack",
        ),
    ],
)
def test_a_bomb_or_a_killing_keeps_the_attack_type(pipeline: Any, text: str, kind: str) -> None:
    assert kind in kinds(pipeline, text)
    assert LOOTING not in kinds(pipeline, text)[:1]


def test_attack_told_then_kidnapping_is_one_abduction(pipeline: Any) -> None:
    text = "Guerrillas attacked a coffee farm near the town on Monday. The guerrillas kidnapped its owner."
    assert kinds(pipeline, text) == [ABDUCTION]


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas attacked a coffee farm near the town on Monday. The police kidnapped its owner.",
        "Guerrillas attacked a coffee farm near the town on Monday. They shot its owner.",
    ],
)
def test_another_doer_or_a_shooting_after_keeps_the_attack(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text)[0] in ("Attack", "Armed clash")


# --- people taken away or carried off by armed men: an abduction ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two engineers were taken away by guerrillas from a road works camp on Monday.",
        "Masked gunmen took the village priest away on Monday night.",
        "Rebels burst into the farmhouse and carried off the farmer on Monday.",
        "TWO ENGINEERS WERE TAKEN AWAY BY GUERRILLAS FROM A ROAD WORKS CAMP ON MONDAY.",
    ],
)
def test_people_taken_away_by_armed_men_are_abducted(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == [ABDUCTION]


@pytest.mark.parametrize(
    "text",
    [
        "Two engineers were taken away by ambulance from a road works camp on Monday.",
        "Masked gunmen took the villagers' cattle away on Monday night.",
    ],
)
def test_the_sick_or_goods_taken_away_are_no_abduction(pipeline: Any, text: str) -> None:
    assert ABDUCTION not in kinds(pipeline, text)


def test_police_taking_people_away_is_an_arrest(pipeline: Any) -> None:
    text = "Riot police took away two student leaders from the campus on Monday."
    assert kinds(pipeline, text) == ["Arrests"]


def test_bodies_of_victims_taken_away_are_no_arrest(pipeline: Any) -> None:
    text = "Police took away the bodies of the two farmers from the roadside on Monday."
    assert "Arrests" not in kinds(pipeline, text)
    assert ABDUCTION not in kinds(pipeline, text)


@pytest.mark.parametrize(
    "text",
    ["Gunmen seized him outside the parish church on Monday.", "Masked gunmen took her away on Monday night."],
)
def test_him_or_her_taken_is_an_abduction(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == [ABDUCTION]


def test_her_car_seized_is_no_abduction(pipeline: Any) -> None:
    assert ABDUCTION not in kinds(pipeline, "Gunmen seized her car outside the parish church on Monday.")


# --- an attack whose doers are told using explosives in the next sentence: a bombing -----------------


def test_attack_then_they_used_explosives_is_a_bombing(pipeline: Any) -> None:
    text = "Guerrillas attacked the customs office on Monday night. They hurled explosives at the building."
    assert kinds(pipeline, text)[0] == "Remote explosive/landmine/IED"


def test_attack_then_others_used_explosives_keeps_the_attack(pipeline: Any) -> None:
    text = "Guerrillas attacked the customs office on Monday night. Soldiers hurled explosives at the building."
    assert kinds(pipeline, text)[0] != "Remote explosive/landmine/IED"


# --- "attacked ... and seized / took away / took hostage" people: one abduction ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a minibus near the river crossing on Monday and took four passengers hostage.",
        "Rebels attacked a minibus near the river crossing on Monday and seized four passengers.",
        "REBELS ATTACKED A MINIBUS NEAR THE RIVER CROSSING ON MONDAY AND SEIZED FOUR PASSENGERS.",
    ],
)
def test_attacked_and_took_people_is_one_abduction(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text) == [ABDUCTION]


def test_attacked_and_seized_goods_is_no_abduction(pipeline: Any) -> None:
    text = "Rebels attacked a minibus near the river crossing on Monday and seized four sacks of maize."
    assert ABDUCTION not in kinds(pipeline, text)
