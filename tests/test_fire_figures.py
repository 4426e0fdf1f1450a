"""Strategic and violent words used figuratively: a measure, an appeal or a plan "shot down" or
"torched" (triggers.tsv: condition measure_object in stages/trigger_conditions.py) and a fight
for votes, a seat or a title (stages/figurative.py). Each beside a near-identical sentence that
keeps its event. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2023, 5, 17))))


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court shot down the governor's appeal on Friday.",
        "Lawmakers shot down the tax proposal and the housing bill on Friday.",
        "The finance minister torched the opposition's budget plan on Friday.",
        "THE APPEALS COURT SHOT DOWN THE GOVERNOR'S LAST APPEAL IN THE LAND CASE ON FRIDAY.",
    ],
)
def test_a_measure_shot_down_or_torched_is_no_event(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("The navy shot down a surveillance drone on Friday.", "Disrupted weapons use"),
        ("The finance minister's supporters torched the opposition's offices on Friday.", None),
        ("Militiamen torched the housing project on the edge of town on Friday.", None),
    ],
)
def test_a_thing_shot_down_or_torched_keeps_its_event(pipeline: Any, text: str, subtype: str | None) -> None:
    found = [e.sub_event_type for e in events(pipeline, text)]
    assert found, text
    if subtype is not None:
        assert subtype in found


@pytest.mark.parametrize(
    "text",
    [
        "The three candidates battled for votes in the coastal districts on Friday.",
        "The two parties fought for the last seat in the upper house on Friday.",
        "The battle for the title went to the final round in the capital on Friday.",
        "THE THREE CANDIDATES BATTLED FOR VOTES IN THE COASTAL DISTRICTS ON FRIDAY.",
    ],
)
def test_a_race_for_votes_or_a_title_is_no_clash(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e.event_type == "Battles"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The three militias battled for control of the coastal districts on Friday.",
        "The two parties' gunmen fought for the last seat of the council with rifles on Friday.",
        "The battle for the town went on in the coastal districts on Friday.",
    ],
)
def test_a_fight_for_ground_stays_a_clash(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e.event_type == "Battles"]
