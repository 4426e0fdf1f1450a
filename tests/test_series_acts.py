"""A wave, a series or a practice of acts is no incident (stages/generic_refs.py, series_of_acts),
unless a figure, a day or a place is given in its phrase (a figure or a place anywhere in its
clause), it is told as done in the simple past (as the subject, or as the object of a verb of
carrying out), or something happened in it. Each beside a near-identical sentence that keeps its
event. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from tests.conftest import extracted, violent_in

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 14)
violent = partial(violent_in, published=PUBLISHED)
extract = partial(extracted, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The governor spoke about the spate of abductions that is spreading across the state.",
        "The militia has gone back to the tactic of kidnapping to raise money.",
        "A string of attacks on police posts has left the region on edge.",
        "Ministers discussed the rise in kidnappings.",
        "She condemned the campaign of killings against journalists.",
        "The commissioner has been discussing an alleged series of rapes.",
    ],
)
def test_a_series_or_a_practice_of_acts_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A spate of abductions hit Kaduna on Monday.",
        "A string of three attacks on police posts left the region on edge on Sunday.",
        "Four soldiers were killed in a spate of bombings.",
        "A string of explosions rocked the port city.",
        "The militia kidnapped two engineers to raise money.",
    ],
)
def test_a_series_told_with_a_day_a_figure_or_as_what_happened_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents have staged a string of ambushes on army convoys.",
        "The report documented a string of ambushes on army convoys.",
    ],
)
def test_a_series_carried_out_over_time_or_only_reported_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents staged a string of ambushes on army convoys.",
        "The army launched a wave of air strikes on rebel bases.",
    ],
)
def test_a_series_carried_out_in_the_simple_past_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Senators have been debating a string of shootings in Memphis this week.", "Memphis"),
        ("The council has been debating the wave of shootings in Memphis since Monday.", "Memphis"),
        ("The commissioner has been discussing an alleged series of rapes on two schoolgirls.", None),
    ],
)
def test_a_place_or_a_figure_in_the_clause_of_the_series_keeps_it(pipeline: Any, text: str, place: str | None) -> None:
    found = violent(pipeline, text)
    assert [e.location.name if e.location else None for e in found] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Senators have been debating a string of shootings on Tuesday.",
        "The minister spoke on Monday about the wave of kidnappings.",
    ],
)
def test_the_day_of_the_talk_about_a_series_does_not_keep_it(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_capitals_no_event(pipeline: Any) -> None:
    assert violent(pipeline, "THE MILITIA HAS GONE BACK TO THE TACTIC OF KIDNAPPING TO RAISE MONEY.") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A SPATE OF ABDUCTIONS HIT KADUNA ON MONDAY.", "abductions"),
        ("THE ARMY LAUNCHED A WAVE OF AIR STRIKES ON REBEL BASES.", "air strikes"),
    ],
)
def test_capitals_event(pipeline: Any, text: str, trigger: str) -> None:
    assert [e.trigger.lower() for e in violent(pipeline, text)] == [trigger]
