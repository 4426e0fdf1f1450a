"""A bare weekday after a schedule told in the present looks ahead ("Lawmakers take office
Monday"); a past verb or a headline's present of a past act ("opens fire") does not."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.dates import find_timexes

TUESDAY = date(2014, 8, 26)


def value_of(text: str, span: str) -> date | None:
    matches = [t for t in find_timexes(text, TUESDAY) if t.text == span]
    assert len(matches) == 1, matches
    return matches[0].value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Newly elected lawmakers take office Monday in the capital.", date(2014, 9, 1)),
        ("The ceasefire takes effect Monday at noon.", date(2014, 9, 1)),
        ("The trial of the militia leaders resumes Monday.", date(2014, 9, 1)),
        ("The emergency decree expires Monday unless parliament extends it.", date(2014, 9, 1)),
        ("The ceasefire, which took effect Monday, was broken within hours.", date(2014, 8, 25)),
        ("Talks that resumed Monday ended without a deal.", date(2014, 8, 25)),
        ("A gunman opens fire at a school Monday, killing two.", date(2014, 8, 25)),
        ("Officials say the suspect fled Monday.", date(2014, 8, 25)),
    ],
)
def test_a_present_schedule_looks_ahead(text: str, value: date) -> None:
    assert value_of(text, "Monday") == value
