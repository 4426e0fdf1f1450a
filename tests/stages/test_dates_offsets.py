"""A day counted from the date that follows it: "the day before last Tuesday", "two days after Christmas"."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.dates import find_timexes

THURSDAY = date(2014, 8, 28)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He left the day before last Tuesday.", "the day before last Tuesday", date(2014, 8, 25)),
        ("Shops reopened two days after Christmas.", "two days after Christmas", date(2013, 12, 27)),
        ("They met the day after Aug. 3.", "the day after Aug. 3", date(2014, 8, 4)),
    ],
)
def test_a_day_counted_from_the_date_after_it(text: str, span: str, value: date) -> None:
    found = [(t.text, t.value, t.precision, t.relative_to_event) for t in find_timexes(text, THURSDAY)]
    assert found == [(span, value, "day", None)]


def test_without_a_date_after_it_the_offset_stays_relative() -> None:
    found = find_timexes("The day after the vote, he left.", THURSDAY)
    assert [(t.text, t.value, t.relative_to_event) for t in found] == [("The day after", None, 1)]
    found = find_timexes("The day after, on Tuesday, he left.", THURSDAY)  # not joined across a comma
    assert [(t.text, t.relative_to_event) for t in found] == [("The day after", 1), ("Tuesday", None)]
