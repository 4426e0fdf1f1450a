"""Ranges of dates: "between August 8 and 10", "from March to May 2014" joined into one timex
valued as their start (the pipeline's record), or a range of days in one month split into its two
ends, each valued, as TimeML annotates them (used by :func:`eventwire.stages.dates.find_timexes`)."""

from __future__ import annotations

import re

from eventwire.records import Timex
from eventwire.stages.article_date import DAY, MON, make_date

RANGE_START_AT = re.compile(r"(?i:between|from)\s+")
RANGE_GAP = re.compile(r"^\s*(?:and|to|until|till|through|-|–)\s*$", re.IGNORECASE)
RANGE_START = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)

_TO = r"\s*(?:-|–|and|to|until)\s*"
DAY_RANGES = (  # the two ends of "24 to 25 April", "April 24 and 25" ("between", "from" left out)
    re.compile(rf"(?P<first>[0-3]?\d(?:st|nd|rd|th)?){_TO}(?P<second>{DAY}\s+(?:of\s+)?{MON}.*)$"),
    re.compile(rf"(?P<first>{MON}\s+[0-3]?\d(?:st|nd|rd|th)?){_TO}(?P<second>{DAY}.*)$"),
)


def day_range_ends(t: Timex) -> list[Timex]:
    """A range of days in one month ("April 24 and 25") as its two ends, each valued."""
    lead = RANGE_START_AT.match(t.text)
    at = lead.end() if lead else 0
    m = next((found for r in DAY_RANGES if (found := r.match(t.text, at))), None)
    if m is None or t.value is None or t.precision != "day":
        return [t]
    first, second = m.span("first"), m.span("second")
    last_day = make_date(t.value.year, t.value.month, int(m.group("d")))
    if last_day is None:
        return [t]
    return [
        Timex(t.start + first[0], t.start + first[1], t.text[first[0] : first[1]], t.value, "day"),
        Timex(t.start + second[0], t.start + second[1], t.text[second[0] : second[1]], last_day, "day"),
    ]


def join_spans(text: str, timexes: list[Timex]) -> list[Timex]:
    """A range, "between X and Y" or "from X to Y": one timex from X's start to Y's end, valued as X."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.relative_to_event is None
            and RANGE_GAP.match(text[prev.end : t.start])
            and RANGE_START.search(text[: prev.start])
        ):
            start = RANGE_START.search(text[: prev.start]).start()  # type: ignore[union-attr]
            precision = prev.precision if prev.value is not None else t.precision
            out[-1] = Timex(start, t.end, text[start : t.end], prev.value or t.value, precision)
        else:
            out.append(t)
    return out
