"""Devices packed in what people carry, sell or leave are goods, not an attack ("bags full of
grenades", "a van loaded with dynamite": stages/devices.py, data/cue_words.tsv container and
container_filled), and raids counted as what a security operation produced are its searches
(stages/raids.py raids_of_operation). Each rule has a near-identical real event beside it.
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import sub_types

pytestmark = pytest.mark.slow


def types(pipeline: Any, text: str) -> list[str | None]:
    return sub_types(pipeline, text, date(2024, 5, 14))


@pytest.mark.parametrize(
    "text",
    [
        "Two students were carrying rucksacks full of grenades when the guards searched them.",
        "TWO STUDENTS WERE CARRYING RUCKSACKS FULL OF GRENADES WHEN THE GUARDS SEARCHED THEM.",
        "The traders sold three boxes of hand grenades to a buyer in the port.",
    ],
)
def test_grenades_in_what_is_carried_or_sold_are_no_attack(pipeline: Any, text: str) -> None:
    assert "Grenade" not in types(pipeline, text)


def test_grenades_thrown_by_the_same_men_are_an_attack(pipeline: Any) -> None:
    text = "Two students threw grenades at the guards when they were searched."
    assert "Grenade" in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "A van loaded with dynamite was discovered near the dam on Friday.",
        "A VAN LOADED WITH DYNAMITE WAS DISCOVERED NEAR THE DAM ON FRIDAY.",
    ],
)
def test_a_vehicle_loaded_with_explosives_found_is_disrupted_weapons_use(pipeline: Any, text: str) -> None:
    found = types(pipeline, text)
    assert "Disrupted weapons use" in found
    assert "Remote explosive/landmine/IED" not in found


def test_a_vehicle_loaded_with_explosives_that_exploded_is_an_explosion(pipeline: Any) -> None:
    text = "A van loaded with dynamite exploded near the dam on Friday, killing three guards."
    found = types(pipeline, text)
    assert "Remote explosive/landmine/IED" in found
    assert "Disrupted weapons use" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The police operation in Pereira has resulted in 80 raids.",
        "THE POLICE OPERATION IN PEREIRA HAS RESULTED IN 80 RAIDS.",
        "The army operation in the valley has led to dozens of raids.",
    ],
)
def test_raids_counted_as_an_operation_of_the_forces_are_no_attack(pipeline: Any, text: str) -> None:
    found = types(pipeline, text)
    assert "Attack" not in found
    assert "Armed clash" not in found


def test_raids_counted_as_what_rebels_did_stay_attacks(pipeline: Any) -> None:
    text = "The rebel campaign in the valley has led to dozens of raids on farms."
    assert "Attack" in types(pipeline, text)


def test_raids_of_an_operation_that_killed_stay_violent(pipeline: Any) -> None:
    text = "The army operation in the valley has led to 30 raids on camps that killed 14 fighters."
    found = types(pipeline, text)
    assert any(t in ("Attack", "Armed clash") for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Three men with suitcases full of grenades walked into the hotel lobby.",
        "THREE MEN WITH GRENADES WALKED INTO THE HOTEL LOBBY.",
        "A courier was detained with two grenades at the border post.",
        "The workshop manufactures mortars and grenades for the navy.",
        "The cartel smuggled a consignment of grenades through the port.",
        "The militia stored crates of grenades in a barn.",
    ],
)
def test_devices_held_made_or_stored_are_no_attack(pipeline: Any, text: str) -> None:
    found = types(pipeline, text)
    assert "Grenade" not in found
    assert "Disrupted weapons use" not in found


def test_a_man_with_a_grenade_who_threw_it_is_an_attack(pipeline: Any) -> None:
    text = "A man with a grenade threw it into the hotel lobby, wounding four guests."
    assert "Grenade" in types(pipeline, text)


def test_an_attack_made_with_grenades_stays_a_grenade_attack(pipeline: Any) -> None:
    text = "Militiamen attacked the hotel with grenades on Sunday."
    assert "Grenade" in types(pipeline, text)


def test_a_hoard_of_grenades_found_by_police_is_disrupted_weapons_use(pipeline: Any) -> None:
    text = "Police found a consignment of grenades in the port on Sunday."
    assert "Disrupted weapons use" in types(pipeline, text)
