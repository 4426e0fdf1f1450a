"""The timex evaluation: TimeML values at each precision, and scoring on a small file written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.evaluate.timex import canonical, evaluate_timex, timeml_value
from eventwire.records import Timex


@pytest.mark.parametrize(
    ("value", "precision", "written"),
    [
        (date(1998, 1, 8), "day", "1998-01-08"),
        (date(1998, 1, 5), "week", "1998-W02"),
        (date(1998, 1, 1), "month", "1998-01"),
        (date(1998, 7, 1), "quarter", "1998-Q3"),
        (date(1998, 6, 1), "season", "1998-SU"),
        (date(1998, 1, 1), "half", "1998-H1"),
        (date(1998, 7, 1), "half", "1998-H2"),
        (date(1998, 1, 1), "year", "1998"),
        (date(1990, 1, 1), "decade", "199"),
        (date(1900, 1, 1), "century", "19"),
        (date(1000, 1, 1), "century", "10"),
        (None, "present", "PRESENT_REF"),
        (None, "past", "PAST_REF"),
        (None, "day", None),
    ],
)
def test_timeml_value(value: date | None, precision: str, written: str | None) -> None:
    assert timeml_value(Timex(0, 1, "x", value, precision)) == written


def _gold(text: str, words: str, value: str, kind: str = "DATE") -> dict[str, object]:
    start = text.index(words)
    return {"type": kind, "value": value, "text": words, "char_start": start, "char_end": start + len(words)}


def test_evaluate_timex(tmp_path: Path) -> None:
    text = "Rebels attacked on Monday. Sales rose in the third quarter. Talks lasted two weeks. It was calm last month."
    gold = [
        _gold(text, "Monday", "1998-01-05"),
        _gold(text, "the third quarter", "1997-Q3"),  # the latest third quarter begun by the anchor
        _gold(text, "two weeks", "P2W", "DURATION"),
        _gold(text, "last month", "1997-12"),
    ]
    record = {"id": "d1", "text": text, "date_published": "1998-01-08", "gold": {"timexes": gold}}
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    figures = evaluate_timex(path, Settings.load(None), None)
    assert figures["n"] == 3  # the duration is out of scope
    assert figures["value_accuracy"] == round(3 / 3, 4)
    assert figures["f1"] == 1.0


def test_gold_week_numbers_compared_as_numbers() -> None:
    assert canonical("2000-W7") == "2000-W07"
    assert canonical("2000-W7-WE") == "2000-W07-WE"
    assert canonical("2000-W17") == "2000-W17"
    assert canonical("1998-01-08") == "1998-01-08"


def test_gold_decades_and_centuries_with_placeholders_are_the_short_form() -> None:
    assert canonical("198X") == "198"  # the 1980s, as eventwire writes a decade
    assert canonical("19XX") == "19"  # the 20th century
    assert canonical("1968-XX") == "1968-XX"  # a month of 1968 left open: not the year 1968
    assert canonical("199X-XX-XX") == "199X-XX-XX"
    assert canonical("1998-WXX") == "1998-WXX"
    assert canonical("XXXX") == "XXXX"


def test_gold_decade_with_placeholder_matches(tmp_path: Path) -> None:
    text = "Unrest grew in the 1980s. A month of 1968 was calm."
    gold = [_gold(text, "1980s", "198X"), _gold(text, "1968", "1968-XX")]
    record = {"id": "d2", "text": text, "date_published": "1998-01-08", "gold": {"timexes": gold}}
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    figures = evaluate_timex(path, Settings.load(None), None)
    assert figures["value_accuracy"] == 0.5  # the decade matches; the year 1968 is not the open month
