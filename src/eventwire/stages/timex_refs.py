"""References: dates the text gives relative to another date: the article's, an event's, or one it named.

Found by ``dates.find_timexes``:

- counted from the article's date (the anchor): "today", "tonight", "yesterday", "last night",
  "tomorrow", "two days ago" (a day), "three weeks ago" and "a week or so ago" (its week's Monday),
  "a week ago Sunday" (the latest Sunday, a week back), "two weeks ago today" (a day),
  "two months ago" (its month), "five years ago" and "a decade ago" (its year);
- relative to the event they follow: "the day before", "the previous day", "a day earlier", "the
  eve" (and "the day after", "the next day", "the following morning", "two days later", "a week
  later"), or on its day: "within hours", "hours later", "minutes after", "shortly before", "soon
  afterwards" (offset 0; "48 hours later" is two days). ``relative_to_event`` holds the offset in
  days (apply it with ``resolve_relative``, as the event stage does). Where the latest date the
  text names before it is a day, ``value`` is that day moved by the offset ("On 3 May ... the next
  day" is 4 May), except for words that usually take an object ("the day before the vote", "the
  eve of"): their value stays None;
- anaphoric: "the previous Friday" (the Friday before the day the text named last, else before
  the anchor; "the following Monday" the Monday after it, else no value), "that
  year", "later that year", "earlier that month", "that same day", "that quarter", "the following
  year", "the previous month", "two years later", "later in the day". Each takes the latest
  earlier date of the text when it is as fine as its unit or finer ("that year" after "June
  1998" is 1998; "that day" after "last October" has no value), cut to the unit and moved by the
  shift ("the following month" after "March 1989" is April 1989). Without such a date "that
  year" has no value, and "the previous year" is the year before the anchor's. Day references
  ("that day", "later that night") are also relative to the event they follow, with offset 0;
- vague, with no value, only a precision saying the side of the anchor: "present" ("now",
  "currently", "current"), "past" ("in the past", "previously", "recently", "in recent days",
  "recent"), "future" ("in the coming weeks", "soon", "the near future", "at a later date").

"The next year" or "the next month" (usually "over the next year", a span ahead of the article's
date) are not references.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from eventwire.records import Timex
from eventwire.stages.article_date import WEEKDAYS

Norm = tuple[date | None, str | None, int | None]  # value, precision, offset relative to the event
Handler = Callable[[re.Match[str], date | None], Norm]

SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
NUM = r"(?P<n>\d{1,3}|" + "|".join(SMALL_NUMBERS) + ")"
_I = "(?i:{})".format

SAME_DAY = re.compile(_I(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)\b"))
DAY_WORDS = re.compile(_I(r"\b(?:(?P<m2>the day before yesterday)|yesterday|last night|(?P<p1>tomorrow))\b"))
AGO = re.compile(_I(rf"\b{NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+(?:or\s+so\s+)?ago\b"))
AGO_DAY = re.compile(_I(rf"\b{NUM}\s+weeks?\s+ago\s+(?P<wd>{'|'.join(WEEKDAYS)}|today|yesterday)\b"))
EVENT_OFFSET = re.compile(
    _I(
        r"\b(?:(?P<back>the day before|the night before|the previous (?:day|night|evening|morning)|"
        r"the eve)|(?P<fwd>the day after|the next (?:day|morning)|the following (?:day|morning)))\b"
    )
)
_FEW = r"(?:a|an|one|half an|a few|several|some|a couple of|\d{1,3}|" + "|".join(SMALL_NUMBERS) + ")"
SOON = re.compile(
    _I(
        rf"\b(?:within\s+(?:(?:{_FEW})\s+)?(?P<u1>hours?|minutes?)|within\s+the\s+hour|"
        rf"(?:(?P<n>{_FEW})\s+)?(?P<u2>hours?|minutes?|moments)\s+(?:later|after(?:wards)?|earlier|before)|"
        r"(?:shortly|soon)\s+(?:after(?:wards)?|before|thereafter))\b"
        r"(?!\s+(?:\d|midnight|noon|dawn|dusk|daybreak|nightfall|sunrise|sunset))"
    )
)  # on the day of the event it follows ("within hours", "hours after the truce"), not a clock time
DURING = re.compile(_I(rf"\bfor\s+(?:{_FEW}\s+)?$"))
EVENT_N = re.compile(_I(rf"\b{NUM}\s+(?P<unit>day|night|week)s?\s+(?P<dir>earlier|before|later|after|afterwards)\b"))
_DAY_UNITS = "day|night|morning|afternoon|evening"
ANAPHOR = re.compile(
    _I(
        r"\b(?:(?P<within>(?:earlier|later)\s+(?:(?:in|on)\s+)?)?(?:that|the)\s+same\s+|"
        r"(?P<within2>(?:earlier|later)\s+(?:(?:in|on)\s+)?)?that\s+|"
        r"the\s+(?:(?P<fwd>following)|(?P<back>previous|preceding|prior))\s+|"
        rf"(?:earlier|later)\s+in\s+the\s+(?=(?:{_DAY_UNITS})\b))"
        rf"(?P<unit>{_DAY_UNITS}|week|month|quarter|year)(?![\w-])(?!\s+(?:before|after|earlier|later)\b)"
    )
)  # "that year", "later that month", "the same day", "the following year", "the previous month"
REFERENCE = re.compile(
    _I(
        r"\b(?:(?P<present>(?:right\s+)?now|currently|at present|nowadays|these days|current(?=\s+[a-z]))|"
        r"(?P<past>(?:in\s+)?the past|previously|formerly|(?:several|a few|some|many) years ago|(?:more\s+)?recently|"
        r"(?:in\s+)?recent (?:days|weeks|months|years)(?: and (?:weeks|months|years))?|recent(?=\s+[a-z])|"
        r"(?:in\s+)?(?:the\s+)?(?:past|last|previous) (?:few|several) (?:days|weeks|months|years)|past years)|"
        r"(?P<future>(?:in\s+)?the (?:near\s+)?future|(?:the\s+)?coming (?:days|weeks|months|quarters|years)|"
        r"the years ahead|(?:at\s+)?a\s+later\s+date|"
        r"(?:(?<=\bwill )|(?<=\bcould )|(?<=\bmay )|(?<=\bmight ))one day(?!\s+(?:after|before|later|ago|of)\b)|"
        r"as soon as possible|(?<!as )soon(?!\s+as\b)|(?:in\s+)?the (?:near|short) term|future(?=\s+[a-z])))\b"
    )
)
LATER = re.compile(_I(rf"\b{NUM}\s+(?P<unit>month|year)s?\s+(?:later|afterwards)\b"))  # "two years later"
SHIFTED_WEEKDAY = re.compile(_I(rf"(?P<dir>previous|preceding|following)\s+(?P<wd>{'|'.join(WEEKDAYS)})"))
TAKES_OBJECT = re.compile(r"(?i:before|after|eve)$")  # "the day before the vote" counts from the vote
UNIT_RANK = {"day": 0, "weekend": 1, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 3, "year": 4}
UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def number(text: str) -> int:
    return int(text) if text.isdigit() else SMALL_NUMBERS[text.lower()]


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def months_back(day: date, n: int) -> date:
    """The first day of the month ``n`` months before ``day``'s (after it when ``n`` is negative)."""
    index = day.year * 12 + day.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def vague(m: re.Match[str], anchor: date | None) -> Norm:
    """Vague references ("now", "in the past", "in the future"): no date, only a side of the anchor."""
    which = next(k for k in ("present", "past", "future") if m.group(k))
    return None, which, None


