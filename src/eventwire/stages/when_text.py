"""The date expressions of a text as the date stage reads them (see :mod:`eventwire.stages.when`):
a sentence's, read in the whole text so that a reference finds the date an earlier sentence named;
a paragraph's days; and the words the article's own date was read from, which date no event."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.records import Timex
from eventwire.stages.article_date import article_date_spans
from eventwire.stages.dates import CUES as DATE_CUES
from eventwire.stages.dates import finish_timexes, scan_timexes
from eventwire.stages.nlp import doc_text
from eventwire.stages.timex_refs import TAKES_OBJECT
from eventwire.stages.when_offsets import is_day as _is_day

if TYPE_CHECKING:
    from spacy.tokens import Span

SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def sentence_timexes(sent: Span, anchor: date | None) -> list[Timex]:
    """The date expressions of a sentence, with offsets in the sentence, read in the whole text so
    that a reference finds the date an earlier sentence named ("Rebels took the town in March
    2011. Later that year, ...")."""
    start, end = sent.start_char, sent.end_char
    text = doc_text(sent.doc)
    return [
        replace(t, start=t.start - start, end=t.end - start)
        for t in _text_timexes(text, anchor)
        if start <= t.start and t.end <= end and not in_article_date(text, t.start, t.end)
    ]


FUTURE_WORDS = frozenset(
    {"will", "shall", "'ll", "wo", "plan", "plans", "planned", "planning", "scheduled", "expected"}
)  # "wo" as spaCy splits "won't"


def speaks_ahead(sent: Span) -> bool:
    """The sentence tells of something to come ("will march", "plan to rally", "is scheduled")."""
    return any(t.lower_ in FUTURE_WORDS for t in sent)


def in_article_date(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` overlap those the article's date was read from (a wire
    dateline "JEDDAH, May 21 (Reuters) -", "LIMA, 9 JAN 90 --", a "Published:" line): they date
    the story, not an event it tells."""
    return any(start < b and a < end for a, b in article_date_spans(text))


@lru_cache(maxsize=8)
def _text_timexes(text: str, anchor: date | None) -> tuple[Timex, ...]:
    return tuple(finish_timexes(text, list(_text_scan(text, anchor))))


@lru_cache(maxsize=8)
def _text_scan(text: str, anchor: date | None) -> tuple[Timex, ...]:
    return tuple(scan_timexes(text, anchor))


@lru_cache(maxsize=64)
def _days_in(text: str, start: int, end: int, anchor: date | None) -> tuple[Timex, ...]:
    """The day-precision dates of the paragraph ``text[start:end]``, datelines left out, as the
    paragraph read alone gives them (its references valued only from dates in it): taken from the
    scan of the whole text, not scanned again (cached: drafts share paragraphs). A day told after
    an offset in its sentence ("The attack came a day after gunmen raided a village on Wednesday")
    dates the event the offset counts from, not the paragraph's other events: left out."""
    para = text[start:end]
    inside = [
        replace(t, start=t.start - start, end=t.end - start)
        for t in _text_scan(text, anchor)
        if start <= t.start and t.end <= end
    ]
    if not inside or not DATE_CUES.search(para):  # as ``find_timexes`` on the paragraph
        return ()
    found = finish_timexes(para, inside)
    return tuple(
        t
        for t in found
        if _is_day(t)
        and not _in_dateline(para, t)
        and not in_article_date(text, start + t.start, start + t.end)
        and not _counted_from(para, t, found)
    )


def _counted_from(para: str, t: Timex, found: list[Timex]) -> bool:
    """``t`` follows an offset that names what it counts from in the same sentence ("a day after
    gunmen raided a village on Wednesday"): it dates that event."""
    return any(
        o.relative_to_event is not None
        and TAKES_OBJECT.search(o.text) is not None
        and o.end < t.start
        and SENTENCE_END.search(para, o.end, t.start) is None
        for o in found
    )


def _in_dateline(text: str, t: Timex) -> bool:
    """A date in brackets ("INDIANAPOLIS, Ind. (Dec. 10, 2015) –") is the story's, not the event's."""
    return text[: t.start].rstrip().endswith("(") or text[t.end :].lstrip().startswith(")")
