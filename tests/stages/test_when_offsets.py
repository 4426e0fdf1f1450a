"""Dates counted from another event (stages/when_offsets.py, stages/when.py): "X on Monday, a day
after Y" puts Y a day before Monday; "Monday last week"; "within hours" of an event is its day;
a statement is not dated by a date in what it speaks of."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.conftest import by_trigger

from eventwire.records import Article
from eventwire.stages.dates import find_timexes

TUESDAY = date(2014, 8, 26)


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=TUESDAY))]


def dated(pipeline: Any, text: str, word: str) -> tuple[str, str]:
    ev = by_trigger(events(pipeline, text), word)
    return ev["event_date"], ev["date_precision"]


# the event an offset counts from lies before the day of the event the offset hangs on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Soldiers detained 14 suspects in Gao on Thursday, a day after militants ambushed a convoy.",
            "ambush",
            "2014-08-20",
        ),
        (
            "The governor imposed a curfew on Saturday, three days after rioters burned the market.",
            "burn",
            "2014-08-20",
        ),
        ("Police dispersed the crowd on Sunday, a week after protesters blocked the highway.", "block", "2014-08-17"),
        ("Rebels shelled the town on Monday, hours after the army bombed a rebel base.", "bomb", "2014-08-25"),
        ("Troops arrested 30 men on Sunday, the day before rebels stormed the barracks.", "storm", "2014-08-25"),
    ],
)
def test_the_event_an_offset_counts_from(pipeline: Any, text: str, word: str, day: str) -> None:
    assert dated(pipeline, text, word) == (day, "day")


@pytest.mark.slow
def test_the_host_keeps_its_own_day(pipeline: Any) -> None:
    text = "Soldiers detained 14 suspects in Gao on Thursday, a day after militants ambushed a convoy."
    assert dated(pipeline, text, "detain") == ("2014-08-21", "day")


@pytest.mark.slow
def test_a_host_without_a_day_counts_on_from_the_day_of_its_object(pipeline: Any) -> None:
    text = "Police arrested 12 men in Kano two days after gunmen bombed a church on Friday."
    evs = events(pipeline, text)
    assert (by_trigger(evs, "bomb")["event_date"], by_trigger(evs, "arrest")["event_date"]) == (
        "2014-08-22",
        "2014-08-24",
    )


@pytest.mark.slow
def test_an_object_without_a_day_for_its_host_keeps_the_week(pipeline: Any) -> None:
    text = "Police arrested 12 men in Kano, two days after gunmen bombed a church."
    assert dated(pipeline, text, "bomb") == ("2014-08-26", "week")


# "the previous day" after a day named in its own sentence


@pytest.mark.slow
def test_the_previous_day_counts_from_the_day_named_before_it(pipeline: Any) -> None:
    text = "The army said on Thursday that rebels had ambushed a patrol near Kidal the previous day."
    assert dated(pipeline, text, "ambush") == ("2014-08-20", "day")


@pytest.mark.slow
def test_the_day_named_in_the_sentence_beats_an_earlier_event(pipeline: Any) -> None:
    text = (
        "Gunmen attacked a bus in Kano on Monday.\n\n"
        "Police said on Saturday that rioters had looted a market in Zaria the previous day."
    )
    assert dated(pipeline, text, "loot") == ("2014-08-22", "day")


# a weekday of a named week; "within hours" is the day of the event it follows


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Gunmen attacked a checkpoint on Monday last week.", "Monday last week", date(2014, 8, 18)),
        ("The talks opened on Tuesday of last week.", "Tuesday of last week", date(2014, 8, 19)),
        ("The vote is on Wednesday this week.", "Wednesday this week", date(2014, 8, 27)),
        ("Talks resume on Friday next week.", "Friday next week", date(2014, 9, 5)),
    ],
)
def test_a_weekday_of_a_named_week(text: str, span: str, value: date) -> None:
    assert [(t.text, t.value, t.precision) for t in find_timexes(text, TUESDAY)] == [(span, value, "day")]


@pytest.mark.parametrize(
    ("text", "span", "offset"),
    [
        ("Militias attacked the port within hours.", "within hours", 0),
        ("Police arrived an hour later.", "an hour later", 0),
        ("The army struck back 48 hours later.", "48 hours later", 2),
        ("Residents fled minutes before the blast.", "minutes before", 0),
        ("The truce collapsed shortly afterwards.", "shortly afterwards", 0),
    ],
)
def test_hours_after_an_event_are_its_day(text: str, span: str, offset: int) -> None:
    assert [(t.text, t.value, t.relative_to_event) for t in find_timexes(text, TUESDAY)] == [(span, None, offset)]


@pytest.mark.parametrize(
    "text", ["The envoys talked for hours before signing.", "Gunmen opened fire shortly after midnight."]
)
def test_hours_spent_or_a_clock_time_are_no_offset(text: str) -> None:
    assert [t for t in find_timexes(text, TUESDAY) if t.relative_to_event is not None] == []


@pytest.mark.slow
def test_within_hours_of_an_event_of_last_week(pipeline: Any) -> None:
    text = "The two militias signed a truce on Monday last week, but gunmen shelled the port within hours."
    evs = events(pipeline, text)
    shelling = by_trigger(evs, "shell")
    assert (shelling["event_date"], shelling["date_precision"]) == ("2014-08-18", "day")


# a statement is dated by its own words or the article, not by what it speaks of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Human Rights Watch accused soldiers of torturing 12 detainees in Gao last month.", "accuse"),
        ("The minister condemned the militia, which carried out the 2019 bombing of a church in Kano.", "condemn"),
    ],
)
def test_a_statement_is_not_dated_by_what_it_speaks_of(pipeline: Any, text: str, word: str) -> None:
    assert dated(pipeline, text, word) == ("2014-08-26", "week")


@pytest.mark.slow
def test_a_statement_keeps_its_own_day(pipeline: Any) -> None:
    text = "Human Rights Watch on Monday accused soldiers of torturing 12 detainees in Gao last month."
    assert dated(pipeline, text, "accuse") == ("2014-08-25", "day")


# an event told after "after" hangs on a later act (an arrest): the act's day is not its day


@pytest.mark.slow
def test_an_arrest_after_a_shooting_does_not_date_the_shooting(pipeline: Any) -> None:
    text = "Two brothers were arrested Saturday after a shooting at a nightclub in Kano killed three people."
    evs = events(pipeline, text)
    assert (by_trigger(evs, "arrest")["event_date"], by_trigger(evs, "arrest")["date_precision"]) == (
        "2014-08-23",
        "day",
    )
    assert dated(pipeline, text, "shooting") == ("2014-08-26", "week")


@pytest.mark.slow
def test_an_act_of_the_same_incident_keeps_the_day(pipeline: Any) -> None:
    text = "Police fired tear gas in Nairobi on Saturday after protesters threw stones at a police station."
    assert dated(pipeline, text, "threw") == ("2014-08-23", "day")


@pytest.mark.slow
def test_a_headline_takes_the_day_of_the_lead_mention_not_the_paragraph_day(pipeline: Any) -> None:
    text = (
        "Man shot dead in Kano\n\nPolice found two bodies near Kano on Sunday, a day after gunmen shot dead a trader."
    )
    shot = [(e["event_date"], e["date_precision"]) for e in events(pipeline, text) if "shot dead" in e["trigger"]]
    assert shot and set(shot) == {("2014-08-23", "day")}
