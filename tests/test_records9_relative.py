"""A dated killing told in a relative clause beside an arrest is an event of its own; a killing
told there with no day of its own is background and gives no event."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def _events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    evs = pipeline.extract_article(Article(id="t", text=text, published=date(2021, 6, 10)))
    return [e.to_dict() for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "The bandits who killed four traders near Gusau on Tuesday were arrested by police on Saturday.",
        "THE BANDITS WHO KILLED FOUR TRADERS NEAR GUSAU ON TUESDAY WERE ARRESTED BY POLICE ON SATURDAY.",
        "Police on Wednesday arrested two men who killed a shopkeeper in Kano yesterday.",
    ],
)
def test_dated_killing_in_relative_clause_keeps_its_record(pipeline: Any, text: str) -> None:
    found = _events(pipeline, text)
    assert any(e["event_type"] == "Arrests" or e["sub_event_type"] == "Arrests" for e in found)
    assert any(e["fatalities"] for e in found)


def test_background_killing_in_relative_clause_is_dropped(pipeline: Any) -> None:
    found = _events(pipeline, "Police on Wednesday arrested two men who killed a shopkeeper in Kano in 2017.")
    assert found and not any(e["fatalities"] for e in found)
