"""Recollections: a paragraph that looks back with "that morning" tells the day told before it.

A witness's account in a paragraph of its own ("'They shot everyone who ran,' said a survivor. 'My
husband was killed that morning.'") names no day, but its "that morning" (or "that day", "that
night") points back to a day already told: the day of the event the paragraph before it dated
("the massacre of November 17, 1996"). The events of such a paragraph take that event's date, not
the article's week; a paragraph with a day of its own is dated by it (``when._paragraph_date``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.stages.nlp import doc_text
from eventwire.stages.when_incident import paragraph_end

if TYPE_CHECKING:
    from eventwire.stages.when import Draft

THAT_DAY = re.compile(r"\b(?:that|the same) (?:morning|day|night|evening|afternoon)\b", re.IGNORECASE)


def recalled_day(d: Draft, earlier: list[Draft]) -> None:
    """An undated event in a paragraph that says "that morning" takes the date of the last event the
    paragraph before it dated from its own words."""
    if d.cls.kind == "statement":
        return
    text = doc_text(d.sent.doc)
    start = text.rfind("\n", 0, d.sent.start_char) + 1
    if start == 0 or not THAT_DAY.search(text, start, paragraph_end(text, d.sent.start_char)):
        return
    before = [e for e in earlier if e.sent.start_char < start]
    if not before:
        return
    prev_start = text.rfind("\n", 0, before[-1].sent.start_char) + 1
    if text[paragraph_end(text, before[-1].sent.start_char) : start].strip():
        return  # not the paragraph right before this one
    prev = next((e for e in reversed(before) if e.sent.start_char >= prev_start and e.timex is not None), None)
    if prev is None or prev.event_date is None or prev.precision != "day":
        return
    d.event_date, d.precision = prev.event_date, prev.precision
    d.why["date"] = f"no date in its paragraph; 'that ...' looks back to the day of '{prev.why.get('trigger', '')}'"
