"""Trigger choice and explosive typing: a device named as a verb's means ("attacked ... with
grenades") is that verb's event, typed by the device (stages/trigger_conditions.py,
stages/subtypes.py); "carried out a bombing" performs it (stages/devices.py); a state's bombing
or bombardment from the air is an air strike; a country or its forces that "strike" a place make
an air strike (data/triggers.tsv: military_subject); a post named by its armed holders can be
seized (armed_post). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow
IED = "Remote explosive/landmine/IED"


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8))))


def name(actor: Any) -> str | None:
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("text", "sub_type", "doer"),
    [
        ("Insurgents attacked an army checkpoint with a bomb on Tuesday.", IED, "Insurgents"),
        ("Militiamen attacked a police post with dynamite, wounding two guards.", IED, "Militia"),
        ("Gunmen attacked the army barracks with hand grenades on Sunday.", "Grenade", "Unidentified Armed Group"),
    ],
)
def test_a_device_used_by_a_verb_types_the_verbs_event(pipeline: Any, text: str, sub_type: str, doer: str) -> None:
    found = events(pipeline, text)
    assert len(found) == 1
    assert found[0].sub_event_type == sub_type
    assert found[0].trigger.startswith("attack")
    assert name(found[0].actor1) == doer
    assert found[0].actor2 is not None


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Jihadists carried out a bombing near the bus terminal on Friday.", IED),
        ("The military carried out a bombing of the hamlet, killing seven farmers.", "Air/drone strike"),
    ],
)
def test_carrying_out_a_bombing_performs_it(pipeline: Any, text: str, sub_type: str) -> None:
    found = [e for e in events(pipeline, text) if e.trigger and e.trigger.startswith("bombing")]
    assert len(found) == 1
    assert found[0].sub_event_type == sub_type


def test_goods_carried_are_still_no_attack(pipeline: Any) -> None:
    assert events(pipeline, "The lorry was carrying 40 grenades when customs stopped it.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Fighter jets bombarded the rebel district on Thursday.", "Air/drone strike"),
        ("Howitzers bombarded the town throughout the night.", "Shelling/artillery/missile attack"),
    ],
)
def test_bombard_is_typed_by_its_means(pipeline: Any, text: str, sub_type: str) -> None:
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == [sub_type]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Turkey strikes Kurdish positions in northern Iraq", "Military Forces of Turkey"),
        ("US-led coalition strikes Raqqa after ambush on patrol", None),
    ],
)
def test_a_state_that_strikes_a_place_makes_an_air_strike(pipeline: Any, text: str, doer: str | None) -> None:
    found = [e for e in events(pipeline, text) if e.trigger and e.trigger.lower().startswith("strike")]
    assert len(found) == 1
    assert found[0].sub_event_type == "Air/drone strike"
    if doer:
        assert name(found[0].actor1) == doer


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria strikes a deal with lenders over its debt",
        "The film strikes a chord with young voters",
        "Teachers strike over unpaid wages in Accra",
    ],
)
def test_strikes_of_no_violence_stay_quiet(pipeline: Any, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.event_type and "violence" in e.event_type.lower()]
    assert not [e for e in events(pipeline, text) if e.sub_event_type == "Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Armed bandits seized the police station in the town on Saturday.", None),
        ("Rebels captured an army post near the river on Wednesday.", "Rebel Forces"),
        ("The officers fled a police station seized by gang members on Thursday.", "Gang"),
    ],
)
def test_a_post_of_armed_men_is_seized(pipeline: Any, text: str, doer: str | None) -> None:
    found = [e for e in events(pipeline, text) if e.sub_event_type == "Non-state actor overtakes territory"]
    assert len(found) == 1
    if doer:
        assert name(found[0].actor1) == doer


def test_a_radio_station_seized_is_no_territory(pipeline: Any) -> None:
    found = events(pipeline, "Regulators seized the radio station over unpaid licence fees.")
    assert not [e for e in found if e.sub_event_type and "territory" in e.sub_event_type]


def test_a_post_of_armed_men_is_retaken(pipeline: Any) -> None:
    found = events(pipeline, "Soldiers recaptured the police station from the militia on Sunday.")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_bombarding_someone_with_questions_is_no_shelling(pipeline: Any) -> None:
    found = events(pipeline, "Students bombarded the governor with complaints about fees in Accra on Monday.")
    assert [e.sub_event_type for e in found if e.sub_event_type] == []
    shelled = events(pipeline, "Militants bombarded the town of Dori on Monday, killing five people.")
    assert [e.sub_event_type for e in shelled] == ["Shelling/artillery/missile attack"]


def test_a_convoy_or_patrol_seized_is_no_post_taken(pipeline: Any) -> None:
    convoy = events(pipeline, "Soldiers seized a militant convoy loaded with rifles near Gao on Friday.")
    assert "Government regains territory" not in [e.sub_event_type for e in convoy]
    post = events(pipeline, "Militants seized an army outpost near Gao on Friday.")
    assert [e.sub_event_type for e in post] == ["Non-state actor overtakes territory"]
