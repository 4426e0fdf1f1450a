"""Bodies found at another place on another day are not the toll of the event told before them
(stages/bodies_found.py), and a part of a toll told "N of them" is not more dead
(stages/subcounts.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def dead(pipeline: Any, text: str) -> list[int | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    return [e.fatalities for e in found]


def test_bodies_found_elsewhere_on_another_day_are_not_the_shooting_toll(pipeline: Any) -> None:
    text = (
        "Masked men opened fire on a bus near the village of Pantano in Zacatecas on Friday night.\n\n"
        "Two days later, on Sunday, farmers in Fresnillo found the bodies of four women in a ditch."
    )
    assert 4 not in dead(pipeline, text)


def test_bodies_found_at_the_scene_the_next_morning_stay_the_event_toll(pipeline: Any) -> None:
    text = (
        "Masked men opened fire on a bus near the village of Pantano in Zacatecas on Friday night. "
        "The next morning, soldiers found the bodies of four passengers beside the road."
    )
    assert dead(pipeline, text) == [4]


def test_a_part_told_of_them_is_not_more_dead() -> None:
    counts = find_counts("Fourteen prisoners were killed in the riot, several of them hacked to death.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 14)]
    counts = find_counts("Nine villagers were killed in the raid, two of them shot dead.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 9)]


def test_people_taken_and_some_of_them_killed_keep_their_dead() -> None:
    counts = find_counts("Gunmen seized 20 villagers; five of them were killed.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 5)]
