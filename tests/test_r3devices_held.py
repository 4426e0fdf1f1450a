"""A device "with" a person is goods only when that person was caught, was somewhere or moved
(stages/devices.py _holds); any other deed of theirs, one joined to it, or a wound following from it
is the device's use. Taking people "from" a place is no territory taken (trigger_conditions
from_source), and the common nouns for people count as people (cue_words.tsv person). Each rule
has a near-identical sentence beside it. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import sub_types

pytestmark = pytest.mark.slow

GRENADE = "Grenade"
SHELLING = "Shelling/artillery/missile attack"
TERRITORY = "Non-state actor overtakes territory"
ABDUCTION = "Abduction/forced disappearance"


def types(pipeline: Any, text: str) -> list[str | None]:
    return sub_types(pipeline, text, date(2024, 5, 14))


@pytest.mark.parametrize(
    "text",
    [
        "A youth with a grenade wounded four traders at a bus park in Gitega on Sunday.",
        "A man with a grenade killed two shoppers in a market in Kananga on Tuesday.",
        "A woman with a grenade wounded four traders at a bus park in Gitega on Sunday.",
        "A man with a grenade burst into a nightclub in Kisumu on Saturday and lobbed it at dancers.",
        "A man with a grenade walked into a bar in Bukavu on Friday, wounding six drinkers.",
        "A WOMAN WITH A GRENADE WOUNDED FOUR TRADERS AT A BUS PARK IN GITEGA ON SUNDAY.",
    ],
)
def test_a_device_a_person_had_and_hurt_people_with_is_used(pipeline: Any, text: str) -> None:
    assert GRENADE in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man with a grenade walked into a bank in Bukavu on Friday.",
        "A man with two grenades was seen near a school in Bukavu on Friday.",
        "Police arrested a youth with two grenades near a bus park in Gitega on Sunday.",
        "A trader was intercepted with three grenades at a border post on Tuesday.",
        "Soldiers searched a youth with a grenade at the gate of the camp on Friday.",
        "Police stopped a man with two grenades at a checkpoint in Goma on Friday.",
    ],
)
def test_a_device_a_person_only_had_is_no_attack(pipeline: Any, text: str) -> None:
    assert GRENADE not in types(pipeline, text)


def test_capturing_a_town_with_mortars_is_shelling(pipeline: Any) -> None:
    got = types(pipeline, "Insurgents captured the village with mortars and rockets on Wednesday.")
    assert SHELLING in got


@pytest.mark.parametrize(
    "text",
    [
        "Militants captured three policemen from their checkpoint near Mopti on Monday.",
        "Gunmen seized four engineers from a mining site in Zamfara on Sunday.",
        "GUNMEN SEIZED FOUR ENGINEERS FROM A MINING SITE IN ZAMFARA ON SUNDAY.",
    ],
)
def test_people_taken_from_a_place_are_abducted_not_ground_taken(pipeline: Any, text: str) -> None:
    got = types(pipeline, text)
    assert TERRITORY not in got
    assert ABDUCTION in got


@pytest.mark.parametrize(
    "text",
    [
        "Militants captured the checkpoint from the army near Mopti on Monday.",
        "Insurgents seized the town from government forces on Sunday.",
    ],
)
def test_a_place_taken_from_someone_is_still_ground_taken(pipeline: Any, text: str) -> None:
    assert TERRITORY in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized two herders near Gao on Friday.",
        "Kidnappers captured five fishermen on the lake on Thursday.",
        "Bandits grabbed a driver and two nurses on the highway on Monday.",
    ],
)
def test_common_nouns_for_people_make_an_abduction(pipeline: Any, text: str) -> None:
    assert ABDUCTION in types(pipeline, text)


def test_seizing_goods_is_no_abduction(pipeline: Any) -> None:
    assert ABDUCTION not in types(pipeline, "Customs officers seized two trucks of timber near Gao on Friday.")
