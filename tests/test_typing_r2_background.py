"""Background told as if it were news: tolls counted over a period in the perfect ("since the
coup", "in the unrest"; stages/period_tolls.py) are no event, while a toll
"since the bombing" or a small toll "in the violence" still reports one. Sentences written for
the tests."""

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
        "More than 4,000 villagers have been killed by the army in the north since the coup.",
        "Thousands of people have died in the unrest, the group said.",
        "Hundreds of traders have been kidnapped in the state since the takeover.",
        "Rebels have killed more than 300 people since the election.",
        "Tens of thousands of civilians have been killed in the conflict.",
        "More than 2,000 protesters have been killed since the coup, a rights group said on Tuesday.",
    ],
)
def test_toll_over_a_period_is_no_event(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Seven people have been killed since the bombing in the market.",
        "Five people have been killed in the violence in Jos.",
        "More than 300 people were killed in the violence on Monday in Jos.",
        "At least 120 people have been killed in the fighting that broke out on Friday in Misrata, medics said.",
        "Hundreds of villagers have been killed in the clashes around Geneina since Thursday, aid groups said.",
        "Soldiers have shot dead more than 100 demonstrators since Monday's coup in the capital.",
        "More than 150 people have been killed in the clashes in Omdurman today, medics said.",
    ],
)
def test_toll_of_one_incident_is_kept(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents ambushed an army post near Gao, killing four soldiers and seizing rifles.", "Armed clash"),
        ("Insurgents attacked an army post near Gao on Sunday and seized rifles.", "Armed clash"),
    ],
)
def test_weapons_taken_in_an_assault_are_part_of_the_fight(pipeline: Any, text: str, expected: str) -> None:
    assert types(pipeline, text) == [expected]


def test_weapons_seized_in_a_raid_by_troops_stay_a_seizure(pipeline: Any) -> None:
    assert types(pipeline, "Troops raided a hideout near Gao on Sunday, seizing rifles.") == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the Saint Francis Catholic Church in Owo on Sunday.",
        "Gunmen stormed the Royal Palm Hotel in Kismayo on Monday, wounding three guards.",
    ],
)
def test_storming_a_named_building_takes_no_territory(pipeline: Any, text: str) -> None:
    assert "Non-state actor overtakes territory" not in types(pipeline, text)


def test_storming_a_named_base_still_takes_ground(pipeline: Any) -> None:
    assert types(pipeline, "Jihadists stormed the Ain Asad Base in Anbar on Monday.") == [
        "Non-state actor overtakes territory"
    ]


def test_a_drone_hitting_a_substation_is_a_strike(pipeline: Any) -> None:
    text = "A drone hit a transformer substation near Kharkiv overnight, cutting power to 20,000 homes."
    assert types(pipeline, text) == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead three fugitives who fired at a checkpoint in Guayaquil on Monday.",
        "Police shot dead three robbers who opened fire on officers in Guayaquil on Monday.",
    ],
)
def test_shooting_those_who_fired_is_a_clash(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Armed clash"]


def test_shooting_those_who_did_not_fire_stays_an_attack(pipeline: Any) -> None:
    text = "Gunmen shot dead three farmers who were working in a field in Guayaquil on Monday."
    assert types(pipeline, text) == ["Attack"]
