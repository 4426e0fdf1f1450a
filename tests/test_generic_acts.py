"""Violent words that tell no incident of their own (stages/generic_acts.py): rhetoric in the
simple present inside a quotation, a quantified kind ("every soldier captured") and a definite
event named only to say who someone is. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from tests.conftest import violent_in

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 17)
violent = partial(violent_in, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        '"These bandits loot our markets and they murder our farmers," the governor told crowds in Gusau on Friday.',
        '"The militias burn villages and kill herders," the minister told reporters in Bamako on Saturday.',
    ],
)
def test_quoted_present_rhetoric_is_no_incident(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"They killed our children on Monday," the governor told crowds in Gusau on Friday.',
        "Gunmen kill five farmers in Zamfara village",
    ],
)
def test_a_past_act_or_a_headline_present_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers say every villager kidnapped is a reason for families to flee south.",
        '"Every soldier killed is a father taken from his children," the chaplain said.',
    ],
)
def test_a_quantified_kind_is_no_incident(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_a_definite_event_in_a_clause_about_a_person_is_no_new_incident(pipeline: Any) -> None:
    text = (
        "In June 2019, gunmen stormed a hotel in Mogadishu, killing 14. "
        '"I have not slept since," said a trader who lost his brother in the market explosion.'
    )
    found = violent(pipeline, text)
    assert [e.fatalities for e in found] == [14]


def test_a_clause_about_a_person_with_its_own_place_stays_an_event(pipeline: Any) -> None:
    text = '"We are afraid," said a farmer who was wounded in the attack on Kadara village.'
    assert violent(pipeline, text)


def test_a_roundup_lead_keeps_the_incidents_told_after_it(pipeline: Any) -> None:
    text = (
        "Gunmen killed at least 19 people in three northern states on Sunday, police said. "
        "In Katsina State, bandits attacked worshippers in Faskari on Sunday evening, killing five and wounding eight."
    )
    found = violent(pipeline, text)
    lead = next(e for e in found if e.fatalities == 19)
    assert lead.injured is None
    assert any(e.fatalities == 5 and e.injured == 8 for e in found)


def test_a_lead_in_one_place_still_takes_its_details(pipeline: Any) -> None:
    text = (
        "Gunmen killed 7 people in Faskari on Sunday, police said. "
        "The gunmen attacked worshippers in Faskari on Sunday evening, killing seven."
    )
    assert len(violent(pipeline, text)) == 1


def test_the_day_of_an_anniversary_does_not_date_the_act_remembered(pipeline: Any) -> None:
    text = (
        "The town will on Friday mark five years since gunmen attacked its main market, killing 20 people. "
        "On May 14, 2018, three gunmen opened fire on traders at the market."
    )
    found = violent(pipeline, text)
    assert found
    assert all(e.event_date == date(2018, 5, 14) for e in found)


def test_a_day_inside_what_is_remembered_still_dates_it(pipeline: Any) -> None:
    text = "Survivors gathered on Friday for the anniversary of the bombing of the market on May 14, 2018."
    found = violent(pipeline, text)
    assert [e.event_date for e in found] == [date(2018, 5, 14)]


def test_an_anniversary_dates_the_act_remembered_years_before(pipeline: Any) -> None:
    text = "Survivors on Friday marked a decade since militants stormed the school, killing 140 pupils."
    found = violent(pipeline, text)
    assert found
    remembered = found[0].event_date
    assert remembered is not None and remembered.year == 2013 and remembered.month == 5
