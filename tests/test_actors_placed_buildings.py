"""A state's city named as the place of a
building ("the Grand Palace Hotel in Kabul") is a place, not the state's forces as the target."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def _first(pipeline: Any, text: str) -> dict[str, Any]:
    evs = pipeline.extract_article(Article(id="t", text=text, published=date(2026, 10, 14)))
    return next(e.to_dict() for e in evs)


def test_guests_of_a_hotel_in_a_capital_are_civilians(pipeline: Any) -> None:
    e = _first(pipeline, "Militants stormed the Grand Palace Hotel in Kabul on Sunday, killing nine guests.")
    assert e["sub_event_type"] == "Attack"
    assert e["actor2"]["sector"] == "CVL"


def test_in_capitals_too(pipeline: Any) -> None:
    e = _first(pipeline, "MILITANTS STORMED THE GRAND PALACE HOTEL IN KABUL ON SUNDAY, KILLING NINE GUESTS.")
    assert e["actor2"]["sector"] == "CVL"


def test_an_army_base_is_still_the_military(pipeline: Any) -> None:
    e = _first(pipeline, "Militants attacked the Kenyan army base at Manda Bay on Sunday.")
    assert e["actor2"]["sector"] == "MIL"
