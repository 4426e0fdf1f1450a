"""Sub-types from realistic wire stories: a missile striking a factory is a missile attack, a suicide
bomber is no aircraft, "set off explosives" is a detonation, and armed men who storm a post and
then withdraw took no ground (stages/subtypes.py, stages/instrument_context.py, data/triggers.tsv,
data/cue_words.tsv). Sentences written for the tests; each rule has a near-identical sentence that
keeps the old type."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 9, 12))))


def subtypes(pipeline: Any, text: str) -> list[str | None]:
    return [e.sub_event_type for e in events(pipeline, text)]


SHELLING = "Shelling/artillery/missile attack"
BOMB = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "In Kharkiv, a missile hit a printing enterprise on Tuesday, killing three workers, the mayor said.",
        "IN KHARKIV, A MISSILE HIT A PRINTING ENTERPRISE ON TUESDAY, KILLING THREE WORKERS, THE MAYOR SAID.",
    ],
)
def test_a_missile_hitting_an_enterprise_is_a_missile_attack(pipeline: Any, text: str) -> None:
    assert subtypes(pipeline, text) == [SHELLING]


def test_a_truck_hitting_an_enterprise_is_no_missile_attack(pipeline: Any) -> None:
    text = "In Kharkiv, a truck hit a printing enterprise on Tuesday, killing three workers, the mayor said."
    assert SHELLING not in subtypes(pipeline, text)


def test_a_suicide_bomber_is_no_aircraft(pipeline: Any) -> None:
    text = (
        "A suicide bomber detonated a minibus packed with explosives at the gate of a barracks in Kismayo on "
        "Monday, police said."
    )
    found = subtypes(pipeline, text)
    assert "Suicide bomb" in found
    assert "Air/drone strike" not in found


def test_a_bomber_aircraft_still_strikes_from_the_air(pipeline: Any) -> None:
    text = "An air force bomber dropped bombs on a militant camp near Kismayo on Monday, the army said."
    assert "Air/drone strike" in subtypes(pipeline, text)


def test_setting_off_explosives_is_a_bombing(pipeline: Any) -> None:
    text = "Rebel fighters set off explosives under a railway bridge near Tame on Sunday, the army said."
    assert subtypes(pipeline, text) == [BOMB]


def test_quarry_workers_setting_off_explosives_is_no_event(pipeline: Any) -> None:
    text = "Quarry workers set off explosives under a hillside near Tame on Sunday, the company said."
    assert BOMB not in subtypes(pipeline, text)


def test_stormed_then_withdrew_is_a_fight(pipeline: Any) -> None:
    text = (
        "Scores of gunmen stormed the gendarmerie post near Arbinda at night and fought gendarmes for hours "
        "before withdrawing into the bush, officials said."
    )
    found = subtypes(pipeline, text)
    assert "Armed clash" in found
    assert "Non-state actor overtakes territory" not in found


def test_stormed_and_fought_without_withdrawing_keeps_the_takeover(pipeline: Any) -> None:
    text = (
        "Scores of gunmen stormed the gendarmerie post near Arbinda at night and fought gendarmes for hours, "
        "officials said."
    )
    assert "Non-state actor overtakes territory" in subtypes(pipeline, text)


def test_a_suicide_bomber_of_an_earlier_attack_leaves_a_car_bomb(pipeline: Any) -> None:
    text = (
        "On Sunday, a car bomb tore through a busy Mosul market, killing nine people, near a checkpoint where "
        "a suicide bomber struck police the week before."
    )
    assert subtypes(pipeline, text)[0] == BOMB  # the car bomb of Sunday, not the suicide bomber's attack
