""" "A year ago" in a report on a quarter: the quarter the text named last, a year back."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.dates import find_timexes

NOVEMBER = date(1995, 11, 8)


def year_ago(text: str) -> tuple[date | None, str | None]:
    found = [t for t in find_timexes(text, NOVEMBER) if t.text.lower() in ("a year ago", "a year earlier")]
    assert len(found) == 1, find_timexes(text, NOVEMBER)
    return found[0].value, found[0].precision


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the quarter named before it
        ("The mill posted fourth-quarter profit of $3 million, against $5 million a year earlier.", date(1994, 10, 1)),
        ("For its fiscal first quarter the chain lost $2 million, after a profit a year ago.", date(1994, 1, 1)),
        # a reference to the latest quarter after the named one: the latest completed quarter
        (
            "A fourth-quarter charge is likely. Sales fell in the latest quarter, against a gain a year ago.",
            date(1994, 7, 1),
        ),
        # no quarter named: the latest completed one
        ("Quarterly sales rose 5% in the quarter from a year earlier.", date(1994, 7, 1)),
    ],
)
def test_year_ago_takes_the_quarter_named(text: str, value: date) -> None:
    assert year_ago(text) == (value, "quarter")


def test_without_a_quarter_the_year_before() -> None:
    assert year_ago("The town had 40,000 people a year ago.") == (date(1994, 1, 1), "year")
