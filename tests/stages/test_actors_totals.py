"""A running total of a war is not the toll of the event told before it (stages/tolls.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def tolls(pipeline: Any, text: str) -> list[int | None]:
    article = Article(id="t", text=text, published=date(2022, 3, 9))
    return [e.to_dict()["fatalities"] for e in pipeline.extract_article(article)]


@pytest.mark.parametrize(
    "total",
    [
        "More than 900 people have been killed since the conflict erupted in January, the UN said.",
        "At least 400 civilians have been killed so far, according to aid groups.",
        "Some 2,000 people have been killed since January, the ministry said.",
    ],
)
def test_running_total_is_no_events_toll(pipeline: Any, total: str) -> None:
    text = f"An air strike hit a market in Kharkiv on Tuesday, witnesses said.\n\n{total}\n"
    assert tolls(pipeline, text) == [None]


def test_later_toll_of_the_attack_still_counts(pipeline: Any) -> None:
    text = "An air strike hit a market in Kharkiv on Tuesday, witnesses said.\n\n"
    text += "Five people were killed, officials said.\n"
    assert tolls(pipeline, text) == [5]
