"""Count phrasings: deaths of another time named by a noun, fatal injuries, executions, and
wounds told of the living (stages/casualties.py, stages/when.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.casualties import find_counts
from eventwire.stages.when import figures


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered for the anniversary of the killing of 40 miners.",
        "The raid was reminiscent of the massacre of 200 villagers in Hama.",
        "A judge jailed him for the murder of three guards.",
        "They recalled the deaths of 60 pilgrims in a stampede in 2004.",
        "The killing of 14 students in October 1999 was never solved.",
    ],
)
def test_recalled_deaths_are_not_counted(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police are investigating the killing of four farmers near the border.", [("killed", 4)]),
        ("The deaths of two nurses in the raid angered the town.", [("killed", 2)]),
    ],
)
def test_deaths_of_this_event_count(text: str, found: list[tuple[str, int]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Three guards suffered fatal injuries in the blast.", [("killed", 3)]),
        ("Two others sustained mortal wounds.", [("killed", 2)]),
        ("Five villagers were mortally wounded.", [("killed", 5)]),
        ("Militants executed nine hostages on Sunday.", [("killed", 9)]),
        ("The gang executed 11 prisoners.", [("killed", 11)]),
        ("Four guards sustained serious injuries.", [("injured", 4)]),  # must not change
        ("Two men were executed.", [("killed", 2)]),  # must not change
    ],
)
def test_fatal_injuries_and_executions(text: str, found: list[tuple[str, int]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", ["Special forces executed 12 raids overnight.", "The unit executed 3 missions."])
def test_executing_a_plan_kills_no_one(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "wounded", "hit"),
    [
        ("Two others sustained gunshot wounds in the raid.", 2, None),
        ("Four guards received gunshot wounds.", 4, None),
        ("Officers found a man suffering from a gunshot wound.", None, 1),  # may be one of the dead
    ],
)
def test_gunshot_wounds_sustained_are_the_wounded(text: str, wounded: int | None, hit: int | None) -> None:
    figs = figures(find_counts(text))
    assert (figs["wounded"], figs["hit"]) == (wounded, hit)


@pytest.mark.slow
def test_the_dead_and_the_wounded_by_gunshot(pipeline: Any) -> None:
    text = "A guard was shot dead and two others sustained gunshot wounds in a raid in Quetta on Sunday.\n"
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2023, 6, 9)))
    assert [(e.to_dict()["fatalities"], e.to_dict()["injured"]) for e in found] == [(1, 2)]


@pytest.mark.slow
def test_a_relative_clause_on_the_event_phrase_gives_its_toll(pipeline: Any) -> None:
    text = "The bombing of Kramatorsk, which killed 17 civilians on Sunday, was condemned by the EU.\n"
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2023, 6, 9)))
    assert [e.to_dict()["fatalities"] for e in found if e.to_dict()["event_type"]] == [17]
