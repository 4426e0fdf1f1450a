"""A lead event its sentence leaves undated does not take the day of the next paragraph when that
paragraph tells an incident placed elsewhere, anew; a next paragraph telling the lead's incident
again (the same place, or referring back to it) still gives its day."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.conftest import by_trigger, records

FRIDAY = date(2026, 11, 20)


def test_a_strike_in_another_city_next_paragraph_does_not_date_the_lead(pipeline: Any) -> None:
    text = (
        "In the city of Kharkiv, drones struck a warehouse, killing three workers, the mayor said.\n\n"
        "On Tuesday, a missile hit the centre of Sumy, killing two people, regional officials said."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "hit")["event_date"] == "2026-11-17"
    lead = by_trigger(found, "struck")
    assert (lead["event_date"], lead["date_precision"]) == ("2026-11-20", "week")


def test_the_lead_in_capitals_is_not_dated_by_another_city(pipeline: Any) -> None:
    text = (
        "IN THE CITY OF KHARKIV, DRONES STRUCK A WAREHOUSE, KILLING THREE WORKERS, THE MAYOR SAID.\n\n"
        "ON TUESDAY, A MISSILE HIT THE CENTRE OF SUMY, KILLING TWO PEOPLE, REGIONAL OFFICIALS SAID."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "struck")["date_precision"] == "week"


def test_the_next_paragraph_telling_the_strike_again_still_dates_the_lead(pipeline: Any) -> None:
    text = (
        "In the city of Kharkiv, drones struck a warehouse, killing three workers, the mayor said.\n\n"
        "The strike hit the Kholodnohirskyi district on Tuesday, regional officials said."
    )
    found = records(pipeline, text, FRIDAY)
    lead = by_trigger(found, "struck")
    assert (lead["event_date"], lead["date_precision"]) == ("2026-11-17", "day")


def test_a_headline_arrest_is_not_dated_by_a_shooting_in_another_town(pipeline: Any) -> None:
    text = (
        "Gunmen kill nine at a wedding in Mexico's Jalisco state; two suspects detained\n\n"
        "Armed men opened fire on a wedding in the town of Tala late on Saturday, killing nine guests."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "opened fire")["event_date"] == "2026-11-14"
    assert by_trigger(found, "detained")["date_precision"] == "week"


def test_a_headline_arrest_is_not_dated_by_the_shooting_s_day(pipeline: Any) -> None:
    text = (
        "Gunmen kill nine at a wedding in Mexico's Jalisco state; two suspects detained\n\n"
        "The gunmen opened fire on the wedding late on Saturday, killing nine guests, police said."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "detained")["date_precision"] == "week"


def test_a_headline_arrest_told_again_next_keeps_its_day(pipeline: Any) -> None:
    text = (
        "Gunmen kill nine at a wedding in Mexico's Jalisco state; two suspects detained\n\n"
        "Police detained the two suspects on Saturday, a spokesman for the state prosecutor said."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "detained")["event_date"] == "2026-11-14"


def test_a_headline_shooting_takes_the_day_of_the_police_call(pipeline: Any) -> None:
    text = (
        "Man shot dead in Dayton home\n\nOfficers were called to a house on Wayne Avenue at 2 a.m. Sunday, police said."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "shot dead")["event_date"] == "2026-11-15"