def offset_from_anchor(days: int) -> Handler:
    def handler(m: re.Match[str], anchor: date | None) -> Norm:
        return (anchor + timedelta(days=days) if anchor else None), "day", None

    return handler


def day_words(m: re.Match[str], anchor: date | None) -> Norm:
    days = -2 if m.group("m2") else 1 if m.group("p1") else -1
    return offset_from_anchor(days)(m, anchor)


def ago(m: re.Match[str], anchor: date | None) -> Norm:
    n, unit = number(m.group("n")), m.group("unit").lower()
    if anchor is None:
        return None, "year" if unit == "decade" else unit, None
    if unit == "day":
        return anchor - timedelta(days=n), "day", None
    if unit == "week":
        return monday(anchor - timedelta(weeks=n)), "week", None
    if unit == "month":
        return months_back(anchor, n), "month", None
    return date(anchor.year - n * (10 if unit == "decade" else 1), 1, 1), "year", None


def ago_day(m: re.Match[str], anchor: date | None) -> Norm:
    """ "A week ago Sunday": the latest Sunday (the anchor's day if it is one), that many weeks
    before; "two weeks ago today", "a week ago yesterday": that day so many weeks back."""
    if anchor is None:
        return None, "day", None
    word = m.group("wd").lower()
    if word in ("today", "yesterday"):
        day = anchor - timedelta(days=1 if word == "yesterday" else 0)
    else:
        day = anchor - timedelta(days=(anchor.weekday() - WEEKDAYS.index(word)) % 7)
    return day - timedelta(weeks=number(m.group("n"))), "day", None


def event_offset(m: re.Match[str], anchor: date | None) -> Norm:
    return None, "day", -1 if m.group("back") else 1


def event_n(m: re.Match[str], anchor: date | None) -> Norm:
    unit = m.group("unit").lower()
    days = number(m.group("n")) * (7 if unit == "week" else 1)
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    return None, "week" if unit == "week" else "day", sign * days


