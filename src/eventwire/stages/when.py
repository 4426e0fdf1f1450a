"""When and how many: each event draft takes its date and its casualty figures.

Dates: the date expression of the sentence nearest the trigger, resolved against the article's
date; "the day before" is resolved against the event it follows; an event the text gives no date
for takes the article's date at week precision (it happened in the days before publication).
Counts: each casualty figure goes to the nearest trigger before it in the sentence ("a car bomb
struck ..., killing 15"), else to the nearest one after it ("15 were killed when a bomb ...");
the record keeps the highest figure given for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from eventwire.records import Article, CountMention, Timex, Toponym
from eventwire.stages.casualties import find_counts
from eventwire.stages.dates import find_timexes, resolve_relative

if TYPE_CHECKING:
    from spacy.tokens import Span

    from eventwire.records import Actor
    from eventwire.stages.triggers import EventClass, Trigger


@dataclass
class Draft:
    """An event being assembled from one trigger."""

    trigger: Trigger
    cls: EventClass
    sent: Span
    actor1: Actor | None = None
    actor2: Actor | None = None
    timex: Timex | None = None
    event_date: date | None = None
    precision: str | None = None
    counts: list[CountMention] = field(default_factory=list)
    toponym: Toponym | None = None
    why: dict[str, Any] = field(default_factory=dict)


def assign_dates(drafts: list[Draft], sent: Span, article: Article, earlier: list[Draft]) -> None:
    timexes = [t for t in find_timexes(sent.text, article.published) if t.precision or t.relative_to_event]
    base = sent.start_char
    prev_date = next((d.event_date for d in reversed(earlier) if d.event_date), article.published)
    for d in drafts:
        pos = d.trigger.head(sent.doc).idx - base
        own = min(timexes, key=lambda t: abs((t.start + t.end) // 2 - pos), default=None)
        if own is not None and own.relative_to_event is not None:
            anchor = _previous_date(drafts, d) or prev_date
            if anchor is not None:
                d.event_date, d.precision = resolve_relative(own, anchor), "day"
                d.why["date"] = f"'{own.text}' after the event dated {anchor.isoformat()}"
        elif own is not None and own.value is not None:
            d.event_date, d.precision = own.value, own.precision
            d.why["date"] = f"'{own.text}' resolved against {_anchor_text(article)}"
        if d.event_date is None and article.published is not None:
            d.event_date, d.precision = article.published, "week"
            d.why["date"] = "no date in the text for this event: the article's date, to the week"
        d.timex = own


def assign_counts(drafts: list[Draft], sent: Span) -> None:
    counts = find_counts(sent.text)
    if not counts:
        return
    base = sent.start_char
    heads = [(d, d.trigger.head(sent.doc).idx - base) for d in drafts if d.cls.kind != "statement"]
    if not heads:
        return
    for c in counts:
        before = [(pos, d) for d, pos in heads if pos <= c.start]
        target = max(before, key=lambda p: p[0])[1] if before else min(heads, key=lambda h: h[1] - c.start)[0]
        target.counts.append(c)


def best_count(counts: list[CountMention]) -> int | None:
    if not counts:
        return None
    return max(c.value for c in counts)


def _previous_date(drafts: list[Draft], d: Draft) -> date | None:
    idx = drafts.index(d)
    for prev in reversed(drafts[:idx]):
        if prev.event_date is not None:
            return prev.event_date
    return None


def _anchor_text(article: Article) -> str:
    return f"the article date {article.published.isoformat()}" if article.published else "no article date"
