"""More tense cues for dates without a year and weekdays: negated participles are adjectives, a
span end from the present looks ahead, a meeting told in the present is scheduled."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.dates import find_timexes

FRIDAY = date(2014, 8, 29)
OCTOBER = date(2014, 10, 27)  # a Monday


def value_of(text: str, span: str, anchor: date) -> date | None:
    [t] = [t for t in find_timexes(text, anchor) if t.text == span]
    return t.value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "unspecified" is no verb in the past tense: the far "would" still governs the month
        ("The bonus, which needs board approval, would be paid on a still unspecified date in January.", "January",
         date(2015, 1, 1)),
        ("The company unveiled its new truck on Oct. 30.", "Oct. 30", date(2013, 10, 30)),  # "unveiled" is a verb
        ("Voters face another unexpected runoff on Oct. 30.", "Oct. 30", date(2014, 10, 30)),
    ],
)  # fmt: skip
def test_negated_participles_are_adjectives(text: str, span: str, value: date) -> None:
    assert value_of(text, span, OCTOBER) == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The sale is part of a program to pay down the debt by February.", "February", date(2015, 2, 1)),
        ("The curfew stays in force until March 10.", "March 10", date(2015, 3, 10)),
        ("Fighting went on until March 10.", "March 10", date(2014, 3, 10)),  # a past tense: behind
        ("The fund has fallen 2% this year through Oct. 19.", "Oct. 19", date(2014, 10, 19)),  # a perfect: up to now
        ("Aid flows to the camps until Oct. 24.", "Oct. 24", date(2014, 10, 24)),  # a few days gone: not moved
    ],
)
def test_span_end_from_the_present_looks_ahead(text: str, span: str, value: date) -> None:
    assert value_of(text, span, OCTOBER) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two leaders meet separately Monday with the envoy.", date(2014, 9, 1)),
        ("The envoy meets rebel commanders on Monday.", date(2014, 9, 1)),
        ("The envoy failed to meet the rebels on Monday.", date(2014, 8, 25)),
        ("The envoy did not meet the rebels on Monday.", date(2014, 8, 25)),
        ("Leaders meet in Geneva Monday\nTalks on the truce went on.", date(2014, 8, 25)),  # a headline's present
    ],
)
def test_a_meeting_in_the_present_is_scheduled(text: str, value: date) -> None:
    assert value_of(text, "Monday", FRIDAY) == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The firm announced an agreement to acquire the Ohio lender in January.", "January", date(2015, 1, 1)),
        ("The firm, which agreed to buy the steel plant for $20 million in February, said more.", "February",
         date(2015, 2, 1)),
        ("The firm agreed to the sale in January.", "January", date(2014, 1, 1)),  # no act to come
        ("The rebels agreed in January to disarm.", "January", date(2014, 1, 1)),  # the date of the agreement
        ("The gunman agreed to surrender on Monday after a standoff.", "Monday", date(2014, 10, 27)),  # a weekday
    ],
)  # fmt: skip
def test_a_commitment_puts_a_date_without_a_year_ahead(text: str, span: str, value: date) -> None:
    assert value_of(text, span, OCTOBER) == value
