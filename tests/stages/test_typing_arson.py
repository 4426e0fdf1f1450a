"""Setting fire to property and armed robbery are looting or property destruction, named by the
trigger phrase that tells which (data/triggers.tsv: set ablaze, rob, robbery; stages/triggers.py:
a resultative "ablaze" apart from its verb). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


def test_arson_with_ablaze_apart_from_its_verb_is_property_destruction(pipeline: Any) -> None:
    text = "Insurgents set the district court and two trucks ablaze in Tete on Sunday."
    found = [(e.sub_event_type, e.why.get("pattern")) for e in events(pipeline, text)]
    assert found == [("Looting/property destruction", "triggers.tsv: set ablaze")]


def test_a_person_set_ablaze_is_an_attack(pipeline: Any) -> None:
    text = "Militiamen set a man ablaze in the village market on Sunday."
    assert "Attack" in [e.sub_event_type for e in events(pipeline, text)]


def test_a_result_word_of_another_verb_is_no_arson(pipeline: Any) -> None:
    text = "Residents said the sky over the hills was ablaze with fireworks."
    assert "Looting/property destruction" not in [e.sub_event_type for e in events(pipeline, text)]
