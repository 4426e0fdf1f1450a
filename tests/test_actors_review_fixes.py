"""A named group that denies an attack or suffers it is not its doer, "them" stands for the
nearest people named whether armed or not, and a country that made a thing does not hold it, on
sentences written for the tests (stages/actor_kinds.py, stages/actor_refs.py, stages/sides.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2021, 6, 10))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def first(pipeline: Any, text: str, trigger: str) -> dict[str, Any]:
    found = [e for e in events(pipeline, text) if e["trigger"] == trigger]
    assert found, text
    return found[0]


def name(actor: dict[str, Any] | None) -> str | None:
    return actor["name"] if actor else None


@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed a police post in Helmand on Monday, killing three officers, officials said. "
        "The Taliban rejected any role in the raid.",
        "Militants stormed a police post in Helmand on Monday, killing three officers. The Taliban condemned the raid.",
    ],
)
def test_a_group_named_later_that_disowns_the_deed_is_not_its_doer(pipeline: Any, text: str) -> None:
    assert name(first(pipeline, text, "stormed")["actor1"]) != "Taliban"


def test_a_group_named_as_the_victim_is_not_the_doer(pipeline: Any) -> None:
    event = first(
        pipeline, "Militants gunned down a Hamas commander in Rafah on Sunday, residents said.", "gunned down"
    )
    assert name(event["actor1"]) != "Hamas"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels ambushed a patrol near Arauca on Monday, killing three soldiers, the ELN said in a statement.",
        "Rebels ambushed a patrol near Arauca on Monday, killing three soldiers. "
        "The ELN was responsible for the ambush, the army said.",
    ],
)
def test_a_group_named_later_that_owns_the_deed_is_its_doer(pipeline: Any, text: str) -> None:
    assert name(first(pipeline, text, "ambushed")["actor1"]) == "ELN"


def test_them_is_the_nearest_people_not_the_reporting_police(pipeline: Any) -> None:
    text = (
        "Gunmen kidnapped 20 farmers in Katsina State on Friday, police said. "
        "The abductors shot dead five of them on Sunday after talks failed."
    )
    found = [e for e in events(pipeline, text) if e["trigger"] == "shot dead"]
    assert found and name(found[0]["actor2"]) != "Police Forces of Nigeria"
    assert found[0]["event_type"] != "Battles"


def test_them_still_stands_for_armed_men(pipeline: Any) -> None:
    text = "Troops engaged the insurgents near Maiduguri and killed 14 of them, the army said."
    event = first(pipeline, text, "killed")
    assert event["actor2"] and event["actor2"]["sector"] in ("REB", "INS", "UAG")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled a French-built airfield near Kidal in Mali on Sunday.",
        "Rebels shelled a French-made helicopter near Kidal in Mali on Sunday.",
    ],
)
def test_the_maker_of_a_thing_struck_is_not_its_owner(pipeline: Any, text: str) -> None:
    assert name(first(pipeline, text, "shelled")["actor2"]) != "Military Forces of France"


def test_the_holder_of_a_thing_struck_is_its_side(pipeline: Any) -> None:
    text = "Ukrainian drones struck a Russian airfield in Crimea on Sunday."
    assert name(first(pipeline, text, "struck")["actor2"]) == "Military Forces of Russia"
