"""Running totals: a figure or a report of violence told as the sum over a war or a period, not
as one event's toll. One rule serves the three places that ask (``triggers.running_total`` for a
trigger, ``tolls.running_total`` for a sentence without an event of its own, and
``casualties`` for a figure of the text):

- the clause is in the perfect ("have been killed", "has killed"), and
- it says the time counted from: "since" a war or its start ("since the conflict erupted",
  "since the start of the war"), or "since" a month, a year or a date earlier than the event
  ("since March", "since 2010"); or "so far" / "to date" over a named period or a war ("so far
  this year", "so far in the war"), or "this year" itself ("have been shot this year alone").

A toll told "since the attack", "since Monday" (the event's own day) or "so far" alone updates
the event told before it: "At least 30 people have been killed so far" after a bombing is that
bombing's toll. The time of a ranking ("the deadliest attack since 2015") tells no total.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from eventwire.stages.dates import find_timexes

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.triggers import Trigger

_FLAGS = re.IGNORECASE
PERFECT = re.compile(
    r"\b(?:have|has|had)\s+(?:(?:not|also|now|so\s+far)\s+)?(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|lain|shot|hurt)\b",
    _FLAGS,
)
CONFLICT_WORDS = frozenset(
    {"conflict", "war", "fighting", "violence", "crisis", "insurgency", "uprising", "unrest", "start", "beginning"}
    | {"outbreak", "offensive", "invasion", "campaign", "revolution", "wars", "conflicts"}
)
SINCE = re.compile(r"\bsince\s+(?P<what>[^,.;]{1,60})", _FLAGS)
SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|in\s+total|altogether)\b|\bthis\s+(?:year|month)\b", _FLAGS)
PERIOD = re.compile(
    r"\b(?:this|the\s+past|the\s+last)\s+(?:year|month|decade)\b|\b(?:19|20)\d\d\b|\bthis\s+year\s+alone\b", _FLAGS
)
RANKED = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|greatest|heaviest|highest|fiercest|most|first|single)\b"
    r"[^,.;]{0,40}$",
    _FLAGS,
)  # the time of a ranking, not of a total: "the deadliest attack since 2015"
PERIOD_PRECISIONS = frozenset({"month", "season", "quarter", "half", "year", "decade", "century"})
WORD = re.compile(r"[a-z]+", _FLAGS)
CLAUSE_BREAK = re.compile(r"[.;!?](?:\s|$)|,\s+(?:and|but|while|whereas)\b", _FLAGS)


def total_reason(clause: str, event_day: date | None = None) -> str:
    """Why ``clause`` tells a running total ("" when it does not); ``event_day`` is the day of
    the event the clause would otherwise update, when one is known."""
    if not PERFECT.search(clause):
        return ""
    m = SO_FAR.search(clause)
    if m and not RANKED.search(clause[: m.start()]) and (PERIOD.search(clause) or _names_conflict(clause)):
        return f"a running total '{m.group(0)}' over a period or a war, not one event's toll"
    for m in SINCE.finditer(clause):
        if RANKED.search(clause[: m.start()]):
            continue
        if _names_conflict(m.group("what")):
            return "a running total since a war or its start, not one event's toll"
        if _earlier(m.group(0), event_day):
            return "a running total since a date before the event, not one event's toll"
    return ""


def _names_conflict(text: str) -> bool:
    return any(w.lower() in CONFLICT_WORDS for w in WORD.findall(text))


def _earlier(since: str, event_day: date | None) -> bool:
    """The words after "since" (``since`` opens with it) name a time earlier than the event: a
    month, a year, or (the event's day known) a day before it. A day alone ("since Monday") is
    taken as the event's own."""
    times = find_timexes(since, event_day)
    if not times:
        return False
    t = times[0]  # "since March", "since the December 2012 shooting": the time or the earlier event's
    if t.precision in PERIOD_PRECISIONS:
        if event_day is None or t.value is None:
            return True
        return _period_end(t.value, t.precision) <= event_day
    return t.precision == "day" and event_day is not None and t.value is not None and t.value < event_day


def _period_end(start: date, precision: str | None) -> date:
    """The first day after a period that ``start`` opens (roughly, for months and years)."""
    if precision == "year":
        return date(start.year + 1, 1, 1)
    if precision in ("decade", "century"):
        return date(start.year + (10 if precision == "decade" else 100), 1, 1)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def running_total(trigger: Trigger, doc: Doc) -> str:
    """Why a report of violence is a running total, not one event ("" when it is not): "500 people
    have been kidnapped since November", "has killed 15,000 people since 1980"; the rule is
    ``totals.total_reason``, on the clause of the trigger's verb, or of the verb a noun trigger is
    the subject of ("Fighting has killed 2,000 people since March")."""
    verb = trigger.head(doc)
    if verb.dep_ in ("nsubj", "nsubjpass", "csubj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    clause = " ".join(t.text for t in verb.subtree if t.i not in skip)
    return total_reason(clause)


def count_total(text: str, start: int, end: int) -> str:
    """Why the figure at ``start:end`` of ``text`` is a running total ("" when not): the rule of
    ``total_reason`` on the figure's clause, from the last sentence or clause break before it
    (".", ";", ", and", ", but") to the next after it."""
    breaks = list(CLAUSE_BREAK.finditer(text, 0, start))
    first = breaks[-1].end() if breaks else 0
    after = CLAUSE_BREAK.search(text, end)
    return total_reason(text[first : after.start() if after else len(text)])
