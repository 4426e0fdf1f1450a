"""A place name the tagger swallowed into a time expression ("drones at Odesa overnight" tagged as
one TIME) is still found, while a day, month or feast before a time word is not taken for a place
(stages/toponym_variants.in_time_phrase). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def places(pipeline: Any, text: str) -> list[str | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 6, 14)))
    return [e.location.name if e.location else None for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 40 drones at Kyiv overnight, killing two people.",
        "RUSSIA LAUNCHED 40 DRONES AT KYIV OVERNIGHT, KILLING TWO PEOPLE.",
    ],
)
def test_a_city_before_overnight_is_the_place(pipeline: Any, text: str) -> None:
    assert places(pipeline, text) == ["Kyiv"]


def test_a_weekday_before_a_time_word_is_no_place(pipeline: Any) -> None:
    assert places(pipeline, "Gunmen killed two guards in Kano on Monday morning.") == ["Kano"]
