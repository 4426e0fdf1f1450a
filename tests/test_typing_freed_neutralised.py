"""Freed captives named as earlier victims (stages/freed_victims.py), fights told in military
communiqué words (stages/armed_party.py), a fire a strike set (stages/consequences.py) and attacks
made with drones or missiles (stages/subtypes.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def types(pipeline: Any, text: str) -> list[str | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    return [e.sub_event_type for e in found]


ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers rescued twelve abducted schoolgirls in a forest near Kaduna on Sunday.",
        "The hostages freed on Monday were flown home to Lyon.",
        "The militia announced the release of the hostages in Bunia on Sunday.",
        "Police said eleven kidnapped farmers were rescued in Zamfara on Sunday.",
    ],
)
def test_freed_captives_are_no_new_abduction(pipeline: Any, text: str) -> None:
    assert ABDUCTION not in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took six tourists hostage at a hotel in Bamako on Sunday.",
        "Bandits kidnapped fourteen villagers in Zamfara on Sunday.",
    ],
)
def test_abductions_stay_abductions(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == [ABDUCTION]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers made contact with the bandits near Damboa on Sunday and neutralised seven of them,"
        " while the rest escaped with gunshot wounds.",
        "Police neutralized two gunmen who had opened fire on a checkpoint in Garissa on Sunday.",
    ],
)
def test_neutralising_armed_men_is_a_clash(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials made contact with the family of the missing journalist in Lagos on Sunday.",
        "Doctors neutralised the poison in the patient's blood in Lagos on Sunday.",
    ],
)
def test_contact_or_neutralising_without_armed_men_is_no_fight(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == []


def test_fire_set_by_a_missile_is_no_arson(pipeline: Any) -> None:
    text = "A cargo ship was hit by a missile off Hodeidah on Monday, setting a fire on its deck."
    assert types(pipeline, text) == ["Shelling/artillery/missile attack"]


def test_fire_set_by_attackers_stays_property_destruction(pipeline: Any) -> None:
    text = "Militants stormed the market in Kidal on Sunday and set fire to shops."
    assert "Looting/property destruction" in types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked an oil tanker off Hodeidah with drones on Friday.", "Air/drone strike"),
        (
            "Rebels attacked a cargo ship off Hodeidah with an anti-ship missile on Friday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_attack_with_drones_or_missiles_is_remote_violence(pipeline: Any, text: str, expected: str) -> None:
    assert types(pipeline, text) == [expected]


def test_people_shot_after_nearing_a_post_are_attacked(pipeline: Any) -> None:
    text = "Soldiers shot dead two herders who approached an army checkpoint near Gao on Sunday."
    assert types(pipeline, text) == ["Attack"]


def test_attack_on_an_army_checkpoint_stays_a_clash(pipeline: Any) -> None:
    text = "Militants attacked an army checkpoint near Gao on Sunday, killing two soldiers."
    assert types(pipeline, text) == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militiamen halted a bus near Kidal on Sunday and looted the passengers' belongings.",
            "Looting/property destruction",
        ),
        ("The rebels vowed revenge and attacked an army base near Kidal on Sunday.", "Armed clash"),
    ],
)
def test_act_coordinated_with_a_governing_verb_is_reported(pipeline: Any, text: str, expected: str) -> None:
    assert expected in types(pipeline, text)


def test_acts_under_a_planning_verb_are_no_violent_events(pipeline: Any) -> None:
    assert types(pipeline, "The army plans to shell and storm the town of Kidal next week.") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours said the villa had hosted several noisy parties last spring.",
        "The stadium in Accra hosted a football match on Sunday.",
    ],
)
def test_hosting_an_entertainment_is_no_meeting(pipeline: Any, text: str) -> None:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    assert [e.plover for e in found] == []


def test_hosting_a_minister_is_a_meeting(pipeline: Any) -> None:
    text = "The Ghanaian president hosted the Nigerian foreign minister in Accra on Sunday."
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    assert [e.plover for e in found] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A rebel spokesman claimed both attacks in a video statement on Sunday.",
        "The Taliban claimed responsibility for the attack in a statement on Sunday.",
    ],
)
def test_a_claimed_attack_is_no_accusation(pipeline: Any, text: str) -> None:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    assert "ACCUSE" not in [e.plover for e in found]
    assert "ASSAULT" in [e.plover for e in found]


def test_attacks_launched_in_a_statement_are_words(pipeline: Any) -> None:
    text = "In a statement on Sunday, the opposition party launched fierce attacks on the finance minister."
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    assert "ASSAULT" not in [e.plover for e in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunbattle between soldiers and bandits near Gusau on Sunday left five people dead.", "Armed clash"),
        ("Rebel fighters said they fired three drones at an army base near Gao on Sunday.", "Air/drone strike"),
        ("Russia launched dozens of drones at Odesa on Sunday night.", "Air/drone strike"),
    ],
)
def test_gunbattles_and_drones_fired_are_events(pipeline: Any, text: str, expected: str) -> None:
    assert expected in types(pipeline, text)


def test_a_product_launch_is_no_drone_strike(pipeline: Any) -> None:
    assert types(pipeline, "The aviation company launched a new drone in Accra on Sunday.") == []
