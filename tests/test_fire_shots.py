"""Shots fired on or at people, a crowd, a vehicle or a building (triggers.tsv: fire, condition
fired_at in stages/trigger_conditions.py), and a store that blew up after a strike, where the
strike is the event (stages/blast_causes.py). Each beside a near-identical sentence that keeps the
old behaviour. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2023, 5, 17))))


def subtypes(pipeline: Any, text: str) -> list[str | None]:
    return [e.sub_event_type for e in events(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Soldiers fired on striking miners outside the mine gate on Thursday.", None),
        ("The police fired at the demonstrators near the bridge on Thursday.", "Excessive force against protesters"),
        ("Demonstrators were fired on by soldiers near the bridge on Thursday.", "Excessive force against protesters"),
        ("Unknown men fired several shots at a minibus near the market on Thursday.", "Attack"),
        ("THE SOLDIERS FIRED ON THE DEMONSTRATORS NEAR THE OLD BRIDGE ON THURSDAY, RESIDENTS SAID.", None),
    ],
)
def test_shots_fired_at_people_are_an_event(pipeline: Any, text: str, subtype: str | None) -> None:
    found = subtypes(pipeline, text)
    assert found, text
    if subtype is not None:
        assert subtype in found


@pytest.mark.parametrize(
    "text",
    [
        "The mining company fired two hundred workers on Thursday.",
        "The governor fired back at his critics on Thursday.",
        "The senator fired back at the reporters near the bridge on Thursday.",
    ],
)
def test_firing_that_shoots_no_one_is_no_attack(pipeline: Any, text: str) -> None:
    found = [e for e in events(pipeline, text) if e.event_type in ("Violence against civilians", "Battles")]
    assert found == []


def test_tear_gas_fired_at_marchers_stays_an_intervention(pipeline: Any) -> None:
    found = subtypes(pipeline, "The police fired tear gas at the demonstrators near the bridge on Thursday.")
    assert found == ["Protest with intervention"]


def test_soldiers_firing_back_at_gunmen_is_still_force(pipeline: Any) -> None:
    assert events(pipeline, "Soldiers fired back at the gunmen who had attacked the checkpoint on Thursday.")


@pytest.mark.parametrize(
    "text",
    [
        "A fuel dump blew up after a strike near the airfield on Thursday.",
        "The arms depot blew up following a strike on Thursday night.",
        "THE ARMS DEPOT ON THE EDGE OF THE TOWN BLEW UP AFTER A STRIKE ON THURSDAY NIGHT.",
    ],
)
def test_a_store_blown_up_by_a_strike_is_a_strike(pipeline: Any, text: str) -> None:
    assert subtypes(pipeline, text) == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The arms depot exploded after an air strike on Thursday night.",
        "The fuel dump exploded after heavy shelling on Thursday night.",
    ],
)
def test_a_store_exploding_after_a_strike_is_one_event(pipeline: Any, text: str) -> None:
    found = subtypes(pipeline, text)
    assert len(found) == 1 and found[0] in ("Air/drone strike", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text",
    [
        "The arms depot exploded on Thursday night, killing two guards.",
        "A bomb exploded after the attack on the checkpoint on Thursday night.",
        "A minibus exploded in an attack on the checkpoint on Thursday night.",
    ],
)
def test_a_blast_with_no_strike_before_it_keeps_its_event(pipeline: Any, text: str) -> None:
    assert "Remote explosive/landmine/IED" in subtypes(pipeline, text)


def test_a_workers_strike_after_a_blast_is_no_air_strike(pipeline: Any) -> None:
    found = subtypes(pipeline, "Dock workers went on strike after the fuel dump blew up on Thursday.")
    assert "Air/drone strike" not in found
