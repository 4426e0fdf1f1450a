"""Holidays by name ("Thanksgiving", "Christmas Eve", "Election Day", "Easter", "Good Friday",
"Easter week", meant as Holy Week): the day or week each falls on in a year, and which year's a mention means (used
by :mod:`eventwire.stages.dates`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from eventwire.stages.timex_refs import Norm, monday
from eventwire.stages.timex_tense import FUTURE_REACH_DAYS, FUTURE_SLACK_DAYS, PAST_BIAS, said_ahead, said_behind


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),  # fourth Thursday of November
    "christmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),  # the Tuesday after the first Monday
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
}


def easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l7 = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * l7) // 451
    month, day = divmod(h + l7 - 7 * n + 114, 31)
    return date(year, month, day + 1)


HOLIDAYS.update(
    {
        "easter": easter,
        "easter sunday": easter,
        "easter monday": lambda y: easter(y) + timedelta(days=1),
        "good friday": lambda y: easter(y) - timedelta(days=2),
        "palm sunday": lambda y: easter(y) - timedelta(days=7),
        # "Easter week" read as Holy Week, the week before Easter (Easter's own ISO week, Monday to
        # Sunday); in British and Irish usage it is the week after Easter, which this does not follow
        "easter week": easter,
        "holy week": easter,
        "christmas week": HOLIDAYS["christmas"],
        "thanksgiving week": HOLIDAYS["thanksgiving"],
    }
)


def holiday(m: re.Match[str], anchor: date | None) -> Norm:
    """A holiday by name: the one nearest the anchor, as for a date without a year ("Christmas" in
    a December 20 story is the coming one, "Easter" in a July story the one gone); the next one
    after a future cue or "next", the latest on or before the anchor after a verb in the past tense,
    "last Thanksgiving" strictly before the anchor, "this Christmas" the anchor's year's. "Easter
    week" (taken as Holy Week, as in US usage; in Britain and Ireland it is the week after Easter)
    and the like are the week holding the day."""
    unit = "week" if m.group("week") else "day"
    if anchor is None:
        return None, unit, None
    name = " ".join(m.group("h").lower().split()).removesuffix(" day")
    day_of = HOLIDAYS.get(name) or HOLIDAYS[name + " day"]
    mod = (m.group("mod") or "").lower()
    days = [day_of(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if unit == "week":  # compared by their Mondays: a week under way is not ahead
        days = [monday(d) for d in days]
    if mod == "next" or (not mod and said_ahead(m)):
        when = min(d for d in days if d > anchor)
    elif mod == "last" or (not mod and said_behind(m)):
        when = max(d for d in days if d < anchor or (d == anchor and mod != "last"))
    elif mod == "this":
        when = days[1]
    else:
        when = nearest(days, anchor)
    return when, unit, None


def nearest(days: list[date], anchor: date) -> date:
    """Of these days, the one nearest the anchor, the past weighing ``PAST_BIAS`` times less, and
    one further ahead than ``FUTURE_REACH_DAYS`` always in the past (as ``in_year_near``)."""
    before = max((d for d in days if d <= anchor + timedelta(days=FUTURE_SLACK_DAYS)), default=None)
    after = min((d for d in days if d > anchor + timedelta(days=FUTURE_SLACK_DAYS)), default=None)
    if before is None or (
        after is not None
        and (after - anchor).days <= FUTURE_REACH_DAYS
        and PAST_BIAS * (after - anchor).days < (anchor - before).days
    ):
        return after  # type: ignore[return-value]
    return before
