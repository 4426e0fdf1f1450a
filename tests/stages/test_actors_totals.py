"""A running total of a war is not the toll of the event told before it; a toll updated "so far"
or "since" the event's own day is (stages/totals.py, stages/tolls.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow

ATTACK = "An air strike hit a market in Kharkiv on Tuesday, witnesses said.\n\n"


def tolls(pipeline: Any, text: str) -> list[int | None]:
    article = Article(id="t", text=text, published=date(2022, 3, 9))
    return [e.to_dict()["fatalities"] for e in pipeline.extract_article(article)]


@pytest.mark.parametrize(
    "total",
    [
        "More than 900 people have been killed since the conflict erupted in January, the UN said.",
        "At least 400 civilians have been killed so far this year, according to aid groups.",
        "Some 2,000 people have been killed since January, the ministry said.",
        "Around 3,000 people have died so far in the war, the ministry said.",
    ],
)
def test_running_total_is_no_events_toll(pipeline: Any, total: str) -> None:
    assert tolls(pipeline, ATTACK + total + "\n") == [None]


@pytest.mark.parametrize(
    "update",
    [
        "At least 21 people have been killed so far, a hospital official said.",
        "The death toll has risen to 21 since Tuesday, a hospital official said.",
        "The death toll has risen to 21 since the attack, medics said.",
    ],
)
def test_an_update_after_the_attack_is_its_toll(pipeline: Any, update: str) -> None:
    assert tolls(pipeline, ATTACK + update + "\n") == [21]


def test_later_toll_of_the_attack_still_counts(pipeline: Any) -> None:
    assert tolls(pipeline, ATTACK + "Five people were killed, officials said.\n") == [5]
