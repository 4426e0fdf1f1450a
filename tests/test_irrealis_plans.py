"""Acts only commissioned, planned, urged or foretold report no event (stages/irrealis_plans.py);
the same acts told as done are kept. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

ACTS = frozenset(
    {"Attack", "Armed clash", "Looting/property destruction", "Abduction/forced disappearance", "Violent demonstration"}
    | {"Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack", "Mob violence"}
)


def acts(pipeline: Any, text: str) -> list[Event]:
    events = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    return [e for e in events if e.sub_event_type in ACTS]


@pytest.mark.parametrize(
    "text",
    [
        # a purpose someone was hired, paid or sent for
        "The two brothers were hired to kill the judge.",
        "Smugglers paid the youths to torch the customs post.",
        "TWO GUNMEN WERE HIRED TO SHOOT DEAD A JUDGE, POLICE SAID.",
        # a mission or plan named by a noun
        "The officer confessed that he had the task of assassinating the governor.",
        "Investigators found a scheme for bombing the refinery.",
        # imperatives
        '"Kill the informers!" the marchers shouted.',
        '"Torch the police station," the preacher told his followers.',
        '"Now burn down the police station," the preacher told his followers.',
        "Grab your machetes and burn down their houses, the voice on the radio said.",
        '"TORCH THE POLICE STATION," THE PREACHER TOLD HIS FOLLOWERS.',
        # a future seen from the past, and what something amounts to
        "The villagers knew the militia was going to attack the market.",
        "The bandits were about to attack the convoy when the soldiers arrived.",
        "To cut the subsidies is to kill the poor.",
        "Their aim was to kill the governor.",
    ],
)
def test_an_act_only_planned_or_urged_is_no_event(pipeline: Any, text: str) -> None:
    assert acts(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two brothers killed the judge.",
        "The youths torched the customs post.",
        "TWO GUNMEN SHOT DEAD A JUDGE IN KANO ON MONDAY, POLICE SAID.",
        "The officer confessed that he had assassinated the governor.",
        "Militants bombed the refinery on Sunday.",
        "The marchers killed two informers, witnesses said.",
        "A mob torched the police station, the preacher told reporters.",
        "The militia attacked the market on Friday.",
        "The bandits attacked the convoy when the soldiers arrived.",
        "Gunmen hired by a local politician killed the governor.",
        "Troops sent to the district clashed with the rebels on Monday.",
        "Knowing the militia would come, the villagers fled before it attacked the market.",
    ],
)
def test_the_same_act_told_as_done_is_kept(pipeline: Any, text: str) -> None:
    assert acts(pipeline, text) != []
