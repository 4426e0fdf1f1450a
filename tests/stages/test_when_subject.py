"""A date in a relative clause or an apposition on the subject tells of the subject, not of the
main clause's event ("Russia, which invaded in 2022, denies ...")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.conftest import dated as dated_on

PUBLISHED = date(2025, 7, 15)


def dated(pipeline: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    return dated_on(pipeline, text, trigger, PUBLISHED)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor, who took office in May 2023, visits the flooded district of Sylhet.", "visits"),
        ("Boko Haram, which was founded in 2002, killed four soldiers in Borno.", "killed"),
        ("Boko Haram, founded in 2002, killed four soldiers in Borno.", "killed"),
        ("The senator, a former general who led the 2019 offensive, met the president in Abuja.", "met"),
    ],
)
def test_a_clause_on_the_subject_does_not_date_the_event(pipeline: Any, text: str, trigger: str) -> None:
    assert dated(pipeline, text, trigger) == ("2025-07-15", "week")


@pytest.mark.slow
def test_a_clause_on_an_event_noun_still_dates_it(pipeline: Any) -> None:
    text = "Clashes that erupted in March killed at least 12 people in Juba."
    assert dated(pipeline, text, "clashes") == ("2025-03-01", "month")


@pytest.mark.slow
def test_the_clause_of_the_incident_itself_still_dates_it(pipeline: Any) -> None:
    text = "A gunman who opened fire at a party on Sunday killed two people in Dayton."
    assert dated(pipeline, text, "opened fire") == ("2025-07-13", "day")


@pytest.mark.slow
def test_a_day_in_a_clause_on_the_subject_still_dates_the_event(pipeline: Any) -> None:
    text = "Two men who robbed a pharmacy on Monday were shot dead by police in Lagos."
    assert dated(pipeline, text, "shot") == ("2025-07-14", "day")
