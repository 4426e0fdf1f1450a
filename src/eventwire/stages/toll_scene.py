"""Whether a sentence that tells only people killed or shot tells them at another scene than the
event told before it, and so is an incident of its own rather than that event's toll.

An event placed only in a country (no place named for it) does not take the toll of a sentence that
names a town or province its paragraph never named ("Gunmen opened fire on worshippers at a
mosque. ... Bandits killed five herders in Niger State on June 2."); nor does an event dated to a
day take the toll of a sentence dated to another day. A sentence that names the event again ("the
attack", "the raid") is its toll wherever it places it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from eventwire.stages.when import same_paragraph
from eventwire.stages.when_reporting import reporting_day
from eventwire.stages.when_text import sentence_timexes

if TYPE_CHECKING:
    from spacy.tokens import Span

    from eventwire.records import Toponym
    from eventwire.stages.when import Draft


def other_scene(
    told: Draft, sent: Span, places: list[Toponym], toponyms: list[Toponym], published: date | None
) -> bool:
    """The toll sentence ``sent`` (its usable places ``places``) names a scene the event ``told``
    was not at: a place finer than a country where ``told`` has only a country and its paragraph
    named no such place, or a day other than the day ``told`` is dated to."""
    return _new_place(told, sent, places, toponyms) or _other_day(told, sent, published)


def _new_place(told: Draft, sent: Span, places: list[Toponym], toponyms: list[Toponym]) -> bool:
    there = told.toponym
    if there is not None and (there.place is None or there.place.kind != "country"):
        return False  # placed at a town or province: incidents._elsewhere judges the distance
    before = [t for t in toponyms if t.place is not None and t.start < sent.start_char]
    named = {t.place.geonameid for t in before if t.place is not None and _in_paragraph(t, told.sent)}
    return any(t.place is not None and t.place.kind != "country" and t.place.geonameid not in named for t in places)


def _in_paragraph(t: Toponym, sent: Span) -> bool:
    span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and (span.sent == sent or same_paragraph(*sorted((span.sent, sent), key=lambda s: s.start)))


def _other_day(told: Draft, sent: Span, published: date | None) -> bool:
    if told.event_date is None or told.undated or told.near_day or told.precision != "day":
        return False
    head = sent.root
    days = [
        t.value
        for t in sentence_timexes(sent, published)
        if t.precision == "day"
        and t.value is not None
        and t.relative_to_event is None
        and not reporting_day(head, t, sent)
    ]
    return bool(days) and all(d != told.event_date for d in days)
