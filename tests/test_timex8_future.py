"""A date with no year in a clause that goes on in the future, or set by a postponement, is the next
one (stages/timex_tense.py); the same clause in the past keeps the latest one gone."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.evaluate.timex import timeml_value
from eventwire.stages.dates import find_timexes

WEDNESDAY = date(2020, 3, 25)


def values(text: str) -> list[str | None]:
    return [timeml_value(t) for t in find_timexes(text, WEDNESDAY, join_ranges=False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Starting October 1, ferries will sail twice a day.", "2020-10-01"),
        ("From November 2, the museum will open on Sundays.", "2020-11-02"),
        ("Beginning Oct. 12, the toll will double.", "2020-10-12"),
        ("As of November 30, the old notes will no longer be accepted.", "2020-11-30"),
        ("Starting Friday, the shops will close at six.", "2020-03-27"),
        ("The magistrate adjourned the trial until October 14.", "2020-10-14"),
        ("The board postponed its vote until Nov. 8.", "2020-11-08"),
        ("STARTING OCTOBER 1, FERRIES WILL SAIL TWICE A DAY.", "2020-10-01"),  # wire copy in capitals
        ("Residents of the province go to the polls on October 18.", "2020-10-18"),
        ("The new customs code enters into force on Nov. 1.", "2020-11-01"),
        ("The smoking ban comes into force October 15.", "2020-10-15"),
        ("Weekly ferries begin October 6 from the old harbour.", "2020-10-06"),
        ("The night buses, starting November 4, will run every hour.", "2020-11-04"),
    ],
)
def test_future_clause_takes_the_next_date(text: str, value: str) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Starting October 1, ferries sailed twice a day.", "2019-10-01"),
        ("From November 2, the museum opened on Sundays.", "2019-11-02"),
        ("As of November 30, the old notes had been withdrawn.", "2019-11-30"),
        ("Starting Friday, the shops closed at six.", "2020-03-20"),
        ("The magistrate adjourned the trial on October 14.", "2019-10-14"),
        ("The board postponed its vote in November.", "2019-11"),
        ("Residents of the province went to the polls on October 18.", "2019-10-18"),
        ("The new customs code entered into force on Nov. 1.", "2019-11-01"),
        ("Province goes to the polls October 18\nTurnout was low.", "2019-10-18"),  # a headline's present
        ("Weekly ferries began October 6 from the old harbour.", "2019-10-06"),
        ("The night buses, starting November 4, ran every hour.", "2019-11-04"),
        ("His start October 6 against the league leaders was shaky.", "2019-10-06"),  # "start" the noun
        ("Ferries resume October 6 across the strait\nThe first boat was full.", "2019-10-06"),  # a headline
        ("The ferry sailed on October 1.", "2019-10-01"),  # the default: the latest one on or before the anchor
    ],
)
def test_past_clause_keeps_the_latest_date(text: str, value: str) -> None:
    assert values(text) == [value]
