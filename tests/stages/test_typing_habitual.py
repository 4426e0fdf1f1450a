"""Acts told as a pattern or spread over years are background, not dated events
(stages/habitual.py); the same acts with a day of their own are kept. Sentences written for
the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


def violent(pipeline: Any, text: str) -> list[Event]:
    kinds = ("Battles", "Violence against civilians", "Explosions/Remote violence")
    return [e for e in events(pipeline, text) if e.event_type in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "Militants frequently ambush convoys on the road to Gao.",
        "Herders and farmers routinely clash over grazing land in the valley.",
        "Abductions of schoolchildren are common in the northern states.",
        "The border district has been plagued by kidnappings and raids.",
        "Cattle rustlers have killed hundreds of villagers in the state in recent years.",
        "Militias battling over gold mines since 2019 have emptied the district.",
        "The province has seen clashes between rival gangs for decades.",
    ],
)
def test_an_act_told_as_a_pattern_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Students have marched through the capital every Friday for months to demand free elections.",
        "Pensioners rally outside the ministry each week.",
    ],
)
def test_a_protest_on_a_recurring_day_is_no_event(pipeline: Any, text: str) -> None:
    assert "Protests" not in [e.event_type for e in events(pipeline, text)]


def test_a_protest_on_a_day_of_its_own_is_kept(pipeline: Any) -> None:
    text = "Thousands marched through the capital on Friday to demand free elections."
    assert [e.event_type for e in events(pipeline, text)] == ["Protests"]


@pytest.mark.parametrize(
    "text",
    [
        "Militants ambushed a convoy on the road to Gao on Friday, killing six soldiers.",
        "Herders and farmers clashed over grazing land in the valley on Monday.",
        "Gunmen have killed 14 villagers in the state this week.",
        "Rebels attacked the town on Sunday in the deadliest raid in recent years.",
        "A truck bomb killed 31 people at a bus station in Kabul, the worst attack there in years.",
    ],
)
def test_an_act_with_a_day_of_its_own_is_kept(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


def test_a_time_ago_in_a_clause_of_the_place_is_no_span_of_the_act(pipeline: Any) -> None:
    text = "The army said it regained territory in the border town of Kidal, taken by separatists six months ago."
    assert "Government regains territory" in [e.sub_event_type for e in events(pipeline, text)]
