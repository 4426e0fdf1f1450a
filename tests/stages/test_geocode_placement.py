"""Tests for placing events (``stages/event_places.py``): a dateline names where the reporter
files from, so the body's places, not the dateline's city, give an event its country."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2024, 3, 8))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def test_a_place_not_in_the_gazetteer_takes_no_country_from_the_dateline(pipeline: Any) -> None:
    text = "NAIROBI, March 8 (Reuters) - Armed men raided the village of Qoz Wadaa on Thursday, killing 11 people."
    (ev,) = events(pipeline, text)
    assert ev["location"] is None or ev["location"]["country"] != "KEN"


def test_with_no_place_named_the_dateline_gives_the_country(pipeline: Any) -> None:
    text = "NAIROBI, March 8 (Reuters) - Armed men raided a camp for displaced families on Thursday, killing 11 people."
    (ev,) = events(pipeline, text)
    assert ev["location"]["country"] == "KEN"


def test_the_body_country_outweighs_the_dateline(pipeline: Any) -> None:
    text = (
        "NAIROBI, March 8 (Reuters) - Armed men raided a camp for displaced families on Thursday, killing 11 "
        "people.\n\nIt was the third such raid this month, aid workers in Sudan said."
    )
    raid = next(e for e in events(pipeline, text) if e["fatalities"] == 11)
    assert raid["location"]["country"] == "SDN"
