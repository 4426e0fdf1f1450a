"""The casualty evaluation: the main-event rule, article dates from URLs, scoring a small file written here."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.config import Settings
from eventwire.evaluate.casualties import article_of, evaluate_casualties, main_event
from eventwire.records import Event, Evidence
from eventwire.stages.dates import url_date


def event(n: int, event_type: str | None, killed: int | None, injured: int | None = None) -> Event:
    return Event(
        event_id=f"e{n}", article_id="a", event_date=None, date_precision=None, event_type=event_type,
        sub_event_type=None, plover=None, cameo=None, actor1=None, actor2=None, location=None,
        fatalities=killed, injured=injured, evidence=Evidence("x", 0, 1), source=None,
    )  # fmt: skip


def test_main_event_is_the_first_violent_one_with_a_figure() -> None:
    no_figure, first = event(0, "Battles", None), event(1, "Violence against civilians", 1)
    bigger, arrest = event(2, "Battles", 2, 1), event(3, None, 9)
    assert main_event([no_figure, first, bigger, arrest]) is first  # a later, bigger toll is background
    assert main_event([no_figure, arrest]) is no_figure
    assert main_event([arrest]) is arrest
    assert main_event([]) is None


def test_main_event_prefers_one_dated_to_the_day() -> None:
    background = replace(event(1, "Battles", 3), event_date=date(2012, 1, 1), date_precision="year")
    today = replace(event(2, "Battles", 1), event_date=date(2016, 1, 4), date_precision="day")
    assert main_event([background, today]) is today


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://example.com/2016/01/27/man-shot/", date(2016, 1, 27)),
        ("http://example.com/news/2016/jan/26/girl-shot/", date(2016, 1, 26)),
        ("http://example.com/article/20150803/NEWS/1234", date(2015, 8, 3)),
        ("http://example.com/news/man-shot/36925834", None),
        ("http://example.com/2016/01/story.html", None),
    ],
)
def test_url_date(url: str, day: date | None) -> None:
    assert url_date(url) == day


def test_article_dated_from_its_url() -> None:
    record: dict[str, Any] = {"id": 1, "text": "x", "url": "http://e.com/2016/01/27/a/", "date_published": None}
    article = article_of(record)
    assert (article.published, article.published_from) == (date(2016, 1, 27), "url")


@pytest.mark.slow
def test_evaluate_casualties(tmp_path: Path) -> None:
    records = [
        {
            "id": "g1",
            "url": "http://example.com/2016/01/27/story/",
            "text": "Police said a 27-year-old man was shot and killed on Tuesday night in Dayton, Ohio.",
            "date_published": None,
            "gold": {"event_date": "2016-01-26"},
            "derived": {"fatalities": 1, "injured": 0},
        },
        {
            "id": "g2",
            "url": None,
            "text": "Two men were wounded in a shooting in Dayton, Ohio, on Jan. 3, 2016.",
            "date_published": None,
            "gold": {"event_date": "2016-1-3"},
            "derived": {"fatalities": 0, "injured": 2},
        },
    ]
    path = tmp_path / "g.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    figures = evaluate_casualties(path, Settings.load(None), None)
    assert figures["n"] == 2
    assert figures["killed_exact"] == 1.0 and figures["injured_exact"] == 1.0
    assert figures["event_date_exact"] == 1.0
    assert (figures["anchored"], figures["event_date_exact_anchored"]) == (1, 1.0)


def test_article_dated_from_a_dateline_after_the_title() -> None:
    record: dict[str, Any] = {
        "id": 2,
        "title": "Man shot on east side",
        "text": "Man shot on east sideDAYTON, Ohio (Jan. 4, 2016) - A man was shot.",
        "url": None,
        "date_published": None,
    }
    article = article_of(record)
    assert (article.published, article.published_from) == (date(2016, 1, 4), "dateline")