def soon(m: re.Match[str], anchor: date | None) -> Norm:
    """Within hours of the event it follows: its day; a count of hours gives whole days ("48 hours later").
    Hours spent ("talked for hours before agreeing") are no date."""
    if DURING.search(m.string, 0, m.start()):
        return None, None, None
    n, unit = m.group("n"), (m.group("u1") or m.group("u2") or "").lower()
    hours = number(n) if n and unit.startswith("hour") and (n.isdigit() or n.lower() in SMALL_NUMBERS) else 0
    sign = -1 if re.search(r"(?i)(?:earlier|before)$", m.group()) else 1
    return None, "day", sign * (hours // 24)


def _unit_and_shift(m: re.Match[str]) -> tuple[str, int]:
    """The unit an anaphor speaks of ("night" is a day) and how many of them it moves."""
    unit = m.group("unit").lower()
    unit = "day" if unit in _DAY_UNITS.split("|") else unit
    if "n" in m.re.groupindex:  # "two years later"
        return unit, number(m.group("n"))
    return unit, 1 if m.group("fwd") else -1 if m.group("back") else 0


def anaphor(m: re.Match[str], anchor: date | None) -> Norm:
    """Before the text's own dates are known: a day is relative to the event it follows; "the
    previous year" (or month, week) the one before the anchor's; the others wait for ``resolve_anaphors``."""
    unit, shift = _unit_and_shift(m)
    if unit == "day":
        return None, "day", shift
    if shift == -1 and anchor is not None and unit != "quarter":
        return _moved(anchor, unit, -1), unit, None
    return None, unit, None


def _cut(day: date, unit: str) -> date:
    """The first day of the ``unit`` that holds ``day``."""
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    months = UNIT_MONTHS[unit]
    return date(day.year, (day.month - 1) // months * months + 1 if months < 12 else 1, 1)


def _moved(day: date, unit: str, n: int) -> date:
    """The first day of the ``unit`` ``n`` units after the one that holds ``day``."""
    start = _cut(day, unit)
    if unit in ("day", "week"):
        return start + timedelta(days=n * (7 if unit == "week" else 1))
    return months_back(start, -n * UNIT_MONTHS[unit])


def resolve_anaphors(timexes: list[Timex]) -> list[Timex]:
    """Each reference valued from the latest earlier timex fine enough for its unit (the list in
    text order; a resolved reference can serve the next one: "that year ... the following year")."""
    out: list[Timex] = []
    for t in timexes:
        out.append(_resolved(t, out))
    return out


def join_offsets(text: str, timexes: list[Timex]) -> list[Timex]:
    """A day counted from the date that follows it ("the day before last Tuesday", "two days after
    Christmas"): one timex, that date moved by the offset (the list in text order)."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.relative_to_event is not None
            and TAKES_OBJECT.search(prev.text)
            and t.value is not None
            and t.precision == "day"
            and t.relative_to_event is None
            and text[prev.end : t.start] == " "
        ):
            value = t.value + timedelta(days=prev.relative_to_event)
            out[-1] = Timex(prev.start, t.end, text[prev.start : t.end], value, "day", None)
        else:
            out.append(t)
    return out


def _resolved(t: Timex, before: list[Timex]) -> Timex:
    if t.relative_to_event is not None:  # "the next day": the day named before it, moved
        day = None if TAKES_OBJECT.search(t.text) else _antecedent(before, "day")
        return replace(t, value=day + timedelta(days=t.relative_to_event)) if day else t
    if (w := SHIFTED_WEEKDAY.fullmatch(t.text)) is not None:  # "the previous Friday": before the day named
        return _shifted_weekday(t, w, _antecedent(before, "day"))
    m = ANAPHOR.fullmatch(t.text) or LATER.fullmatch(t.text)
    if m is None:
        return t
    unit, shift = _unit_and_shift(m)
    start = _antecedent(before, unit)
    return replace(t, value=_moved(start, unit, shift), precision=unit) if start else t


def _shifted_weekday(t: Timex, w: re.Match[str], day: date | None) -> Timex:
    """A weekday counted from the day the text named last: "the previous Friday" is the Friday
    before it, "the following Monday" the Monday after it. Without such a day, "the previous
    Friday" is the latest Friday before the anchor (``t`` as found), and "the following Monday",
    after some day the text does not name, has no value (not the anchor's next Monday: "troops moved
    in the following Monday" is past)."""
    if day is None:
        return replace(t, value=None) if w.group("dir").lower() == "following" else t
    wanted = WEEKDAYS.index(w.group("wd").lower())
    if w.group("dir").lower() == "following":
        return replace(t, value=day + timedelta(days=(wanted - day.weekday()) % 7 or 7))
    return replace(t, value=day - timedelta(days=(day.weekday() - wanted) % 7 or 7))


def _antecedent(before: list[Timex], unit: str) -> date | None:
    """The value of the latest dated timex in ``before`` when it is at ``unit`` or finer; None when
    it is coarser ("that day" after "last October" has no value, even if a day was named before)."""
    dated = [t for t in before if t.value is not None and t.precision in UNIT_RANK]
    if not dated or UNIT_RANK[dated[-1].precision or ""] > UNIT_RANK[unit]:
        return None
    return dated[-1].value


def resolve_relative(t: Timex, event_date: date) -> date:
    """The day ``t`` means when it follows an event dated ``event_date`` ("the day before" is
    ``event_date`` minus one); a timex not relative to an event gives its own value, or
    ``event_date`` when it has none."""
    if t.relative_to_event is not None:
        return event_date + timedelta(days=t.relative_to_event)
    return t.value or event_date
