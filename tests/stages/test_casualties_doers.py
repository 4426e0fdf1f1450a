"""A single doer before a figure of victims is no victim ("A gunman killed 3 people" is 3), and
an act only tried kills nobody ("tried to assassinate the candidate"); stages/casualties.py,
stages/when.py. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def fatalities(pipeline: Any, text: str) -> list[int | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    return [e.fatalities for e in found if e.event_type != "Protests"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A gunman killed 4 people at a market in Jos on Monday.", 4),
        ("A suicide bomber killed 9 worshippers in Peshawar on Friday.", 9),
        ("Gunman kills 6 at a wedding in Kaduna", 6),
        ("Man shot dead in Kaduna", 1),
    ],
)
def test_a_single_doer_before_a_figure_is_no_victim(pipeline: Any, text: str, killed: int) -> None:
    assert fatalities(pipeline, text) == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen tried to assassinate the mayor of Jos on Sunday, firing at his car near the market.",
        "Militants attempted to kill the district governor in Kunduz on Monday.",
    ],
)
def test_an_act_only_tried_kills_nobody(pipeline: Any, text: str) -> None:
    assert all(not f for f in fatalities(pipeline, text))


def test_a_killing_done_still_counts_one(pipeline: Any) -> None:
    assert fatalities(pipeline, "Gunmen shot and killed the mayor of Jos on Sunday.") == [1]
