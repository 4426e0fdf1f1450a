"""An undated lead takes the day of a later mention of its incident, but not of another incident
told of another place further on; a later mention naming no new place still gives its day."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from tests.conftest import by_trigger

WEDNESDAY = date(2026, 10, 14)


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=WEDNESDAY))]


def test_a_later_incident_in_another_state_does_not_date_the_lead(pipeline: Any) -> None:
    text = (
        "Gunmen shot a herder in Kogi State.\n\nResidents said the attackers fled into the bush.\n\n"
        "On Sunday, gunmen killed six traders in Kwara State."
    )
    found = events(pipeline, text)
    assert by_trigger(found, "killed")["event_date"] == "2026-10-11"
    assert by_trigger(found, "shot")["event_date"] != "2026-10-11"


def test_a_later_mention_of_the_same_place_still_dates_the_lead(pipeline: Any) -> None:
    text = (
        "Gunmen shot a herder in Kogi State.\n\nResidents said the attackers fled into the bush.\n\n"
        "The shooting happened on Sunday in Kogi State, police said."
    )
    found = events(pipeline, text)
    assert by_trigger(found, "shot")["event_date"] == "2026-10-11"


def test_a_lead_naming_no_place_still_takes_the_later_day(pipeline: Any) -> None:
    text = "Herder shot dead\n\nGunmen shot a herder in Lokoja on Sunday, police said."
    found = events(pipeline, text)
    assert by_trigger(found, "shot dead")["event_date"] == "2026-10-11"
