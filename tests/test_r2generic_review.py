"""Review follow-ups for stages/generic_kinds.py: a passive that follows up a dated or placed
incident is that incident, not what happens to people of a kind; a fight against a kind of act
is no clash. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 2, 14)))
    return [e for e in found if e.event_type]


def test_a_passive_after_a_dated_incident_is_that_incident(pipeline: Any) -> None:
    text = "Bandits raided a village in Zamfara on Sunday. Two were shot. Girls have been abducted, locals say."
    assert any(e.sub_event_type == "Abduction/forced disappearance" for e in events(pipeline, text))


def test_a_place_in_the_reporting_clause_keeps_the_passive(pipeline: Any) -> None:
    text = "Girls are being raped and boys are being killed, the aid worker said of the siege of Kadugli."
    assert any(e.event_type == "Violence against civilians" for e in events(pipeline, text))


def test_a_passive_about_a_kind_alone_is_no_event(pipeline: Any) -> None:
    assert events(pipeline, "Many outspoken priests have been murdered for their sermons.") == []


@pytest.mark.parametrize(
    "text",
    ["Police are fighting kidnappings in the north.", "The army is battling robberies in the capital."],
)
def test_a_fight_against_a_kind_of_act_is_no_clash(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []


def test_fighting_an_armed_group_is_a_clash(pipeline: Any) -> None:
    assert any(e.event_type == "Battles" for e in events(pipeline, "Police are fighting gunmen in the north."))
