"""The day-precision dates of a paragraph, taken from the scan of the whole text (``when._days_in``),
are those the paragraph gives read alone: its references valued only from dates in the paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.dates import find_timexes
from eventwire.stages.when import _days_in, _in_dateline, _is_day, _paragraph_end

ANCHOR = date(2014, 8, 26)

TEXTS = [
    "Troops entered the town on Aug. 20.\nThe previous Friday, rebels had shelled the market.\n",
    "KABUL (Aug. 25, 2014) - Gunmen attacked a bus on Sunday.\nTwo days later, police said the next day was calm.",
    "Talks opened on Monday.\n\nThat day, envoys met. The following Monday the talks will resume.\nNo date here.",
    "A car bomb killed nine on 3 May 2014 and on Tuesday, a second one killed four.\n"
    "Officials said the attack the day before had been planned for weeks.",
]


def alone(text: str, start: int, end: int) -> tuple[tuple[str, int, date | None], ...]:
    para = text[start:end]
    return tuple(
        (t.text, t.start, t.value) for t in find_timexes(para, ANCHOR) if _is_day(t) and not _in_dateline(para, t)
    )


@pytest.mark.parametrize("text", TEXTS)
def test_paragraph_days_as_read_alone(text: str) -> None:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n" and i + 1 < len(text)]
    for start in starts:
        end = _paragraph_end(text, start)
        got = tuple((t.text, t.start, t.value) for t in _days_in(text, start, end, ANCHOR))
        assert got == alone(text, start, end)


def test_a_reference_takes_no_date_from_an_earlier_paragraph() -> None:
    text = TEXTS[0]
    start = text.index("The previous")
    days = _days_in(text, start, _paragraph_end(text, start), ANCHOR)
    assert [(t.text, t.value) for t in days] == [("previous Friday", date(2014, 8, 22))]  # not Aug. 15
    whole = [t for t in find_timexes(text, ANCHOR) if t.text == "previous Friday"]
    assert whole[0].value == date(2014, 8, 15)  # read in the whole text, the Friday before Aug. 20
