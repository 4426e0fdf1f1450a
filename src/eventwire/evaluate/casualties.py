"""Casualty counts and event dates scored on articles about one incident (GVDB shape).

Each record has ``text``, ``url``, ``date_published`` (may be null), ``gold.event_date`` and
``derived.fatalities`` / ``derived.injured`` (victims coded killed / injured). The whole pipeline
runs over every article; the figures score its **main event**:

- the main event is the first violent event (ACLED types Battles, Explosions/Remote violence,
  Violence against civilians, Riots) that gives a casualty figure, preferring one dated to the day;
  without a figure, the first violent event; without a violent event, the first event of any kind;
  without any event, none. A news story names its incident in the headline and lead and dates it
  to the day, while the other incidents it cites for background ("the same complex where three
  men were killed in 2014", the deadliest shootings since Sandy Hook) come later and are dated
  coarsely; the size of a toll says nothing about which incident the story is about (an earlier
  rule took the largest toll and so picked those background tolls);
- its ``fatalities`` and ``injured`` are compared with the gold; ``null`` (the text gives no
  figure) counts as 0, as the gold counts victims and an incident without coded victims is 0;
  an article without an event predicts 0 and 0 (no figure is read outside events);
- ``within1``: off by at most one;
- the record's title, which GVDB glues to the body without a separator, is set apart by a
  paragraph break before the pipeline reads the text;
- ``event_date_exact``: the main event's date equals the gold day. The article's date anchors
  relative dates ("on Tuesday"): ``date_published`` when the record has one, else the date in
  its URL ("/2016/01/27/", "/20160127/", ``dates.url_date``), else a dateline in the text;
  without any of these only dates written with their year resolve, and an event without a
  date is wrong. A date at coarser precision than a day is wrong too. No date is ever guessed:
  GVDB gives no publication date, only about 44% of the URLs carry one and a few texts a
  dateline ("INDIANAPOLIS, Ind. (Dec. 10, 2015) –"), so for most articles a weekday ("shot
  Tuesday night") cannot be resolved and the figure is capped far below 1;
- ``anchored`` / ``event_date_exact_anchored``: the articles that have an anchor (given, URL or
  dateline) and the share of them whose main event has the gold day: the date rules measured
  where they can work.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.evaluate import ratio, read_jsonl
from eventwire.records import Article, Event
from eventwire.stages.dates import parse_date_string, publication_date, url_date

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
FIGURES = ("killed_exact", "killed_within1", "injured_exact", "injured_within1", "event_date_exact")


def main_event(events: list[Event]) -> Event | None:
    """The article's main event: the first violent event with a casualty figure, one dated to the
    day first; else the first violent event; else the first event."""
    violent = [e for e in events if e.event_type in VIOLENT_TYPES]
    if not violent:
        return events[0] if events else None
    return max(violent, key=lambda e: (_has_figure(e), e.date_precision == "day", -events.index(e)))


def _has_figure(e: Event) -> bool:
    return e.fatalities is not None or e.injured is not None


def article_of(record: dict[str, Any]) -> Article:
    """The article as the pipeline reads it, dated from the record, its URL or its text."""
    text = _unglued(record)
    published = parse_date_string(record.get("date_published") or "")
    source = "given"
    if published is None:
        published, source = url_date(record.get("url") or ""), "url"
    if published is None:
        published, source = publication_date(text)
    return Article(id=str(record["id"]), text=text, published=published, published_from=source, url=record.get("url"))


def _unglued(record: dict[str, Any]) -> str:
    """GVDB glues the title to the body ("...neighborhoodA 20-year-old man"); put a paragraph
    break back between them so the title is not read as the first words of the lead."""
    text, title = record["text"], (record.get("title") or "").strip()
    if title and text.startswith(title) and len(text) > len(title):
        return f"{title}\n\n{text[len(title) :]}"
    return str(text)


def evaluate_casualties(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Run the pipeline over the articles and score the main event of each."""
    from eventwire.pipeline import Pipeline

    records = {str(r["id"]): r for r in read_jsonl(path, limit)}
    pipe = Pipeline(settings)
    hits = dict.fromkeys(FIGURES, 0)
    n = no_event = anchored = anchored_hits = 0
    for article, events in pipe.extract_many(article_of(r) for r in records.values()):
        record = records[article.id]
        main = main_event(events)
        no_event += main is None
        for name, ok in _scores(record, main):
            hits[name] += ok
            if name == "event_date_exact" and article.published is not None:
                anchored, anchored_hits = anchored + 1, anchored_hits + ok
        n += 1
    return {
        "task": "casualties",
        "n": n,
        **{k: ratio(v, n) for k, v in hits.items()},
        "no_event": no_event,
        "anchored": anchored,
        "event_date_exact_anchored": ratio(anchored_hits, anchored),
    }


def _scores(record: dict[str, Any], main: Event | None) -> Iterator[tuple[str, bool]]:
    killed = (main.fatalities if main else None) or 0
    injured = (main.injured if main else None) or 0
    gold_killed, gold_injured = record["derived"]["fatalities"], record["derived"]["injured"]
    yield "killed_exact", killed == gold_killed
    yield "killed_within1", abs(killed - gold_killed) <= 1
    yield "injured_exact", injured == gold_injured
    yield "injured_within1", abs(injured - gold_injured) <= 1
    gold_day = _gold_day(record["gold"].get("event_date"))
    on_day = main is not None and main.date_precision == "day" and main.event_date == gold_day
    yield "event_date_exact", gold_day is not None and on_day


def _gold_day(text: str | None) -> date | None:
    """The gold day; a few are written without zero padding ("2015-8-23")."""
    if not text:
        return None
    try:
        year, month, day = (int(p) for p in text.split("-"))
        return date(year, month, day)
    except ValueError:
        return None
