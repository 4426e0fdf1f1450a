"""Figures that are no event's toll (stages/void_figures.py, stages/totals.py): figures a
correction takes back, things shot down, the toll of a war or a campaign, incidents counted over
a period; a toll in a "when" clause after its act; a toll that names the place of an earlier
event (stages/tolls.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.stages.casualties import find_counts
from tests.conftest import records


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A previous version of this article said 14 people had died.",
        "The earlier toll of 25 injured was incorrect.",
        "Police initially and erroneously reported that 40 people were wounded.",
        "The figure of six dead given on Friday was a mistake.",
    ],
)
def test_a_figure_taken_back_is_no_toll(text: str) -> None:
    assert counts(text) == []


def test_the_figure_a_toll_was_revised_from_is_not_kept() -> None:
    assert counts("The ministry corrected its count from 19 dead to 16 dead.") == [("killed", 16)]
    assert counts("Seven people were killed and 20 were wounded on Monday.") == [("killed", 7), ("injured", 20)]


def test_things_shot_down_are_no_casualties() -> None:
    assert counts("The army said 40 missiles were fired, and 31 were shot down over the capital.") == []
    assert counts("Two pilots were shot down and captured.") == [("injured", 2)]  # people, still hit


def test_a_when_clause_after_its_act_tells_its_toll() -> None:
    assert counts("The embassy was bombed in June 2012, when nine guards were killed.") == [("killed", 9)]
    assert counts("Gunmen raided the village in 2018, when 30 people were killed.") == [("killed", 30)]
    assert counts("Tension has been high since 2016, when 30 people were killed.") == []  # counted from


@pytest.mark.parametrize(
    "text",
    [
        "The army took the port in May 2023 in an offensive that killed hundreds of civilians.",
        "The insurgency has killed more than 40,000 people, the ministry said.",
        "Violence erupted between the two clans in March 2022, which has killed at least 600 people.",
    ],
)
def test_the_toll_of_a_war_or_a_campaign_is_no_events(text: str) -> None:
    assert counts(text) == []


def test_a_campaign_on_one_day_keeps_its_toll() -> None:
    text = "Militants began an offensive on the garrison on Tuesday that killed 14 soldiers."
    assert counts(text) == [("killed", 14)]


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    return records(pipeline, text, date(2024, 5, 10))


@pytest.mark.slow
def test_incidents_counted_over_years_and_their_toll_are_no_event(pipeline: Any) -> None:
    text = (
        "The air force has conducted more than 200 airstrikes in the region since 2019. "
        "The airstrikes have killed at least 900 civilians, a monitoring group said."
    )
    assert events(pipeline, text) == []


@pytest.mark.slow
def test_a_correction_does_not_raise_the_toll(pipeline: Any) -> None:
    text = (
        "Gunmen attacked a bus station in Maiduguri on Thursday, killing six people. "
        "An earlier version of this story said 11 people were killed."
    )
    assert [e["fatalities"] for e in events(pipeline, text)] == [6]


@pytest.mark.slow
def test_a_toll_naming_an_earlier_place_goes_to_its_event(pipeline: Any) -> None:
    text = (
        "A missile struck an apartment block in Zaporizhzhia on Thursday morning, killing four people. "
        "Later, a drone hit a petrol station in Kherson, killing one man. "
        "The toll in Zaporizhzhia has risen to seven dead, officials said."
    )
    found = {e["location"]["name"]: e["fatalities"] for e in events(pipeline, text) if e["location"]}
    assert found.get("Zaporizhzhya") == 7  # the city, under its GeoNames name
    assert found.get("Kherson") == 1
