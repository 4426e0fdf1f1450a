"""Tolls told after their event (stages/tolls.py): a toll that names the event ("the death toll
from the shelling had risen to nine") or a death from injuries "sustained during the clashes" is
that event's; "three more died" adds to its dead; one person newly named as wounded adds to its
hurt; bodies a hospital received are its dead. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def records(pipeline: Any, text: str) -> list[tuple[str, int | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2023, 6, 9)))
    return [(e.to_dict()["event_date"], e.to_dict()["fatalities"], e.to_dict()["injured"]) for e in found]


def test_a_risen_toll_that_names_the_event_replaces_its_toll(pipeline: Any) -> None:
    text = (
        "Militants shelled the town of Rubaya on Thursday, killing four civilians. "
        "Local officials said the death toll from the shelling had risen to nine on Friday."
    )
    assert records(pipeline, text) == [("2023-06-08", 9, None)]


def test_a_toll_told_as_another_event_stays_apart(pipeline: Any) -> None:
    text = (
        "Militants shelled the town of Rubaya on Thursday, killing four civilians. "
        "In a separate attack, the death toll from the bombing rose to five."
    )
    assert len(records(pipeline, text)) == 2


def test_a_death_from_injuries_of_the_clashes_is_the_riots(pipeline: Any) -> None:
    text = (
        "Protesters threw stones at police in Batumi on Monday night.\n\n"
        "One demonstrator died in hospital on Tuesday from wounds sustained during the clashes, an official said."
    )
    assert records(pipeline, text) == [("2023-06-05", 1, None)]


def test_more_dead_add_to_the_toll(pipeline: Any) -> None:
    text = "Rebels attacked a convoy near Beni on Sunday, killing six soldiers. Three more died of their wounds."
    assert records(pipeline, text) == [("2023-06-04", 9, None)]


def test_one_person_newly_named_as_wounded(pipeline: Any) -> None:
    text = "Troops clashed with bandits in Gusau on Friday, killing seven bandits. One soldier was wounded."
    assert records(pipeline, text) == [("2023-06-09", 7, 1)]


def test_bodies_received_after_an_attack_are_its_dead(pipeline: Any) -> None:
    text = "A drone strike hit a market in Idlib on Monday. A hospital said it had received 15 bodies."
    assert records(pipeline, text) == [("2023-06-05", 15, None)]


def test_the_toll_goes_to_the_event_its_noun_names_not_the_last_one(pipeline: Any) -> None:
    text = (
        "Gunmen attacked an army post near Gao on Monday, killing nine soldiers. "
        "The army said it carried out air strikes on the attackers near Ansongo on Tuesday. "
        "Officials said the death toll from the attack had risen to 14."
    )
    assert records(pipeline, text) == [("2023-06-05", 14, None), ("2023-06-06", None, None)]
