"""Trigger rules kept from reaching too far: deaths by fire or crash are no attacks, raids that
hurt people stay violent, storming and skirmishing need an armed side, a front line is no
property, shots into the air hurt no one, and the month of March is no march
(data/triggers.tsv, data/cue_words.tsv, stages/trigger_conditions.py, stages/raids.py,
stages/crowd_control.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import kinds

pytestmark = pytest.mark.slow


def types(pipeline: Any, text: str) -> list[str | None]:
    return kinds(pipeline, text, date(2024, 5, 8))


@pytest.mark.parametrize(
    "text",
    [
        "Four workers were burned to death when a blaze gutted a warehouse in Onitsha on Friday.",
        "Seven travellers burned to death after their minibus overturned near Kaduna on Saturday.",
        "Two sisters burned to death in their home in Jos on Monday, neighbours said.",
    ],
)
def test_deaths_in_a_fire_or_crash_are_no_attack(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A mob burned a suspected thief to death in Kisumu on Friday.",
        "Two farmers were burned to death by gunmen who raided their village near Gusau on Friday.",
        "Two traders were hacked to death in Makurdi on Monday after gunmen opened fire on the market.",
    ],
)
def test_burning_or_hacking_someone_to_death_is_still_violence(pipeline: Any, text: str) -> None:
    assert set(types(pipeline, text)) & {"Attack", "Mob violence"}


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a radio station in Bulawayo on Friday and assaulted three presenters.",
        "Police raided a student hostel in Masvingo on Sunday and beat the residents.",
    ],
)
def test_a_raid_that_hurt_people_stays_violent(pipeline: Any, text: str) -> None:
    assert "Attack" in types(pipeline, text)


def test_troops_raiding_a_hospital_is_an_attack(pipeline: Any) -> None:
    text = "Soldiers raided a hospital in Bentiu on Thursday."
    assert types(pipeline, text) == ["Attack"]


def test_police_searching_an_office_stays_coercion(pipeline: Any) -> None:
    text = "Police raided the offices of a charity in Mutare on Thursday."
    assert types(pipeline, text) == ["COERCE"]


def test_forces_storming_a_building_to_end_a_siege_fight_the_gunmen_inside(pipeline: Any) -> None:
    text = "Kenyan commandos stormed a shopping mall in Nairobi on Monday to end a siege by militants."
    assert types(pipeline, text) == ["Armed clash"]


def test_police_storming_a_building_to_evict_its_occupants_make_no_attack(pipeline: Any) -> None:
    text = "Soldiers stormed the state assembly building in Owerri on Monday to evict lawmakers loyal to the governor."
    assert "Attack" not in types(pipeline, text)


def test_gunmen_storming_a_hotel_still_attack_it(pipeline: Any) -> None:
    text = "Gunmen stormed a guesthouse in Kismayo on Friday, killing nine guests."
    assert types(pipeline, text) == ["Attack"]


def test_a_skirmish_between_lawmakers_is_no_armed_clash(pipeline: Any) -> None:
    text = "Ruling and opposition senators skirmished over the tax bill on Wednesday."
    assert "Armed clash" not in types(pipeline, text)


def test_an_attack_on_the_front_line_is_a_battle(pipeline: Any) -> None:
    text = "Russian troops attacked the front line near Avdiivka on Tuesday."
    assert types(pipeline, text) == ["Armed clash"]


def test_an_attack_on_a_rail_line_is_still_damage(pipeline: Any) -> None:
    text = "Rebels attacked a rail line near Kindu on Monday."
    assert types(pipeline, text) == ["Looting/property destruction"]


def test_live_rounds_fired_into_the_air_are_crowd_control(pipeline: Any) -> None:
    text = "Police fired live bullets into the air to disperse demonstrators in Conakry on Thursday."
    assert types(pipeline, text) == ["Protest with intervention"]


def test_live_rounds_fired_at_a_crowd_stay_excessive_force(pipeline: Any) -> None:
    text = "Police fired live bullets to disperse demonstrators in Conakry on Thursday."
    assert types(pipeline, text) == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    "text",
    [
        "The blockade, in place since March 2019, has hurt thousands of workers.",
        "Fighting that began in March has driven thousands of villagers from their homes.",
    ],
)
def test_the_month_of_march_is_no_protest(pipeline: Any, text: str) -> None:
    assert "Peaceful protest" not in types(pipeline, text)


def test_a_march_by_a_crowd_is_still_a_protest(pipeline: Any) -> None:
    text = "Hundreds of students joined a march in Kampala on Monday."
    assert types(pipeline, text) == ["Peaceful protest"]
