"""The time of day a day carries in TimeML (stages/timex_times.py): parts of the day and clock times,
the TIME figure of the timex evaluation, and records that stay at day precision."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.config import Settings
from eventwire.evaluate.timex import evaluate_timex, timeml_value
from eventwire.stages.dates import find_timexes
from tests.conftest import dated

WEDNESDAY = date(2020, 3, 25)


def values(text: str, parts: bool = True) -> list[str | None]:
    return [timeml_value(t, text, parts) for t in find_timexes(text, WEDNESDAY, join_ranges=False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Firefighters were called out on Monday night to a warehouse.", "2020-03-23TNI"),
        ("The ferry docked Thursday evening after a long crossing.", "2020-03-19TEV"),
        ("Traders sold heavily on Saturday morning, brokers said.", "2020-03-21TMO"),
        ("The council sat late on Tuesday afternoon.", "2020-03-24TAF"),
        ("A storm knocked out power lines last night.", "2020-03-24TNI"),
        ("The governor spoke to reporters this morning.", "2020-03-25TMO"),
        ("The mayor will address the city tonight.", "2020-03-25TNI"),
        ("Crews worked through yesterday afternoon to clear the road.", "2020-03-24TAF"),
        ("Looters struck on the night of March 3, the owner said.", "2020-03-03TNI"),
        ("Tuesday night's fire destroyed the mill.", "2020-03-24TNI"),
        ("MONDAY NIGHT THE RIVER BURST ITS BANKS.", "2020-03-23TNI"),  # wire copy in capitals
    ],
)
def test_part_of_day(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The polls opened at 7 a.m. Monday in the capital.", "2020-03-23T07:00"),
        ("The launch came at 5 a.m. EDT Friday from the coast.", "2020-03-20T05:00"),
        ("The plane landed Sunday at 11:45 p.m. in the rain.", "2020-03-22T23:45"),
        ("Ballots were counted Monday, at about 9 p.m., officials said.", "2020-03-23T21:00"),
        ("The truce began at noon Saturday.", "2020-03-21T12:00"),
        ("The bridge closed on March 4 at 6 p.m. for repairs.", "2020-03-04T18:00"),
        ("The guards changed Monday night at 10 p.m.", "2020-03-23T22:00"),  # the clock is finer
        ("The market reopened at 09:30 Tuesday.", "2020-03-24T09:30"),
    ],
)
def test_clock_time_with_a_day(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Firefighters were called out on Monday to a warehouse.", "2020-03-23"),  # no part of the day
        ("Fans packed the bar for Monday night football.", "2020-03-23"),  # a kind of game, not a time
        ("The choir sang at Sunday morning services.", "2020-03-22"),
        ("On Tuesday, the mayor said the fire burned all night.", "2020-03-24"),  # not the date's words
        ("The final score on Sunday was 10:30 in the second set.", "2020-03-22"),  # a score, not a clock
        ("Shares rose 3 percent Thursday to close at 7.", "2020-03-19"),
    ],
)
def test_day_alone_keeps_its_value(text: str, value: str) -> None:
    assert values(text) == [value]


def test_time_of_day_only_with_the_text() -> None:
    text = "Looters struck on Friday night."
    (friday,) = find_timexes(text, WEDNESDAY)
    assert timeml_value(friday) == "2020-03-20"  # without the text, the day
    assert timeml_value(friday, text) == "2020-03-20"  # a part of the day only when asked for
    assert timeml_value(friday, text, parts=True) == "2020-03-20TNI"
    assert friday.precision == "day"  # what dates an event is unchanged


def test_clock_time_without_parts_of_the_day() -> None:
    assert values("The ship sailed at 6 a.m. Monday.", parts=False) == ["2020-03-23T06:00"]
    assert values("The ship sailed on Monday morning.", parts=False) == ["2020-03-23"]


def _gold(text: str, words: str, value: str, kind: str) -> dict[str, Any]:
    start = text.index(words)
    return {"type": kind, "value": value, "text": words, "char_start": start, "char_end": start + len(words)}


def test_time_figure_scores_gold_times_on_a_day(tmp_path: Path) -> None:
    text = "Looters struck on Friday night. The ship sailed at 6 a.m. Monday. Rain fell on Sunday."
    gold = [
        _gold(text, "Friday night", "2020-03-20TNI", "TIME"),
        _gold(text, "6 a.m. Monday", "2020-03-23T06:00", "TIME"),
        _gold(text, "Sunday", "2020-03-22", "DATE"),
    ]
    record = {"id": "d", "text": text, "date_published": "2020-03-25", "gold": {"timexes": gold}}
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    figures = evaluate_timex(path, Settings.load(None), None)
    assert figures["n_time"] == 2
    assert figures["time_value_accuracy"] == 1.0
    assert figures["value_accuracy"] == 1.0


def test_date_figure_writes_the_clock_not_the_part_of_day(tmp_path: Path) -> None:
    text = "The ship sailed at 6 a.m. Monday. Looters struck on Friday night. Rain fell Sunday night."
    gold = [
        _gold(text, "6 a.m. Monday", "2020-03-23T06:00", "DATE"),
        _gold(text, "Friday night", "2020-03-20", "DATE"),
        _gold(text, "Sunday night", "2020-03-22TNI", "DATE"),
    ]
    record = {"id": "d", "text": text, "date_published": "2020-03-25", "gold": {"timexes": gold}}
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert evaluate_timex(path, Settings.load(None), None)["value_accuracy"] == round(2 / 3, 4)


def test_gold_date_span_without_the_part_of_day_is_the_day(tmp_path: Path) -> None:
    text = "Looters struck on Friday night."
    gold = [_gold(text, "Friday", "2020-03-20", "DATE")]
    record = {"id": "d", "text": text, "date_published": "2020-03-25", "gold": {"timexes": gold}}
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert evaluate_timex(path, Settings.load(None), None)["value_accuracy"] == 1.0


@pytest.mark.slow
def test_records_stay_at_day_precision(pipeline: Any) -> None:
    text = "Gunmen shot dead four villagers at 9 p.m. Monday in the town of Gao, police said."
    assert dated(pipeline, text, "shot", WEDNESDAY) == ("2020-03-23", "day")
    text = "Gunmen shot dead four villagers on Monday night in the town of Gao, police said."
    assert dated(pipeline, text, "shot", WEDNESDAY) == ("2020-03-23", "day")
