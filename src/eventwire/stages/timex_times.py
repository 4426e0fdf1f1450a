"""The time of day a day-precision date carries in its text, written as TimeML writes it.

``dates.find_timexes`` values a day ("Wednesday", "last night", "March 3") at day precision, and
that is what dates an event: records stay at day precision. TimeML keeps what the text adds to
the day, and ``time_of_day`` reads it from the words next to the date's span:

- a part of the day: "Wednesday night", "yesterday afternoon", "on the night of March 3", "last
  night", "tonight", "this morning" (``MO`` morning, ``MI`` midday, ``AF`` afternoon, ``EV``
  evening, ``NI`` night, ``DT`` daytime), written ``2020-03-25TNI``;
- a clock time on the day: "9 a.m. Tuesday", "at 4 a.m. EDT Thursday", "Tuesday at 10:30 p.m.",
  "at noon Monday", written ``2020-03-24T09:00`` (a time zone word is dropped; the day is the one
  the text gives). A clock time is finer than a part of the day and wins over it ("Tuesday night at
  11 p.m." is ``T23:00``).

Only the timex evaluation reads these (``evaluate/timex.py``): a clock time in every value, a part of
the day only for expressions typed TIME (``parts``), as the TBAQ gold writes most of the "Tuesday
night" phrases it types DATE as the plain day. Nothing here reaches an event record.

A part of the day that modifies a noun of its own ("Monday night football", "Sunday morning
services", "Saturday morning cartoons" name a kind of thing, not a time) is left out only where
the noun follows with no break; "Tuesday night's attack" keeps it, as TimeML does. Only the words
touching the date count (at most a comma and "at", "about" between): "on Tuesday, police said late
at night ..." does not move the day's value.
"""

from __future__ import annotations

import re

from eventwire.records import Timex

PARTS = {
    "morning": "MO",
    "midday": "MI",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "daytime": "DT",
}
_PART = r"(?P<part>morning|afternoon|evening|night|midday|daytime)"
_ZONE = r"(?:\(?(?-i:[A-Z][DS]T|GMT|UTC|local(?:\s+time)?)\)?\s*)?"  # "EDT", "GMT", "(local time)"
_CLOCK = (
    r"(?:(?P<h>[01]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    r"|(?P<h24>[01]\d|2[0-3]):(?P<min24>[0-5]\d)(?!\s*[ap]\.?m)\b|(?P<noon>noon|midday))"
)
_ABOUT = r"(?:(?:about|around|approximately|roughly|some|just\s+after|shortly\s+(?:after|before))\s+)?"
# the words right after the date: "Wednesday night", "Tuesday at 10:30 p.m.", "Friday, at about 9 a.m."
AFTER_PART = re.compile(rf"\s+{_PART}\b(?!\s+(?:football|services?|cartoons?|shift|show|programs?|news)\b)", re.I)
AFTER_CLOCK = re.compile(rf",?\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:at\s+){_ABOUT}{_CLOCK}", re.I)
# the words right before it: "on the night of March 3", "at 9 a.m. Tuesday", "at 4 a.m. EDT on Thursday"
BEFORE_PART = re.compile(rf"\b(?:the\s+){_PART}\s+of\s+$", re.I)
BEFORE_CLOCK = re.compile(rf"(?<![\w:.]){_ABOUT}{_CLOCK}\s+{_ZONE}(?:on\s+)?$", re.I)
# a part of the day in the span itself: "last night", "this morning", "tonight"
OWN_PART = re.compile(r"\b(?P<part>morning|afternoon|evening|night|tonight)\b", re.I)
NEAR = 40  # characters looked at on each side of the span


def time_of_day(text: str, t: Timex, parts: bool = True) -> str | None:
    """The TimeML time suffix ("TNI", "T09:00") the text gives the day-precision timex ``t``, or
    None; with ``parts`` False only a clock time ("T09:00"), not a part of the day."""
    if t.precision != "day" or t.value is None or t.relative_to_event is not None:
        return None
    before, after = text[max(0, t.start - NEAR) : t.start], text[t.end : t.end + NEAR]
    clock = AFTER_CLOCK.match(after) or BEFORE_CLOCK.search(before)
    if clock is not None:
        return _clock(clock)
    if not parts:
        return None
    part = OWN_PART.search(text, t.start, t.end) or AFTER_PART.match(after) or BEFORE_PART.search(before)
    return "T" + PARTS[part.group("part").lower()] if part is not None else None


def _clock(m: re.Match[str]) -> str | None:
    if m.group("noon"):
        return "T12:00"
    if m.group("h24"):
        return f"T{int(m.group('h24')):02d}:{m.group('min24')}"
    hour = int(m.group("h"))
    if not 1 <= hour <= 12:
        return None
    pm = m.group("ampm").lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return f"T{hour:02d}:{m.group('min') or '00'}"
