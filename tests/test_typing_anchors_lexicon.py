"""An event noun that only dates the clause's own act, acts named as what someone lives or is
known for, and trigger words for hold-ups, machine-gunning, strafing, explosives left at a place
and people shot beside a fire set (stages/time_anchors.py, data/triggers.tsv,
data/cue_words.tsv). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


def triggers(pipeline: Any, text: str) -> list[str]:
    return [str(e.why.get("trigger", "")).lower() for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Troops killed nine militants near Menaka on Sunday, three days after the ambush.", "killed"),
        ("Gunmen shelled the camp at Tessit on Monday, a week after Friday's raid.", "shelled"),
        ("Police shot dead two robbers in Ibadan on Tuesday, shortly after the attack.", "shot dead"),
    ],
)
def test_an_event_noun_that_dates_the_clause_is_no_event_of_its_own(pipeline: Any, text: str, verb: str) -> None:
    found = triggers(pipeline, text)
    assert found == [verb]


def test_an_anchor_event_with_details_of_its_own_is_kept(pipeline: Any) -> None:
    # a new event told with its victims: not only a time reference
    text = "Troops killed nine militants near Menaka on Sunday, after an ambush on a supply convoy."
    assert "ambush" in triggers(pipeline, text)


def test_an_anchor_of_a_clause_with_no_violent_verb_stays_an_event(pipeline: Any) -> None:
    text = "The talks in Bamako collapsed on Sunday, two days after the ambush."
    assert "ambush" in triggers(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        '"My uncle was a man who lived for fighting," the farmer said in Gao.',
        "The commander, known for fighting in the hills, addressed the villagers in Gao on Monday.",
        "The recruits are now ready for fighting, the officer said in Gao on Monday.",
    ],
)
def test_fighting_lived_or_known_for_is_no_clash(pipeline: Any, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.sub_event_type == "Armed clash"]


def test_fighting_reported_is_still_a_clash(pipeline: Any) -> None:
    text = "Heavy fighting broke out between troops and rebels near Gao on Monday."
    assert "Armed clash" in [e.sub_event_type for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Four gunmen held up a bank in Arequipa on Monday and fled with the cash.", "held up"),
        ("Bandits staged a hold-up at a petrol station near Cuenca on Friday.", "hold-up"),
    ],
)
def test_an_armed_hold_up_is_a_robbery(pipeline: Any, text: str, trigger: str) -> None:
    found = events(pipeline, text)
    assert [str(e.why.get("trigger", "")).lower() for e in found] == [trigger]
    assert found[0].sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Students held up placards outside the ministry in Arequipa on Monday.",
        "Heavy rain held up traffic on the coast road near Cuenca on Friday.",
    ],
)
def test_holding_up_signs_or_traffic_is_no_robbery(pipeline: Any, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.sub_event_type == "Attack"]


def test_machine_gunning_is_an_attack(pipeline: Any) -> None:
    text = "Gunmen machine-gunned a minibus near Huehuetenango on Sunday, killing three passengers."
    found = events(pipeline, text)
    assert [str(e.why.get("trigger", "")).lower() for e in found] == ["machine-gunned"]
    assert found[0].fatalities == 3


def test_strafing_from_the_air_is_an_air_strike(pipeline: Any) -> None:
    text = "Helicopters strafed the hills above Chalatenango on Sunday."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Air/drone strike"]


def test_explosives_left_at_a_building_are_a_bombing(pipeline: Any) -> None:
    text = "Unknown men left explosives at the offices of a mining company in Huancayo on Tuesday."
    found = events(pipeline, text)
    assert [str(e.why.get("trigger", "")).lower() for e in found] == ["left explosives"]
    assert found[0].event_type == "Explosions/Remote violence"


def test_people_shot_beside_a_fire_set_are_an_attack_of_their_own(pipeline: Any) -> None:
    text = "Gunmen shot three villagers and burned their huts near Tumaco on Sunday."
    types = {e.sub_event_type for e in events(pipeline, text)}
    assert {"Attack", "Looting/property destruction"} <= types


def test_fighters_shot_in_a_clash_make_no_second_event(pipeline: Any) -> None:
    text = "Troops clashed with rebels near Tumaco and shot three fighters on Sunday."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Armed clash"]


def test_rebels_who_rob_are_armed_robbers(pipeline: Any) -> None:
    text = "Rebels attacked and robbed two chemists' shops in Ayacucho on Sunday."
    assert [str(e.why.get("trigger", "")).lower() for e in events(pipeline, text)] == ["robbed"]


def test_protesters_shot_at_a_march_are_force_against_them(pipeline: Any) -> None:
    text = "Riot police shot three demonstrators during a march in Kaduna on Sunday."
    assert "Excessive force against protesters" in [e.sub_event_type for e in events(pipeline, text)]


def test_a_bystander_shot_in_a_shoot_out_stays_a_clash(pipeline: Any) -> None:
    text = "A nurse was shot in the leg during a shoot-out between police and bandits in Kisumu on Sunday."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Armed clash"]
