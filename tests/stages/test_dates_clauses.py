"""A date without a year takes the tense of the clause that governs it, not that of a verb in a
relative clause before it ("Lawmakers who won seats take office on April 10")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.dates import find_timexes

ANCHOR = date(2020, 3, 25)  # a Wednesday late in March


def value_of(text: str, span: str) -> date | None:
    matches = [t for t in find_timexes(text, ANCHOR) if t.text == span]
    assert len(matches) == 1, find_timexes(text, ANCHOR)
    return matches[0].value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the past verb is in a relative clause on the subject; the date belongs to the main verb
        ("Lawmakers who won seats take office on April 10.", "April 10", date(2020, 4, 10)),
        ("Candidates that lost the vote leave the chamber on April 12.", "April 12", date(2020, 4, 12)),
        ("Officials said lawmakers who won seats take office on April 10.", "April 10", date(2020, 4, 10)),
        ("The mayor said that deputies who were elected begin work April 14.", "April 14", date(2020, 4, 14)),
        # the relative clause after a past verb is itself in the present: it holds the date
        ("Voters chose lawmakers who take office on April 10.", "April 10", date(2020, 4, 10)),
        # the past verbs govern the date: last year's
        ("Gunmen who had hidden in the hills killed five people on March 28.", "March 28", date(2019, 3, 28)),
        ("Police arrested the men who attacked the town on April 10.", "April 10", date(2019, 4, 10)),
        ("The men who attacked the town on April 10 were arrested.", "April 10", date(2019, 4, 10)),
        ("The gunmen who stormed the base on April 10 escaped.", "April 10", date(2019, 4, 10)),
        ("Police arrested men who hit the village on April 10.", "April 10", date(2019, 4, 10)),  # "hit": either tense
        ("Troops who fled the town returned on April 10.", "April 10", date(2019, 4, 10)),
        ("Soldiers who were wounded in the ambush on April 10.", "April 10", date(2019, 4, 10)),  # its own phrase
        ("The man that police arrested on April 10 was freed.", "April 10", date(2019, 4, 10)),
        ("A law that passed last year takes effect on April 1.", "April 1", date(2020, 4, 1)),
        ("The lawmakers, who won seats in March, will take office on April 10.", "April 10", date(2020, 4, 10)),
    ],
)
def test_tense_of_the_governing_clause(text: str, span: str, value: date) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a modal or a schedule further back than a few words still holds its clause ahead
        (
            "The pilot will be named commander of the station crew for a flight in December.",
            "December",
            date(2020, 12, 1),
        ),
        ("The airline will almost double its flights between the two cities by August.", "August", date(2020, 8, 1)),
        ("Farmers planned a long march through the capital on Saturday.", "Saturday", date(2020, 3, 28)),
        ("The envoy would be travelling to the border region with aides Thursday.", "Thursday", date(2020, 3, 26)),
        # not past a verb in the past tense, a relative clause, or onto a date that modifies a noun
        ("The board will review the deal that collapsed after talks in December.", "December", date(2019, 12, 1)),
        ("Observers will look again at the town where the Aug. 7 bombing killed ten.", "Aug. 7", date(2019, 8, 7)),
        ("Aid groups will keep asking the state for more help with Monday's flooding.", "Monday", date(2020, 3, 23)),
        (
            "A memorial planned at the old stadium by the city for Saturday was cancelled.",
            "Saturday",
            date(2020, 3, 21),
        ),
        # too far back: fourteen words at most
        (
            "They will look for ways around the ruling by the agency and the court of appeals in the city in December.",
            "December",
            date(2019, 12, 1),
        ),
    ],
)
def test_far_future_cue(text: str, span: str, value: date) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a weekday ending a span that runs from the present, no verb in the past tense: still to come
        ("The curfew is in force until Tuesday.", "Tuesday", date(2020, 3, 31)),
        ("Officials have given the squatters until 9 a.m. Tuesday to leave.", "Tuesday", date(2020, 3, 31)),
        ("Polls stay open until noon Saturday.", "Saturday", date(2020, 3, 28)),
        # with a verb in the past tense, the one just gone
        ("The curfew lasted until Tuesday.", "Tuesday", date(2020, 3, 24)),
        ("By Tuesday, the rebels had left.", "Tuesday", date(2020, 3, 24)),
        ("Talks went on until Saturday.", "Saturday", date(2020, 3, 21)),
    ],
)
def test_weekday_ending_a_span(text: str, span: str, value: date) -> None:
    assert value_of(text, span) == value
