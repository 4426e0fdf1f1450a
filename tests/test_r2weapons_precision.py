"""Arms listed among what was found are no attack (stages/devices.py _recovered_list), weapons
captured are no abduction (trigger_conditions.taken_from), fire returned is an exchange of fire
(stages/battle_cues.py), an ambush that kills only aid workers or reporters is an attack on
civilians (stages/subtypes.py), and burning a village is property destruction (triggers.tsv burn
+ dwelling). Each rule has a near-identical real event beside it. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import sub_types

pytestmark = pytest.mark.slow

SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"


def types(pipeline: Any, text: str) -> list[str | None]:
    return sub_types(pipeline, text, date(2024, 5, 14))


@pytest.mark.parametrize(
    "text",
    [
        "Seized at the farm were three pistols, a shotgun, four rockets, detonators and 50 kilograms of fertiliser.",
        "FOUND IN THE SHED WERE TWO RIFLES, A PISTOL, ONE ROCKET LAUNCHER, BLASTING CAPS AND A DRUM OF FUEL.",
        "Found in the shed were two rifles, a pistol, one rocket launcher, blasting caps and fuel.",
        "Found in the shed were two rifles, a pistol, one rocket-propelled grenade launcher, blasting caps and fuel.",
    ],
)
def test_devices_in_a_list_of_arms_found_are_no_attack(pipeline: Any, text: str) -> None:
    got = types(pipeline, text)
    assert SHELLING not in got and IED not in got


def test_rockets_fired_beside_arms_found_stay_an_attack(pipeline: Any) -> None:
    text = (
        "Militants fired four rockets at the barracks on Sunday, and troops later recovered two rifles and a launcher."
    )
    assert SHELLING in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "he said they use crude bombs and M16s they capture from the soldiers",
        "The fighters use rifles they capture from soldiers, the commander said.",
    ],
)
def test_weapons_captured_from_soldiers_are_no_abduction(pipeline: Any, text: str) -> None:
    assert "Abduction/forced disappearance" not in types(pipeline, text)


def test_people_captured_from_a_village_are_an_abduction(pipeline: Any) -> None:
    text = "Gunmen captured four villagers from their homes near the border on Monday."
    assert "Abduction/forced disappearance" in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police went to serve a warrant at his farm on Friday. The suspect opened fire with a shotgun, "
        "prompting the officers to return fire. He was hit and died in hospital.",
        "POLICE WENT TO SERVE A WARRANT AT HIS FARM ON FRIDAY. THE SUSPECT OPENED FIRE WITH A SHOTGUN, "
        "PROMPTING THE OFFICERS TO RETURN FIRE. HE WAS HIT AND DIED IN HOSPITAL.",
    ],
)
def test_fire_returned_by_police_is_a_clash(pipeline: Any, text: str) -> None:
    got = types(pipeline, text)
    assert "Armed clash" in got and "Attack" not in got


def test_a_gunman_firing_on_shoppers_stays_an_attack(pipeline: Any) -> None:
    text = "A gunman opened fire with a shotgun on shoppers at a market on Friday, killing one woman."
    assert "Attack" in types(pipeline, text)


def test_search_warrant_raids_met_with_fire_are_a_clash(pipeline: Any) -> None:
    text = (
        "The raids were carried out on search warrants against a gang on Friday. "
        "One suspect opened fire on the team, prompting the officers to return fire, and he was killed."
    )
    got = types(pipeline, text)
    assert "Armed clash" in got and "Attack" not in got


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, gunmen killed two aid workers in an ambush on a relief convoy near the border.",
        "ON FRIDAY, GUNMEN KILLED TWO AID WORKERS IN AN AMBUSH ON A RELIEF CONVOY NEAR THE BORDER.",
        "On Friday, gunmen killed two journalists in an ambush on their car near the border.",
    ],
)
def test_an_ambush_killing_aid_workers_is_an_attack(pipeline: Any, text: str) -> None:
    got = types(pipeline, text)
    assert "Attack" in got and "Armed clash" not in got


def test_an_ambush_killing_soldiers_stays_a_clash(pipeline: Any) -> None:
    text = "On Friday, rebels killed two soldiers in an ambush on an army convoy near the border."
    assert "Armed clash" in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Raiders burned the hamlet on Thursday.",
        "ARMED HERDERS BURNED THE HAMLET NEAR THE RIVER ON THURSDAY NIGHT, RESIDENTS SAID.",
        "Armed herders burned two villages near the river on Thursday.",
    ],
)
def test_burning_a_village_is_property_destruction(pipeline: Any, text: str) -> None:
    assert "Looting/property destruction" in types(pipeline, text)


def test_burning_a_village_and_killing_people_is_an_attack(pipeline: Any) -> None:
    text = "Armed herders burned the village and killed five farmers on Thursday."
    assert "Attack" in types(pipeline, text)
