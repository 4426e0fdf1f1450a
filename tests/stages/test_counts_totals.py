"""One rule for running totals (stages/totals.py): the perfect, with "so far" / "to date" over a
period or a war, or "since" a war or a time before the event; never "since" the event's own day,
"since the attack" or "so far" alone."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.casualties import find_counts
from eventwire.stages.totals import total_reason

FRIDAY = date(2023, 6, 9)


@pytest.mark.parametrize(
    "clause",
    [
        "Over 600 soldiers have been killed since the uprising began.",
        "Some 90 people have died since the start of the war.",
        "About 1,500 civilians have been killed since 2014.",
        "Nearly 70 people have been wounded since February.",
        "Forty journalists have been killed so far this year.",
        "Some 12,000 fighters have died to date in the insurgency.",
        "Since the deadly May 2014 shooting at the mall, some 300 teenagers have been killed by guns.",
    ],
)
def test_totals(clause: str) -> None:
    assert total_reason(clause, FRIDAY)
    assert total_reason(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Eleven people have been killed so far, a doctor said.",
        "The toll has climbed to 19 since Friday.",
        "The number of dead has risen to 19 since the bombing.",
        "Nineteen people were killed since the 2014 election.",  # not the perfect
        "It has been the worst attack since 2014, killing 19.",  # the time of a ranking
    ],
)
def test_not_totals(clause: str) -> None:
    assert not total_reason(clause, FRIDAY)


def test_a_day_alone_is_the_events_own_when_the_event_is_undated() -> None:
    assert not total_reason("The toll has risen to 30 since the raid on Monday.")


def test_a_day_before_the_event_is_a_total_only_when_the_event_is_dated() -> None:
    clause = "Twenty people have been killed since June 2."
    assert total_reason(clause, FRIDAY)
    assert not total_reason("Twenty people have been killed since June 9.", FRIDAY)


def test_figures_of_a_total_are_dropped_others_kept() -> None:
    text = "The insurgency has killed 3,000 people since 2012, and on Friday a bomb killed seven soldiers."
    assert [(c.kind, c.value) for c in find_counts(text)] == [("killed", 7)]
    assert [(c.kind, c.value) for c in find_counts("Nine people have been killed so far.")] == [("killed", 9)]


@pytest.mark.slow
def test_a_noun_trigger_of_a_running_total_is_no_event(pipeline: Any) -> None:
    text = (
        "Clashes between the army and militants have killed more than 900 people since April, "
        "and on Thursday a roadside bomb killed six soldiers in Kandahar.\n"
    )
    found = pipeline.extract_article(Article(id="t", text=text, published=FRIDAY))
    assert [e.to_dict()["fatalities"] for e in found] == [6]


@pytest.mark.slow
def test_a_verb_trigger_told_once_stays(pipeline: Any) -> None:
    text = "A roadside bomb killed six soldiers in Kandahar on Thursday.\n"
    found = pipeline.extract_article(Article(id="t", text=text, published=FRIDAY))
    assert [e.to_dict()["fatalities"] for e in found] == [6]


def test_a_total_since_a_day_before_the_event_told_before_is_no_toll(pipeline: Any) -> None:
    """events.py passes the date of the event told before to the running-total rule: "since
    Saturday" after Monday's bombing counts more than that bombing."""
    text = (
        "A car bomb exploded at a market in Baghdad on Monday, killing 12 people, police said.\n\n"
        "At least 30 people have been killed in the city since Saturday, a ministry spokesman said."
    )
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2016, 5, 4)))
    assert 12 in [e.fatalities for e in found] and 30 not in [e.fatalities for e in found]
