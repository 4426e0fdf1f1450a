"""The killer's own death told in a sentence after his victims' is one more dead of that event,
once, and never where the toll counts him already (stages/killer_later.py). Sentences written
for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article


def dead(pipeline: Any, text: str) -> list[int | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    return [e.fatalities for e in found]


def test_the_killer_dead_in_the_next_sentence_is_one_more(pipeline: Any) -> None:
    text = "A man opened fire at a bakery in Reno on Tuesday, killing two workers. The gunman then took his own life."
    assert dead(pipeline, text) == [3]
    text = "A man opened fire at a bakery in Reno on Tuesday, killing two workers. He then killed himself."
    assert dead(pipeline, text) == [3]


def test_the_killer_dead_is_added_once(pipeline: Any) -> None:
    text = (
        "A man opened fire at a bakery in Reno on Tuesday, killing two workers before turning the gun on himself. "
        "The shooter later turned the gun on himself, police said again."
    )
    assert dead(pipeline, text) == [3]


def test_a_toll_that_counts_the_killer_gets_nothing_more(pipeline: Any) -> None:
    text = "Three people, including the gunman, were killed at a bakery in Reno. The gunman then killed himself."
    assert dead(pipeline, text) == [3]


def test_someone_else_taking_his_life_later_is_no_death_of_the_event(pipeline: Any) -> None:
    text = "A man shot dead two farmers near Reno on Tuesday. The gunman took his own life years later."
    assert dead(pipeline, text) == [2]


def test_a_suicide_told_as_another_incident_is_no_death_of_the_event(pipeline: Any) -> None:
    text = (
        "A man shot dead two farmers near Reno on Tuesday.\n\n"
        "In an unrelated case, a suspect held for fraud killed himself in his cell on Wednesday."
    )
    assert 3 not in dead(pipeline, text)


def test_no_killer_death_is_added_once_the_shooter_was_arrested(pipeline: Any) -> None:
    text = (
        "A man shot dead two farmers near Reno on Tuesday. Deputies arrested him near the farm. "
        "He later took his own life."
    )
    assert 3 not in dead(pipeline, text)
