"""Gatherings: people gathered for or at a ceremony are no protest (data/triggers.tsv: gather
needs "!occasion", stages/doers.py); sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def sub_types(pipeline: Any, text: str) -> list[str | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2023, 4, 12)))
    return [e.sub_event_type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers who had gathered for a ceremony were killed by an air strike in Sagaing on Tuesday, opposition "
        "groups said.",
        "Hundreds of worshippers gathered for Friday prayers in Kabul when a bomb exploded, killing 12.",
        "Thousands of students gathered for the graduation on Monday.",
        "Relatives who had gathered at a wedding in Nangarhar were hit by a drone strike on Monday.",
    ],
)
def test_a_gathering_for_an_occasion_is_no_protest(pipeline: Any, text: str) -> None:
    assert "Peaceful protest" not in sub_types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Villagers who had gathered for a ceremony were killed by an air strike in Sagaing on Tuesday, "
            "opposition groups said.",
            "Air/drone strike",
        ),
        (
            "Hundreds of worshippers gathered for Friday prayers in Kabul when a bomb exploded, killing 12.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Relatives who had gathered at a wedding in Nangarhar were hit by a drone strike on Monday.",
            "Air/drone strike",
        ),
    ],
)
def test_the_violence_at_an_occasion_is_still_told(pipeline: Any, text: str, told: str) -> None:
    assert told in sub_types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of opposition supporters gathered in Tahrir Square on Friday.",
        "Thousands gathered at the funeral on Friday to protest against the killing of the activist.",
    ],
)
def test_a_crowd_gathering_is_still_a_protest(pipeline: Any, text: str) -> None:
    assert "Peaceful protest" in sub_types(pipeline, text)


def test_strikers_gathered_outside_a_ceremony_still_protest(pipeline: Any) -> None:
    text = "After the ceremony, the minister was booed by a group of strikers gathered outside the theatre."
    assert "Peaceful protest" in sub_types(pipeline, text)
