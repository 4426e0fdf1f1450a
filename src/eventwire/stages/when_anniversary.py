"""Anniversaries: "Belgium will on Sunday mark ten years since bombers attacked the airport" is
said of Sunday, but the attack it remembers was ten years before that Sunday; "the fifth
anniversary of the massacre" on a day is five years after the massacre. A date outside what is
remembered dates the remembering: moved back by the years counted, else not used for the
remembered event (which then waits for a dated mention that follows). A date inside what is
remembered ("the anniversary of the bombing of May 14, 2018") dates it as told. Read by
stages/when.py."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from eventwire.records import Timex
from eventwire.stages.casualties import number_value

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


ELAPSED = {"year": 1, "years": 1, "decade": 10, "decades": 10}
ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def since_marked(head: Token, timexes: list[Timex], sent: Span) -> list[Timex]:
    """The dates that may date the event at ``head``: all of them unless it is what an
    anniversary remembers; then those inside what is remembered, and those of the remembering
    moved back by the years counted (none where no years are counted)."""
    found = remembered_clause(head)
    if found is None:
        return timexes
    remembered, years = found
    out = []
    for t in timexes:
        span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
        if span is None or not len(span) or span.root == remembered or remembered in span.root.ancestors:
            out.append(t)
        elif years and t.value is not None and t.relative_to_event is None:
            precision = "week" if t.precision == "day" else t.precision  # marked about the day, not always on it
            text = f"{years} years before {t.text}"
            out.append(replace(t, value=_years_back(t.value, years), precision=precision, text=text))
    return out


def remembered_clause(head: Token) -> tuple[Token, int | None] | None:
    """The word heading what an anniversary remembers, when ``head`` is in it, and the years
    counted: "ten years since [bombers attacked the airport]", "a decade since [the massacre]",
    "the fifth anniversary of [the bombing]"; None else."""
    for node in (head, *head.ancestors):
        governor = node.head
        since = next((c for c in node.children if c.dep_ == "mark" and c.lower_ == "since"), None)
        if since is not None and since.i > 0 and since.doc[since.i - 1].lower_ in ELAPSED:
            return node, _elapsed(since.doc[since.i - 1])  # "five years since [gunmen attacked]"
        if node.dep_ == "pobj" and governor.lower_ == "since" and governor.i > 0:
            unit = governor.doc[governor.i - 1]
            if unit.lower_ in ELAPSED:
                return node, _elapsed(unit)  # "a year since [the massacre]"
        if node.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() == "anniversary":
            return node, _ordinal(governor.head)
    return None


def _elapsed(unit: Token) -> int | None:
    """The years in "ten years", "a decade", "two decades" (None when not counted: "years since")."""
    doc, factor = unit.doc, ELAPSED[unit.lower_]
    before = doc[unit.i - 1] if unit.i > 0 else None
    if unit.lower_ in ("year", "decade"):
        return factor if before is not None and before.lower_ in ("a", "one") else None
    if before is None or not before.like_num:
        return None
    value = number_value(before.text)
    return value * factor if value else None


def _ordinal(anniversary: Token) -> int | None:
    """The years of "the fifth anniversary", "the 10th anniversary" (None for "the anniversary")."""
    for c in anniversary.children:
        word = c.lower_
        if word in ORDINALS:
            return ORDINALS[word]
        if m := ORDINAL_DIGITS.match(word):
            return int(m.group(1))
    return None


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
