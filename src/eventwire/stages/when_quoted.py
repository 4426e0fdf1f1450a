"""Deictic days in quoted words: "yesterday" in what someone said counts from the day of the saying.

A reporter's "yesterday" counts from the article's date, but a speaker's ("'Yesterday, cowards
planted a bomb,' the president said") counts from the day the words were said, which the article
need not give: a speech reported days later still says "yesterday". Where the sentence names no day
outside the quotation marks, such a word dates nothing; the event then takes its date from the story
around it, like any sentence with no date of its own (``when._continue_story``). Where it does
("..., the president said on Thursday"), the speaker's day counts from that day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from eventwire.records import Timex

QUOTES = frozenset('"“”')
# the speaker's day words and how many days each lies from the day of the saying
DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0}


def speaker_days(timexes: list[Timex], sent: Span) -> list[Timex]:
    """``timexes`` with each deictic day told inside quotation marks counted from the day of the
    saying: dropped where the sentence names no day outside the quotation, moved to count from the
    first such day where it does."""
    text = sent.text
    quoted = [t for t in timexes if _deictic(t) is not None and _inside_quote(text, t.start)]
    if not quoted:
        return timexes
    said = next((t for t in timexes if t.precision == "day" and t.value and not _inside_quote(text, t.start)), None)
    out: list[Timex] = []
    for t in timexes:
        shift = _deictic(t) if t in quoted else None
        if shift is None:
            out.append(t)
        elif said is not None and said.value is not None:
            out.append(replace(t, value=said.value + timedelta(days=shift), precision="day"))
    return out


def _deictic(t: Timex) -> int | None:
    words = " ".join(t.text.lower().split())
    return DEICTIC.get(words) if t.relative_to_event is None else None


def _inside_quote(text: str, at: int) -> bool:
    """An odd number of quotation marks opens before ``at`` in the sentence."""
    return sum(ch in QUOTES for ch in text[:at]) % 2 == 1


def speaker_day(text: str, t: Timex) -> bool:
    """``t`` (offsets in ``text``, a paragraph) is a deictic day told inside quotation marks: the
    speaker's day, which a later sentence of the paragraph does not take as its own."""
    return _deictic(t) is not None and _inside_quote(text, t.start)
