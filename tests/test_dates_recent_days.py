"""Recent days named from the article's date (stages/dates.py, stages/timex_refs.py): "this past
weekend", "this past week", "a week ago Sunday", "two weeks ago today"; and a day after the
article's date that another sentence of the paragraph names ("details will be released Friday"),
which does not date an event told as done (stages/when.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.stages.dates import find_timexes
from tests.conftest import dated

WEDNESDAY = date(2021, 6, 16)
SUNDAY = date(2021, 6, 20)


def only(text: str, anchor: date) -> tuple[str, date | None, str | None]:
    (t,) = find_timexes(text, anchor)
    return t.text, t.value, t.precision


@pytest.mark.parametrize(
    ("text", "anchor", "found"),
    [
        ("Two shops were looted this past weekend.", WEDNESDAY, ("this past weekend", date(2021, 6, 12), "weekend")),
        ("Two shops were looted this past weekend.", SUNDAY, ("this past weekend", date(2021, 6, 19), "weekend")),
        ("Prices rose this past week.", WEDNESDAY, ("this past week", date(2021, 6, 10), "week")),
        ("Prices rose this past week.", SUNDAY, ("this past week", date(2021, 6, 14), "week")),
        ("The mill burned down a week ago Sunday.", WEDNESDAY, ("a week ago Sunday", date(2021, 6, 6), "day")),
        ("The mill burned down a week ago Sunday.", SUNDAY, ("a week ago Sunday", date(2021, 6, 13), "day")),
        ("The bridge closed two weeks ago Friday.", WEDNESDAY, ("two weeks ago Friday", date(2021, 5, 28), "day")),
        ("The bridge closed two weeks ago today.", WEDNESDAY, ("two weeks ago today", date(2021, 6, 2), "day")),
        ("The bridge closed a week ago yesterday.", WEDNESDAY, ("a week ago yesterday", date(2021, 6, 8), "day")),
    ],
)
def test_recent_days(text: str, anchor: date, found: tuple[str, date | None, str | None]) -> None:
    assert only(text, anchor) == found


def test_a_week_ago_alone_stays_a_week() -> None:
    assert only("The mill burned down a week ago.", WEDNESDAY) == ("a week ago", date(2021, 6, 7), "week")


@pytest.mark.slow
def test_a_later_day_in_the_paragraph_does_not_date_a_done_event(pipeline: Any) -> None:
    text = "Police are looking into a stabbing near the harbour. Officers said more details would be given on Friday."
    assert dated(pipeline, text, "stabbing", WEDNESDAY) == ("2021-06-16", "week")


@pytest.mark.slow
def test_an_earlier_day_in_the_paragraph_still_dates_it(pipeline: Any) -> None:
    text = "Police are looking into a stabbing near the harbour. Officers said it happened on Monday."
    assert dated(pipeline, text, "stabbing", WEDNESDAY) == ("2021-06-14", "day")


@pytest.mark.slow
def test_this_past_weekend_dates_an_attack(pipeline: Any) -> None:
    text = "A gunman shot dead two men outside a nightclub this past weekend, police said."
    assert dated(pipeline, text, "shot", WEDNESDAY) == ("2021-06-12", "week")


# a day right after an offset's object is the object's day ("the eve of the vote on Sunday")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Three guards were killed in a raid on the eve of the referendum on Sunday.", "killed", "2021-06-12"),
        ("Rioters burned a bus two days before the match on Saturday, injuring four.", "burned", "2021-06-10"),
        ("Police detained a driver on Tuesday, a day after the crash on Monday.", "detained", "2021-06-15"),
    ],
)
def test_day_after_the_offsets_object_is_its_day(pipeline: Any, text: str, word: str, day: str) -> None:
    assert dated(pipeline, text, word, WEDNESDAY)[0] == day


# a headline dated only from a day its paragraph names takes an earlier day a later mention gives

HEADLINE_THEN_DAY = (
    "Teacher charged in deadly shooting outside a school gym\n\n"
    "A former teacher was charged with murder on Thursday, the county prosecutor said. He is being held "
    "without bail at the county jail and is due in court next month. His lawyer did not return calls "
    "seeking comment. The school district said counselors would be available to students and staff for "
    "the rest of the week.\n\n"
    "Shortly after 9 p.m. on March 3, the suspect shot a school custodian in the parking lot outside the "
    "gym, according to the charging documents.\n"
)
HEADLINE_THEN_FOLLOW_UP = (
    "Cab driver robbed and shot on the north side\n\n"
    "Police are looking for two men who robbed a cab driver on the north side. It happened late on Sunday "
    "near a busy junction, officers said. The driver, 58, was taken to a hospital with a wound to his arm. "
    "Police said the two men fled on foot with the cash box and a phone. Anyone with information was asked "
    "to call detectives.\n\n"
    "The driver who was shot drove his cab back to the depot on Tuesday, where a camera on the dashboard "
    "was examined.\n"
)


@pytest.mark.slow
def test_headline_takes_the_earlier_day_told_later(pipeline: Any) -> None:
    assert dated(pipeline, HEADLINE_THEN_DAY, "shoot", date(2021, 3, 12)) == ("2021-03-03", "day")


@pytest.mark.slow
def test_headline_keeps_its_paragraph_day_over_a_later_follow_up(pipeline: Any) -> None:
    assert dated(pipeline, HEADLINE_THEN_FOLLOW_UP, "shot", date(2021, 3, 12)) == ("2021-03-07", "day")


# "weekend" before a noun, and "over the weekend" ahead of a future cue


@pytest.mark.parametrize(
    ("text", "anchor", "found"),
    [
        ("The weekend raid on a depot left two guards dead.", WEDNESDAY, ("The weekend", date(2021, 6, 12), "weekend")),
        ("Police questioned a teen after a weekend stabbing.", WEDNESDAY, ("a weekend", date(2021, 6, 12), "weekend")),
        ("Teen held after weekend stabbing", WEDNESDAY, ("weekend", date(2021, 6, 12), "weekend")),
        ("Repairs will go on over the weekend.", WEDNESDAY, ("over the weekend", date(2021, 6, 19), "weekend")),
        ("Repairs went on over the weekend.", WEDNESDAY, ("over the weekend", date(2021, 6, 12), "weekend")),
    ],
)
def test_weekend_words(text: str, anchor: date, found: tuple[str, date | None, str | None]) -> None:
    assert only(text, anchor) == found


def test_a_weekend_of_is_no_date() -> None:
    assert find_timexes("It was a weekend of heavy rain.", WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a weekend bazaar in Kano on Monday.",
        "The governor imposed a weekend lockdown on the city.",
        "Farmers will hold a weekend protest in the square.",
    ],
)
def test_a_weekend_noun_recurs(text: str) -> None:
    assert all(t.precision != "weekend" for t in find_timexes(text, WEDNESDAY))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The dam was built a decade ago.", ("a decade ago", date(2011, 1, 1), "year")),
        ("The dam was built two decades ago.", ("two decades ago", date(2001, 1, 1), "year")),
    ],
)
def test_decades_ago(text: str, found: tuple[str, date | None, str | None]) -> None:
    assert only(text, WEDNESDAY) == found


@pytest.mark.parametrize(
    ("text", "anchor", "found"),
    [
        ("Thefts doubled this past year.", date(2023, 11, 20), ("this past year", date(2023, 1, 1), "year")),
        ("Thefts doubled this past year.", date(2023, 2, 20), ("this past year", date(2022, 1, 1), "year")),
        ("Fuel prices rose this past month.", date(2023, 11, 20), ("this past month", date(2023, 11, 1), "month")),
        ("Fuel prices rose this past month.", date(2023, 11, 3), ("this past month", date(2023, 10, 1), "month")),
    ],
)
def test_this_past_year_or_month_is_the_last_twelve_months_or_thirty_days(
    text: str, anchor: date, found: tuple[str, date | None, str | None]
) -> None:
    assert only(text, anchor) == found
