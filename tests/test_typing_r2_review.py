"""Reviewer's regressions of the typing rules: a hold-up needs a robbery, explosives left behind
by people who fled are no bombing, and an earlier event told with its own day ("the Wednesday
bombing") is news of its own, not a bare time reference (data/triggers.tsv: hold up, leave
explosive; stages/time_anchors.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8))))


def triggers(pipeline: Any, text: str) -> list[str]:
    return [e.trigger or "" for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels held up a column of aid lorries near Gondar for two days this week, drivers said.",
        "About 30 fuel lorries were held up at a roadblock manned by rebels on Monday.",
    ],
)
def test_a_convoy_held_up_is_no_robbery(pipeline: Any, text: str) -> None:
    assert not any("held up" in t for t in triggers(pipeline, text))


def test_an_armed_hold_up_with_a_robbery_is_an_attack(pipeline: Any) -> None:
    text = "Bandits held up a bus near Kaduna on Monday and robbed the passengers."
    assert "held up" in triggers(pipeline, text)


def test_explosives_left_behind_are_no_bombing(pipeline: Any) -> None:
    text = "Police raided a flat in Lahore on Monday, but the gang had fled, leaving explosives behind, police said."
    assert not any("leaving" in t for t in triggers(pipeline, text))


def test_an_earlier_event_with_its_own_day_is_kept(pipeline: Any) -> None:
    with_day = "Troops shot dead two suspects in Lahore on Friday, two days after the Wednesday bombing."
    without = "Troops shot dead two suspects in Lahore on Friday, two days after the bombing."
    assert "bombing" in triggers(pipeline, with_day)
    assert "bombing" not in triggers(pipeline, without)
